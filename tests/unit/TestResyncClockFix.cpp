// SPDX-License-Identifier: MIT
// resync_clock (for E1 clock_skew_utc) on simulated machines: when the clock check offers it
// (a skew beyond a minute that is not a whole number of hours), its preview in every service,
// rights and skew state (the command, the jump, the refusals), the simulated w32tm's answers,
// the whole flow through the FixRunner (preview quoting the check's evidence, apply on a worker,
// journal, re-run of the check, which then passes) and the shipped broken-register.json repaired.
#include "InstallCheckTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/time/ClockSkewCheck.h"
#include "catalog/time/ResyncClockFix.h"
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "logging/Redactor.h"
#include "system/NativeSystem.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
// A server whose clock is `skew` seconds ahead of Azure's, Windows Time in `state` (not installed
// when null), run by `account` (the elevated administrator when null).
QByteArray machine(qint64 skew, const char* state = "running", const char* startType = "automatic",
                   const char* account = nullptr)
{
    QByteArray json = R"({"clock": {"skewSeconds": )" + QByteArray::number(skew) + "}";
    if (state)
        json += QByteArray(R"(, "services": [{"name": "W32Time", "displayName": "Windows Time", "state": ")") + state
                + R"(", "startType": ")" + startType + R"(", "account": "NT AUTHORITY\\LocalService"}])";
    json += QByteArray(", \"account\": ") + (account ? account : kElevated);
    return json + '}';
}

// The context of the fix dialog: the check has run and its finding is handed to the preview.
CheckContext previewContext(const std::shared_ptr<SystemProbe>& system)
{
    CheckContext context = contextOf(system, Goal::Register);
    context.checkFinding = ClockSkewCheck().run(context);
    return context;
}
} // namespace

class TestResyncClockFix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offered_data();
    void offered();
    void preview_data();
    void preview();
    void previewWithoutTheCheck();
    void simulatedW32tm_data();
    void simulatedW32tm();
    void applyFailsWhenTheMachineChanged();
    void throughFixRunner();
    void brokenRegisterIsRepaired();
    void notWindows();
};

void TestResyncClockFix::offered_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<bool>("offered");
    QTest::newRow("15 minutes fast") << qint64(900) << Verdict::Fail << true;
    QTest::newRow("20 minutes slow") << qint64(-1200) << Verdict::Fail << true;
    QTest::newRow("3 minutes fast: warning") << qint64(180) << Verdict::Warning << true;
    QTest::newRow("matches") << qint64(20) << Verdict::Pass << false;
    QTest::newRow("one hour and 30 s: the time zone") << qint64(3630) << Verdict::Fail << false;
    QTest::newRow("eight hours slow: the time zone") << qint64(-8 * 3600 + 90) << Verdict::Fail << false;
    QTest::newRow("1 h 20 min: the clock") << qint64(4800) << Verdict::Fail << true;
}

void TestResyncClockFix::offered()
{
    QFETCH(qint64, skew);
    QFETCH(Verdict, verdict);
    QFETCH(bool, offered);
    const Finding f = ClockSkewCheck().run(contextOf(scenario(machine(skew)), Goal::Register));
    QCOMPARE(f.verdict, verdict);
    QCOMPARE(f.fixIds, offered ? QStringList{ResyncClockFix::id()} : QStringList());
    if (offered)
        QVERIFY2(f.remedy.contains(ResyncClockFix::title()), qPrintable(f.remedy));
    else if (verdict != Verdict::Pass)
        QVERIFY2(f.remedy.contains(QStringLiteral("time zone")), qPrintable(f.remedy));
}

