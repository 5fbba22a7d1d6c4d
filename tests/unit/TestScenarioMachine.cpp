// SPDX-License-Identifier: MIT
// ScenarioSystem machine facts: OS, identity, update history, services, clock, disks and volumes
// (the registry: TestScenarioRegistry).
#include "ScenarioTestData.h"

#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <limits>
#include <memory>
#include <vector>

using namespace mars;
using namespace mars::test;

class TestScenarioMachine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void machineFacts();
    void updateHistory();
    void identity();
    void services();
    void clock();
    void diskSpace();
    void volumes_data();
    void volumes();
    void stopService();
};

void TestScenarioMachine::machineFacts()
{
    const auto healthy = load(shipped("healthy-server.json"));
    QVERIFY(healthy);
    QCOMPARE(healthy->description(), QStringLiteral("SIMULATED: Healthy Windows Server 2019"));
    const OsInfo os = healthy->machine().osInfo().value;
    QVERIFY(os.isWindows);
    QCOMPARE(os.productName, QStringLiteral("Windows Server 2019 Standard"));
    QCOMPARE(os.build, 17763);
    QCOMPARE(os.productType, OsInfo::ProductType::Server);
    QCOMPARE(os.architecture, QStringLiteral("amd64"));
    QVERIFY(healthy->network().winHttpProxy().value.direct);
    QVERIFY(healthy->machine().pendingRebootReasons().ok());
    QVERIFY(healthy->machine().pendingRebootReasons().value.isEmpty());

    const auto broken = load(shipped("broken-register.json"));
    QVERIFY(broken);
    const ProxyConfig proxy = broken->network().winHttpProxy().value;
    QVERIFY(!proxy.direct);
    QCOMPARE(proxy.proxyServer, QStringLiteral("proxy-old.contoso.invalid:8080"));
    QCOMPARE(proxy.bypassList, QStringLiteral("<local>"));

    const auto minimal = fromPatch(R"({"pendingReboot": ["Component Based Servicing\\RebootPending"]})");
    QVERIFY(minimal);
    QCOMPARE(minimal->machine().pendingRebootReasons().value,
             QStringList{QStringLiteral("Component Based Servicing\\RebootPending")});
    QCOMPARE(minimal->machine().osInfo().value.architecture, QStringLiteral("amd64")); // the default
    QVERIFY(minimal->network().winHttpProxy().value.direct);
    QCOMPARE(minimal->files().systemTempDir().value, kTemp);
}

void TestScenarioMachine::identity()
{
    // Files that do not describe the names keep loading; identity() then says so.
    const auto minimal = fromPatch(R"({})");
    QVERIFY(minimal);
    QCOMPARE(minimal->machine().identity().status, ProbeStatus::NotApplicable);

    // healthy-server.json: FS01 in the domain CONTOSO; the DNS host name defaults to the
    // NetBIOS name in lower case, the FQDN is host name + primary DNS suffix.
    const auto healthy = load(shipped("healthy-server.json"));
    QVERIFY(healthy);
    const Probed<MachineIdentity> named = healthy->machine().identity();
    QVERIFY2(named.ok(), qPrintable(named.reason));
    QCOMPARE(named.value.netbiosName, QStringLiteral("FS01"));
    QCOMPARE(named.value.dnsHostName, QStringLiteral("fs01"));
    QCOMPARE(named.value.dnsDomain, QStringLiteral("contoso.com"));
    QCOMPARE(named.value.fqdn, QStringLiteral("fs01.contoso.com"));
    QCOMPARE(named.value.joinStatus, JoinStatus::Domain);
    QCOMPARE(named.value.joinName, QStringLiteral("CONTOSO"));

    const auto workgroup = fromPatch(R"({"os": {"productName": "W", "major": 10, "minor": 0, "build": 1,
        "productType": "server", "computerName": "FILESERVER-AMST", "dnsHostName": "fileserver-amsterdam-01",
        "joinStatus": "workgroup", "joinName": "WORKGROUP"}})");
    QVERIFY(workgroup);
    const Probed<MachineIdentity> alone = workgroup->machine().identity();
    QVERIFY(alone.ok());
    QCOMPARE(alone.value.dnsHostName, QStringLiteral("fileserver-amsterdam-01"));
    QCOMPARE(alone.value.fqdn, QStringLiteral("fileserver-amsterdam-01")); // no primary DNS suffix
    QCOMPARE(alone.value.joinStatus, JoinStatus::Workgroup);

    const auto failing = fromPatch(R"json({"os": {"productName": "W", "major": 10, "minor": 0, "build": 1,
        "productType": "server", "identityError": "Access is denied. (error 5)"}})json");
    QVERIFY(failing);
    QCOMPARE(failing->machine().identity().status, ProbeStatus::Failed);
    QCOMPARE(failing->machine().identity().reason, QStringLiteral("Access is denied. (error 5)"));
}

