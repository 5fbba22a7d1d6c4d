// SPDX-License-Identifier: MIT
// A1, A2 and F1 over every scenario (data-driven), over tables of patched scenarios (account
// states, the F1 thresholds, what counts as a .tmp file), when the probe itself fails, and the
// broken-install repair path: restart as administrator, then delete the .tmp files, each
// verified by its check.
#include "FailingSystem.h"
#include "ScenarioTestData.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/common/AccountText.h"
#include "catalog/common/RestartElevatedFix.h"
#include "catalog/install/AdminMembershipCheck.h"
#include "catalog/install/ProcessElevatedCheck.h"
#include "catalog/temp/TempCleanupFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "engine/CheckCatalog.h"
#include "system/ScenarioSystem.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>

#include <functional>

using namespace mars;
using mars::test::FailingSystem;

namespace {

CheckContext contextOf(std::shared_ptr<SystemProbe> system)
{
    CheckContext context;
    context.env.system = std::move(system);
    return context;
}

// A patched minimal scenario (ScenarioTestData.h) as a check context.
CheckContext patched(const QByteArray& patchJson)
{
    std::shared_ptr<SystemProbe> system = test::fromPatch(patchJson.constData());
    if (!system)
        qFatal("test scenario rejected: %s", patchJson.constData());
    return contextOf(system);
}

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
    void accountStates_data();
    void accountStates();
    void tmpCountThresholds_data();
    void tmpCountThresholds();
    void tmpCountCountsOnlyRegularTmpFilesDirectlyInside();
    void tmpCountProbeFailures_data();
    void tmpCountProbeFailures();
    void tmpCountReportsProgressAndCanBeCancelled();
    void brokenInstallIsRepairedAndVerified();
    void catalogIdsAreUniqueAndFixesHaveOwners();
};

void TestInstallChecks::verdicts_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause"); // a word the sentence must contain

    const QString a1 = AdminMembershipCheck::id(), a2 = ProcessElevatedCheck::id(), f1 = TempTmpCountCheck::id();
    QTest::newRow("healthy A1") << "healthy-server.json" << a1 << Verdict::Pass << "administrator";
    QTest::newRow("healthy A2") << "healthy-server.json" << a2 << Verdict::Pass << "administrator";
    QTest::newRow("healthy F1") << "healthy-server.json" << f1 << Verdict::Pass << ".tmp";
    QTest::newRow("broken-install A1") << "broken-install.json" << a1 << Verdict::Pass << "administrator";
    QTest::newRow("broken-install A2") << "broken-install.json" << a2 << Verdict::Warning
                                       << "not running as administrator";
    QTest::newRow("broken-install F1") << "broken-install.json" << f1 << Verdict::Fail << "70,000 .tmp";
    QTest::newRow("broken-register A1") << "broken-register.json" << a1 << Verdict::Pass << "administrator";
    QTest::newRow("broken-register A2") << "broken-register.json" << a2 << Verdict::Pass << "administrator";
    QTest::newRow("broken-register F1") << "broken-register.json" << f1 << Verdict::Fail << "61,000 .tmp";
    QTest::newRow("warnings-only A1") << "warnings-only.json" << a1 << Verdict::Pass << "administrator";
    QTest::newRow("warnings-only A2") << "warnings-only.json" << a2 << Verdict::Warning << "administrator";
    QTest::newRow("warnings-only F1") << "warnings-only.json" << f1 << Verdict::Warning << "65,535";
    QTest::newRow("not-admin A1") << "not-admin.json" << a1 << Verdict::Fail << "not an administrator";
    QTest::newRow("not-admin A2") << "not-admin.json" << a2 << Verdict::Fail << "not an administrator";
    QTest::newRow("not-admin F1") << "not-admin.json" << f1 << Verdict::Pass << ".tmp";
    QTest::newRow("temp-missing A1") << "temp-missing.json" << a1 << Verdict::Pass << "administrator";
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
    if (f.verdict == Verdict::Pass)
        QVERIFY2(f.fixIds.isEmpty(), "a pass offers no fix");
    QCOMPARE(f.docUrl, catalog.check(checkId)->info().docUrl);
    // A finding never claims more than it read: every evidence row has a value.
    for (const Evidence& e : f.evidence)
        QVERIFY2(!e.id.isEmpty() && !e.label.isEmpty() && !e.value.isEmpty(), qPrintable(e.id));
}

