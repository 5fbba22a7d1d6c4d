// SPDX-License-Identifier: MIT
// ScenarioSystem's registry: reads, value types, subkeys, string and DWORD writes and deletes,
// writes from many threads (the other machine facts: TestScenarioMachine).
#include "ScenarioTestData.h"

#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <limits>
#include <memory>
#include <vector>

using namespace mars;
using namespace mars::test;

class TestScenarioRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryReads();
    void registryValueTypes();
    void registrySubkeys_data();
    void registrySubkeys();
    void registryWrites();
    void registryWritesFromManyThreads();
    void registryDwordWritesAndDeletes();
};

void TestScenarioRegistry::registryReads()
{
    const auto system = load(shipped("healthy-server.json"));
    QVERIFY(system);
    const QString ndp = QStringLiteral("SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full");
    const auto release = system->registry().readRegistry(RegistryHive::LocalMachine, ndp, QStringLiteral("Release"),
                                                         RegistryView::Native64);
    QVERIFY(release.ok());
    QCOMPARE(release.value.type, RegistryValue::Type::Dword);
    QCOMPARE(release.value.data.typeId(), int(QMetaType::UInt));
    QCOMPARE(release.value.data.value<quint32>(), quint32(528040));
    // Case-insensitive names, stray backslashes, both views, and the WOW6432Node spelling.
    QVERIFY(system->registry()
                    .readRegistry(RegistryHive::LocalMachine, ndp.toLower() + QStringLiteral("\\"),
                                  QStringLiteral("RELEASE"), RegistryView::Native64)
                    .ok());
    QVERIFY(system->registry()
                    .readRegistry(RegistryHive::LocalMachine, ndp, QStringLiteral("Release"), RegistryView::Wow32)
                    .ok());
    QVERIFY(system->registry()
                    .readRegistry(
                            RegistryHive::LocalMachine,
                            QStringLiteral("SOFTWARE\\WOW6432Node\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full"),
                            QStringLiteral("Release"), RegistryView::Native64)
                    .ok());

    const auto noValue = system->registry().readRegistry(RegistryHive::LocalMachine, ndp, QStringLiteral("Version"),
                                                         RegistryView::Native64);
    QCOMPARE(noValue.status, ProbeStatus::NotFound);
    QVERIFY(noValue.reason.contains(QLatin1String("value \"Version\"")));
    const auto parentKey = system->registry().readRegistry(RegistryHive::LocalMachine,
                                                           QStringLiteral("SOFTWARE\\Microsoft\\NET Framework Setup"),
                                                           QStringLiteral("Release"), RegistryView::Native64);
    QVERIFY(parentKey.reason.contains(QLatin1String("value"))); // the key exists, the value does not
    const auto noKey = system->registry().readRegistry(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Nope"),
                                                       QStringLiteral("X"), RegistryView::Native64);
    QCOMPARE(noKey.status, ProbeStatus::NotFound);
    QVERIFY(noKey.reason.contains(QLatin1String("key HKLM\\SOFTWARE\\Nope")));
    // User hives have no 32-bit view of their own.
    const QString internet =
            QStringLiteral("S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings");
    QCOMPARE(system->registry()
                     .readRegistry(RegistryHive::Users, internet, QStringLiteral("ProxyEnable"), RegistryView::Wow32)
                     .value.data.value<quint32>(),
             quint32(0));
    QCOMPARE(system->registry()
                     .readRegistry(RegistryHive::CurrentUser, internet, QStringLiteral("ProxyEnable"),
                                   RegistryView::Native64)
                     .status,
             ProbeStatus::NotFound);

    const auto broken = load(shipped("broken-register.json"));
    QVERIFY(broken);
    const QString config = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config");
    const auto scratch = broken->registry().readRegistry(RegistryHive::LocalMachine, config,
                                                         QStringLiteral("ScratchLocation"), RegistryView::Native64);
    const auto provider = broken->registry().readRegistry(RegistryHive::LocalMachine,
                                                          config + QStringLiteral("\\CloudBackupProvider"),
                                                          QStringLiteral("ScratchLocation"), RegistryView::Native64);
    QVERIFY(scratch.ok() && provider.ok());
    QCOMPARE(scratch.value.data.toString(), kInstallDir + QStringLiteral("\\Scratch"));
    QCOMPARE(provider.value.data.toString(), QStringLiteral("D:\\MARSCache\\Scratch"));
    QCOMPARE(broken->files().fileAttributes(scratch.value.data.toString()).status, ProbeStatus::Ok);
    QCOMPARE(broken->files().fileAttributes(provider.value.data.toString()).status, ProbeStatus::NotFound);
}

