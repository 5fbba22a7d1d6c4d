// SPDX-License-Identifier: MIT
// B3 scratch_attributes and B4 scratch_free_space over tables of folder attributes (the cache
// folder, or the parent it would be created in) and of disk sizes at the thresholds; each row
// also weighed by B5 scratch_move_assistant, which asks for a move only where moving helps.
#include "ScratchTestMachine.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/scratch/ScratchAttributesCheck.h"
#include "catalog/scratch/ScratchFreeSpaceCheck.h"
#include "catalog/scratch/ScratchMoveCheck.h"
#include "catalog/scratch/ScratchRules.h"

#include <QLocale>
#include <QTest>

using namespace mars;
using namespace mars::test::scratch;

class TestScratchFolderChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attributeRules_data();
    void attributeRules();
    void freeSpaceRules_data();
    void freeSpaceRules();
};

void TestScratchFolderChecks::attributeRules_data()
{
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<bool>("exists"); // false: the attributes are on the install folder it would be made in
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<bool>("fixOffered");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<Verdict>("move"); // B5: only what moving solves

    auto list = [](const char* a, const char* b = nullptr) {
        return b ? QStringList{QLatin1String(a), QLatin1String(b)} : QStringList{QLatin1String(a)};
    };
    QTest::newRow("plain") << QStringList() << true << Verdict::Pass << false << "not compressed" << Verdict::Pass;
    QTest::newRow("hidden, read-only") << list("hidden", "readonly") << true << Verdict::Pass << false
                                       << "not compressed" << Verdict::Pass;
    QTest::newRow("compressed") << list("compressed") << true << Verdict::Fail << true << "compressed" << Verdict::Pass;
    QTest::newRow("encrypted") << list("encrypted") << true << Verdict::Fail << true << "encrypted" << Verdict::Pass;
    QTest::newRow("compressed and encrypted") << list("compressed", "encrypted") << true << Verdict::Fail << true
                                              << "compressed and encrypted" << Verdict::Pass;
    QTest::newRow("sparse") << list("sparse") << true << Verdict::Fail << false << "sparse" << Verdict::Warning;
    QTest::newRow("junction") << list("reparse_point") << true << Verdict::Fail << false << "link" << Verdict::Warning;
    QTest::newRow("compressed junction") << list("compressed", "reparse_point") << true << Verdict::Fail << false
                                         << "compressed and a link" << Verdict::Warning;
    QTest::newRow("not yet, parent compressed") << list("compressed") << false << Verdict::Warning << false
                                                << "would be created compressed" << Verdict::Pass;
    QTest::newRow("not yet, parent encrypted")
            << list("encrypted") << false << Verdict::Warning << false << "would be created encrypted" << Verdict::Pass;
    QTest::newRow("not yet, parent sparse")
            << list("sparse") << false << Verdict::Pass << false << "does not exist yet" << Verdict::Pass;
    QTest::newRow("not yet, plain parent")
            << QStringList() << false << Verdict::Pass << false << "does not exist yet" << Verdict::Pass;
}

void TestScratchFolderChecks::attributeRules()
{
    QFETCH(QStringList, attributes);
    QFETCH(bool, exists);
    QFETCH(Verdict, expected);
    QFETCH(bool, fixOffered);
    QFETCH(QString, mention);
    QFETCH(Verdict, move);
    Machine m;
    m.value(kSetup, QStringLiteral("InstallPath"), test::kInstallDir).scratch(kScratch, kScratch);
    m.disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB);
    if (exists)
        m.folder(test::kInstallDir).folder(kScratch, attributes);
    else
        m.folder(test::kInstallDir, attributes);
    const std::shared_ptr<SystemProbe> system = m.system();
    const ScratchAttributesCheck check;
    const Finding f = run(check, system);
    verifyShape(check, f);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.fixIds,
             fixOffered ? QStringList{FolderAttributesFix::id(FolderAttributesFix::Folder::Scratch)} : QStringList());
    QCOMPARE(f.evidenceValue(QStringLiteral("checked_folder")), exists ? kScratch : test::kInstallDir);
    QVERIFY(f.detail.contains(QStringLiteral("Deduplication"))); // says what is not probed
    if (fixOffered) {
        QVERIFY2(f.remedy.contains(QStringLiteral("compact /u /s:\"%1\"").arg(kScratch)), qPrintable(f.remedy));
        QVERIFY2(f.remedy.contains(QStringLiteral("cipher /d /s:\"%1\"").arg(kScratch)), qPrintable(f.remedy));
    }
    if (move == Verdict::Warning)
        QVERIFY2(f.remedy.contains(QStringLiteral("Cache folder location")), qPrintable(f.remedy));
    const Finding b5 = run(ScratchMoveCheck(), system);
    QCOMPARE(b5.verdict, move);
    QVERIFY2(b5.summary.contains(kScratch), qPrintable(b5.summary));
}

void TestScratchFolderChecks::freeSpaceRules_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("free");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("mention");
    const qint64 minimum = qint64(2.5 * double(kGiB));
    QTest::newRow("roomy") << 128 * kGiB << 64 * kGiB << Verdict::Pass << "enough";
    QTest::newRow("exactly 2.5 GB, 6 %") << 40 * kGiB << minimum << Verdict::Pass << "enough";
    QTest::newRow("a byte under 2.5 GB") << 40 * kGiB << minimum - 1 << Verdict::Fail << "less than the 2.5 GB";
    QTest::newRow("small disk, half free") << 4 * kGiB << 2 * kGiB << Verdict::Fail << "2.5 GB";
    QTest::newRow("exactly 5 %") << 100 * kGiB << 5 * kGiB << Verdict::Pass << "enough";
    QTest::newRow("just under 5 %") << 100 * kGiB << 5 * kGiB - 1024 * 1024 << Verdict::Warning << "5 %";
    QTest::newRow("big disk, 3.9 %") << 1024 * kGiB << 40 * kGiB << Verdict::Warning << "3.9 %";
    QTest::newRow("full") << 100 * kGiB << qint64(0) << Verdict::Fail << "2.5 GB";
}

void TestScratchFolderChecks::freeSpaceRules()
{
    QFETCH(qint64, total);
    QFETCH(qint64, free);
    QFETCH(Verdict, expected);
    QFETCH(QString, mention);
    QCOMPARE(ScratchRules::kMinFreeBytes, qint64(2684354560)); // 2.5 * 1024^3, catalog B4
    QCOMPARE(ScratchRules::kMinFreePercent, 5);
    Machine m;
    m.installed().scratch(kScratch, kScratch).folder(kScratch).disk(QStringLiteral("C:\\"), total, free);
    const std::shared_ptr<SystemProbe> system = m.system();
    const ScratchFreeSpaceCheck check;
    const Finding f = run(check, system);
    verifyShape(check, f);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention), qPrintable(f.summary));
    const QLocale locale;
    QCOMPARE(f.evidenceValue(QStringLiteral("free_space")),
             locale.formattedDataSize(free, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(f.evidenceValue(QStringLiteral("total_space")),
             locale.formattedDataSize(total, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(f.evidenceValue(QStringLiteral("free_percent")),
             locale.toString(100.0 * double(free) / double(total), 'f', 1) + QStringLiteral(" %"));
    QVERIFY(f.detail.contains(QStringLiteral("heuristic"))); // the data size is not known: says so
    QCOMPARE(run(ScratchMoveCheck(), system).verdict, expected == Verdict::Pass ? Verdict::Pass : Verdict::Warning);
}

QTEST_GUILESS_MAIN(TestScratchFolderChecks)
#include "TestScratchFolderChecks.moc"
