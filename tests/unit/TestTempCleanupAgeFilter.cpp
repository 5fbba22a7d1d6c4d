// SPDX-License-Identifier: MIT
// The temp cleanup's age filter (the fix option older_than_hours) on real files with backdated
// write times through the build's native system: only .tmp files last written more than N
// hours before CheckEnvironment::utcNow are planned and deleted, the preview says "older than
// N hours" and counts the younger ones as left alone, and apply uses the hours the preview
// showed. (The rest of the cleanup: TestTempCleanupFix; through the FixRunner:
// TestFixRunnerTempCleanup.)
#include "FakeClock.h"
#include "ScenarioTestData.h"
#include "TempFolderTestSupport.h"
#include "catalog/temp/TempCleanupFix.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace mars;
using namespace mars::test;

namespace {
void backdate(const QString& path, const QDateTime& when)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
}

// Six .tmp files: three 48 hours old, one 30 hours, two written an hour ago.
void writeAgedFiles(const QString& dir, const QDateTime& now)
{
    const QDir d(dir);
    const QList<std::pair<const char*, int>> files{{"old1.tmp", 48}, {"old2.tmp", 48}, {"old3.tmp", 48},
                                                   {"day.tmp", 30},  {"new1.tmp", 1},  {"new2.tmp", 1}};
    for (const auto& [name, hours] : files) {
        const QString path = d.filePath(QLatin1String(name));
        writeFile(path);
        backdate(path, now.addSecs(-qint64(hours) * 3600));
    }
}
} // namespace

class TestTempCleanupAgeFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void olderThanFilter_data();
    void olderThanFilter();
    void olderThanUsesThePreviewedHours();
    void defaultKeepsADayOnARealMachine();
    void clockMovingOnDoesNotWidenThePlan();
    void optionValuesAreMadeValid_data();
    void optionValuesAreMadeValid();
};

// The option older_than_hours: only .tmp files last written before now - N hours go; the
// preview says so and counts the younger ones as left alone (catalog F1: "older than N hours").
void TestTempCleanupAgeFilter::olderThanFilter_data()
{
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("planned");
    QTest::addColumn<QStringList>("kept");
    QTest::newRow("no filter") << 0 << 6 << QStringList();
    QTest::newRow("older than a day") << 24 << 4 << QStringList{QStringLiteral("new1.tmp"), QStringLiteral("new2.tmp")};
    QTest::newRow("older than 36 hours") << 36 << 3
                                         << QStringList{QStringLiteral("day.tmp"), QStringLiteral("new1.tmp"),
                                                        QStringLiteral("new2.tmp")};
    QTest::newRow("older than 100 hours") << 100 << 0 << QStringList();
}

void TestTempCleanupAgeFilter::olderThanFilter()
{
    QFETCH(int, hours);
    QFETCH(int, planned);
    QFETCH(QStringList, kept);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    writeAgedFiles(temp.path(), now);
    CheckContext context = contextFor(temp.path());
    context.env.utcNow = [now] { return now; };
    context.fixOptions.insert(QStringLiteral("older_than_hours"), hours);
    TempCleanupFix fix;
    QCOMPARE(fix.info().options.size(), 1);
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.itemCount, planned);
    QCOMPARE(plan.parameters.value(QStringLiteral("olderThanHours")).toInt(), hours);
    if (planned == 0) {
        QVERIFY(!plan.canApply);
        QVERIFY2(plan.cannotApplyReason.contains(QStringLiteral("older than %1 hours").arg(hours)),
                 qPrintable(plan.cannotApplyReason));
        QCOMPARE(tmpFilesIn(temp.path()), 6);
        return;
    }
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    const int younger = 6 - planned;
    if (hours > 0) {
        QVERIFY2(plan.summary.contains(QStringLiteral("older than %1 hours").arg(hours)), qPrintable(plan.summary));
        QVERIFY2(plan.summary.contains(QStringLiteral("%1 younger").arg(younger)), qPrintable(plan.summary));
        QCOMPARE(plan.changes.constLast().target,
                 QStringLiteral("%1 .tmp files not older than %2 hours").arg(younger).arg(hours));
        QCOMPARE(plan.changes.constLast().after, QStringLiteral("left alone"));
    } else {
        QVERIFY(!plan.summary.contains(QStringLiteral("older than")));
    }
    for (const PlannedChange& change : plan.changes) {
        for (const QString& name : kept)
            QVERIFY2(!change.target.endsWith(name), qPrintable(change.target)); // never shown as deleted
    }

    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(after(outcome, "deleted"), planned);
    QCOMPARE(after(outcome, "skippedYoungerThanFilter"), younger);
    QCOMPARE(after(outcome, "skippedNewerThanPreview"), 0);
    QCOMPARE(outcome.before.value(QLatin1String("olderThanHours")).toInt(), hours);
    QCOMPARE(tmpFilesIn(temp.path()), younger);
    for (const QString& name : kept)
        QVERIFY2(QFile::exists(QDir(temp.path()).filePath(name)), qPrintable(name));
    if (hours > 0)
        QVERIFY2(outcome.summary.contains(QStringLiteral("not older than %1 hours").arg(hours)),
                 qPrintable(outcome.summary));
}