void TestScenarioRegistry::registrySubkeys_data()
{
    // Keys exist because values make them (and every parent) exist; listing a key answers its
    // direct children as the file first spelled them, sorted by name without regard to case.
    QTest::addColumn<QString>("key");
    QTest::addColumn<RegistryView>("view");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<QStringList>("names");
    const QString products =
            QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\UserData\\S-1-5-18\\Products");
    QTest::newRow("children, first spelling, sorted")
            << products << RegistryView::Native64 << ProbeStatus::Ok
            << QStringList{QStringLiteral("0123ABCD"), QStringLiteral("9F8E7D6C")};
    QTest::newRow("case and stray backslashes")
            << products.toLower() + QStringLiteral("\\") << RegistryView::Native64 << ProbeStatus::Ok
            << QStringList{QStringLiteral("0123ABCD"), QStringLiteral("9F8E7D6C")};
    QTest::newRow("one level only") << QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer")
                                    << RegistryView::Native64 << ProbeStatus::Ok
                                    << QStringList{QStringLiteral("InProgress"), QStringLiteral("UserData")};
    QTest::newRow("a key that holds only values") << products + QStringLiteral("\\0123ABCD\\InstallProperties")
                                                  << RegistryView::Native64 << ProbeStatus::Ok << QStringList{};
    QTest::newRow("a key made by a default value")
            << QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\InProgress")
            << RegistryView::Native64 << ProbeStatus::Ok << QStringList{};
    QTest::newRow("missing key") << products + QStringLiteral("\\FFFF") << RegistryView::Native64
                                 << ProbeStatus::NotFound << QStringList{};
    QTest::newRow("the other view") << products << RegistryView::Wow32 << ProbeStatus::NotFound << QStringList{};
    QTest::newRow("32-bit view") << QStringLiteral("SOFTWARE\\Vendor") << RegistryView::Wow32 << ProbeStatus::Ok
                                 << QStringList{QStringLiteral("Tool")};
    QTest::newRow("32-bit view through WOW6432Node")
            << QStringLiteral("SOFTWARE\\WOW6432Node\\Vendor") << RegistryView::Native64 << ProbeStatus::Ok
            << QStringList{QStringLiteral("Tool")};
    QTest::newRow("the hive's root") << QString() << RegistryView::Native64 << ProbeStatus::Ok
                                     << QStringList{QStringLiteral("SOFTWARE")};
}

