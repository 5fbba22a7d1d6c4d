// SPDX-License-Identifier: MIT
// A12a windows_installer_ready (Windows Installer service, another installation, the agent's
// cached package) and A12b coexisting_backup_products (Azure File Sync, DPM/MABS): data-driven
// rows over small scenarios that describe exactly the registry keys, services and files the
// checks read, and the probe failures that must be Error, never a pass.
#include "ForwardingSystem.h"
#include "InstallCheckTestSupport.h"
#include "catalog/install/CoexistingProductsCheck.h"
#include "catalog/install/WindowsInstallerReadyCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
const QString kProducts =
        QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\UserData\\S-1-5-18\\Products");
const QString kAgentProduct = QStringLiteral("1D6F0E2B7C3A49E48B5F2A1C0D9E8F7A");
const QString kPackage = QStringLiteral("C:\\Windows\\Installer\\3f2a1c.msi");

QJsonObject value(const QString& key, const QString& name, const QString& data)
{
    return {{QStringLiteral("hive"), QStringLiteral("HKLM")},
            {QStringLiteral("key"), key},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("REG_SZ")},
            {QStringLiteral("data"), data}};
}

QJsonObject service(const QString& name, const QString& startType)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("state"), QStringLiteral("stopped")},
            {QStringLiteral("startType"), startType}};
}

// What a machine has, for windows_installer_ready.
struct InstallerMachine
{
    QString msiStartType = QStringLiteral("manual"); // "" = no msiserver service
    bool inProgress = false;
    bool agentInstalled = true;
    QString agentName = QStringLiteral("Microsoft Azure Recovery Services Agent"); // "" = no agent product
    bool localPackageValue = true;
    bool packageFile = true;
    bool otherProduct = true; // a second product, not the agent

    QByteArray json() const
    {
        QJsonArray registry, services, files;
        if (!msiStartType.isEmpty())
            services.append(service(QStringLiteral("msiserver"), msiStartType));
        if (inProgress)
            registry.append(value(WindowsInstallerReadyCheck::inProgressKey(), QString(),
                                  QStringLiteral("{5A0B8C7D-6E1F-4203-9A4B-5C6D7E8F9012}")));
        if (agentInstalled)
            registry.append(value(QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup"),
                                  QStringLiteral("InstallPath"), kInstallDir + QLatin1Char('\\')));
        const QString agentKey = kProducts + QLatin1Char('\\') + kAgentProduct + QStringLiteral("\\InstallProperties");
        if (!agentName.isEmpty()) {
            registry.append(value(agentKey, QStringLiteral("DisplayName"), agentName));
            if (localPackageValue)
                registry.append(value(agentKey, QStringLiteral("LocalPackage"), kPackage));
        }
        if (otherProduct) {
            const QString other = kProducts + QStringLiteral("\\5A0B8C7D6E1F42039A4B5C6D7E8F9012\\InstallProperties");
            registry.append(value(other, QStringLiteral("DisplayName"), QStringLiteral("Microsoft Visual C++ 2022")));
            registry.append(
                    value(other, QStringLiteral("LocalPackage"), QStringLiteral("C:\\Windows\\Installer\\x.msi")));
        }
        if (packageFile)
            files.append(QJsonObject{{QStringLiteral("path"), kPackage}});
        const QJsonObject patch{{QStringLiteral("registry"), registry},
                                {QStringLiteral("services"), services},
                                {QStringLiteral("files"), files}};
        return QJsonDocument(patch).toJson(QJsonDocument::Compact);
    }
};

// Registry answers that fail on one key, for the probe failures.
class FailingKeys final : public ForwardingRegistry
{
public:
    FailingKeys(std::shared_ptr<const RegistryProbe> inner, QString failingKey)
        : ForwardingRegistry(std::move(inner))
        , m_failingKey(std::move(failingKey))
    {
    }
    Probed<QStringList> registrySubkeys(RegistryHive hive, const QString& key, RegistryView view) const override
    {
        if (key.compare(m_failingKey, Qt::CaseInsensitive) == 0)
            return Probed<QStringList>::bad(ProbeStatus::Denied, QStringLiteral("RegOpenKeyExW: access denied"), 5);
        return ForwardingRegistry::registrySubkeys(hive, key, view);
    }

private:
    QString m_failingKey;
};
} // namespace

class TestUpgradeReadinessChecks : public QObject
{
    Q_OBJECT
private slots:
    void installerReady_data();
    void installerReady();
    void installerReadyProbeFailures_data();
    void installerReadyProbeFailures();
    void coexisting_data();
    void coexisting();
    void coexistingProbeFailures();
    void notWindows();
};

