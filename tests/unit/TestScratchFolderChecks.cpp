// SPDX-License-Identifier: MIT
// B3 scratch_attributes and B4 scratch_free_space over tables of folder attributes (the cache
// folder, or the parent it would be created in) and of disk sizes at the thresholds; each row
// also weighed by B5 scratch_move_assistant, which asks for a move only where moving helps.
#include "ForwardingSystem.h"
#include "ScratchTestMachine.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/scratch/ScratchAttributesCheck.h"
#include "catalog/scratch/ScratchFreeSpaceCheck.h"
#include "catalog/scratch/ScratchMoveCheck.h"
#include "catalog/scratch/ScratchRules.h"

#include <QLocale>
#include <QTest>

#include <atomic>

using namespace mars;
using namespace mars::test::scratch;

class TestScratchFolderChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attributeRules_data();
    void attributeRules();
    void contentRules_data();
    void contentRules();
    void contentWalkIsBounded();
    void contentWalkStopsOnCancel();
    void deduplicationProbeFailures_data();
    void deduplicationProbeFailures();
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
    QCOMPARE(f.evidenceValue(QStringLiteral("deduplication")), QStringLiteral("off")); // probed, and said
    if (exists && !attributes.contains(QStringLiteral("reparse_point")))
        QCOMPARE(f.evidenceValue(QStringLiteral("content_checked")), QStringLiteral("0")); // the walk ran
    if (fixOffered) {
        // Nothing inside: clearing the folder's own flag is the whole job, and the remedy says so.
        QVERIFY2(f.remedy.contains(QStringLiteral("Nothing inside")), qPrintable(f.remedy));
        QVERIFY2(f.remedy.contains(QStringLiteral("compact /u \"%1\"").arg(kScratch)), qPrintable(f.remedy));
        QVERIFY2(f.remedy.contains(QStringLiteral("cipher /d \"%1\"").arg(kScratch)), qPrintable(f.remedy));
    }
    if (move == Verdict::Warning)
        QVERIFY2(f.remedy.contains(QStringLiteral("Cache folder location")), qPrintable(f.remedy));
    const Finding b5 = run(ScratchMoveCheck(), system);
    QCOMPARE(b5.verdict, move);
    QVERIFY2(b5.summary.contains(kScratch), qPrintable(b5.summary));
}

void TestScratchFolderChecks::contentRules_data()
{
    // B3 looks at the files, not only the folder's own flag (#19): `inside` lists entries under
    // the cache folder as "relative path" or "relative path|attribute,attribute"; a trailing
    // backslash makes a folder.
    QTest::addColumn<QStringList>("attributes"); // of the cache folder
    QTest::addColumn<QStringList>("inside");
    QTest::addColumn<bool>("dedup");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<bool>("fixOffered");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<Verdict>("move"); // B5
    const QStringList none;
    const QStringList compressed{QStringLiteral("compressed")};
    QTest::newRow("plain folder, plain files")
            << none << QStringList{QStringLiteral("a.vhd"), QStringLiteral("Sub\\b.dat")} << false << Verdict::Pass
            << false << "the files in it are not" << Verdict::Pass;
    QTest::newRow("compressed folder, plain files: the flag is the whole job")
            << compressed << QStringList{QStringLiteral("a.vhd"), QStringLiteral("Sub\\b.dat")} << false
            << Verdict::Fail << true << "is compressed" << Verdict::Pass;
    QTest::newRow("plain folder, a compressed file")
            << none << QStringList{QStringLiteral("a.vhd"), QStringLiteral("Sub\\c.vhd|compressed")} << false
            << Verdict::Fail << false << "inside it are compressed" << Verdict::Warning;
    QTest::newRow("compressed folder and files: no flag-only fix")
            << compressed << QStringList{QStringLiteral("a.vhd|compressed"), QStringLiteral("b.vhd|compressed")}
            << false << Verdict::Fail << false << "2 file(s) or folder(s) inside it are compressed" << Verdict::Warning;
    QTest::newRow("an encrypted file three levels down")
            << none << QStringList{QStringLiteral("A\\B\\C\\d.dat|encrypted")} << false << Verdict::Fail << false
            << "inside it are encrypted" << Verdict::Warning;
    QTest::newRow("a compressed sub-folder")
            << none << QStringList{QStringLiteral("Sub\\|compressed")} << false << Verdict::Fail << false
            << "inside it are compressed" << Verdict::Warning;
    QTest::newRow("a link inside is not followed")
            << none << QStringList{QStringLiteral("Link\\|reparse_point"), QStringLiteral("Link\\x.vhd|compressed")}
            << false << Verdict::Pass << false << "the files in it are not" << Verdict::Pass;
    QTest::newRow("deduplicated drive") << none << QStringList{QStringLiteral("a.vhd")} << true << Verdict::Fail
                                        << false << "Data Deduplication is on" << Verdict::Warning;
    QTest::newRow("deduplicated drive and a compressed folder")
            << compressed << QStringList() << true << Verdict::Fail << false << "Data Deduplication is on"
            << Verdict::Warning;
}

