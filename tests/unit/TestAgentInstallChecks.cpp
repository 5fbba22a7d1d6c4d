// SPDX-License-Identifier: MIT
// A10 install_dir_attributes and A11 existing_agent_install over tables of machines (patched
// minimal scenarios; the engine's file version answered by a FailingSystem hook), when a probe
// fails, and A11 over fault scenarios for each goal (install, register, re-register).
#include "ForwardingSystem.h"
#include "InstallCheckTestSupport.h"
#include "catalog/agent/AgentVersions.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/install/ExistingAgentCheck.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/install/StartAgentServiceFix.h"

#include <QTest>

using namespace mars;
using namespace mars::test;

class TestAgentInstallChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void installFolder_data();
    void installFolder();
    void installFolderProbeFailures();
    void versionFacts();
    void existingAgent_data();
    void existingAgent();
    void existingAgentProbeFailures_data();
    void existingAgentProbeFailures();
    void faultScenariosByGoal_data();
    void faultScenariosByGoal();
};

void TestAgentInstallChecks::installFolder_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("typed"); // the folder typed on the first page, "" = the default
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QStringList>("mentions"); // words of the sentence
    QTest::addColumn<QStringList>("commands"); // in the remedy

    const auto folder = [](const char* path, const char* attributes) -> QByteArray {
        return QByteArray(R"({"folders": [{"path": ")") + path + R"(", "attributes": [)" + attributes + "]}]}";
    };
    const char* agent = R"(C:\\Program Files\\Microsoft Azure Recovery Services Agent)";
    const char* programFiles = R"(C:\\Program Files)";
    QTest::newRow("exists, plain") << folder(agent, "") << "" << Verdict::Pass << QStringList{test::kInstallDir}
                                   << QStringList();
    QTest::newRow("exists, read-only and archive") << folder(agent, R"("readonly", "archive")") << "" << Verdict::Pass
                                                   << QStringList{QStringLiteral("not hidden")} << QStringList();
    QTest::newRow("hidden and system") << folder(agent, R"("hidden", "system")") << "" << Verdict::Fail
                                       << QStringList{QStringLiteral("hidden"), QStringLiteral("system")}
                                       << QStringList{QStringLiteral("attrib -s -h \"") + test::kInstallDir};
    QTest::newRow("compressed") << folder(agent, R"("compressed")") << "" << Verdict::Fail
                                << QStringList{QStringLiteral("compressed")}
                                << QStringList{QStringLiteral("compact /u /s:\"") + test::kInstallDir};
    QTest::newRow("encrypted") << folder(agent, R"("encrypted")") << "" << Verdict::Fail
                               << QStringList{QStringLiteral("encrypted")}
                               << QStringList{QStringLiteral("cipher /d /s:\"") + test::kInstallDir};
    QTest::newRow("missing, plain parent") << QByteArray("{}") << "" << Verdict::Pass
                                           << QStringList{QStringLiteral("does not exist yet")} << QStringList();
    QTest::newRow("missing, hidden parent (not inherited)")
            << folder(programFiles, R"("hidden", "system")") << "" << Verdict::Pass
            << QStringList{QStringLiteral("neither compressed nor encrypted")} << QStringList();
    QTest::newRow("missing, compressed parent")
            << folder(programFiles, R"("compressed")") << "" << Verdict::Warning
            << QStringList{QStringLiteral("C:\\Program Files,"), QStringLiteral("compressed")}
            << QStringList{QStringLiteral("compact /u \"C:\\Program Files\""), QStringLiteral("/p:")};
    QTest::newRow("missing, encrypted parent") << folder(programFiles, R"("encrypted")") << "" << Verdict::Warning
                                               << QStringList{QStringLiteral("encrypted")}
                                               << QStringList{QStringLiteral("cipher /d \"C:\\Program Files\"")};
    QTest::newRow("typed folder two levels below a compressed one")
            << QByteArray(R"({"disks": [{"root": "D:\\", "totalBytes": 1000000, "freeBytes": 500000}],
                             "folders": [{"path": "D:\\Apps", "attributes": ["compressed"]}]})")
            << "D:\\Apps\\Backup\\MARS\\" << Verdict::Warning
            << QStringList{QStringLiteral("D:\\Apps\\Backup\\MARS"), QStringLiteral("D:\\Apps,")}
            << QStringList{QStringLiteral("compact /u D:\\Apps (")};
    QTest::newRow("typed folder on a compressed drive")
            << QByteArray(R"({"disks": [{"root": "D:\\", "totalBytes": 1000000, "freeBytes": 500000}],
                             "folders": [{"path": "D:\\", "attributes": ["compressed"]}]})")
            << "D:\\MARS" << Verdict::Warning << QStringList{QStringLiteral("D:\\,")}
            << QStringList{QStringLiteral("compact /u D:\\ (")};
}