void TestUpgradeReadinessChecks::installerReady_data()
{
    QTest::addColumn<QByteArray>("machine");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("packageEvidence");

    const InstallerMachine healthy;
    QTest::newRow("healthy") << healthy.json() << Verdict::Pass << "cached installer package is in place"
                             << kPackage + QStringLiteral(" (present)");
    InstallerMachine m = healthy;
    m.msiStartType = QStringLiteral("automatic");
    QTest::newRow("service automatic") << m.json() << Verdict::Pass << "ready"
                                       << kPackage + QStringLiteral(" (present)");
    m = healthy;
    m.msiStartType = QStringLiteral("disabled");
    QTest::newRow("service disabled") << m.json() << Verdict::Fail << "msiserver) is disabled"
                                      << kPackage + QStringLiteral(" (present)");
    m = healthy;
    m.msiStartType.clear();
    QTest::newRow("service missing") << m.json() << Verdict::Fail << "msiserver) is missing"
                                     << kPackage + QStringLiteral(" (present)");
    m = healthy;
    m.inProgress = true;
    QTest::newRow("another installation")
            << m.json() << Verdict::Fail << "error 1618" << kPackage + QStringLiteral(" (present)");
    m = healthy;
    m.packageFile = false;
    QTest::newRow("cached package missing")
            << m.json() << Verdict::Fail << "3f2a1c.msi is missing" << kPackage + QStringLiteral(" (missing)");
    m = healthy;
    m.localPackageValue = false;
    QTest::newRow("no cached package recorded")
            << m.json() << Verdict::Warning << "no cached installer package recorded"
            << QStringLiteral("none recorded (product ") + kAgentProduct + QLatin1Char(')');
    m = healthy;
    m.agentName = QStringLiteral("  microsoft azure recovery services AGENT ");
    m.packageFile = false;
    QTest::newRow("the name compares like Windows")
            << m.json() << Verdict::Fail << "error 1612" << kPackage + QStringLiteral(" (missing)");
    m = healthy;
    m.agentName.clear();
    QTest::newRow("agent's product not found")
            << m.json() << Verdict::Pass << "was not checked"
            << QStringLiteral("not checked (no Windows Installer product named \"Microsoft Azure Recovery Services "
                              "Agent\")");
    m.otherProduct = false;
    QTest::newRow("no products at all") << m.json() << Verdict::Pass << "was not checked"
                                        << QStringLiteral("not checked (no Windows Installer product named "
                                                          "\"Microsoft Azure Recovery Services Agent\")");
    m = healthy;
    m.agentInstalled = false;
    m.packageFile = false;
    QTest::newRow("agent not installed: the cache does not matter")
            << m.json() << Verdict::Pass << "or not needed" << QStringLiteral("not needed (agent not installed)");
    m = healthy;
    m.msiStartType = QStringLiteral("disabled");
    m.inProgress = true;
    m.packageFile = false;
    QTest::newRow("all three: the first failure is the sentence")
            << m.json() << Verdict::Fail << "disabled" << kPackage + QStringLiteral(" (missing)");
}

void TestUpgradeReadinessChecks::installerReady()
{
    QFETCH(QByteArray, machine);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, packageEvidence);
    const WindowsInstallerReadyCheck check;
    const Finding f = check.run(contextOf(scenario(machine)));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("agent_package")), packageEvidence);
    const bool disabled = machine.contains("\"disabled\"");
    const bool inProgress = machine.contains("InProgress");
    QCOMPARE(f.evidenceValue(QStringLiteral("installation_in_progress")).startsWith(QStringLiteral("yes")), inProgress);
    if (!machine.contains("msiserver"))
        QCOMPARE(f.evidenceValue(QStringLiteral("msiserver_start_type")), QStringLiteral("missing"));
    else
        QCOMPARE(f.evidenceValue(QStringLiteral("msiserver_start_type")), disabled ? QStringLiteral("disabled")
                                                                          : machine.contains("\"automatic\"")
                                                                                  ? QStringLiteral("automatic")
                                                                                  : QStringLiteral("manual"));
    // Every cause found is in the detail, each with its way out in the remedy.
    if (disabled) {
        QVERIFY(f.detail.contains(QStringLiteral("disabled")));
        QVERIFY(f.remedy.contains(QStringLiteral("sc config msiserver start= demand")));
    }
    if (inProgress) {
        QVERIFY(f.detail.contains(QStringLiteral("1618")));
        QVERIFY(f.remedy.contains(QStringLiteral("restart the server")));
    }
    if (packageEvidence.endsWith(QStringLiteral("(missing)"))) {
        QVERIFY(f.detail.contains(QStringLiteral("1612")));
        QVERIFY2(f.remedy.contains(QStringLiteral("KB4020490")) && f.remedy.contains(QStringLiteral("as 3f2a1c.msi")),
                 qPrintable(f.remedy));
    }
    QVERIFY(f.fixIds.isEmpty());
    if (f.verdict == Verdict::Fail && f.summary.contains(QStringLiteral("1612")))
        QVERIFY(f.remedy.contains(QStringLiteral("https://support.microsoft.com/help/4020490")));
}