void TestResyncClockFix::preview_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("canApply");
    QTest::addColumn<Elevation>("elevation");
    QTest::addColumn<QString>("reason"); // in cannotApplyReason
    QTest::newRow("15 min fast, running, elevated") << machine(900) << true << Elevation::Held << QString();
    QTest::newRow("stopped: start_time_service first")
            << machine(900, "stopped") << false << Elevation::Needed << QStringLiteral("start_time_service");
    QTest::newRow("stopped, manual start")
            << machine(900, "stopped", "manual") << false << Elevation::Needed << QStringLiteral("net start w32time");
    QTest::newRow("disabled") << machine(900, "stopped", "disabled") << false << Elevation::Needed
                              << QStringLiteral("disabled");
    QTest::newRow("not installed") << machine(900, nullptr) << false << Elevation::Needed
                                   << QStringLiteral("not installed");
    QTest::newRow("limited token: needs elevation")
            << machine(900, "running", "automatic", kLimited) << false << Elevation::Needed
            << QStringLiteral("needs administrator rights");
    QTest::newRow("whole hour: the time zone")
            << machine(3630) << false << Elevation::Needed << QStringLiteral("time zone");
    QTest::newRow("already matches") << machine(10) << false << Elevation::Needed << QStringLiteral("already matches");
}

void TestResyncClockFix::preview()
{
    QFETCH(QByteArray, patch);
    QFETCH(bool, canApply);
    QFETCH(Elevation, elevation);
    QFETCH(QString, reason);
    const std::shared_ptr<SystemProbe> system = scenario(patch);
    const CheckContext context = previewContext(system);
    const ResyncClockFix fix;
    QCOMPARE(fix.info().checkId, ClockSkewCheck::id());
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.fixId, ResyncClockFix::id());
    QCOMPARE(plan.checkId, ClockSkewCheck::id());
    QCOMPARE(plan.canApply, canApply);
    QCOMPARE(plan.elevation, elevation);
    QVERIFY2(plan.cannotApplyReason.contains(reason), qPrintable(plan.cannotApplyReason));
    QVERIFY(!plan.reversible);
    QVERIFY2(plan.undoDescription.contains(QStringLiteral("cannot be undone")), qPrintable(plan.undoDescription));
    // Exactly what runs, what changes, the rights, no undo, the domain controller.
    for (const char* words : {"C:\\Windows\\System32\\w32tm.exe /resync /force", "as administrator", "cannot be undone",
                              "domain controller"})
        QVERIFY2(plan.summary.contains(QLatin1String(words)),
                 qPrintable(plan.summary + u" lacks " + QLatin1String(words)));
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(plan.changes.first().target, QStringLiteral("This server's clock"));
    if (patch.contains("900")) {
        QCOMPARE(plan.changes.first().before, QStringLiteral("15 minutes ahead of Azure's time"));
        QVERIFY2(plan.changes.first().after.contains(QStringLiteral("jumps back by about 15 minutes")),
                 qPrintable(plan.changes.first().after));
        QCOMPARE(plan.parameters.value(QStringLiteral("skew_seconds")).toLongLong(), 900);
    }
    // The preview changed nothing (a new context: a run's facts, the survey too, are cached).
    QCOMPARE(ClockSkewCheck().run(contextOf(system, Goal::Register)).verdict, context.checkFinding.verdict);
}

void TestResyncClockFix::previewWithoutTheCheck()
{
    // Opened before the clock check ran (no finding): the plan says the jump is not known yet.
    const CheckContext context = contextOf(scenario(machine(900)), Goal::Register);
    const FixPlan plan = ResyncClockFix().preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QVERIFY2(plan.changes.first().before.contains(QStringLiteral("not compared")),
             qPrintable(plan.changes.first().before));
    QVERIFY(!plan.parameters.contains(QStringLiteral("skew_seconds")));
}

