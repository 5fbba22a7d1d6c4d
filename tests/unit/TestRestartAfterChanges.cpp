// SPDX-License-Identifier: MIT
// I9 reboot_after_changes and the fix that needs it most, I7's add_agent_module_path: the fix
// appends the agent's module folder to a REG_EXPAND_SZ PSModulePath (type kept), marks its plan
// restartNeeded, is verified by re-running I7 and undone; the journal entry it leaves makes I9
// warn until the (simulated) server has restarted; which journal entries count.
#include "ScenarioTestData.h"
#include "catalog/health/AddModulePathFix.h"
#include "catalog/health/PsModulePathCheck.h"
#include "catalog/health/RebootAfterChangesCheck.h"
#include "engine/CheckContext.h"
#include "engine/FixJournal.h"
#include "system/SystemProbe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(mars::JournalEntry)

using namespace mars;
using namespace mars::test;

namespace {
const QString kEnvironment = QStringLiteral("SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment");
const QString kWindowsModules = QStringLiteral("%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules\\");

// healthy-server.json whose machine PSModulePath lacks the agent: `type` REG_EXPAND_SZ or
// REG_SZ; `clock` replaces the clock (empty: the shipped one, up for 72 hours).
std::unique_ptr<ScenarioSystem> withoutAgentModules(const char* type = "REG_EXPAND_SZ", const QByteArray& more = {})
{
    return onHealthyServer(
            QByteArray(
                    R"("registry": [{"hive": "HKLM", "key": "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment", "name": "PSModulePath", "type": ")")
            + type + R"(", "data": "%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules\\"}])"
            + (more.isEmpty() ? QByteArray() : ", " + more));
}

Probed<RegistryValue> psModulePath(const SystemProbe& system)
{
    return system.registry().readRegistry(RegistryHive::LocalMachine, kEnvironment, QStringLiteral("PSModulePath"),
                                          RegistryView::Native64);
}

JournalEntry entry(const QString& time, bool restartNeeded, FixResult result, bool simulated = false,
                   const QString& session = QStringLiteral("s1"))
{
    JournalEntry e;
    e.time = time;
    e.restartNeeded = restartNeeded;
    e.result = fixResultId(result);
    e.simulated = simulated;
    e.sessionId = session;
    e.summary = QStringLiteral("changed at ") + time;
    return e;
}
} // namespace

class TestRestartAfterChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void moduleFixAddsThePathAndAsksForARestart();
    void moduleFixNeedsAnExistingTextValue_data();
    void moduleFixNeedsAnExistingTextValue();
    void moduleFixRefusesAChangedValue();
    void whichEntriesWait_data();
    void whichEntriesWait();
    void restartCheckStates_data();
    void restartCheckStates();

private:
    QTemporaryDir m_dir;
};