void TestScenarioMachine::updateHistory()
{
    // Files written before the field existed keep loading; the history is then not described.
    const auto healthy = load(shipped("healthy-server.json"));
    QVERIFY(healthy);
    const Probed<UpdateHistory> undescribed = healthy->machine().updateHistory();
    QCOMPARE(undescribed.status, ProbeStatus::NotApplicable);
    QVERIFY(undescribed.reason.contains(QStringLiteral("does not describe")));

    const auto recent = fromPatch(R"({"clock": {"utc": "2025-06-01T12:00:00Z"},
        "updateHistory": {"totalEntries": 4000, "lastInstallAgeDays": 12, "lastInstallTitle": "2025-05 Cumulative"}})");
    QVERIFY(recent);
    const Probed<UpdateHistory> history = recent->machine().updateHistory();
    QVERIFY(history.ok());
    QCOMPARE(history.value.totalEntries, 4000);
    QCOMPARE(history.value.entriesRead, 2000);
    QCOMPARE(history.value.lastInstallUtc, QDateTime(QDate(2025, 5, 20), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(history.value.lastInstallTitle, QStringLiteral("2025-05 Cumulative"));

    const auto empty = fromPatch(R"({"updateHistory": {}})");
    QVERIFY(empty);
    QVERIFY(empty->machine().updateHistory().ok());
    QCOMPARE(empty->machine().updateHistory().value.totalEntries, 0);
    QVERIFY(!empty->machine().updateHistory().value.lastInstallUtc.isValid());

    const auto failing = fromPatch(R"({"updateHistory": {"error": "The Windows Update service is disabled."}})");
    QVERIFY(failing);
    const Probed<UpdateHistory> failed = failing->machine().updateHistory();
    QCOMPARE(failed.status, ProbeStatus::Failed);
    QCOMPARE(failed.reason, QStringLiteral("The Windows Update service is disabled."));
}

void TestScenarioMachine::services()
{
    const auto healthy = load(shipped("healthy-server.json"));
    QVERIFY(healthy);
    const auto obengine = healthy->services().service(QStringLiteral("OBEngine"));
    QVERIFY(obengine.ok());
    QCOMPARE(obengine.value.name, QStringLiteral("obengine"));
    QCOMPARE(obengine.value.displayName, QStringLiteral("Microsoft Azure Recovery Services Agent"));
    QCOMPARE(obengine.value.state, ServiceState::Running);
    QCOMPARE(obengine.value.startType, ServiceStartType::Automatic);
    QCOMPARE(obengine.value.account, QStringLiteral("LocalSystem"));
    const auto missing = healthy->services().service(QStringLiteral("nosuchservice"));
    QCOMPARE(missing.status, ProbeStatus::NotFound);
    QCOMPARE(missing.osError, quint32(1060));
    QCOMPARE(healthy->services().startService(QStringLiteral("nosuchservice")).status, ProbeStatus::NotFound);

    const auto broken = load(shipped("broken-register.json"));
    QVERIFY(broken);
    QCOMPARE(broken->services().service(QStringLiteral("obengine")).value.state, ServiceState::Stopped);
    const auto started = broken->services().startService(QStringLiteral("obengine"));
    QVERIFY(started.ok());
    QCOMPARE(started.value, ServiceState::Running);
    QCOMPARE(broken->services().service(QStringLiteral("obengine")).value.state, ServiceState::Running);

    const auto disabled =
            fromPatch(R"({"services": [{"name": "w32time", "state": "stopped", "startType": "disabled"}]})");
    QVERIFY(disabled);
    QCOMPARE(disabled->services().startService(QStringLiteral("W32Time")).status, ProbeStatus::Failed);
    QCOMPARE(disabled->services().service(QStringLiteral("w32time")).value.displayName, QStringLiteral("w32time"));
}

void TestScenarioMachine::clock()
{
    const auto fixed = load(testData("warnings-only.json"));
    QVERIFY(fixed);
    const ClockInfo frozen = fixed->machine().clock().value;
    QCOMPARE(frozen.utcNow, QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(frozen.utcNow.timeSpec(), Qt::UTC);
    QCOMPARE(frozen.timeZoneId, QStringLiteral("W. Europe Standard Time"));
    QCOMPARE(frozen.utcOffset_s, 7200);

    const auto skewed = load(shipped("broken-register.json"));
    QVERIFY(skewed);
    const ClockInfo running = skewed->machine().clock().value;
    const qint64 skew_s = QDateTime::currentDateTimeUtc().secsTo(running.utcNow);
    QVERIFY2(skew_s >= 895 && skew_s <= 905, qPrintable(QString::number(skew_s)));
    QCOMPARE(running.timeZoneId, QStringLiteral("Pacific Standard Time"));
    QCOMPARE(running.utcOffset_s, -8 * 3600);

    const auto offset = fromPatch(R"({"clock": {"utc": "2024-05-01T11:30:00+02:00"}})");
    QVERIFY(offset);
    QCOMPARE(offset->machine().clock().value.utcNow, frozen.utcNow);
    QCOMPARE(offset->machine().clock().value.timeZoneId, QStringLiteral("UTC")); // the default

    const auto healthy = load(shipped("healthy-server.json"));
    QVERIFY(healthy);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(healthy->machine().clock().value.utcNow)) <= 5);
}