void TestUpgradeReadinessChecks::installerReadyProbeFailures_data()
{
    QTest::addColumn<QString>("failing"); // what cannot be read
    QTest::addColumn<QString>("reason");
    QTest::newRow("service manager") << "service"
                                     << "OpenSCManagerW: access denied";
    QTest::newRow("InProgress key") << WindowsInstallerReadyCheck::inProgressKey() << "RegOpenKeyExW: access denied";
    QTest::newRow("product list") << kProducts << "RegOpenKeyExW: access denied";
    QTest::newRow("LocalPackage value") << "LocalPackage"
                                        << "RegGetValueW: the data is invalid";
    QTest::newRow("the cached file") << "file"
                                     << "GetFileAttributesW: access denied";
}

void TestUpgradeReadinessChecks::installerReadyProbeFailures()
{
    QFETCH(QString, failing);
    QFETCH(QString, reason);
    class ServiceUnreadable final : public ForwardingServices
    {
    public:
        using ForwardingServices::ForwardingServices;
        Probed<ServiceInfo> service(const QString&) const override
        {
            return Probed<ServiceInfo>::bad(ProbeStatus::Denied, QStringLiteral("OpenSCManagerW: access denied"), 5);
        }
    };
    std::shared_ptr<SystemProbe> inner = scenario(InstallerMachine().json());
    if (failing == QLatin1String("service"))
        inner = withRole<ServiceUnreadable>(inner);
    if (failing.startsWith(QLatin1String("SOFTWARE")))
        inner = withRole<FailingKeys>(inner, failing);
    auto system = std::make_shared<FailingSystem>(inner);
    if (failing == QLatin1String("LocalPackage"))
        system->registryAnswer = [inner, reason](const QString& key, const QString& name) {
            if (name == QLatin1String("LocalPackage"))
                return Probed<RegistryValue>::bad(ProbeStatus::Failed, reason, 13);
            return inner->registry().readRegistry(RegistryHive::LocalMachine, key, name, RegistryView::Native64);
        };
    if (failing == QLatin1String("file"))
        system->attributesAnswer = [reason](const QString&) {
            return Probed<FileAttributes>::bad(ProbeStatus::Denied, reason, 5);
        };
    const Finding f = WindowsInstallerReadyCheck().run(contextOf(system));
    QCOMPARE(f.verdict, Verdict::Error); // "could not read" is never "ready"
    QVERIFY2(f.detail.contains(reason), qPrintable(f.detail));
    QVERIFY(f.remedy.isEmpty());
}

void TestUpgradeReadinessChecks::coexisting_data()
{
    QTest::addColumn<QByteArray>("machine");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("fileSync"); // evidence
    QTest::addColumn<QString>("dpm"); // evidence

    const QString fileSyncKey = CoexistingProductsCheck::fileSyncKey();
    const QString dpmKey = CoexistingProductsCheck::dpmSetupKey();
    auto machine = [](const QJsonArray& registry, const QJsonArray& services) {
        return QJsonDocument(
                       QJsonObject{{QStringLiteral("registry"), registry}, {QStringLiteral("services"), services}})
                .toJson(QJsonDocument::Compact);
    };
    const QJsonObject obengine = service(QStringLiteral("obengine"), QStringLiteral("automatic"));
    const QJsonObject fileSyncService = service(QStringLiteral("FileSyncSvc"), QStringLiteral("automatic"));
    const QJsonObject msdpm = service(QStringLiteral("MSDPM"), QStringLiteral("manual"));
    const QJsonObject fileSyncVersion = value(fileSyncKey, QStringLiteral("Version"), QStringLiteral("19.1.0.0"));
    const QJsonObject mabsPath = value(dpmKey, QStringLiteral("InstallPath"),
                                       QStringLiteral("C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM\\"));
    const QJsonObject dpmPath = value(dpmKey, QStringLiteral("InstallPath"),
                                      QStringLiteral("C:\\Program Files\\Microsoft System Center\\DPM\\DPM\\"));
    const QString none = QStringLiteral("not installed");

    QTest::newRow("neither") << machine({}, {obengine}) << Verdict::Pass << "Neither" << none << none;
    QTest::newRow("File Sync service") << machine({}, {fileSyncService}) << Verdict::Warning << "Azure File Sync agent"
                                       << "installed" << none;
    QTest::newRow("File Sync key with its version")
            << machine({fileSyncVersion}, {fileSyncService}) << Verdict::Warning << "cbengine.exe"
            << "installed, version 19.1.0.0" << none;
    QTest::newRow("File Sync key alone") << machine({fileSyncVersion}, {}) << Verdict::Warning << "Azure File Sync"
                                         << "installed, version 19.1.0.0" << none;
    QTest::newRow("MABS") << machine({mabsPath}, {msdpm}) << Verdict::Warning << "Azure Backup Server (MABS)" << none
                          << "installed in C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM";
    QTest::newRow("DPM") << machine({dpmPath}, {msdpm}) << Verdict::Warning << "Data Protection Manager (DPM)" << none
                         << "installed in C:\\Program Files\\Microsoft System Center\\DPM\\DPM";
    QTest::newRow("DPM service without its key")
            << machine({}, {msdpm}) << Verdict::Warning << "updated through it" << none << "installed (service MSDPM)";
    QTest::newRow("DPM protection agent only: no finding")
            << machine({dpmPath}, {}) << Verdict::Pass << "Neither" << none << none;
    QTest::newRow("both: File Sync is the sentence")
            << machine({fileSyncVersion, mabsPath}, {fileSyncService, msdpm}) << Verdict::Warning << "Azure File Sync"
            << "installed, version 19.1.0.0"
            << "installed in C:\\Program Files\\Microsoft Azure Backup Server\\DPM\\DPM";
}