void TestResyncClockFix::simulatedW32tm_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<ProbeStatus>("status");
    QTest::addColumn<quint32>("osError");
    QTest::addColumn<QString>("output"); // w32tm's words
    QTest::newRow("running, elevated") << machine(900) << ProbeStatus::Ok << 0u
                                       << QStringLiteral("The command completed successfully.");
    QTest::newRow("stopped") << machine(900, "stopped") << ProbeStatus::Failed << 1062u
                             << QStringLiteral("(0x80070426)");
    QTest::newRow("not installed") << machine(900, nullptr) << ProbeStatus::Failed << 1060u
                                   << QStringLiteral("(0x80070424)");
    QTest::newRow("limited token") << machine(900, "running", "automatic", kLimited) << ProbeStatus::Denied << 5u
                                   << QStringLiteral("Access is denied. (0x80070005)");
    // The service is asked before the rights, as by w32tm.
    QTest::newRow("stopped and limited") << machine(900, "stopped", "automatic", kLimited) << ProbeStatus::Failed
                                         << 1062u << QStringLiteral("(0x80070426)");
}

void TestResyncClockFix::simulatedW32tm()
{
    QFETCH(QByteArray, patch);
    QFETCH(ProbeStatus, status);
    QFETCH(quint32, osError);
    QFETCH(QString, output);
    const std::shared_ptr<SystemProbe> system = scenario(patch);
    const Probed<ClockResync> resync = system->machine().resyncClock({});
    QCOMPARE(resync.status, status);
    QCOMPARE(resync.osError, osError);
    QCOMPARE(resync.value.command, QStringLiteral("C:\\Windows\\System32\\w32tm.exe /resync /force"));
    QVERIFY2(resync.value.output.contains(output), qPrintable(resync.value.output));
    QCOMPARE(resync.value.exitCode == 0, resync.ok());
    if (!resync.ok())
        QVERIFY(!resync.reason.isEmpty());
    // Only a resync that worked moves the clock.
    const qint64 skew = system->machine().clock().value.utcNow.secsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(resync.ok() ? std::llabs(skew) <= 2 : std::llabs(skew + 900) <= 2, qPrintable(QString::number(skew)));
    QCOMPARE(ClockSkewCheck().run(contextOf(system, Goal::Register)).verdict,
             resync.ok() ? Verdict::Pass : Verdict::Fail);
}

