// SPDX-License-Identifier: MIT
// The real installation fixes against WindowsSystem on the real Win32 (Wine in CI), each the
// way the wizard runs it: the owning check finds the problem, preview() shows the exact change,
// apply() changes the machine, the journal records before/after, the check is run again, and
// the journal entry undoes it. The machine state is read back independently (RegGetValueW,
// GetFileAttributesW, QueryServiceStatus), never only through the code under test.
//  - repair_scratch_registry: ScratchLocation of CloudBackupProvider names a missing folder, the
//    Config one an existing folder; an "obengine" made from mars_test_service.exe runs, so the
//    fix stops and starts it around the write;
//  - clear_install_dir_attributes: a real folder marked hidden and system;
//  - start_agent_service: the stopped "obengine".
// Registry values are put back and keys removed afterwards (RegistrySandbox).
#include "InstallTestSupport.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/install/ExistingAgentCheck.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/install/StartAgentServiceFix.h"
#include "catalog/scratch/ScratchRegistryCheck.h"
#include "catalog/scratch/ScratchRegistryFix.h"
#include "engine/CheckContext.h"
#include "engine/FixJournal.h"
#include "engine/JournalTrust.h"
#include "logging/Redactor.h"
#include "system/WindowsSystem.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace mars;
using namespace mars::test;

namespace {
const QString kSetupKey = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup");
const QString kConfigKey = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config");
const QString kProviderKey = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config\\CloudBackupProvider");
const QString kScratchValue = QStringLiteral("ScratchLocation");
const QString kAgentService = QStringLiteral("obengine");
constexpr REGSAM k64 = KEY_WOW64_64KEY;

CheckContext windowsContext(const QString& installDir = {})
{
    CheckContext context;
    context.env.system = std::make_shared<WindowsSystem>();
    context.env.inputs.installDir = installDir;
    return context;
}

QString describe(const Finding& f)
{
    return QStringLiteral("%1: %2 | %3").arg(verdictId(f.verdict), f.summary, f.detail);
}

QStringList names(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

class TestWindowsInstallFixes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void scratchRegistryFixRepairsAndUndoes();
    void folderAttributesFixClearsAndUndoes();
    void folderAttributesFixRefusesAMissingFolder();
    void folderAttributesFixOnlyOnTheAgentsFolder();
    void startAgentServiceFix();

private:
    // The ScratchLocation value of `key` as stored (REG_SZ text), or "<absent>".
    QString storedScratch(const QString& key) const;
    // An installed agent: InstallPath naming <temp>\Agent with a versioned bin\cbengine.exe.
    bool installAgent();

    std::unique_ptr<RegistrySandbox> m_registry;
    std::unique_ptr<TempFolder> m_temp;
};

void TestWindowsInstallFixes::init()
{
    m_registry = std::make_unique<RegistrySandbox>();
    m_temp = std::make_unique<TempFolder>();
    QVERIFY(m_temp->isValid());
}

void TestWindowsInstallFixes::cleanup()
{
    m_registry.reset(); // puts the registry back
    m_temp.reset();
}

QString TestWindowsInstallFixes::storedScratch(const QString& key) const
{
    DWORD type = REG_NONE;
    QByteArray bytes;
    if (!m_registry->read(k64, key, kScratchValue, &type, &bytes))
        return QStringLiteral("<absent>");
    if (type != REG_SZ || bytes.size() < 2 || !bytes.endsWith(QByteArray(2, '\0')))
        return QStringLiteral("<not a terminated REG_SZ>");
    return QString(reinterpret_cast<const QChar*>(bytes.constData()), (bytes.size() - 2) / 2);
}

bool TestWindowsInstallFixes::installAgent()
{
    const QString agent = child(m_temp->path(), QStringLiteral("Agent"));
    const QString bin = child(agent, QStringLiteral("bin"));
    return ::CreateDirectoryW(wide(agent).c_str(), nullptr) && ::CreateDirectoryW(wide(bin).c_str(), nullptr)
           && ::CopyFileW(wide(testServicePath()).c_str(), wide(child(bin, QStringLiteral("cbengine.exe"))).c_str(),
                          FALSE)
           && m_registry->setString(k64, kSetupKey, QStringLiteral("InstallPath"), agent);
}

void TestWindowsInstallFixes::scratchRegistryFixRepairsAndUndoes()
{
    const QString scratch = child(m_temp->path(), QStringLiteral("Scratch"));
    const QString gone = child(m_temp->path(), QStringLiteral("Gone"));
    QVERIFY(::CreateDirectoryW(wide(scratch).c_str(), nullptr));
    if (!installAgent() || !m_registry->setString(k64, kConfigKey, kScratchValue, scratch)
        || !m_registry->setString(k64, kProviderKey, kScratchValue, gone)) {
        if (m_registry->denied())
            QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated).");
        QFAIL(qPrintable(QStringLiteral("The test's agent cannot be set up (error %1).").arg(m_registry->lastError())));
    }
    // The agent's service, running: the fix must stop it for the write and start it again.
    TestService service;
    const QString noService = service.install(kAgentService);
    if (noService.contains(QStringLiteral("exists")))
        QSKIP("This machine has a real obengine service: the fix would restart it, so the test leaves it alone.");
    const bool withService = noService.isEmpty() && service.start();
    if (!withService)
        qWarning("Without a test obengine service (%s): the restart around the write is not proven.",
                 qPrintable(noService));