void TestInstallChecks::accountStates_data()
{
    QTest::addColumn<QByteArray>("account"); // the scenario's "account", or "" for a token that cannot be read
    QTest::addColumn<Verdict>("a1");
    QTest::addColumn<Verdict>("a2");
    QTest::addColumn<bool>("restartOffered");
    QTest::addColumn<QString>("token"); // A2's "Token" evidence

    QTest::newRow("elevated administrator")
            << QByteArray(R"({"user": "CONTOSO\\admin", "adminMember": true, "elevation": "elevated"})")
            << Verdict::Pass << Verdict::Pass << false << elevationId(TokenElevation::Elevated);
    QTest::newRow("administrator, limited token")
            << QByteArray(R"({"user": "CONTOSO\\admin", "adminMember": true, "elevation": "limited"})") << Verdict::Pass
            << Verdict::Warning << true << elevationId(TokenElevation::Limited);
    QTest::newRow("standard user") << QByteArray(
            R"({"user": "CONTOSO\\user", "adminMember": false, "elevation": "not_admin"})")
                                   << Verdict::Fail << Verdict::Fail << false << elevationId(TokenElevation::NotAdmin);
    QTest::newRow("token unreadable") << QByteArray() << Verdict::Error << Verdict::Error << false << QString();
}

void TestInstallChecks::accountStates()
{
    QFETCH(QByteArray, account);
    QFETCH(Verdict, a1);
    QFETCH(Verdict, a2);
    QFETCH(bool, restartOffered);
    QFETCH(QString, token);
    CheckContext context;
    if (account.isEmpty()) {
        auto failing = std::make_shared<FailingSystem>(test::fromPatch("{}"));
        failing->accountAnswer = [] {
            return Probed<AccountInfo>::bad(ProbeStatus::Denied, QStringLiteral("OpenProcessToken: access denied"), 5);
        };
        context = contextOf(failing);
    } else {
        context = patched("{\"account\": " + account + "}");
    }

    const Finding membership = AdminMembershipCheck().run(context);
    QCOMPARE(membership.checkId, AdminMembershipCheck::id());
    QCOMPARE(membership.verdict, a1);
    QVERIFY(membership.fixIds.isEmpty()); // A1 has no one-click fix: only guidance
    const Finding elevated = ProcessElevatedCheck().run(context);
    QCOMPARE(elevated.checkId, ProcessElevatedCheck::id());
    QCOMPARE(elevated.verdict, a2);
    QCOMPARE(elevated.fixIds.contains(RestartElevatedFix::id()), restartOffered);
    QCOMPARE(elevated.fixIds.size(), restartOffered ? 1 : 0);

    if (a1 == Verdict::Error) {
        // "Could not read" is never confused with "not an administrator".
        QVERIFY(membership.detail.contains(QStringLiteral("access denied")));
        QVERIFY(elevated.detail.contains(QStringLiteral("access denied")));
        QVERIFY(membership.evidence.isEmpty());
        return;
    }
    const QString user = a1 == Verdict::Pass ? QStringLiteral("CONTOSO\\admin") : QStringLiteral("CONTOSO\\user");
    QCOMPARE(membership.evidenceValue(QStringLiteral("account")), user);
    QVERIFY(membership.summary.contains(user));
    QCOMPARE(elevated.evidenceValue(QStringLiteral("token")), token);
    // Every problem says what to do next; a pass has nothing to do.
    QCOMPARE(!membership.remedy.isEmpty(), a1 != Verdict::Pass);
    QCOMPARE(!elevated.remedy.isEmpty(), a2 != Verdict::Pass);
}