void TestScenarioMachine::diskSpace()
{
    const auto system = fromPatch(R"({"disks": [
        {"root": "C:\\", "totalBytes": 1000, "freeBytes": 100},
        {"root": "C:\\Mount\\Data", "totalBytes": 5000, "freeBytes": 4000},
        {"root": "D:", "totalBytes": 2000, "freeBytes": 0}]})");
    QVERIFY(system);
    QCOMPARE(system->files().diskSpace(QStringLiteral("C:\\Windows\\Temp")).value.volumeRoot, QStringLiteral("C:\\"));
    QCOMPARE(system->files().diskSpace(QStringLiteral("c:/mount/data/scratch")).value.free_bytes, qint64(4000));
    QCOMPARE(system->files().diskSpace(QStringLiteral("C:\\Mount\\DataX")).value.volumeRoot, QStringLiteral("C:\\"));
    const auto d = system->files().diskSpace(QStringLiteral("d:\\"));
    QCOMPARE(d.value.volumeRoot, QStringLiteral("D:\\"));
    QCOMPARE(d.value.total_bytes, qint64(2000));
    QCOMPARE(system->files().diskSpace(QStringLiteral("E:\\x")).status, ProbeStatus::NotFound);
    QCOMPARE(system->files().fileAttributes(QStringLiteral("D:\\")).status, ProbeStatus::Ok); // a volume root exists
    QCOMPARE(system->files().fileAttributes(QStringLiteral("C:\\Mount")).status, ProbeStatus::Ok);

    const auto none = fromPatch("{}");
    QVERIFY(none);
    QCOMPARE(none->files().diskSpace(QStringLiteral("C:\\")).status, ProbeStatus::NotFound);
}