void TestRestartAfterChanges::moduleFixAddsThePathAndAsksForARestart()
{
    std::shared_ptr<SystemProbe> system = withoutAgentModules();
    QVERIFY(system);
    auto journal =
            std::make_shared<FixJournal>(m_dir.filePath(QStringLiteral("apply.jsonl")), QStringLiteral("s1"), nullptr);
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    context.env.journal = journal;
    const PsModulePathCheck check;
    const AddModulePathFix fix;
    const RebootAfterChangesCheck restart;

    const Finding before = check.run(context);
    QCOMPARE(before.verdict, Verdict::Warning);
    QCOMPARE(before.fixIds, QStringList{AddModulePathFix::id()});
    QCOMPARE(restart.run(context).verdict, Verdict::NotApplicable); // nothing changed yet

    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QVERIFY(plan.restartNeeded);
    QVERIFY(plan.alsoRecheck.contains(RebootAfterChangesCheck::id()));
    QVERIFY(plan.reversible);
    const QString expected = kWindowsModules + u';' + kInstallDir + QStringLiteral("\\bin\\Modules");
    QCOMPARE(plan.changes.first().before, kWindowsModules);
    QCOMPARE(plan.changes.first().after, expected);
    QCOMPARE(psModulePath(*system).value.data.toString(), kWindowsModules); // the preview changed nothing

    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    const Probed<RegistryValue> written = psModulePath(*system);
    QCOMPARE(written.value.data.toString(), expected);
    QCOMPARE(written.value.type, RegistryValue::Type::ExpandString); // %SystemRoot% still expands
    const Finding after = check.run(context); // the FixRunner's re-run
    QVERIFY2(after.evidenceValue(QStringLiteral("module_path_listed")) == QStringLiteral("yes"),
             qPrintable(after.summary));
    QVERIFY(!after.fixIds.contains(AddModulePathFix::id()));

    // Journalled as the FixRunner does: I9 now asks for a restart (the server started 72 h ago).
    const JournalEntry recorded = journal->record(plan, outcome, true);
    QVERIFY(!recorded.entryId.isEmpty());
    QVERIFY(recorded.restartNeeded);
    QVERIFY(journal->entries().first().restartNeeded); // and read back from the file
    const Finding waiting = restart.run(context);
    QCOMPARE(waiting.verdict, Verdict::Warning);
    QVERIFY2(waiting.summary.contains(QLatin1String("restart")), qPrintable(waiting.summary));
    QVERIFY2(waiting.detail.contains(outcome.summary), qPrintable(waiting.detail));

    // Issue #14: a forged journal line whose old value adds an entry (a network module folder
    // an elevated PowerShell would load from) is refused; undo only takes entries out.
    JournalEntry forged = recorded;
    forged.undo.insert(QStringLiteral("value"),
                       QString(kWindowsModules + QStringLiteral(";\\\\attacker.example\\share\\Modules")));
    const FixPlan forgedPlan = fix.previewUndo(context, forged);
    QVERIFY(!forgedPlan.canApply);
    QVERIFY2(forgedPlan.cannotApplyReason.contains(QLatin1String("only takes out")),
             qPrintable(forgedPlan.cannotApplyReason));
    const FixOutcome refused = fix.undo(context, forged.undo);
    QCOMPARE(refused.result, FixResult::NotAllowed);
    QVERIFY2(refused.summary.contains(QLatin1String("Nothing was changed")), qPrintable(refused.summary));
    QCOMPARE(psModulePath(*system).value.data.toString(), expected);

    // Undo puts the old text back, type kept.
    const FixPlan undoPlan = fix.previewUndo(context, recorded);
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.cannotApplyReason));
    QVERIFY(undoPlan.restartNeeded);
    const FixOutcome undone = fix.undo(context, recorded.undo);
    QCOMPARE(undone.result, FixResult::Applied);
    QCOMPARE(psModulePath(*system).value.data.toString(), kWindowsModules);
    QCOMPARE(psModulePath(*system).value.type, RegistryValue::Type::ExpandString);
    QCOMPARE(check.run(context).verdict, Verdict::Warning);
}

void TestRestartAfterChanges::moduleFixNeedsAnExistingTextValue_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<bool>("canApply");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("REG_SZ is extended too") << QByteArray(R"("type": "REG_SZ")") << true << true << QString();
    QTest::newRow("no value") << QByteArray("remove") << false << false << QStringLiteral("no machine PSModulePath");
    QTest::newRow("not elevated") << QByteArray("limited") << true << false << QStringLiteral("administrator");
}

void TestRestartAfterChanges::moduleFixNeedsAnExistingTextValue()
{
    QFETCH(QByteArray, patch);
    QFETCH(bool, offered);
    QFETCH(bool, canApply);
    QFETCH(QString, mentions);
    std::shared_ptr<SystemProbe> system;
    if (patch == "remove")
        system = onHealthyServer(
                R"("registry": [{"hive": "HKLM", "key": "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment", "name": "PSModulePath", "remove": true}])");
    else if (patch == "limited")
        system = withoutAgentModules(
                "REG_EXPAND_SZ",
                R"("account": {"user": "CONTOSO\\helpdesk", "adminMember": true, "elevation": "limited"})");
    else
        system = withoutAgentModules("REG_SZ");
    QVERIFY(system);
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    QCOMPARE(PsModulePathCheck().run(context).fixIds.contains(AddModulePathFix::id()), offered);
    const FixPlan plan = AddModulePathFix().preview(context);
    QCOMPARE(plan.canApply, canApply);
    if (!canApply)
        QVERIFY2(plan.cannotApplyReason.contains(mentions, Qt::CaseInsensitive), qPrintable(plan.cannotApplyReason));
    else
        QCOMPARE(AddModulePathFix().apply(context, plan).result, FixResult::Applied);
}

void TestRestartAfterChanges::moduleFixRefusesAChangedValue()
{
    std::shared_ptr<SystemProbe> system = withoutAgentModules();
    QVERIFY(system);
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    const FixPlan plan = AddModulePathFix().preview(context);
    QVERIFY(plan.canApply);
    // Someone edits the variable between the preview and the click.
    QVERIFY(system->registry()
                    .writeRegistryString(RegistryHive::LocalMachine, kEnvironment, QStringLiteral("PSModulePath"),
                                         QStringLiteral("C:\\Other"), RegistryView::Native64)
                    .ok());
    const FixOutcome outcome = AddModulePathFix().apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY2(outcome.summary.contains(QLatin1String("changed since the preview")), qPrintable(outcome.summary));
    QCOMPARE(psModulePath(*system).value.data.toString(), QStringLiteral("C:\\Other"));
}