void TestScenarioRegistry::registrySubkeys()
{
    QFETCH(QString, key);
    QFETCH(RegistryView, view);
    QFETCH(ProbeStatus, status);
    QFETCH(QStringList, names);
    const auto system = fromPatch(R"({"registry": [
        {"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\UserData\\S-1-5-18\\Products\\9F8E7D6C\\InstallProperties",
         "name": "DisplayName", "type": "REG_SZ", "data": "Other"},
        {"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\UserData\\S-1-5-18\\Products\\0123ABCD\\InstallProperties",
         "name": "DisplayName", "type": "REG_SZ", "data": "Agent"},
        {"hive": "HKLM", "key": "software\\microsoft\\windows\\currentversion\\installer\\userdata\\s-1-5-18\\products\\0123abcd\\InstallProperties",
         "name": "LocalPackage", "type": "REG_SZ", "data": "C:\\Windows\\Installer\\1a2b.msi"},
        {"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\InProgress",
         "name": "", "type": "REG_SZ", "data": "{0123ABCD}"},
        {"hive": "HKLM", "view": "32", "key": "SOFTWARE\\Vendor\\Tool", "name": "Version", "type": "REG_SZ", "data": "1"}
    ]})");
    QVERIFY(system);
    const Probed<QStringList> subkeys = system->registry().registrySubkeys(RegistryHive::LocalMachine, key, view);
    QCOMPARE(subkeys.status, status);
    if (status == ProbeStatus::Ok) {
        QCOMPARE(subkeys.value, names);
    } else {
        QVERIFY2(subkeys.reason.contains(QLatin1String("does not exist")), qPrintable(subkeys.reason));
        QCOMPARE(subkeys.osError, 2u); // ERROR_FILE_NOT_FOUND, as RegOpenKeyExW answers
    }
    // Another hive never answers for HKLM's keys.
    QCOMPARE(system->registry().registrySubkeys(RegistryHive::CurrentUser, QStringLiteral("SOFTWARE"), view).status,
             ProbeStatus::NotFound);
}

void TestScenarioRegistry::registryValueTypes()
{
    const auto system = fromPatch(R"({"registry": [
        {"hive": "HKLM", "key": "K", "name": "", "type": "REG_SZ", "data": "default value"},
        {"hive": "HKLM", "key": "K", "name": "path", "type": "REG_EXPAND_SZ", "data": "%SystemRoot%\\Temp"},
        {"hive": "HKLM", "key": "K", "name": "list", "type": "REG_MULTI_SZ", "data": ["a", "b"]},
        {"hive": "HKLM", "key": "K", "name": "hex", "type": "REG_DWORD", "data": "0xFFFFFFFF"},
        {"hive": "HKLM", "key": "K", "name": "big", "type": "REG_QWORD", "data": "0xFFFFFFFFFFFFFFFF"},
        {"hive": "HKLM", "key": "K", "name": "blob", "type": "REG_BINARY", "data": "01,ff 3A"}]})");
    QVERIFY(system);
    const auto read = [&system](const char* name) {
        return system->registry()
                .readRegistry(RegistryHive::LocalMachine, QStringLiteral("K"), QString::fromLatin1(name),
                              RegistryView::Native64)
                .value;
    };
    QCOMPARE(read("").data.toString(), QStringLiteral("default value"));
    QCOMPARE(read("path").type, RegistryValue::Type::ExpandString);
    QCOMPARE(read("list").data.toStringList(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(read("hex").data.value<quint32>(), quint32(0xFFFFFFFFu));
    QCOMPARE(read("big").data.typeId(), int(QMetaType::ULongLong));
    QCOMPARE(read("big").data.value<quint64>(), std::numeric_limits<quint64>::max());
    QCOMPARE(read("blob").data.toByteArray(), QByteArray("\x01\xff\x3a", 3));

    // "readDenied": the value exists, but reading it is refused (as HKU\S-1-5-18 for a process
    // without the rights); its neighbours still read.
    const auto denied = fromPatch(R"({"registry": [
        {"hive": "HKU", "key": "S-1-5-18\\X", "name": "ProxyServer", "type": "REG_SZ", "data": "p:1",
         "readDenied": true},
        {"hive": "HKU", "key": "S-1-5-18\\X", "name": "ProxyEnable", "type": "REG_DWORD", "data": 1}]})");
    QVERIFY(denied);
    const auto refused = denied->registry().readRegistry(RegistryHive::Users, QStringLiteral("S-1-5-18\\X"),
                                                         QStringLiteral("ProxyServer"), RegistryView::Native64);
    QCOMPARE(refused.status, ProbeStatus::Denied);
    QCOMPARE(refused.osError, quint32(5));
    QVERIFY2(refused.reason.contains(QLatin1String("ProxyServer")), qPrintable(refused.reason));
    QVERIFY(denied->registry()
                    .readRegistry(RegistryHive::Users, QStringLiteral("S-1-5-18\\X"), QStringLiteral("ProxyEnable"),
                                  RegistryView::Native64)
                    .ok());
}