void TestResyncClockFix::applyFailsWhenTheMachineChanged()
{
    // Previewed with Windows Time running; stopped before apply: a failed result with a sentence
    // that says what to do, journaled facts, and the clock left as it was.
    const std::shared_ptr<SystemProbe> system = scenario(machine(900));
    const CheckContext context = previewContext(system);
    const ResyncClockFix fix;
    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QVERIFY(system->services().stopService(QStringLiteral("W32Time")).ok());
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY2(outcome.summary.contains(QStringLiteral("not running")), qPrintable(outcome.summary));
    QVERIFY2(outcome.summary.contains(QStringLiteral("Start Windows Time")), qPrintable(outcome.summary));
    QCOMPARE(outcome.before.value(QLatin1String("skew_seconds")).toInteger(), 900);
    QVERIFY(outcome.after.value(QLatin1String("output")).toString().contains(QStringLiteral("0x80070426")));
    QVERIFY(!outcome.after.value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(outcome.undo.isEmpty());
    QCOMPARE(ClockSkewCheck().run(contextOf(system, Goal::Register)).verdict, Verdict::Fail);
}

void TestResyncClockFix::throughFixRunner()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    CheckEnvironment environment;
    environment.system = scenario(machine(900));
    environment.inputs.goal = Goal::Register;
    auto journal = std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                                QStringLiteral("session-e1"), std::make_shared<Redactor>());
    CheckRunner checks;
    FixRunner fixes(&checks, journal);

    QSignalSpy finished(&checks, &CheckRunner::checkFinished);
    checks.start({std::make_shared<ClockSkewCheck>()}, environment);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const Finding before = checks.finding(ClockSkewCheck::id());
    QCOMPARE(before.verdict, Verdict::Fail);
    QCOMPARE(before.fixIds, QStringList{ResyncClockFix::id()});

    // The preview quotes the check's evidence, handed over by the FixRunner.
    const auto fix = std::make_shared<ResyncClockFix>();
    QSignalSpy previewed(&fixes, &FixRunner::previewReady);
    fixes.preview(fix, environment);
    QVERIFY(previewed.wait(10000));
    const FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QVERIFY2(plan.summary.contains(QStringLiteral("15 minutes ahead of Azure's time")), qPrintable(plan.summary));

    QSignalSpy applied(&fixes, &FixRunner::applied);
    fixes.apply(fix, plan, environment);
    QVERIFY(applied.wait(10000));
    const FixOutcome outcome = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::Applied);

    // Journal: the plan before anything changed, then the skew before and the command's outcome.
    const QList<JournalEntry> entries = journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().result, QStringLiteral("started"));
    const JournalEntry& entry = entries.last();
    QCOMPARE(entry.fixId, ResyncClockFix::id());
    QCOMPARE(entry.checkId, ClockSkewCheck::id());
    QCOMPARE(entry.result, QStringLiteral("applied"));
    QVERIFY(entry.simulated);
    QVERIFY(entry.undo.isEmpty()); // not reversible
    QCOMPARE(entry.before.value(QLatin1String("skew_seconds")).toInteger(), 900);
    QVERIFY(!entry.before.value(QLatin1String("machine_utc")).toString().isEmpty());
    QCOMPARE(entry.after.value(QLatin1String("command")).toString(),
             QStringLiteral("C:\\Windows\\System32\\w32tm.exe /resync /force"));
    QCOMPARE(entry.after.value(QLatin1String("exit_code")).toInt(), 0);
    QVERIFY(entry.after.value(QLatin1String("output")).toString().contains(QStringLiteral("completed successfully")));
    const QDateTime was =
            QDateTime::fromString(entry.before.value(QLatin1String("machine_utc")).toString(), Qt::ISODate);
    const QDateTime is = QDateTime::fromString(entry.after.value(QLatin1String("machine_utc")).toString(), Qt::ISODate);
    QVERIFY2(std::llabs(is.secsTo(was) - 900) <= 5, qPrintable(was.toString() + u" -> " + is.toString()));

    // The verification: the FixRunner re-runs clock_skew_utc, which now passes.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    const Finding after = checks.finding(ClockSkewCheck::id());
    QCOMPARE(after.verdict, Verdict::Pass);
    QVERIFY(after.fixIds.isEmpty());
}

void TestResyncClockFix::brokenRegisterIsRepaired()
{
    // The shipped scenario (15 minutes fast, Windows Time running, elevated): the fix is offered
    // and in the catalog, applies, and the clock check passes.
    const std::shared_ptr<SystemProbe> system = load(shipped("broken-register.json"));
    QVERIFY(system);
    const CheckContext context = previewContext(system);
    QCOMPARE(context.checkFinding.fixIds, QStringList{ResyncClockFix::id()});
    const std::shared_ptr<const Fix> fix = builtinCatalog().fix(ResyncClockFix::id());
    QVERIFY(fix);
    const FixPlan plan = fix->preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(fix->apply(context, plan).result, FixResult::Applied);
    QCOMPARE(ClockSkewCheck().run(contextOf(system, Goal::Register)).verdict, Verdict::Pass);
}

void TestResyncClockFix::notWindows()
{
#ifdef Q_OS_WIN
    QSKIP("On Windows the real w32tm would set this machine's clock: TestWindowsSystemMachine covers it.");
#else
    const std::shared_ptr<SystemProbe> native(createNativeSystem({}));
    const FixPlan plan = ResyncClockFix().preview(contextOf(native, Goal::Register));
    QVERIFY(!plan.canApply);
    QVERIFY2(plan.cannotApplyReason.contains(QStringLiteral("does not run Windows")),
             qPrintable(plan.cannotApplyReason));
    const Probed<ClockResync> resync = native->machine().resyncClock({});
    QCOMPARE(resync.status, ProbeStatus::NotApplicable);
    QVERIFY(resync.reason.contains(QStringLiteral("Linux has no Windows Time")));
#endif
}

QTEST_GUILESS_MAIN(TestResyncClockFix)
#include "TestResyncClockFix.moc"
