// SPDX-License-Identifier: MIT
// start_agent_service (for A11): the preview in every service and rights state, the whole flow
// through the FixRunner (preview, apply on a worker, journal, re-check of A11), and the stopped-
// service fault scenario repaired and verified.
#include "InstallCheckTestSupport.h"
#include "catalog/agent/AgentVersions.h"
#include "catalog/install/ExistingAgentCheck.h"
#include "catalog/install/StartAgentServiceFix.h"
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "logging/Redactor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

class TestStartAgentServiceFix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startServicePreview_data();
    void startServicePreview();
    void startServiceThroughFixRunner();
    void stoppedServiceScenarioIsRepaired();
};

void TestStartAgentServiceFix::startServicePreview_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("canApply");
    QTest::addColumn<Elevation>("elevation");
    QTest::addColumn<QString>("reason"); // in cannotApplyReason
    QTest::newRow("stopped, elevated") << installedAgent("stopped", "automatic", kElevated) << true << Elevation::Held
                                       << "";
    QTest::newRow("stopped, manual start")
            << installedAgent("stopped", "manual", kElevated) << true << Elevation::Held << "";
    QTest::newRow("stopped, limited token") << installedAgent("stopped", "automatic", kLimited) << false
                                            << Elevation::Needed << "Restart as administrator";
    QTest::newRow("already running") << installedAgent("running", "automatic", kElevated) << false << Elevation::Needed
                                     << "already running";
    QTest::newRow("disabled") << installedAgent("stopped", "disabled", kElevated) << false << Elevation::Needed
                              << "sc config obengine start= auto";
    QTest::newRow("no service") << installedAgent(nullptr) << false << Elevation::Needed << "not installed";
}

void TestStartAgentServiceFix::startServicePreview()
{
    QFETCH(QByteArray, patch);
    QFETCH(bool, canApply);
    QFETCH(Elevation, elevation);
    QFETCH(QString, reason);
    const StartAgentServiceFix fix;
    const CheckContext context = contextOf(scenario(patch));
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.fixId, StartAgentServiceFix::id());
    QCOMPARE(plan.checkId, ExistingAgentCheck::id());
    QCOMPARE(plan.canApply, canApply);
    QCOMPARE(plan.elevation, elevation);
    QVERIFY2(plan.cannotApplyReason.contains(reason), qPrintable(plan.cannotApplyReason));
    QVERIFY(!plan.reversible);
    QVERIFY(plan.undoDescription.contains(QStringLiteral("net stop obengine")));
    if (patch.contains("obengine")) {
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(plan.changes.first().target, QStringLiteral("Microsoft Azure Recovery Services Agent (obengine)"));
        QCOMPARE(plan.changes.first().after, QStringLiteral("running"));
    }
    // Preview changes nothing.
    const Probed<ServiceInfo> service = context.system().services().service(QStringLiteral("obengine"));
    if (service.ok())
        QCOMPARE(service.value.state == ServiceState::Running, patch.contains("\"running\""));
}

void TestStartAgentServiceFix::startServiceThroughFixRunner()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    CheckEnvironment environment;
    environment.system = withEngine(scenario(installedAgent("stopped", "automatic", kElevated)),
                                    agent::AgentVersions::newestKnown().version);
    environment.inputs.goal = Goal::Register;
    auto journal = std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                                QStringLiteral("session-a11"), std::make_shared<Redactor>());
    CheckRunner checks;
    FixRunner fixes(&checks, journal);

    QSignalSpy finished(&checks, &CheckRunner::checkFinished);
    checks.start({std::make_shared<ExistingAgentCheck>()}, environment);
    QTRY_COMPARE(finished.size(), 1);
    const Finding before = checks.finding(ExistingAgentCheck::id());
    QCOMPARE(before.verdict, Verdict::Warning);
    QCOMPARE(before.fixIds, QStringList{StartAgentServiceFix::id()});

    const auto fix = std::make_shared<StartAgentServiceFix>();
    QSignalSpy previewed(&fixes, &FixRunner::previewReady);
    fixes.preview(fix, environment);
    QVERIFY(previewed.wait(10000));
    const FixPlan plan = previewed.at(0).at(0).value<FixPlan>();
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.changes.first().before, QStringLiteral("stopped"));

    QSignalSpy applied(&fixes, &FixRunner::applied);
    fixes.apply(fix, plan, environment);
    QVERIFY(applied.wait(10000));
    const FixOutcome outcome = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(outcome.before.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    QCOMPARE(outcome.after.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QVERIFY(outcome.undo.isEmpty()); // not reversible from the journal

    // Journal: the plan before anything changed, then before/after.
    const QList<JournalEntry> entries = journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().result, QStringLiteral("started"));
    QCOMPARE(entries.last().fixId, StartAgentServiceFix::id());
    QCOMPARE(entries.last().checkId, ExistingAgentCheck::id());
    QCOMPARE(entries.last().result, QStringLiteral("applied"));
    QVERIFY(entries.last().simulated);
    QCOMPARE(entries.last().after.value(QLatin1String("state")).toString(), QStringLiteral("running"));

    // The owning check runs again and now passes.
    QTRY_COMPARE(finished.size(), 2);
    const Finding after = checks.finding(ExistingAgentCheck::id());
    QCOMPARE(after.verdict, Verdict::Pass);
    QCOMPARE(after.evidenceValue(QStringLiteral("service_state")), QStringLiteral("running"));

    // Applying the same plan again has nothing left to do.
    QCOMPARE(fix->apply(contextOf(environment.system), plan).result, FixResult::NothingToDo);
}

void TestStartAgentServiceFix::stoppedServiceScenarioIsRepaired()
{
    // The fault scenario as the wizard meets it: the check offers the fix, the fix starts the
    // service on the simulated machine, the check passes.
    std::shared_ptr<SystemProbe> system =
            test::load(QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/install/existing_agent_install-service-"
                                                      "stopped.json"));
    QVERIFY(system);
    const CheckContext context = contextOf(system, Goal::Register);
    const ExistingAgentCheck check;
    QCOMPARE(check.run(context).fixIds, QStringList{StartAgentServiceFix::id()});
    const StartAgentServiceFix fix;
    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.elevation, Elevation::Held);
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    const Finding after = check.run(context);
    QCOMPARE(after.verdict, Verdict::Pass);
    QVERIFY(after.fixIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestStartAgentServiceFix)
#include "TestStartAgentServiceFix.moc"