    const CheckContext context = windowsContext();
    const Finding broken = ScratchRegistryCheck().run(context);
    QVERIFY2(broken.verdict == Verdict::Fail, qPrintable(describe(broken)));
    QVERIFY(broken.fixIds.contains(ScratchRegistryFix::id()));

    const ScratchRegistryFix fix;
    const FixPlan plan = fix.preview(context);
    if (!plan.canApply && plan.elevation == Elevation::Needed)
        QSKIP("The fix needs the full administrator token, which this run does not have.");
    QVERIFY2(plan.canApply, qPrintable(plan.summary + QLatin1Char(' ') + plan.cannotApplyReason));
    QVERIFY(plan.reversible);
    QVERIFY(!plan.changes.isEmpty());
    QVERIFY2(plan.changes.first().target.contains(QStringLiteral("CloudBackupProvider")),
             qPrintable(plan.changes.first().target));
    QCOMPARE(plan.changes.first().before, gone);
    QCOMPARE(plan.changes.first().after, scratch);
    QCOMPARE(storedScratch(kProviderKey), gone); // the preview changed nothing

    const FixOutcome outcome = fix.apply(context, plan);
    QVERIFY2(outcome.result == FixResult::Applied, qPrintable(outcome.summary));
    QCOMPARE(storedScratch(kProviderKey), scratch);
    QCOMPARE(storedScratch(kConfigKey), scratch);
    QCOMPARE(outcome.before.value(QLatin1String("provider")).toString(), gone);
    QCOMPARE(outcome.before.value(QLatin1String("config")).toString(), scratch);
    QCOMPARE(outcome.after.value(QLatin1String("provider")).toString(), scratch);
    if (withService) {
        QCOMPARE(outcome.before.value(QLatin1String("service")).toString(), QStringLiteral("running"));
        QCOMPARE(outcome.after.value(QLatin1String("service")).toString(), QStringLiteral("running"));
        QCOMPARE(service.state(), DWORD(SERVICE_RUNNING));
    }
    const Finding repaired = ScratchRegistryCheck().run(context);
    QVERIFY2(repaired.verdict == Verdict::Pass, qPrintable(describe(repaired)));