void TestScenarioRegistry::registryWrites()
{
    const QString config = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config");
    const QString scratch = QStringLiteral("ScratchLocation");
    const QString moved = QStringLiteral("D:\\MARS\\Scratch");
    const auto system = fromPatch(R"({"account": {"user": "u", "adminMember": true, "elevation": "limited"},
        "registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows Azure Backup\\Config",
                      "name": "ScratchLocation", "type": "REG_SZ", "data": "C:\\Scratch"}]})");
    QVERIFY(system);
    QCOMPARE(system->machine().account().value.elevation, TokenElevation::Limited);
    const auto denied = system->registry().writeRegistryString(RegistryHive::LocalMachine, config, scratch, moved,
                                                               RegistryView::Native64);
    QCOMPARE(denied.status, ProbeStatus::Denied);
    QCOMPARE(denied.osError, quint32(5));
    QVERIFY2(denied.reason.contains(QLatin1String("administrator rights")), qPrintable(denied.reason));
    QVERIFY2(denied.reason.contains(scratch), qPrintable(denied.reason));
    QCOMPARE(system->registry()
                     .readRegistry(RegistryHive::LocalMachine, config, scratch, RegistryView::Native64)
                     .value.data,
             QVariant(QStringLiteral("C:\\Scratch"))); // unchanged
    // A missing key is NotFound whatever the rights, as RegOpenKeyEx answers.
    const auto noKey = system->registry().writeRegistryString(
            RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Nope"), scratch, moved, RegistryView::Native64);
    QCOMPARE(noKey.status, ProbeStatus::NotFound);
    QVERIFY(noKey.reason.contains(QLatin1String("HKLM\\SOFTWARE\\Nope")));

    const auto healthy = load(shipped("healthy-server.json")); // elevated
    QVERIFY(healthy);
    const auto written = healthy->registry().writeRegistryString(RegistryHive::LocalMachine, config.toLower(),
                                                                 scratch.toUpper(), moved, RegistryView::Native64);
    QVERIFY2(written.ok(), qPrintable(written.reason));
    QCOMPARE(written.value.type, RegistryValue::Type::String);
    QCOMPARE(written.value.data, QVariant(moved));
    QCOMPARE(healthy->registry()
                     .readRegistry(RegistryHive::LocalMachine, config, scratch, RegistryView::Native64)
                     .value.data,
             QVariant(moved));
    // A DWORD overwritten becomes REG_SZ; a new value in an existing (parent) key is created;
    // the 32-bit view is another value; keys are never created.
    const QString tls = QStringLiteral("SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319");
    QVERIFY(healthy->registry()
                    .writeRegistryString(RegistryHive::LocalMachine, tls, QStringLiteral("SchUseStrongCrypto"),
                                         QStringLiteral("1"), RegistryView::Wow32)
                    .ok());
    QCOMPARE(healthy->registry()
                     .readRegistry(RegistryHive::LocalMachine, tls, QStringLiteral("SchUseStrongCrypto"),
                                   RegistryView::Wow32)
                     .value.type,
             RegistryValue::Type::String);
    QCOMPARE(healthy->registry()
                     .readRegistry(RegistryHive::LocalMachine, tls, QStringLiteral("SchUseStrongCrypto"),
                                   RegistryView::Native64)
                     .value.type,
             RegistryValue::Type::Dword);
    const QString parent = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup");
    QVERIFY(healthy->registry()
                    .writeRegistryString(RegistryHive::LocalMachine, parent, QStringLiteral("New"), QString(),
                                         RegistryView::Native64)
                    .ok());
    QCOMPARE(healthy->registry()
                     .writeRegistryString(RegistryHive::LocalMachine, parent + QStringLiteral("\\Sub"),
                                          QStringLiteral("New"), QString(), RegistryView::Native64)
                     .status,
             ProbeStatus::NotFound);
}