void TestTempCleanupAgeFilter::olderThanUsesThePreviewedHours()
{
    // The dialog's spin box changed after the preview: apply still does what was shown.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    writeAgedFiles(temp.path(), now);
    CheckContext context = contextFor(temp.path());
    context.env.utcNow = [now] { return now; };
    context.fixOptions.insert(QStringLiteral("older_than_hours"), 24);
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.itemCount, 4);
    context.fixOptions.insert(QStringLiteral("older_than_hours"), 0);
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(after(outcome, "deleted"), 4);
    QCOMPARE(after(outcome, "skippedYoungerThanFilter"), 2);
    QVERIFY(QFile::exists(QDir(temp.path()).filePath(QStringLiteral("new1.tmp"))));
    QVERIFY(QFile::exists(QDir(temp.path()).filePath(QStringLiteral("new2.tmp"))));
}

void TestTempCleanupAgeFilter::defaultKeepsADayOnARealMachine()
{
    // Nothing chosen: on a real machine the files of the last 24 hours stay (an installer may
    // be writing them right now); a simulated machine keeps 0 (every .tmp file).
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    writeAgedFiles(temp.path(), now);
    CheckContext real = contextFor(temp.path());
    real.env.utcNow = [now] { return now; };
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(real);
    QCOMPARE(plan.parameters.value(QStringLiteral("olderThanHours")).toInt(), 24);
    QCOMPARE(plan.itemCount, 4);

    CheckContext simulated;
    simulated.env.system = std::shared_ptr<SystemProbe>(fromPatch("{}"));
    QVERIFY(simulated.env.system);
    QCOMPARE(fix.preview(simulated).parameters.value(QStringLiteral("olderThanHours")).toInt(), 0);
}

void TestTempCleanupAgeFilter::clockMovingOnDoesNotWidenThePlan()
{
    // The dialog stays open for days: by the time the user clicks Apply, the files that were too
    // young are old enough. Apply still deletes only what the preview showed.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    FakeClock clock;
    writeAgedFiles(temp.path(), clock.now());
    CheckContext context = contextFor(temp.path());
    context.env.utcNow = clock.function();
    context.fixOptions.insert(QStringLiteral("older_than_hours"), 24);
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.itemCount, 4);
    clock.advance(qint64(100) * 3600);
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(after(outcome, "deleted"), 4);
    QVERIFY(QFile::exists(QDir(temp.path()).filePath(QStringLiteral("new1.tmp"))));
    QVERIFY(QFile::exists(QDir(temp.path()).filePath(QStringLiteral("new2.tmp"))));
}

void TestTempCleanupAgeFilter::optionValuesAreMadeValid_data()
{
    QTest::addColumn<QVariant>("chosen");
    QTest::addColumn<int>("used");
    QTest::newRow("in range") << QVariant(48) << 48;
    QTest::newRow("below the range") << QVariant(-5) << 0;
    QTest::newRow("above the range") << QVariant(1000000) << 24 * 365;
    QTest::newRow("not a number") << QVariant(QStringLiteral("soon")) << 24;
    QTest::newRow("nothing chosen") << QVariant() << 24;
}

void TestTempCleanupAgeFilter::optionValuesAreMadeValid()
{
    QFETCH(QVariant, chosen);
    QFETCH(int, used);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    CheckContext context = contextFor(temp.path());
    if (chosen.isValid())
        context.fixOptions.insert(QStringLiteral("older_than_hours"), chosen);
    QCOMPARE(TempCleanupFix().preview(context).parameters.value(QStringLiteral("olderThanHours")).toInt(), used);
}

QTEST_GUILESS_MAIN(TestTempCleanupAgeFilter)
#include "TestTempCleanupAgeFilter.moc"