    // The journal keeps before/after; its entry undoes the change.
    FixJournal journal(child(m_temp->path(), QStringLiteral("journal\\fixes.jsonl")), QStringLiteral("session"),
                       std::make_shared<Redactor>());
    // No key here: as an unelevated run, this account's unsigned lines are undoable
    // (TestJournalSignature covers the signed ones).
    journal.setTrust(nullptr, [] {
        JournalIdentity me;
        me.machine = QStringLiteral("wine-test");
        me.user = QStringLiteral("tester");
        me.elevation = JournalIdentity::Elevation::NotElevated;
        return me;
    });
    journal.loadIndex();
    QString error;
    const JournalEntry entry = journal.record(plan, outcome, false, &error);
    QVERIFY2(!entry.entryId.isEmpty(), qPrintable(error));
    const QList<JournalEntry> written = journal.entries();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().before, outcome.before);
    QCOMPARE(written.first().after, outcome.after);
    QCOMPARE(journal.undoable(ScratchRegistryCheck::id(), false).size(), 1);

    const FixPlan undoPlan = fix.previewUndo(context, written.first());
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.summary + QLatin1Char(' ') + undoPlan.cannotApplyReason));
    QCOMPARE(undoPlan.changes.first().before, scratch);
    QCOMPARE(undoPlan.changes.first().after, gone);
    QCOMPARE(storedScratch(kProviderKey), scratch); // the undo preview changed nothing
    const FixOutcome undone = fix.undo(context, written.first().undo);
    QVERIFY2(undone.result == FixResult::Applied, qPrintable(undone.summary));
    QCOMPARE(storedScratch(kProviderKey), gone);
    QCOMPARE(storedScratch(kConfigKey), scratch);
    if (withService)
        QCOMPARE(service.state(), DWORD(SERVICE_RUNNING));
    const JournalEntry undoEntry = journal.record(undoPlan, undone, false, &error, entry.entryId);
    QVERIFY2(!undoEntry.entryId.isEmpty(), qPrintable(error));
    QCOMPARE(journal.entries().first().undoneBy, undoEntry.entryId);
    QVERIFY(journal.undoable(ScratchRegistryCheck::id(), false).isEmpty());
    QCOMPARE(ScratchRegistryCheck().run(context).verdict, Verdict::Fail);

    // The same undo again finds the value no longer as the fix left it: refused, nothing changes.
    const FixOutcome again = fix.undo(context, written.first().undo);
    QVERIFY(again.result != FixResult::Applied);
    QCOMPARE(storedScratch(kProviderKey), gone);
}