void TestAgentInstallChecks::installFolder()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, typed);
    QFETCH(Verdict, expected);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, commands);
    CheckContext context = contextOf(scenario(patch));
    context.env.inputs.installDir = typed;
    const InstallDirAttributesCheck check;
    const Finding f = check.run(context);
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    for (const QString& word : mentions)
        QVERIFY2(f.summary.contains(word), qPrintable(f.summary));
    for (const QString& command : commands)
        QVERIFY2(f.remedy.contains(command), qPrintable(f.remedy));
    QString folder = typed.isEmpty() ? kInstallDir : typed;
    while (folder.endsWith(QLatin1Char('\\')))
        folder.chop(1); // shown without the trailing backslash
    QCOMPARE(f.evidenceValue(QStringLiteral("install_folder")), folder);
    // Only the folder itself is ever changed by the fix; a parent gets commands, not a button.
    QCOMPARE(f.fixIds, expected == Verdict::Fail
                               ? QStringList{FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir)}
                               : QStringList());
    if (expected == Verdict::Warning)
        QVERIFY(f.remedy.contains(QStringLiteral("never changes parent folders")));
    const bool exists = !f.evidenceValue(QStringLiteral("folder_attributes")).isEmpty();
    QCOMPARE(f.evidenceValue(QStringLiteral("folder_exists")).isEmpty(), exists);
}

void TestAgentInstallChecks::installFolderProbeFailures()
{
    auto denied = std::make_shared<FailingSystem>(scenario("{}"));
    denied->attributesAnswer = [](const QString&) {
        return Probed<FileAttributes>::bad(ProbeStatus::Denied, QStringLiteral("GetFileAttributesW: access denied"), 5);
    };
    const InstallDirAttributesCheck check;
    Finding f = check.run(contextOf(denied));
    QCOMPARE(f.verdict, Verdict::Error); // never guessed past a folder that cannot be read
    QVERIFY(f.detail.contains(QStringLiteral("access denied")));
    QVERIFY(f.fixIds.isEmpty());

    class NoProgramFiles final : public test::ForwardingFiles
    {
    public:
        using ForwardingFiles::ForwardingFiles;
        Probed<QString> knownFolder(KnownFolder) const override
        {
            return Probed<QString>::bad(ProbeStatus::Failed, QStringLiteral("SHGetKnownFolderPath failed"));
        }
    };
    f = check.run(contextOf(test::withRole<NoProgramFiles>(scenario("{}"))));
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.detail.contains(QStringLiteral("SHGetKnownFolderPath")));
}

namespace {
QString latestKnown()
{
    return agent::AgentVersions::newestKnown().version;
}
} // namespace