void TestScratchFolderChecks::contentRules()
{
    QFETCH(QStringList, attributes);
    QFETCH(QStringList, inside);
    QFETCH(bool, dedup);
    QFETCH(Verdict, expected);
    QFETCH(bool, fixOffered);
    QFETCH(QString, mention);
    QFETCH(Verdict, move);
    Machine m;
    m.value(kSetup, QStringLiteral("InstallPath"), test::kInstallDir).scratch(kScratch, kScratch);
    m.disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB)
            .diskField(QStringLiteral("C:\\"), QStringLiteral("dedup"), dedup);
    m.folder(test::kInstallDir).folder(kScratch, attributes);
    qint64 compressed = 0, encrypted = 0;
    for (const QString& entry : inside) {
        const QString path = kScratch + QLatin1Char('\\') + entry.section(QLatin1Char('|'), 0, 0);
        const QStringList bits = entry.section(QLatin1Char('|'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (path.endsWith(QLatin1Char('\\')))
            m.folder(path.chopped(1), bits);
        else
            m.file(path, bits.isEmpty() ? QStringList{QStringLiteral("archive")} : bits);
        if (!entry.startsWith(QLatin1String("Link\\x"))) { // under a link: never seen
            compressed += bits.contains(QStringLiteral("compressed")) ? 1 : 0;
            encrypted += bits.contains(QStringLiteral("encrypted")) ? 1 : 0;
        }
    }
    const std::shared_ptr<SystemProbe> system = m.system();
    const ScratchAttributesCheck check;
    const Finding f = run(check, system);
    verifyShape(check, f);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention), qPrintable(f.summary));
    QCOMPARE(f.fixIds,
             fixOffered ? QStringList{FolderAttributesFix::id(FolderAttributesFix::Folder::Scratch)} : QStringList());
    QCOMPARE(f.evidenceValue(QStringLiteral("deduplication")), dedup ? QStringLiteral("on") : QStringLiteral("off"));
    if (compressed + encrypted > 0) {
        QCOMPARE(f.evidenceValue(QStringLiteral("content_compressed")), QLocale().toString(compressed));
        QCOMPARE(f.evidenceValue(QStringLiteral("content_encrypted")), QLocale().toString(encrypted));
        QVERIFY2(f.detail.contains(QStringLiteral("For example")), qPrintable(f.detail));
        // The remedy is the documented move, never the flag-only clear.
        QVERIFY2(f.remedy.contains(QStringLiteral("Cache folder location")), qPrintable(f.remedy));
        QVERIFY2(f.remedy.contains(QStringLiteral("would leave the files")), qPrintable(f.remedy));
    }
    const Finding b5 = run(ScratchMoveCheck(), system);
    QCOMPARE(b5.verdict, move);
    if (move == Verdict::Warning)
        QVERIFY2(b5.remedy.contains(QStringLiteral("robocopy")), qPrintable(b5.remedy)); // the documented steps
}

namespace {
// A cache folder holding more entries than the walk looks at, or one whose listing never ends
// until the check is cancelled (`cancel` is set after `cancelAfter` entries).
class LongListing final : public mars::test::ForwardingFiles
{
public:
    LongListing(std::shared_ptr<const FilesProbe> inner, qint64 entries, const CancelToken* cancel = nullptr,
                qint64 cancelAfter = 0)
        : ForwardingFiles(std::move(inner))
        , m_entries(entries)
        , m_cancel(cancel)
        , m_cancelAfter(cancelAfter)
    {
    }
    Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const override
    {
        if (dir.compare(kScratch, Qt::CaseInsensitive) != 0)
            return ForwardingFiles::forEachEntry(dir, visit);
        qint64 visited = 0;
        for (qint64 i = 0; i < m_entries; ++i) {
            if (m_cancel && i == m_cancelAfter)
                m_cancel->cancel();
            ++visited;
            m_listed = visited;
            if (!visit(DirEntry{QStringLiteral("f%1.dat").arg(i), FileAttribute::Archive, 1, {}}))
                break;
        }
        return Probed<qint64>::good(visited);
    }
    qint64 listed() const { return m_listed; }

private:
    qint64 m_entries;
    const CancelToken* m_cancel;
    qint64 m_cancelAfter;
    mutable std::atomic<qint64> m_listed = 0;
};
} // namespace