void TestWindowsInstallFixes::folderAttributesFixClearsAndUndoes()
{
    const QString folder = child(m_temp->path(), QStringLiteral("Microsoft Azure Recovery Services Agent"));
    QVERIFY(::CreateDirectoryW(wide(folder).c_str(), nullptr));
    QVERIFY(setRawAttributes(folder, FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM));
    if (!hasAttribute(folder, FILE_ATTRIBUTE_HIDDEN) || !hasAttribute(folder, FILE_ATTRIBUTE_SYSTEM))
        QSKIP("This file system does not keep hidden and system on a folder here.");
    const CheckContext context = windowsContext(folder);

    const Finding marked = InstallDirAttributesCheck().run(context);
    QVERIFY2(marked.verdict == Verdict::Fail, qPrintable(describe(marked)));
    QVERIFY2(marked.summary.contains(QStringLiteral("hidden")) && marked.summary.contains(QStringLiteral("system")),
             qPrintable(marked.summary));
    QVERIFY(marked.fixIds.contains(FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir)));

    const FolderAttributesFix fix(FolderAttributesFix::Folder::InstallDir, InstallDirAttributesCheck::id());
    const FixPlan plan = fix.preview(context);
    if (!plan.canApply && plan.elevation == Elevation::Needed)
        QSKIP("The fix needs the full administrator token, which this run does not have.");
    QVERIFY2(plan.canApply, qPrintable(plan.summary + QLatin1Char(' ') + plan.cannotApplyReason));
    QVERIFY(plan.reversible);
    QCOMPARE(plan.changes.size(), 2);
    QVERIFY(hasAttribute(folder, FILE_ATTRIBUTE_HIDDEN)); // the preview changed nothing

    const FixOutcome outcome = fix.apply(context, plan);
    QVERIFY2(outcome.result == FixResult::Applied, qPrintable(outcome.summary));
    QVERIFY(exists(folder));
    QVERIFY(hasAttribute(folder, FILE_ATTRIBUTE_DIRECTORY));
    QVERIFY(!hasAttribute(folder, FILE_ATTRIBUTE_HIDDEN));
    QVERIFY(!hasAttribute(folder, FILE_ATTRIBUTE_SYSTEM));
    QVERIFY(names(outcome.before.value(QLatin1String("attributes"))).contains(QStringLiteral("hidden")));
    QVERIFY(names(outcome.before.value(QLatin1String("attributes"))).contains(QStringLiteral("system")));
    QVERIFY(!names(outcome.after.value(QLatin1String("attributes"))).contains(QStringLiteral("hidden")));
    QCOMPARE(names(outcome.after.value(QLatin1String("cleared"))),
             (QStringList{QStringLiteral("hidden"), QStringLiteral("system")}));
    const Finding cleared = InstallDirAttributesCheck().run(context);
    QVERIFY2(cleared.verdict == Verdict::Pass, qPrintable(describe(cleared)));

    FixJournal journal(child(m_temp->path(), QStringLiteral("fixes.jsonl")), QStringLiteral("session"),
                       std::make_shared<Redactor>());
    const JournalEntry entry = journal.record(plan, outcome, false);
    QVERIFY(!entry.entryId.isEmpty());
    const JournalEntry stored = journal.entries().first();
    QCOMPARE(stored.before, outcome.before);
    QCOMPARE(stored.after, outcome.after);

    const FixPlan undoPlan = fix.previewUndo(context, stored);
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.summary + QLatin1Char(' ') + undoPlan.cannotApplyReason));
    QCOMPARE(undoPlan.changes.size(), 2);
    const FixOutcome undone = fix.undo(context, stored.undo);
    QVERIFY2(undone.result == FixResult::Applied, qPrintable(undone.summary));
    QVERIFY(hasAttribute(folder, FILE_ATTRIBUTE_HIDDEN));
    QVERIFY(hasAttribute(folder, FILE_ATTRIBUTE_SYSTEM));
    QVERIFY(hasAttribute(folder, FILE_ATTRIBUTE_DIRECTORY));
    journal.record(undoPlan, undone, false, nullptr, entry.entryId);
    QVERIFY(journal.undoable(InstallDirAttributesCheck::id(), false).isEmpty());
    QCOMPARE(InstallDirAttributesCheck().run(context).verdict, Verdict::Fail);
}

void TestWindowsInstallFixes::folderAttributesFixRefusesAMissingFolder()
{
    // The parent is marked hidden; the folder does not exist: nothing is changed, not even the parent.
    const QString parent = child(m_temp->path(), QStringLiteral("Programs"));
    QVERIFY(::CreateDirectoryW(wide(parent).c_str(), nullptr));
    QVERIFY(setRawAttributes(parent, FILE_ATTRIBUTE_HIDDEN));
    const DWORD parentBefore = rawAttributes(parent);
    const QString folder = child(parent, QStringLiteral("Agent"));
    const CheckContext context = windowsContext(folder);
    const FixPlan plan = FolderAttributesFix(FolderAttributesFix::Folder::InstallDir, InstallDirAttributesCheck::id())
                                 .preview(context);
    QVERIFY(!plan.canApply);
    QVERIFY2(plan.summary.contains(QStringLiteral("does not exist")), qPrintable(plan.summary));
    QVERIFY(!exists(folder));
    QCOMPARE(rawAttributes(parent), parentBefore);
    // Hidden is not inherited by a new folder, so the check has nothing against the parent.
    QCOMPARE(InstallDirAttributesCheck().run(context).verdict, Verdict::Pass);
}