void TestAgentInstallChecks::existingAgent_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("version"); // cbengine.exe, "" = missing
    QTest::addColumn<Goal>("goal");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<bool>("startOffered");

    const QByteArray running = installedAgent("running");
    const QByteArray stopped = installedAgent("stopped");
    const QString latest = agent::AgentVersions::newestKnown().version;
    QTest::newRow("not installed, installing")
            << QByteArray("{}") << "" << Goal::Install << Verdict::Pass << "not installed yet" << false;
    QTest::newRow("not installed, registering")
            << QByteArray("{}") << "" << Goal::Register << Verdict::Fail << "install the agent first" << false;
    QTest::newRow("not installed, re-registering")
            << QByteArray("{}") << "" << Goal::Reregister << Verdict::Fail << "install the agent first" << false;
    QTest::newRow("latest, running") << running << latest << Goal::Install << Verdict::Pass << latest << false;
    QTest::newRow("newer than we know") << running << "2.0.9600.0" << Goal::Register << Verdict::Pass << "2.0.9600.0"
                                        << false;
    QTest::newRow("the release before the newest") << running << "2.0.9415.0" << Goal::Register << Verdict::Warning
                                                   << QString(QStringLiteral("older than ") + latest) << false;
    QTest::newRow("the knowledge's age is said") << running << "2.0.9415.0" << Goal::Install << Verdict::Warning
                                                 << "support matrix for the MARS agent of November 2025" << false;
    QTest::newRow("2.0.9262.0, the newest of 2024, is old now")
            << running << "2.0.9262.0" << Goal::Register << Verdict::Warning << "newest version known to this tool"
            << false;
    QTest::newRow("a little old") << running << "2.0.9250.0" << Goal::Register << Verdict::Warning
                                  << "newest version known to this tool" << false;
    QTest::newRow("2.0.9249.0 registers") << running << "2.0.9249.0" << Goal::Register << Verdict::Warning
                                          << "newest version known to this tool" << false;
    QTest::newRow("too old for vault credentials, installing")
            << running << "2.0.9248.0" << Goal::Install << Verdict::Warning << "vault credentials" << false;
    QTest::newRow("too old for vault credentials, registering")
            << running << "2.0.9248.0" << Goal::Register << Verdict::Fail << "vault credentials" << false;
    QTest::newRow("2.0.9083.0 still works")
            << running << "2.0.9083.0" << Goal::Install << Verdict::Warning << "2.0.9249.0" << false;
    QTest::newRow("before 2.0.9083.0") << running << "2.0.9082.0" << Goal::Install << Verdict::Fail
                                       << "register the server again" << false;
    QTest::newRow("engine missing") << running << "" << Goal::Install << Verdict::Fail << "broken" << false;
    QTest::newRow("service stopped") << stopped << latest << Goal::Register << Verdict::Warning << "stopped" << true;
    QTest::newRow("service stopped and disabled") << installedAgent("stopped", "disabled") << latest << Goal::Install
                                                  << Verdict::Warning << "stopped" << false;
    QTest::newRow("service paused") << installedAgent("paused") << latest << Goal::Install << Verdict::Warning
                                    << "paused" << false;
    QTest::newRow("service starting") << installedAgent("start_pending") << latest << Goal::Install << Verdict::Pass
                                      << latest << false;
    QTest::newRow("service missing") << installedAgent(nullptr) << latest << Goal::Install << Verdict::Fail
                                     << "service (obengine) is not installed" << false;
    QTest::newRow("too old and stopped: the worst is the sentence, the fix is still offered")
            << stopped << "2.0.9000.0" << Goal::Install << Verdict::Fail << "2.0.9000.0" << true;
}

void TestAgentInstallChecks::existingAgent()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, version);
    QFETCH(Goal, goal);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(bool, startOffered);
    const ExistingAgentCheck check;
    const Finding f = check.run(contextOf(withEngine(scenario(patch), version), goal));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.fixIds.contains(StartAgentServiceFix::id()), startOffered);
    const bool installed = patch != "{}";
    QCOMPARE(f.evidenceValue(QStringLiteral("installed")), installed ? QStringLiteral("yes") : QStringLiteral("no"));
    if (!installed)
        return;
    QCOMPARE(f.evidenceValue(QStringLiteral("engine_path")), kEngine);
    QCOMPARE(f.evidenceValue(QStringLiteral("install_path")), kInstallDir); // InstallPath ends in a backslash
    QCOMPARE(f.evidenceValue(QStringLiteral("agent_version")),
             version.isEmpty() ? QStringLiteral("not readable") : version);
    if (expected != Verdict::Pass && !f.summary.contains(QStringLiteral("service")))
        QVERIFY2(f.remedy.contains(QStringLiteral("https://aka.ms/azurebackup_agent")), qPrintable(f.remedy));
    if (patch.contains("disabled"))
        QVERIFY(f.remedy.contains(QStringLiteral("sc config obengine start= auto")));
    if (f.summary.contains(QStringLiteral("upgrade")))
        QVERIFY2(f.remedy.contains(QStringLiteral(".NET Framework 4.8")), qPrintable(f.remedy));
    // How old the knowledge is, always: the newest version and where and when it was read.
    QCOMPARE(f.evidenceValue(QStringLiteral("latest_known_version")), latestKnown());
    QVERIFY2(f.evidenceValue(QStringLiteral("latest_known_source")).contains(QStringLiteral("2025")),
             qPrintable(f.evidenceValue(QStringLiteral("latest_known_source"))));
}

void TestAgentInstallChecks::versionFacts()
{
    using agent::AgentVersions;
    using agent::VersionMilestone;
    const QList<agent::VersionFact> facts = AgentVersions::facts();
    QVERIFY(facts.size() >= 3);
    quint64 previous = 0;
    for (const agent::VersionFact& fact : facts) {
        QVERIFY2(fact.packed() > previous, qPrintable(fact.version)); // oldest first, each a version
        previous = fact.packed();
        QVERIFY2(!fact.source.isEmpty() && !fact.reference.isEmpty(), qPrintable(fact.version));
        QVERIFY2(fact.sourceDate.isValid() && fact.sourceDate.year() >= 2020, qPrintable(fact.version));
    }
    QCOMPARE(AgentVersions::minimum(VersionMilestone::MinimumWithoutAcs).version, QStringLiteral("2.0.9083.0"));
    QCOMPARE(AgentVersions::minimum(VersionMilestone::MinimumForVaultCredentials).version,
             QStringLiteral("2.0.9249.0"));
    // Support matrix (11/2025): 2.0.9415.0 (KB5059322) and 2.0.9506.0 (KB5068415).
    const agent::VersionFact newest = AgentVersions::newestKnown();
    QCOMPARE(newest.version, QStringLiteral("2.0.9506.0"));
    QCOMPARE(newest.reference, QStringLiteral("KB5068415"));
    QCOMPARE(newest.sourceDate, QDate(2025, 11, 1));
    QVERIFY2(newest.sourceWithDate().contains(QStringLiteral("support matrix")), qPrintable(newest.sourceWithDate()));
}