void TestScratchFolderChecks::contentWalkIsBounded()
{
    // Too many entries: the walk stops at its bound and says so (a Warning, never a Pass).
    const std::shared_ptr<SystemProbe> system =
            mars::test::withRole<LongListing>(healthy().system(), ScratchRules::kMaxContentEntries + 5);
    const Finding f = run(ScratchAttributesCheck(), system);
    QCOMPARE(f.verdict, Verdict::Warning);
    QVERIFY2(f.summary.contains(QStringLiteral("the rest was not looked at")), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("content_checked")), QLocale().toString(ScratchRules::kMaxContentEntries));
    QVERIFY2(f.detail.contains(QStringLiteral("Only the first")), qPrintable(f.detail));
    QVERIFY2(f.remedy.contains(QStringLiteral("compact /s:")), qPrintable(f.remedy));

    // Too deep: folders below kMaxContentDepth levels are not walked into, and that is said too.
    Machine deep = healthy();
    QString path = kScratch;
    for (int level = 0; level <= ScratchRules::kMaxContentDepth; ++level)
        path += QStringLiteral("\\L%1").arg(level);
    deep.file(path + QStringLiteral("\\deepest.vhd"), {QStringLiteral("compressed")});
    const Finding d = run(ScratchAttributesCheck(), deep.system());
    QCOMPARE(d.verdict, Verdict::Warning); // the compressed file is below the bound: not seen, not passed
    QVERIFY2(d.detail.contains(QStringLiteral("folder levels")), qPrintable(d.detail));

    // Within the bound, a compressed file is found whatever the depth.
    Machine shallow = healthy();
    shallow.file(kScratch + QStringLiteral("\\L0\\L1\\L2\\found.vhd"), {QStringLiteral("compressed")});
    QCOMPARE(run(ScratchAttributesCheck(), shallow.system()).verdict, Verdict::Fail);
}

void TestScratchFolderChecks::contentWalkStopsOnCancel()
{
    CheckContext context;
    context.env.system =
            mars::test::withRole<LongListing>(healthy().system(), qint64(1) << 40, &context.cancel, qint64(100));
    const Finding f = ScratchAttributesCheck().run(context);
    QVERIFY2(f.verdict == Verdict::Cancelled || f.verdict == Verdict::Error, qPrintable(verdictId(f.verdict)));
    QVERIFY(f.verdict != Verdict::Pass);
    const auto* listing = dynamic_cast<const LongListing*>(&context.env.system->files());
    QVERIFY(listing);
    QVERIFY2(listing->listed() <= 101, qPrintable(QString::number(listing->listed()))); // stopped at once
}

void TestScratchFolderChecks::deduplicationProbeFailures_data()
{
    QTest::addColumn<int>("status"); // ProbeStatus of the deduplication probe
    QTest::addColumn<bool>("compressed"); // the cache folder is compressed as well
    QTest::addColumn<Verdict>("expected");
    QTest::newRow("denied (not elevated)") << int(ProbeStatus::Denied) << false << Verdict::Error;
    QTest::newRow("no filter manager (Wine)") << int(ProbeStatus::Failed) << false << Verdict::Error;
    QTest::newRow("not applicable (a share)") << int(ProbeStatus::NotApplicable) << false << Verdict::Pass;
    QTest::newRow("failed, and compressed too") << int(ProbeStatus::Failed) << true << Verdict::Fail;
}

void TestScratchFolderChecks::deduplicationProbeFailures()
{
    // A probe that cannot run is said, never a pass.
    QFETCH(int, status);
    QFETCH(bool, compressed);
    QFETCH(Verdict, expected);
    Machine m = healthy();
    m.folders = {};
    m.folder(test::kInstallDir)
            .folder(kScratch, compressed ? QStringList{QStringLiteral("compressed")} : QStringList());
    const auto system = failing(m);
    system->dedupAnswer = [status](const QString&) {
        return Probed<bool>::bad(ProbeStatus(status), QStringLiteral("FilterVolumeInstanceFindFirst: E_NOTIMPL"));
    };
    const Finding f = run(ScratchAttributesCheck(), system);
    QCOMPARE(f.verdict, expected);
    const bool notApplicable = ProbeStatus(status) == ProbeStatus::NotApplicable;
    QCOMPARE(f.evidenceValue(QStringLiteral("deduplication")),
             notApplicable ? QStringLiteral("does not apply") : QStringLiteral("could not be checked"));
    QVERIFY2(f.detail.contains(QStringLiteral("E_NOTIMPL")), qPrintable(f.detail));
    if (expected == Verdict::Error)
        QVERIFY2(f.summary.contains(QStringLiteral("Data Deduplication")), qPrintable(f.summary));
    if (compressed) // the flag-only fix is still right: the deduplication state only could not be read
        QVERIFY2(f.remedy.contains(QStringLiteral("could not be checked")), qPrintable(f.remedy));
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