void TestUpgradeReadinessChecks::coexisting()
{
    QFETCH(QByteArray, machine);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, fileSync);
    QFETCH(QString, dpm);
    const CoexistingProductsCheck check;
    QCOMPARE(check.info().phases, Phases(Phase::Install) | Phase::Register);
    for (const Goal goal : {Goal::Install, Goal::Register}) {
        const Finding f = check.run(contextOf(scenario(machine), goal));
        verifyShape(f, check);
        QCOMPARE(f.verdict, expected);
        QVERIFY2(f.summary.contains(cause), qPrintable(f.summary));
        QCOMPARE(f.evidenceValue(QStringLiteral("file_sync_agent")), fileSync);
        QCOMPARE(f.evidenceValue(QStringLiteral("dpm_server")), dpm);
        if (fileSync != QLatin1String("not installed")) {
            QVERIFY2(f.remedy.contains(QStringLiteral("Azure file share")), qPrintable(f.remedy));
            QVERIFY(f.detail.contains(QStringLiteral("Azure File Sync agent is installed")));
        }
        if (dpm != QLatin1String("not installed")) {
            QVERIFY2(f.remedy.contains(QStringLiteral("DPM/MABS console")), qPrintable(f.remedy));
            QVERIFY(f.detail.contains(QStringLiteral("registered and updated through it")));
        }
        if (machine.contains("Microsoft System Center") && !machine.contains("MSDPM"))
            QVERIFY2(f.detail.contains(QStringLiteral("protection agent")), qPrintable(f.detail));
    }
}

void TestUpgradeReadinessChecks::coexistingProbeFailures()
{
    class ServiceUnreadable final : public ForwardingServices
    {
    public:
        using ForwardingServices::ForwardingServices;
        Probed<ServiceInfo> service(const QString& name) const override
        {
            if (name == QLatin1String("MSDPM"))
                return Probed<ServiceInfo>::bad(ProbeStatus::Failed, QStringLiteral("QueryServiceConfigW failed"), 1);
            return ForwardingServices::service(name);
        }
    };
    const Finding dpm = CoexistingProductsCheck().run(contextOf(withRole<ServiceUnreadable>(scenario("{}"))));
    QCOMPARE(dpm.verdict, Verdict::Error);
    QVERIFY2(dpm.detail.contains(QStringLiteral("QueryServiceConfigW failed")), qPrintable(dpm.detail));

    auto system = std::make_shared<FailingSystem>(scenario("{}"));
    system->registryAnswer = [](const QString&, const QString&) {
        return Probed<RegistryValue>::bad(ProbeStatus::Denied, QStringLiteral("RegGetValueW: access denied"), 5);
    };
    const Finding registry = CoexistingProductsCheck().run(contextOf(system));
    QCOMPARE(registry.verdict, Verdict::Error);
    QVERIFY2(registry.detail.contains(QStringLiteral("RegGetValueW: access denied")), qPrintable(registry.detail));
}

void TestUpgradeReadinessChecks::notWindows()
{
    auto system = std::make_shared<FailingSystem>(scenario(InstallerMachine().json()));
    system->osAnswer = [] {
        OsInfo os;
        os.isWindows = false;
        os.productName = QStringLiteral("Debian GNU/Linux 12");
        return Probed<OsInfo>::good(os);
    };
    QCOMPARE(WindowsInstallerReadyCheck().run(contextOf(system)).verdict, Verdict::NotApplicable);
    QCOMPARE(CoexistingProductsCheck().run(contextOf(system)).verdict, Verdict::NotApplicable);
}

QTEST_GUILESS_MAIN(TestUpgradeReadinessChecks)
#include "TestUpgradeReadinessChecks.moc"
