// SPDX-License-Identifier: MIT
// F1 and its cleanup on real files in a temporary folder (PosixSystem, the real kernel).
#include "checks/TempTmpCountCheck.h"
#include "fixes/TempCleanupFix.h"
#include "system/PosixSystem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace mars;

namespace {
void writeFile(const QString& path, int size = 10)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(size, 'x'));
}

CheckContext contextFor(const QString& tempDir)
{
    CheckContext c;
    c.env.system = std::make_shared<PosixSystem>(tempDir);
    return c;
}
} // namespace

class TestTempCleanupFix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pattern_data();
    void pattern();
    void deletesOnlyRegularTmpFilesDirectlyInside();
    void cancelStopsBetweenFiles();
    void missingFolderIsAnError();
};

void TestTempCleanupFix::pattern_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("tmp") << QStringLiteral("a.tmp") << true;
    QTest::newRow("upper") << QStringLiteral("B.TMP") << true;
    QTest::newRow("bare") << QStringLiteral(".tmp") << false;
    QTest::newRow("tmpx") << QStringLiteral("a.tmpx") << false;
    QTest::newRow("log") << QStringLiteral("setup.log") << false;
}

void TestTempCleanupFix::pattern()
{
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(TempCleanupFix::matchesPattern(name), matches);
}

void TestTempCleanupFix::deletesOnlyRegularTmpFilesDirectlyInside()
{
    QTemporaryDir temp, outside;
    QVERIFY(temp.isValid() && outside.isValid());
    const QDir dir(temp.path());
    for (int i = 0; i < 25; ++i)
        writeFile(dir.filePath(QStringLiteral("f%1.tmp").arg(i)), 100);
    writeFile(dir.filePath(QStringLiteral("keep.log")));
    QVERIFY(dir.mkdir(QStringLiteral("x.tmp"))); // a folder named *.tmp
    writeFile(dir.filePath(QStringLiteral("x.tmp/inner.tmp"))); // not directly inside
    writeFile(QDir(outside.path()).filePath(QStringLiteral("victim.tmp")));
    QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("outside.tmp")))); // link to a folder outside
    QVERIFY(QFile::link(QDir(outside.path()).filePath(QStringLiteral("victim.tmp")),
                        dir.filePath(QStringLiteral("filelink.tmp")))); // link to a file outside
    const QString readOnly = dir.filePath(QStringLiteral("ro.tmp"));
    writeFile(readOnly);
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup));
    const QString locked = dir.filePath(QStringLiteral("locked.tmp"));
    writeFile(locked);
    const int lockFd = ::open(QFile::encodeName(locked).constData(), O_RDONLY);
    QVERIFY(lockFd >= 0);
    QCOMPARE(::flock(lockFd, LOCK_EX), 0); // "in use" by another open file description

    const CheckContext context = contextFor(temp.path());
    const Finding before = TempTmpCountCheck().run(context);
    QCOMPARE(before.verdict, Verdict::Pass); // 27 regular .tmp files: far below the thresholds
    QCOMPARE(before.evidenceValue(QStringLiteral(".tmp files")), QStringLiteral("27"));

    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.itemCount, 26); // 25 + locked (in use is only known when deleting); read-only excluded
    QVERIFY(!plan.reversible);
    QCOMPARE(QDir(temp.path()).count(), uint(2 + 25 + 6)); // preview changed nothing

    const FixOutcome outcome = fix.apply(context, plan);
    ::close(lockFd);
    QCOMPARE(outcome.result, FixResult::PartlyApplied);
    QCOMPARE(outcome.after.value(QStringLiteral("deleted")).toInteger(), 25);
    QCOMPARE(outcome.after.value(QStringLiteral("skippedInUse")).toInteger(), 1);
    QVERIFY(QFile::exists(locked));
    QVERIFY(QFile::exists(readOnly));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("keep.log"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("x.tmp"))).isDir());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("x.tmp/inner.tmp"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("outside.tmp"))).isSymLink());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("filelink.tmp"))).isSymLink());
    QVERIFY(QFile::exists(QDir(outside.path()).filePath(QStringLiteral("victim.tmp"))));

    // The re-check sees what is left: the locked and the read-only file.
    const Finding after = TempTmpCountCheck().run(context);
    QCOMPARE(after.evidenceValue(QStringLiteral(".tmp files")), QStringLiteral("2"));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner));
}

void TestTempCleanupFix::cancelStopsBetweenFiles()
{
    QTemporaryDir temp;
    for (int i = 0; i < 50; ++i)
        writeFile(QDir(temp.path()).filePath(QStringLiteral("c%1.tmp").arg(i)));
    CheckContext context = contextFor(temp.path());
    TempCleanupFix fix;
    const FixPlan plan = fix.preview(context);
    int reports = 0;
    context.cancel.cancel();
    context.progress = [&](qint64, qint64, const QString&) { ++reports; };
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Cancelled);
    QCOMPARE(outcome.after.value(QStringLiteral("deleted")).toInteger(), 0);
    QCOMPARE(QDir(temp.path()).entryList(QDir::Files).size(), 50);
    QVERIFY(reports >= 1);
}

void TestTempCleanupFix::missingFolderIsAnError()
{
    const CheckContext context = contextFor(QStringLiteral("/nonexistent/mars-test-temp"));
    const Finding f = TempTmpCountCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(!f.summary.isEmpty());
    const FixPlan plan = TempCleanupFix().preview(context);
    QVERIFY(!plan.canApply);
    QVERIFY(!plan.cannotApplyReason.isEmpty());
}

QTEST_GUILESS_MAIN(TestTempCleanupFix)
#include "TestTempCleanupFix.moc"