void TestAgentInstallChecks::existingAgentProbeFailures_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("reason");
    QTest::newRow("InstallPath denied") << "registry"
                                        << "RegGetValueW: access denied";
    QTest::newRow("no version resource") << "version"
                                         << "has no version resource";
    QTest::newRow("not a version") << "garbage"
                                   << "not a version number";
    QTest::newRow("service manager denied") << "service"
                                            << "OpenSCManagerW: access denied";
}

void TestAgentInstallChecks::existingAgentProbeFailures()
{
    QFETCH(QString, failure);
    QFETCH(QString, reason);
    class ServiceUnreadable final : public test::ForwardingServices
    {
    public:
        using ForwardingServices::ForwardingServices;
        Probed<ServiceInfo> service(const QString&) const override
        {
            return Probed<ServiceInfo>::bad(ProbeStatus::Denied, QStringLiteral("OpenSCManagerW: access denied"), 5);
        }
    };
    std::shared_ptr<SystemProbe> inner = scenario(installedAgent("running"));
    if (failure == QLatin1String("service"))
        inner = test::withRole<ServiceUnreadable>(inner);
    auto system = withEngine(inner, agent::AgentVersions::newestKnown().version);
    if (failure == QLatin1String("registry"))
        system->registryAnswer = [reason](const QString&, const QString&) {
            return Probed<RegistryValue>::bad(ProbeStatus::Denied, reason, 5);
        };
    if (failure == QLatin1String("version"))
        system->versionAnswer = [reason](const QString& path) {
            return Probed<QString>::bad(ProbeStatus::Failed, path + QLatin1Char(' ') + reason, 1813);
        };
    if (failure == QLatin1String("garbage"))
        system->versionAnswer = [](const QString&) { return Probed<QString>::good(QStringLiteral("2.0.beta")); };
    const Finding f = ExistingAgentCheck().run(contextOf(system, Goal::Register));
    QCOMPARE(f.verdict, Verdict::Error); // "could not read" is never "not installed" or "up to date"
    QVERIFY2(f.detail.contains(reason), qPrintable(f.detail));
    QVERIFY(f.fixIds.isEmpty());
}

void TestAgentInstallChecks::faultScenariosByGoal_data()
{
    QTest::addColumn<QString>("file"); // tests/data/scenarios/install/
    QTest::addColumn<Goal>("goal");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::newRow("healthy, installing") << "" << Goal::Install << Verdict::Pass << "2.0.9506.0";
    QTest::newRow("healthy, registering") << "" << Goal::Register << Verdict::Pass << "2.0.9506.0";
    QTest::newRow("before 2.0.9249.0, installing")
            << "existing_agent_install-before-9249.json" << Goal::Install << Verdict::Warning << "vault credentials";
    QTest::newRow("before 2.0.9249.0, registering")
            << "existing_agent_install-before-9249.json" << Goal::Register << Verdict::Fail << "vault credentials";
    QTest::newRow("not installed, installing")
            << "install_dir_attributes-parent-compressed.json" << Goal::Install << Verdict::Pass << "not installed yet";
    QTest::newRow("not installed, re-registering") << "install_dir_attributes-parent-compressed.json"
                                                   << Goal::Reregister << Verdict::Fail << "install the agent first";
}

void TestAgentInstallChecks::faultScenariosByGoal()
{
    QFETCH(QString, file);
    QFETCH(Goal, goal);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    const QString path = file.isEmpty() ? test::shipped("healthy-server.json")
                                        : QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/install/") + file;
    std::shared_ptr<SystemProbe> system = test::load(path);
    QVERIFY2(system, qPrintable(path));
    const ExistingAgentCheck check;
    const Finding f = check.run(contextOf(system, goal));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause), qPrintable(f.summary));
}

QTEST_GUILESS_MAIN(TestAgentInstallChecks)
#include "TestAgentInstallChecks.moc"