void TestInstallChecks::tmpCountThresholds_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<Verdict>("expected");
    QTest::newRow("empty") << 0 << Verdict::Pass;
    QTest::newRow("one") << 1 << Verdict::Pass;
    QTest::newRow("just below the warning") << int(TempTmpCountCheck::kWarnAt - 1) << Verdict::Pass;
    QTest::newRow("at the warning") << int(TempTmpCountCheck::kWarnAt) << Verdict::Warning;
    QTest::newRow("just below the failure") << int(TempTmpCountCheck::kFailAt - 1) << Verdict::Warning;
    QTest::newRow("at the failure") << int(TempTmpCountCheck::kFailAt) << Verdict::Fail;
    QTest::newRow("at the Windows limit") << 65535 << Verdict::Fail;
    QTest::newRow("past the limit") << 70000 << Verdict::Fail;
}

void TestInstallChecks::tmpCountThresholds()
{
    QFETCH(int, count);
    QFETCH(Verdict, expected);
    // The catalog's F1 thresholds, independent of the class constants.
    QCOMPARE(TempTmpCountCheck::kWarnAt, 50000);
    QCOMPARE(TempTmpCountCheck::kFailAt, 60000);
    // Plus a few files that never count: a log and an in-use .tmp that does count.
    const QByteArray patch = QByteArrayLiteral(R"({"tempFolder": {"files": [)")
                             + R"({"pattern": "tmp{n}.tmp", "count": )" + QByteArray::number(count)
                             + R"(, "size": 2}, {"name": "setup.log", "size": 5}]}})";
    const Finding f = TempTmpCountCheck().run(patched(patch));
    QCOMPARE(f.verdict, expected);
    QCOMPARE(f.evidenceValue(QStringLiteral("tmp_files")), QLocale().toString(count));
    QCOMPARE(f.evidenceValue(QStringLiteral("folder_entries")), QLocale().toString(count + 1));
    QCOMPARE(f.evidenceValue(QStringLiteral("tmp_size")), QLocale().formattedDataSize(2 * qint64(count)));
    QVERIFY2(f.summary.contains(QLocale().toString(count)), qPrintable(f.summary));
    QVERIFY2(f.summary.contains(test::kTemp), qPrintable(f.summary));
    if (expected == Verdict::Pass) {
        QVERIFY(f.fixIds.isEmpty());
        QVERIFY(f.remedy.isEmpty());
    } else {
        QCOMPARE(f.fixIds, QStringList{TempCleanupFix::id()});
        QVERIFY(f.remedy.contains(test::kTemp));
    }
}

void TestInstallChecks::tmpCountCountsOnlyRegularTmpFilesDirectlyInside()
{
    const CheckContext context = patched(R"({"tempFolder": {
        "files": [{"name": "a.tmp", "size": 100}, {"name": "B.TMP", "size": 20}, {"name": "c.TmP", "readOnly": true},
                  {"name": "busy.tmp", "inUse": true}, {"name": "d.tmpx"}, {"name": ".tmp"},
                  {"name": "a.tmp.log"}, {"name": "setup.log"}],
        "directories": ["x.tmp", "cache"],
        "symlinks": ["y.tmp", "link"]}})");
    const Finding f = TempTmpCountCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Pass);
    QCOMPARE(f.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("4")); // a, B, c, busy
    QCOMPARE(f.evidenceValue(QStringLiteral("readonly_tmp_files")), QStringLiteral("1"));
    QCOMPARE(f.evidenceValue(QStringLiteral("non_file_tmp_entries")), QStringLiteral("2")); // x.tmp, y.tmp
    QCOMPARE(f.evidenceValue(QStringLiteral("folder_entries")), QStringLiteral("12"));
    QCOMPARE(f.evidenceValue(QStringLiteral("tmp_size")), QLocale().formattedDataSize(120));
    QCOMPARE(f.evidenceValue(QStringLiteral("folder")), test::kTemp);

    // The fix's preview agrees with the count: read-only files, folders and links stay.
    const FixPlan plan = TempCleanupFix().preview(context);
    QCOMPARE(plan.itemCount, 3); // a, B, busy (in use is only known when deleting)
    QCOMPARE(plan.totalBytes, 120);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
}

void TestInstallChecks::tmpCountProbeFailures_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<bool>("askForAdmin"); // the remedy says to restart as administrator
    QTest::newRow("temp folder unknown") << QStringLiteral("tempDir") << false;
    QTest::newRow("listing denied") << QStringLiteral("denied") << true;
    QTest::newRow("listing failed") << QStringLiteral("failed") << false;
}