void TestScenarioRegistry::registryDwordWritesAndDeletes()
{
    // The actions of the TLS 1.2 fix: a DWORD into an existing key or a new one (with its missing
    // parents, named as written), deleting a value, deleting a key only when it is empty.
    const QString protocols =
            QStringLiteral("SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols");
    const QString client = protocols + QStringLiteral("\\TLS 1.2\\Client");
    const auto system = fromPatch(R"({"registry": [{"hive": "HKLM",
        "key": "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 2.0\\Client",
        "name": "Enabled", "type": "REG_DWORD", "data": 0}]})");
    QVERIFY(system);
    const RegistryProbe& registry = system->registry();
    const auto refused = registry.writeRegistryDword(RegistryHive::LocalMachine, client, QStringLiteral("Enabled"), 1,
                                                     RegistryView::Native64, KeyCreation::ExistingKeyOnly);
    QCOMPARE(refused.status, ProbeStatus::NotFound); // never created without being asked
    QCOMPARE(registry.registrySubkeys(RegistryHive::LocalMachine, protocols, RegistryView::Native64).value,
             QStringList{QStringLiteral("SSL 2.0")});

    const auto created = registry.writeRegistryDword(RegistryHive::LocalMachine, client, QStringLiteral("Enabled"), 1,
                                                     RegistryView::Native64, KeyCreation::CreateMissingKeys);
    QVERIFY2(created.ok(), qPrintable(created.reason));
    QVERIFY(created.value.keyCreated);
    QCOMPARE(created.value.value.type, RegistryValue::Type::Dword);
    QCOMPARE(created.value.value.data.toUInt(), 1u);
    QCOMPARE(registry.registrySubkeys(RegistryHive::LocalMachine, protocols, RegistryView::Native64).value,
             (QStringList{QStringLiteral("SSL 2.0"), QStringLiteral("TLS 1.2")}));
    const auto second = registry.writeRegistryDword(RegistryHive::LocalMachine, client.toLower(),
                                                    QStringLiteral("DisabledByDefault"), 0, RegistryView::Native64,
                                                    KeyCreation::ExistingKeyOnly);
    QVERIFY2(second.ok(), qPrintable(second.reason));
    QVERIFY(!second.value.keyCreated);
    QCOMPARE(registry.readRegistry(RegistryHive::LocalMachine, client, QStringLiteral("disabledbydefault"),
                                   RegistryView::Native64)
                     .value.data.toUInt(),
             0u);

    // Not empty: left. Values deleted one by one, then the key, then its (now empty) parent.
    const QString tls12 = protocols + QStringLiteral("\\TLS 1.2");
    QCOMPARE(registry.deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, client, RegistryView::Native64).value,
             false);
    QCOMPARE(registry.deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, tls12, RegistryView::Native64).value,
             false); // it has a subkey
    for (const char* name : {"Enabled", "DisabledByDefault"}) {
        const auto deleted = registry.deleteRegistryValue(RegistryHive::LocalMachine, client, QString::fromLatin1(name),
                                                          RegistryView::Native64);
        QVERIFY2(deleted.ok() && deleted.value, qPrintable(deleted.reason));
    }
    QCOMPARE(registry.deleteRegistryValue(RegistryHive::LocalMachine, client, QStringLiteral("Enabled"),
                                          RegistryView::Native64)
                     .status,
             ProbeStatus::NotFound);
    QCOMPARE(registry.registrySubkeys(RegistryHive::LocalMachine, client, RegistryView::Native64).status,
             ProbeStatus::Ok); // a key without values still exists
    QCOMPARE(registry.deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, client, RegistryView::Native64).value, true);
    QCOMPARE(registry.deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, tls12, RegistryView::Native64).value, true);
    QCOMPARE(registry.registrySubkeys(RegistryHive::LocalMachine, protocols, RegistryView::Native64).value,
             QStringList{QStringLiteral("SSL 2.0")});
    QCOMPARE(registry.deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, client, RegistryView::Native64).status,
             ProbeStatus::NotFound);
    QCOMPARE(registry.deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, QString(), RegistryView::Native64).status,
             ProbeStatus::Failed); // never a hive's root

    // The 32-bit view is a key of its own.
    const QString net = QStringLiteral("SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319");
    QVERIFY(registry.writeRegistryDword(RegistryHive::LocalMachine, net, QStringLiteral("SchUseStrongCrypto"), 1,
                                        RegistryView::Wow32, KeyCreation::CreateMissingKeys)
                    .ok());
    QCOMPARE(registry.readRegistry(RegistryHive::LocalMachine, net, QStringLiteral("SchUseStrongCrypto"),
                                   RegistryView::Native64)
                     .status,
             ProbeStatus::NotFound);
    QCOMPARE(registry.readRegistry(RegistryHive::LocalMachine,
                                   QStringLiteral("SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319"),
                                   QStringLiteral("SchUseStrongCrypto"), RegistryView::Native64)
                     .value.data.toUInt(),
             1u);

    // A limited token may not write or delete, and nothing changes.
    const auto limited = fromPatch(R"({"account": {"user": "u", "adminMember": true, "elevation": "limited"},
        "registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_DWORD", "data": 0}]})");
    QVERIFY(limited);
    for (const KeyCreation creation : {KeyCreation::ExistingKeyOnly, KeyCreation::CreateMissingKeys}) {
        const auto denied =
                limited->registry().writeRegistryDword(RegistryHive::LocalMachine, QStringLiteral("K"),
                                                       QStringLiteral("V"), 1, RegistryView::Native64, creation);
        QCOMPARE(denied.status, ProbeStatus::Denied);
        QCOMPARE(denied.osError, quint32(5));
    }
    QCOMPARE(limited->registry()
                     .writeRegistryDword(RegistryHive::LocalMachine, QStringLiteral("K\\New"), QStringLiteral("V"), 1,
                                         RegistryView::Native64, KeyCreation::CreateMissingKeys)
                     .status,
             ProbeStatus::Denied);
    QCOMPARE(limited->registry()
                     .registrySubkeys(RegistryHive::LocalMachine, QStringLiteral("K"), RegistryView::Native64)
                     .value,
             QStringList());
    QCOMPARE(limited->registry()
                     .deleteRegistryValue(RegistryHive::LocalMachine, QStringLiteral("K"), QStringLiteral("V"),
                                          RegistryView::Native64)
                     .status,
             ProbeStatus::Denied);
    QCOMPARE(limited->registry()
                     .deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, QStringLiteral("K"), RegistryView::Native64)
                     .status,
             ProbeStatus::Denied);
    QCOMPARE(limited->registry()
                     .readRegistry(RegistryHive::LocalMachine, QStringLiteral("K"), QStringLiteral("V"),
                                   RegistryView::Native64)
                     .value.data.toUInt(),
             0u);
}

void TestScenarioRegistry::registryWritesFromManyThreads()
{
    const auto system =
            fromPatch(R"({"registry": [{"hive": "HKLM", "key": "K", "name": "V", "type": "REG_SZ", "data": ""}]})");
    QVERIFY(system);
    std::vector<std::unique_ptr<QThread>> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&system, &failures, t] {
            for (int i = 0; i < 500; ++i) {
                const QString name = QStringLiteral("V%1").arg(i % 7);
                const QString data = QStringLiteral("%1-%2").arg(t).arg(i);
                const auto written = system->registry().writeRegistryString(
                        RegistryHive::LocalMachine, QStringLiteral("K"), name, data, RegistryView::Native64);
                const auto read = system->registry().readRegistry(RegistryHive::LocalMachine, QStringLiteral("K"), name,
                                                                  RegistryView::Native64);
                if (!written.ok() || written.value.data != QVariant(data) || !read.ok())
                    ++failures;
            }
        }));
    }
    runGuarded([&threads] {
        for (auto& thread : threads)
            thread->start();
        for (auto& thread : threads)
            thread->wait();
    });
    QCOMPARE(failures.load(), 0);
}

QTEST_GUILESS_MAIN(TestScenarioRegistry)
#include "TestScenarioRegistry.moc"
