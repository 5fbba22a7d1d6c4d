// SPDX-License-Identifier: MIT
// A1, A2 and F1 over every scenario (data-driven), and the broken-install repair path:
// restart as administrator, then delete the .tmp files, each verified by its check.
#include "checks/AdminMembershipCheck.h"
#include "checks/CheckIds.h"
#include "checks/ProcessElevatedCheck.h"
#include "checks/TempTmpCountCheck.h"
#include "engine/CheckCatalog.h"
#include "fixes/RestartElevatedFix.h"
#include "fixes/TempCleanupFix.h"
#include "system/ScenarioSystem.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace mars;

namespace {
QString scenarioPath(const QString& name)
{
    const QString shipped = QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/") + name;
    return QFile::exists(shipped) ? shipped : QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/") + name;
}

CheckContext load(const QString& name)
{
    QString error;
    std::shared_ptr<SystemProbe> system = ScenarioSystem::fromFile(scenarioPath(name), &error);
    if (!system)
        qFatal("%s", qPrintable(error));
    CheckContext context;
    context.env.system = system;
    return context;
}
} // namespace

class TestInstallChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void brokenInstallIsRepairedAndVerified();
    void catalogIdsAreUniqueAndFixesHaveOwners();
};

void TestInstallChecks::verdicts_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause"); // a word the sentence must contain

    const QString a1 = ids::adminMembership(), a2 = ids::processElevated(), f1 = ids::windowsTempTmpCount();
    QTest::newRow("healthy A1") << "healthy-server.json" << a1 << Verdict::Pass << "administrator";
    QTest::newRow("healthy A2") << "healthy-server.json" << a2 << Verdict::Pass << "administrator";
    QTest::newRow("healthy F1") << "healthy-server.json" << f1 << Verdict::Pass << ".tmp";
    QTest::newRow("broken-install A1") << "broken-install.json" << a1 << Verdict::Pass << "administrator";
    QTest::newRow("broken-install A2") << "broken-install.json" << a2 << Verdict::Warning
                                       << "not running as administrator";
    QTest::newRow("broken-install F1") << "broken-install.json" << f1 << Verdict::Fail << "70,000 .tmp";
    QTest::newRow("broken-register F1") << "broken-register.json" << f1 << Verdict::Fail << ".tmp";
    QTest::newRow("warnings-only A2") << "warnings-only.json" << a2 << Verdict::Warning << "administrator";
    QTest::newRow("warnings-only F1") << "warnings-only.json" << f1 << Verdict::Warning << "65,535";
    QTest::newRow("not-admin A1") << "not-admin.json" << a1 << Verdict::Fail << "not an administrator";
    QTest::newRow("not-admin A2") << "not-admin.json" << a2 << Verdict::Fail << "not an administrator";
    QTest::newRow("temp-missing F1") << "temp-missing.json" << f1 << Verdict::Error << "temp folder";
}

void TestInstallChecks::verdicts()
{
    QFETCH(QString, scenario);
    QFETCH(QString, checkId);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    const CheckCatalog catalog = builtinCatalog();
    const Finding f = catalog.check(checkId)->run(load(scenario));
    QCOMPARE(f.checkId, checkId);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    if (verdictNeedsAttention(f.verdict) && f.verdict != Verdict::Error)
        QVERIFY2(!f.remedy.isEmpty(), "a problem without a next step");
}

void TestInstallChecks::brokenInstallIsRepairedAndVerified()
{
    const CheckContext context = load(QStringLiteral("broken-install.json"));
    // Not elevated: the cleanup refuses and says why, instead of elevating silently.
    FixPlan cleanup = TempCleanupFix().preview(context);
    QVERIFY(!cleanup.canApply);
    QCOMPARE(cleanup.elevation, Elevation::Needed);
    QVERIFY(cleanup.cannotApplyReason.contains(QStringLiteral("administrator")));

    const FixPlan restart = RestartElevatedFix().preview(context);
    QVERIFY2(restart.canApply, qPrintable(restart.cannotApplyReason));
    QCOMPARE(RestartElevatedFix().apply(context, restart).result, FixResult::Applied);
    QCOMPARE(ProcessElevatedCheck().run(context).verdict, Verdict::Pass);

    cleanup = TempCleanupFix().preview(context);
    QVERIFY2(cleanup.canApply, qPrintable(cleanup.cannotApplyReason));
    QCOMPARE(cleanup.itemCount, 70000);
    const FixOutcome outcome = TempCleanupFix().apply(context, cleanup);
    QCOMPARE(outcome.result, FixResult::PartlyApplied); // the files in use stay
    QCOMPARE(outcome.after.value(QStringLiteral("deleted")).toInteger(), 70000 - 5);
    QCOMPARE(outcome.after.value(QStringLiteral("skippedInUse")).toInteger(), 5);
    const Finding after = TempTmpCountCheck().run(context);
    QCOMPARE(after.verdict, Verdict::Pass);
    QCOMPARE(after.evidenceValue(QStringLiteral(".tmp files")), QStringLiteral("5"));
}

void TestInstallChecks::catalogIdsAreUniqueAndFixesHaveOwners()
{
    const CheckCatalog catalog = builtinCatalog();
    QSet<QString> ids;
    for (const auto& check : catalog.checks()) {
        const CheckInfo info = check->info();
        QVERIFY(!ids.contains(info.id));
        ids.insert(info.id);
        QVERIFY(info.deadline_ms > 0);
        QVERIFY(info.docUrl.startsWith(QStringLiteral("https://learn.microsoft.com/")));
    }
    for (const QString& id : ids) {
        for (const auto& fix : catalog.fixesFor(id))
            QCOMPARE(fix->info().checkId, id);
    }
    QVERIFY(catalog.fix(ids::fixDeleteTempTmpFiles()));
    QVERIFY(catalog.fix(ids::fixRestartAsAdministrator()));
}

QTEST_GUILESS_MAIN(TestInstallChecks)
#include "TestInstallChecks.moc"