void TestRestartAfterChanges::whichEntriesWait_data()
{
    QTest::addColumn<QList<JournalEntry>>("entries");
    QTest::addColumn<QString>("session"); // non-empty: a simulated machine
    QTest::addColumn<QStringList>("waiting"); // times, newest first

    const QString before = QStringLiteral("2026-01-01T08:00:00.000Z");
    const QString after = QStringLiteral("2026-01-01T12:00:00.000Z");
    const QString later = QStringLiteral("2026-01-02T12:00:00.000Z");
    QTest::newRow("after the start waits, before does not")
            << QList<JournalEntry>{entry(before, true, FixResult::Applied), entry(after, true, FixResult::Applied)}
            << QString() << QStringList{after};
    QTest::newRow("newest first") << QList<JournalEntry>{entry(after, true, FixResult::PartlyApplied),
                                                         entry(later, true, FixResult::Applied)}
                                  << QString() << QStringList{later, after};
    QTest::newRow("no restart needed, failed, started or cancelled: none")
            << QList<JournalEntry>{entry(after, false, FixResult::Applied), entry(after, true, FixResult::Failed),
                                   entry(after, true, FixResult::Started), entry(after, true, FixResult::Cancelled)}
            << QString() << QStringList{};
    QTest::newRow("a real machine ignores simulated entries")
            << QList<JournalEntry>{entry(after, true, FixResult::Applied, true)} << QString() << QStringList{};
    QTest::newRow("a simulated machine counts this session's simulated entries only")
            << QList<JournalEntry>{entry(after, true, FixResult::Applied, false),
                                   entry(later, true, FixResult::Applied, true, QStringLiteral("old")),
                                   entry(after, true, FixResult::Applied, true, QStringLiteral("s1"))}
            << QStringLiteral("s1") << QStringList{after};
}

void TestRestartAfterChanges::whichEntriesWait()
{
    QFETCH(QList<JournalEntry>, entries);
    QFETCH(QString, session);
    QFETCH(QStringList, waiting);
    const QDateTime lastStart(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    QStringList times;
    for (const JournalEntry& e : RebootAfterChangesCheck::awaitingRestart(entries, lastStart, session))
        times.append(e.time);
    QCOMPARE(times, waiting);
}

void TestRestartAfterChanges::restartCheckStates_data()
{
    QTest::addColumn<QByteArray>("uptimeHours"); // JSON: a number, or null for "not known"
    QTest::addColumn<double>("changedHoursAgo"); // negative: nothing journalled
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentions");
    // The scenario's clock runs with the host's; the server started 10 hours ago.
    QTest::newRow("nothing recorded") << QByteArray("10") << -1.0 << Verdict::NotApplicable << "no change";
    QTest::newRow("restarted since") << QByteArray("10") << 11.0 << Verdict::Pass << "has restarted";
    QTest::newRow("not restarted since") << QByteArray("10") << 1.0 << Verdict::Warning << "not restarted";
    QTest::newRow("uptime unknown") << QByteArray("null") << 1.0 << Verdict::Error << "could not";
}

void TestRestartAfterChanges::restartCheckStates()
{
    QFETCH(QByteArray, uptimeHours);
    QFETCH(double, changedHoursAgo);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentions);
    std::shared_ptr<SystemProbe> system = onHealthyServer(R"("clock": {"uptimeHours": )" + uptimeHours + "}");
    QVERIFY(system);
    // A simulated machine counts this session's entries: the journal is written as a session would.
    const QString path = m_dir.filePath(QStringLiteral("states-%1.jsonl").arg(QLatin1String(QTest::currentDataTag())));
    QFile::remove(path);
    if (changedHoursAgo >= 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString when =
                QDateTime::currentDateTimeUtc().addSecs(-qint64(changedHoursAgo * 3600)).toString(Qt::ISODateWithMs);
        JournalEntry e = entry(when, true, FixResult::Applied, true, QStringLiteral("s1"));
        e.entryId = QStringLiteral("e1");
        e.fixId = AddModulePathFix::id();
        file.write(QJsonDocument(FixJournal::toJson(e)).toJson(QJsonDocument::Compact) + '\n');
    }
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    context.env.journal = std::make_shared<FixJournal>(path, QStringLiteral("s1"), nullptr);
    const Finding f = RebootAfterChangesCheck().run(context);
    const QString where = verdictId(f.verdict) + QStringLiteral(": ") + f.summary;
    QVERIFY2(f.verdict == verdict, qPrintable(where));
    QVERIFY2(f.summary.contains(mentions, Qt::CaseInsensitive), qPrintable(where));
    if (f.verdict == Verdict::Warning)
        QVERIFY(!f.remedy.isEmpty());
}

QTEST_GUILESS_MAIN(TestRestartAfterChanges)
#include "TestRestartAfterChanges.moc"