void TestWindowsInstallFixes::folderAttributesFixOnlyOnTheAgentsFolder()
{
    // #19 on real folders: a typed folder with someone's files keeps its attributes, also when
    // it is reached through ".."; the same folder holding bin\cbengine.exe is the agent's.
    const QString folder = child(m_temp->path(), QStringLiteral("Data"));
    QVERIFY(::CreateDirectoryW(wide(folder).c_str(), nullptr));
    QVERIFY(writeFile(child(folder, QStringLiteral("report.docx"))));
    QVERIFY(setRawAttributes(folder, FILE_ATTRIBUTE_HIDDEN));
    if (!hasAttribute(folder, FILE_ATTRIBUTE_HIDDEN))
        QSKIP("This file system does not keep hidden on a folder here.");
    const FolderAttributesFix fix(FolderAttributesFix::Folder::InstallDir, InstallDirAttributesCheck::id());
    const QString typed[] = {folder, child(m_temp->path(), QStringLiteral("Data\\..\\Data"))};
    for (const QString& path : typed) {
        const FixPlan plan = fix.preview(windowsContext(path));
        QVERIFY(!plan.canApply);
        QVERIFY2(plan.cannotApplyReason.contains(QStringLiteral("report.docx")), qPrintable(plan.cannotApplyReason));
        QVERIFY(plan.changes.isEmpty());
    }
    QVERIFY(hasAttribute(folder, FILE_ATTRIBUTE_HIDDEN));

    QVERIFY(::CreateDirectoryW(wide(child(folder, QStringLiteral("bin"))).c_str(), nullptr));
    QVERIFY(writeFile(child(folder, QStringLiteral("bin\\cbengine.exe"))));
    const CheckContext context = windowsContext(folder);
    const FixPlan plan = fix.preview(context);
    if (!plan.canApply && plan.elevation == Elevation::Needed)
        QSKIP("The fix needs the full administrator token, which this run does not have.");
    QVERIFY2(plan.canApply, qPrintable(plan.summary + QLatin1Char(' ') + plan.cannotApplyReason));
    QVERIFY2(plan.summary.contains(QStringLiteral("cbengine.exe")), qPrintable(plan.summary));
    QCOMPARE(fix.apply(context, plan).result, FixResult::Applied);
    QVERIFY(!hasAttribute(folder, FILE_ATTRIBUTE_HIDDEN));
}

void TestWindowsInstallFixes::startAgentServiceFix()
{
    if (!installAgent()) {
        if (m_registry->denied())
            QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated).");
        QFAIL("The test's agent cannot be set up.");
    }
    TestService service;
    const QString noService = service.install(kAgentService);
    if (!noService.isEmpty())
        QSKIP(qPrintable(noService));
    const CheckContext context = windowsContext();
    const Finding stopped = ExistingAgentCheck().run(context);
    QVERIFY2(stopped.verdict == Verdict::Warning, qPrintable(describe(stopped)));
    QVERIFY(stopped.fixIds.contains(StartAgentServiceFix::id()));

    const StartAgentServiceFix fix;
    const FixPlan plan = fix.preview(context);
    if (!plan.canApply && plan.elevation == Elevation::Needed)
        QSKIP("Starting a service needs the full administrator token, which this run does not have.");
    QVERIFY2(plan.canApply, qPrintable(plan.summary + QLatin1Char(' ') + plan.cannotApplyReason));
    QCOMPARE(service.state(), DWORD(SERVICE_STOPPED)); // the preview changed nothing
    const FixOutcome outcome = fix.apply(context, plan);
    QVERIFY2(outcome.result == FixResult::Applied, qPrintable(outcome.summary));
    QCOMPARE(service.state(), DWORD(SERVICE_RUNNING));
    QCOMPARE(outcome.before.value(QLatin1String("state")).toString(), QStringLiteral("stopped"));
    const Finding running = ExistingAgentCheck().run(context);
    QVERIFY2(running.verdict == Verdict::Pass, qPrintable(describe(running)));
}

QTEST_GUILESS_MAIN(TestWindowsInstallFixes)
#include "TestWindowsInstallFixes.moc"