void TestInstallChecks::tmpCountProbeFailures()
{
    // A probe that cannot read the folder is an Error, never a pass with zero files.
    QFETCH(QString, failure);
    QFETCH(bool, askForAdmin);
    auto system = std::make_shared<FailingSystem>(test::fromPatch("{}"));
    if (failure == QLatin1String("tempDir")) {
        system->tempDirAnswer = [] {
            return Probed<QString>::bad(ProbeStatus::Failed, QStringLiteral("GetSystemWindowsDirectory failed"));
        };
    } else {
        const ProbeStatus status = failure == QLatin1String("denied") ? ProbeStatus::Denied : ProbeStatus::Failed;
        system->listingAnswer = [status] {
            return Probed<qint64>::bad(status, QStringLiteral("FindFirstFileExW: error %1").arg(int(status)));
        };
    }
    const CheckContext context = contextOf(system);
    const Finding f = TempTmpCountCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.fixIds.isEmpty()); // nothing to delete when nothing was counted
    QVERIFY(f.evidenceValue(QStringLiteral("tmp_files")).isEmpty());
    QVERIFY2(f.detail.contains(failure == QLatin1String("tempDir") ? QStringLiteral("GetSystemWindowsDirectory")
                                                                   : QStringLiteral("FindFirstFileExW")),
             qPrintable(f.detail));
    QCOMPARE(f.remedy.contains(QStringLiteral("administrator")), askForAdmin);
    QVERIFY(!TempCleanupFix().preview(context).canApply);
}

void TestInstallChecks::tmpCountReportsProgressAndCanBeCancelled()
{
    CheckContext context = load(QStringLiteral("broken-install.json")); // 70,003 entries
    qint64 reports = 0, lastDone = 0;
    bool unknownTotal = true;
    context.progress = [&](qint64 done, qint64 total, const QString& text) {
        ++reports;
        unknownTotal = unknownTotal && total < 0 && !text.isEmpty();
        QVERIFY(done > lastDone);
        lastDone = done;
    };
    QCOMPARE(TempTmpCountCheck().run(context).verdict, Verdict::Fail);
    QVERIFY2(reports >= 6, qPrintable(QString::number(reports))); // about every 10,000 entries: it is alive
    QVERIFY(unknownTotal); // the total is not known while streaming

    // Cancelled while counting: Cancelled, never a verdict over a partial count.
    context.progress = [](qint64, qint64, const QString&) {};
    context.cancel.cancel();
    const Finding cancelled = TempTmpCountCheck().run(context);
    QCOMPARE(cancelled.verdict, Verdict::Cancelled);
    QCOMPARE(cancelled.checkId, TempTmpCountCheck::id());
    QVERIFY(cancelled.fixIds.isEmpty());
}

void TestInstallChecks::brokenInstallIsRepairedAndVerified()
{
    const CheckContext context = load(QStringLiteral("broken-install.json"));
    // Not elevated: the cleanup refuses and says why, instead of elevating silently.
    FixPlan cleanup = TempCleanupFix().preview(context);
    QVERIFY(!cleanup.canApply);
    QCOMPARE(cleanup.elevation, Elevation::Needed);
    QVERIFY(cleanup.cannotApplyReason.contains(QStringLiteral("administrator")));

    const FixPlan restart = RestartElevatedFix(ProcessElevatedCheck::id()).preview(context);
    QVERIFY2(restart.canApply, qPrintable(restart.cannotApplyReason));
    QCOMPARE(RestartElevatedFix(ProcessElevatedCheck::id()).apply(context, restart).result, FixResult::Applied);
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
    QCOMPARE(after.evidenceValue(QStringLiteral("tmp_files")), QStringLiteral("5"));
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
    QVERIFY(catalog.fix(TempCleanupFix::id()));
    QVERIFY(catalog.fix(RestartElevatedFix::id()));
}

QTEST_GUILESS_MAIN(TestInstallChecks)
#include "TestInstallChecks.moc"
