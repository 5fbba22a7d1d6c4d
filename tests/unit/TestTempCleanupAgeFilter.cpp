// SPDX-License-Identifier: MIT
// The temp cleanup's age filter (CheckInputs::tmpOlderThanHours) on real files with backdated
// write times through the build's native system: only .tmp files last written more than N
// hours before CheckEnvironment::utcNow are planned and deleted, the preview says "older than
// N hours" and counts the younger ones as left alone, and apply uses the hours the preview
// showed. (The rest of the cleanup: TestTempCleanupFix; through the FixRunner:
// TestFixRunnerTempCleanup.)
#include "TempFolderTestSupport.h"
#include "fixes/TempCleanupFix.h"

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
};

// CheckInputs::tmpOlderThanHours: only .tmp files last written before now - N hours go; the
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
    context.env.inputs.tmpOlderThanHours = hours;
    TempCleanupFix fix;
    QVERIFY(fix.info().offersAgeFilter);
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
    context.env.inputs.tmpOlderThanHours = 24;
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    QCOMPARE(plan.itemCount, 4);
    context.env.inputs.tmpOlderThanHours = 0;
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(after(outcome, "deleted"), 4);
    QCOMPARE(after(outcome, "skippedYoungerThanFilter"), 2);
    QVERIFY(QFile::exists(QDir(temp.path()).filePath(QStringLiteral("new1.tmp"))));
    QVERIFY(QFile::exists(QDir(temp.path()).filePath(QStringLiteral("new2.tmp"))));
}

QTEST_GUILESS_MAIN(TestTempCleanupAgeFilter)
#include "TestTempCleanupAgeFilter.moc"