void TestScenarioMachine::volumes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<QString>("root");
    QTest::addColumn<DriveType>("driveType");
    QTest::addColumn<QString>("fileSystem");
    QTest::addColumn<bool>("unc");
    const auto row = [](const char* name, const char* path, ProbeStatus status, const char* root, DriveType type,
                        const char* fileSystem, bool unc) {
        QTest::newRow(name) << QString::fromUtf8(path) << status << QString::fromUtf8(root) << type
                            << QString::fromUtf8(fileSystem) << unc;
    };
    const ProbeStatus ok = ProbeStatus::Ok;
    row("system drive", "C:\\Windows\\Temp", ok, "C:\\", DriveType::Fixed, "NTFS", false);
    row("drive root", "c:", ok, "C:\\", DriveType::Fixed, "NTFS", false);
    row("mount point wins", "c:/mount/data/scratch", ok, "C:\\Mount\\Data\\", DriveType::Removable, "FAT32", false);
    row("not the mount point", "C:\\Mount\\DataX", ok, "C:\\", DriveType::Fixed, "NTFS", false);
    row("cd", "d:\\setup.exe", ok, "D:\\", DriveType::CdRom, "CDFS", false);
    row("mapped drive", "M:\\Backup", ok, "M:\\", DriveType::Remote, "NTFS", false);
    row("silent file system", "R:\\", ok, "R:\\", DriveType::RamDisk, "", false);
    row("described share", "\\\\NAS\\backup\\MARS", ok, "\\\\nas\\backup\\", DriveType::Remote, "NTFS", true);
    row("unknown share", "\\\\other\\share\\dir\\x", ok, "\\\\other\\share\\", DriveType::Remote, "", true);
    row("no such disk", "F:\\x", ProbeStatus::NotFound, "", DriveType::Unknown, "", false);
}

void TestScenarioMachine::volumes()
{
    QFETCH(QString, path);
    QFETCH(ProbeStatus, status);
    QFETCH(QString, root);
    QFETCH(DriveType, driveType);
    QFETCH(QString, fileSystem);
    QFETCH(bool, unc);
    const auto system = fromPatch(R"({"disks": [
        {"root": "C:\\", "totalBytes": 1000, "freeBytes": 100},
        {"root": "C:\\Mount\\Data", "totalBytes": 9, "freeBytes": 9, "driveType": "removable", "fileSystem": "FAT32"},
        {"root": "D:", "totalBytes": 9, "freeBytes": 0, "driveType": "cdrom", "fileSystem": "CDFS"},
        {"root": "M:", "totalBytes": 9, "freeBytes": 0, "driveType": "remote"},
        {"root": "R:", "totalBytes": 9, "freeBytes": 0, "driveType": "ramdisk", "fileSystem": ""},
        {"root": "\\\\nas\\backup", "totalBytes": 9, "freeBytes": 0}]})");
    QVERIFY(system);
    const auto answer = system->files().volumeInfo(path);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.value.root, root);
    QCOMPARE(answer.value.driveType, driveType);
    QCOMPARE(answer.value.fileSystem, fileSystem);
    QCOMPARE(answer.value.unc, unc);
    if (!answer.ok())
        QVERIFY(answer.reason.contains(path));
}

void TestScenarioMachine::stopService()
{
    // An unknown service is NotFound before rights are looked at, as OpenService answers.
    const auto limited = load(shipped("broken-install.json"));
    QVERIFY(limited);
    const auto unknown = limited->services().stopService(QStringLiteral("nosuchservice"));
    QCOMPARE(unknown.status, ProbeStatus::NotFound);
    QCOMPARE(unknown.osError, quint32(1060));
    QVERIFY(unknown.reason.contains(QLatin1String("nosuchservice")));

    const auto healthy = load(shipped("healthy-server.json"));
    QVERIFY(healthy);
    const QString running = QStringLiteral("OBEngine");
    QCOMPARE(healthy->services().service(running).value.state, ServiceState::Running);
    const auto stopped = healthy->services().stopService(running);
    QVERIFY(stopped.ok());
    QCOMPARE(stopped.value, ServiceState::Stopped);
    QCOMPARE(healthy->services().service(QStringLiteral("obengine")).value.state, ServiceState::Stopped);
    QCOMPARE(healthy->services().stopService(running).value, ServiceState::Stopped); // stopping again is harmless
    QCOMPARE(healthy->services().startService(running).value, ServiceState::Running);

    const auto notAdmin = load(testData("not-admin.json"));
    QVERIFY(notAdmin);
    const auto denied = notAdmin->services().stopService(QStringLiteral("obengine"));
    QCOMPARE(denied.status, ProbeStatus::Denied);
    QVERIFY(denied.reason.contains(QLatin1String("Stopping the service obengine")));
    QCOMPARE(notAdmin->services().service(QStringLiteral("obengine")).value.state, ServiceState::Stopped);
}

QTEST_GUILESS_MAIN(TestScenarioMachine)
#include "TestScenarioMachine.moc"
