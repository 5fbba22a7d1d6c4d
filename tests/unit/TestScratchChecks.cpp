// SPDX-License-Identifier: MIT
// B2 and B5, the agent's cache (scratch) folder: the volume rules over a table of probe answers
// and over the scenario's disks, each also weighed by B5 (should the cache move?); B2-B5 before
// installation (the installer's default, a typed install folder); the documented move
// procedure; the paths where a probe fails or the machine is not Windows; the catalog entries.
// B1: TestScratchRegistryCheck; B3 and B4 (with B5): TestScratchFolderChecks.
#include "FailingSystem.h"
#include "ForwardingSystem.h"
#include "ScenarioTestData.h"
#include "ScratchTestMachine.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "catalog/scratch/ScratchAttributesCheck.h"
#include "catalog/scratch/ScratchFreeSpaceCheck.h"
#include "catalog/scratch/ScratchMoveCheck.h"
#include "catalog/scratch/ScratchRegistryCheck.h"
#include "catalog/scratch/ScratchRegistryFix.h"
#include "catalog/scratch/ScratchRules.h"
#include "catalog/scratch/ScratchVolumeCheck.h"
#include "engine/CheckCatalog.h"

#include <QTest>

using namespace mars;

namespace {
using namespace mars::test::scratch;

// knownFolder() has no FailingSystem hook: a machine where %ProgramFiles% cannot be read.
class NoProgramFiles final : public test::ForwardingFiles
{
public:
    using ForwardingFiles::ForwardingFiles;
    Probed<QString> knownFolder(KnownFolder) const override
    {
        return Probed<QString>::bad(ProbeStatus::Failed, QStringLiteral("SHGetKnownFolderPath failed"));
    }
};
} // namespace

class TestScratchChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void volumeRules_data();
    void volumeRules();
    void volumeFromScenario_data();
    void volumeFromScenario();
    void beforeInstallation();
    void moveProcedureIsTheDocumentedOne();
    void probeFailuresAreErrors();
    void notWindowsOrNowhereToLook();
    void catalogRegistersTheChecksAndFixes();
};

void TestScratchChecks::volumeRules_data()
{
    QTest::addColumn<QString>("driveType");
    QTest::addColumn<QString>("fileSystem");
    QTest::addColumn<bool>("unc");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<Verdict>("move"); // B5

    QTest::newRow("fixed NTFS") << "fixed"
                                << "NTFS" << false << Verdict::Pass << "NTFS" << Verdict::Pass;
    QTest::newRow("fixed ntfs, lower case") << "fixed"
                                            << "ntfs" << false << Verdict::Pass << "NTFS" << Verdict::Pass;
    QTest::newRow("mapped network drive") << "remote"
                                          << "NTFS" << false << Verdict::Fail << "network share" << Verdict::Warning;
    QTest::newRow("UNC path") << "remote"
                              << "" << true << Verdict::Fail << "network share" << Verdict::Warning;
    QTest::newRow("removable") << "removable"
                               << "NTFS" << false << Verdict::Fail << "removable" << Verdict::Warning;
    QTest::newRow("CD-ROM") << "cdrom"
                            << "CDFS" << false << Verdict::Fail << "removable" << Verdict::Warning;
    QTest::newRow("RAM disk") << "ramdisk"
                              << "NTFS" << false << Verdict::Warning << "ramdisk" << Verdict::Warning;
    QTest::newRow("unknown type") << "unknown"
                                  << "NTFS" << false << Verdict::Warning << "not as a fixed" << Verdict::Warning;
    QTest::newRow("ReFS") << "fixed"
                          << "ReFS" << false << Verdict::Warning << "ReFS" << Verdict::Warning;
    QTest::newRow("FAT32") << "fixed"
                           << "FAT32" << false << Verdict::Warning << "FAT32" << Verdict::Warning;
    QTest::newRow("file system not reported") << "fixed"
                                              << "" << false << Verdict::Warning << "not NTFS" << Verdict::Warning;
}

void TestScratchChecks::volumeRules()
{
    QFETCH(QString, driveType);
    QFETCH(QString, fileSystem);
    QFETCH(bool, unc);
    QFETCH(Verdict, expected);
    QFETCH(QString, mention);
    QFETCH(Verdict, move);
    VolumeInfo volume;
    QVERIFY(driveTypeFromId(driveType, &volume.driveType));
    volume.fileSystem = fileSystem;
    volume.unc = unc;
    volume.root = QStringLiteral("C:\\");
    QStringList asked;
    auto system = failing();
    system->volumeAnswer = [&asked, volume](const QString& path) {
        asked.append(path);
        return Probed<VolumeInfo>::good(volume);
    };
    const ScratchVolumeCheck check;
    const Finding f = run(check, system);
    verifyShape(check, f);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention, Qt::CaseInsensitive), qPrintable(f.summary));
    QVERIFY2(f.summary.contains(kScratch), qPrintable(f.summary));
    QCOMPARE(asked, QStringList{kScratch}); // the cache folder itself: it exists
    QCOMPARE(f.evidenceValue(QStringLiteral("scratch_folder")), kScratch);
    QCOMPARE(f.evidenceValue(QStringLiteral("drive_type")), driveType);
    QVERIFY(f.fixIds.isEmpty()); // a volume is never changed in place
    if (fileSystem.compare(QLatin1String("NTFS"), Qt::CaseInsensitive) != 0 && driveType == QLatin1String("fixed"))
        QVERIFY2(f.detail.contains(QStringLiteral("UNCONFIRMED")), qPrintable(f.detail));
    if (expected != Verdict::Pass)
        QVERIFY2(f.remedy.contains(QStringLiteral("Cache folder location")), qPrintable(f.remedy));

    const ScratchMoveCheck assistant;
    const Finding b5 = run(assistant, system);
    verifyShape(assistant, b5);
    QCOMPARE(b5.verdict, move);
    QCOMPARE(b5.remedy.contains(QStringLiteral("net stop obengine")), move == Verdict::Warning);
}

void TestScratchChecks::volumeFromScenario_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("driveType");
    QTest::addColumn<QString>("fileSystem");
    QTest::addColumn<QString>("cache");
    QTest::addColumn<Verdict>("expected");
    QTest::newRow("second fixed NTFS disk") << "D:\\"
                                            << "fixed"
                                            << "NTFS"
                                            << "D:\\MARS\\Scratch" << Verdict::Pass;
    QTest::newRow("USB disk") << "E:\\"
                              << "removable"
                              << "NTFS"
                              << "E:\\Scratch" << Verdict::Fail;
    QTest::newRow("ReFS volume") << "D:\\"
                                 << "fixed"
                                 << "ReFS"
                                 << "D:\\MARS\\Scratch" << Verdict::Warning;
    QTest::newRow("mount point on C:") << "C:\\Mount\\Usb"
                                       << "removable"
                                       << "NTFS"
                                       << "C:\\Mount\\Usb\\Scratch" << Verdict::Fail;
    QTest::newRow("share") << "\\\\nas\\backup"
                           << "remote"
                           << "NTFS"
                           << "\\\\nas\\backup\\Scratch" << Verdict::Fail;
}

void TestScratchChecks::volumeFromScenario()
{
    // The same rules over the scenario's disks (driveType, fileSystem, longest root wins).
    QFETCH(QString, root);
    QFETCH(QString, driveType);
    QFETCH(QString, fileSystem);
    QFETCH(QString, cache);
    QFETCH(Verdict, expected);
    Machine m;
    m.installed().scratch(cache, cache).folder(cache).disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB);
    m.disk(root, 512 * kGiB, 256 * kGiB, driveType, fileSystem);
    const std::shared_ptr<SystemProbe> system = m.system();
    const Finding f = run(ScratchVolumeCheck(), system);
    QCOMPARE(f.verdict, expected);
    QCOMPARE(f.evidenceValue(QStringLiteral("drive_type")), driveType);
    // Only the volume was wrong: the registry, attributes and space of the same cache are fine.
    QCOMPARE(run(ScratchRegistryCheck(), system).verdict, Verdict::Pass);
    QCOMPARE(run(ScratchAttributesCheck(), system).verdict, Verdict::Pass);
    QCOMPARE(run(ScratchFreeSpaceCheck(), system).verdict, Verdict::Pass);
    QCOMPARE(run(ScratchMoveCheck(), system).verdict, expected == Verdict::Pass ? Verdict::Pass : Verdict::Warning);
}

void TestScratchChecks::beforeInstallation()
{
    // Nothing installed: the cache will be <Program Files>\<agent>\Scratch, which does not
    // exist yet; its nearest existing parent decides volume, attributes and space.
    Machine m;
    m.disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB);
    const std::shared_ptr<SystemProbe> system = m.system();
    const QString planned = test::kInstallDir + QStringLiteral("\\Scratch");
    QCOMPARE(run(ScratchRegistryCheck(), system).verdict, Verdict::NotApplicable);
    for (const auto& check : QList<std::shared_ptr<Check>>{
                 std::make_shared<ScratchVolumeCheck>(), std::make_shared<ScratchAttributesCheck>(),
                 std::make_shared<ScratchFreeSpaceCheck>(), std::make_shared<ScratchMoveCheck>()}) {
        const Finding f = run(*check, system);
        verifyShape(*check, f);
        QVERIFY2(f.verdict == Verdict::Pass, qPrintable(f.checkId + QStringLiteral(": ") + f.summary));
        QCOMPARE(f.evidenceValue(QStringLiteral("scratch_folder")), planned);
        QVERIFY2(f.evidenceValue(QStringLiteral("scratch_source")).contains(QStringLiteral("default")),
                 qPrintable(f.evidenceValue(QStringLiteral("scratch_source"))));
    }
    QCOMPARE(run(ScratchAttributesCheck(), system).evidenceValue(QStringLiteral("checked_folder")),
             QStringLiteral("C:\\"));

    // A typed install folder on a USB disk: the planned cache is there, and the way out is the
    // installer's /s: switch, not the move of an installed agent's cache.
    m.disk(QStringLiteral("E:\\"), 64 * kGiB, 60 * kGiB, QStringLiteral("removable"));
    CheckInputs inputs;
    inputs.installDir = QStringLiteral("E:\\Agent");
    const std::shared_ptr<SystemProbe> usb = m.system();
    const Finding volume = run(ScratchVolumeCheck(), usb, inputs);
    QCOMPARE(volume.verdict, Verdict::Fail);
    QCOMPARE(volume.evidenceValue(QStringLiteral("scratch_folder")), QStringLiteral("E:\\Agent\\Scratch"));
    const Finding move = run(ScratchMoveCheck(), usb, inputs);
    QCOMPARE(move.verdict, Verdict::Warning);
    QVERIFY2(move.remedy.contains(QStringLiteral("MARSAgentInstaller.exe /s:\"")), qPrintable(move.remedy));
    QVERIFY(!move.remedy.contains(QStringLiteral("net stop obengine")));
    QCOMPARE(move.evidenceValue(QStringLiteral("agent_installed")), QStringLiteral("no"));
}

void TestScratchChecks::moveProcedureIsTheDocumentedOne()
{
    // FAQ "How do I change the cache location for the MARS agent?", with this cache filled in.
    const QString share = QStringLiteral("\\\\nas\\backup\\Scratch");
    Machine m;
    m.installed().scratch(share, share).folder(share).disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB);
    m.disk(QStringLiteral("\\\\nas\\backup"), 1024 * kGiB, 512 * kGiB, QStringLiteral("remote"));
    const Finding f = run(ScratchMoveCheck(), m.system());
    QCOMPARE(f.verdict, Verdict::Warning);
    QVERIFY2(f.summary.contains(QStringLiteral("network share")), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("agent_installed")), QStringLiteral("yes"));
    const QStringList steps{
            QStringLiteral("net stop obengine"),
            QStringLiteral("CBSSBVol_<ID>"),
            QStringLiteral("Copy (do not move)"),
            QStringLiteral("robocopy \"%1\" \"<new folder>\" /E /COPYALL /DCOPY:T").arg(share),
            QStringLiteral("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config\" /v ScratchLocation "
                           "/t REG_SZ /d \"<new folder>\" /f"),
            QStringLiteral("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config\\CloudBackupProvider\" "
                           "/v ScratchLocation /t REG_SZ /d \"<new folder>\" /f"),
            QStringLiteral("net start obengine"),
            QStringLiteral("on-demand backup"),
            QStringLiteral("delete the old folder %1").arg(share),
            QStringLiteral("offline-seeding"),
    };
    qsizetype previous = -1;
    for (const QString& step : steps) {
        const qsizetype at = f.remedy.indexOf(step);
        QVERIFY2(at > previous, qPrintable(step + QStringLiteral(" in ") + f.remedy)); // present, in order
        previous = at;
    }
}

void TestScratchChecks::probeFailuresAreErrors()
{
    // A probe that cannot answer is an Error naming the reason, never a pass.
    auto volumeFails = failing();
    volumeFails->volumeAnswer = [](const QString&) {
        return Probed<VolumeInfo>::bad(ProbeStatus::Failed, QStringLiteral("GetVolumeInformationW: error 21"), 21);
    };
    Finding f = run(ScratchVolumeCheck(), volumeFails);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.detail.contains(QStringLiteral("error 21")));
    f = run(ScratchMoveCheck(), volumeFails);
    QCOMPARE(f.verdict, Verdict::Error); // nothing else says "move", one rule could not be read
    QVERIFY2(f.detail.contains(QStringLiteral("error 21")), qPrintable(f.detail));

    auto attributesDenied = failing();
    attributesDenied->attributesAnswer = [](const QString& path) {
        return Probed<FileAttributes>::bad(ProbeStatus::Denied, QStringLiteral("access denied to %1").arg(path), 5);
    };
    f = run(ScratchAttributesCheck(), attributesDenied);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.detail.contains(QStringLiteral("access denied")));
    QVERIFY(f.fixIds.isEmpty());

    auto spaceFails = failing();
    spaceFails->diskAnswer = [](const QString&) {
        return Probed<DiskSpace>::bad(ProbeStatus::Failed, QStringLiteral("GetDiskFreeSpaceExW: error 1117"), 1117);
    };
    f = run(ScratchFreeSpaceCheck(), spaceFails);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.detail.contains(QStringLiteral("1117")));
    QVERIFY(f.evidenceValue(QStringLiteral("free_space")).isEmpty());

    // One rule unreadable but another asks for a move: the move advice stands.
    spaceFails->volumeAnswer = [](const QString&) {
        VolumeInfo v;
        v.driveType = DriveType::Removable;
        v.fileSystem = QStringLiteral("NTFS");
        return Probed<VolumeInfo>::good(v);
    };
    QCOMPARE(run(ScratchMoveCheck(), spaceFails).verdict, Verdict::Warning);
}

void TestScratchChecks::notWindowsOrNowhereToLook()
{
    auto posix = failing();
    posix->osAnswer = [] {
        OsInfo os;
        os.productName = QStringLiteral("Debian GNU/Linux 12");
        os.isWindows = false;
        return Probed<OsInfo>::good(os);
    };
    const QList<std::shared_ptr<Check>> checks{
            std::make_shared<ScratchVolumeCheck>(), std::make_shared<ScratchAttributesCheck>(),
            std::make_shared<ScratchFreeSpaceCheck>(), std::make_shared<ScratchMoveCheck>()};
    for (const auto& check : checks) {
        const Finding f = run(*check, posix);
        verifyShape(*check, f);
        QCOMPARE(f.verdict, Verdict::NotApplicable);
        QVERIFY2(f.summary.contains(QStringLiteral("not running Windows")), qPrintable(f.summary));
    }

    // Not installed and %ProgramFiles% unreadable: where the cache would go is unknown: Error.
    Machine m;
    m.disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB);
    const auto nowhere = test::withRole<NoProgramFiles>(m.system());
    for (const auto& check : checks) {
        const Finding f = run(*check, nowhere);
        verifyShape(*check, f);
        QCOMPARE(f.verdict, Verdict::Error);
        QVERIFY2(f.summary.contains(QStringLiteral("Could not work out where")), qPrintable(f.summary));
        QVERIFY2(f.detail.contains(QStringLiteral("SHGetKnownFolderPath")), qPrintable(f.detail));
    }
}

void TestScratchChecks::catalogRegistersTheChecksAndFixes()
{
    const CheckCatalog catalog = builtinCatalog();
    const QStringList ids{ScratchRegistryCheck::id(), ScratchVolumeCheck::id(), ScratchAttributesCheck::id(),
                          ScratchFreeSpaceCheck::id(), ScratchMoveCheck::id()};
    const QStringList refs{QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3"), QStringLiteral("B4"),
                           QStringLiteral("B5")};
    int previous = -1;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto check = catalog.check(ids.at(i));
        QVERIFY2(check, qPrintable(ids.at(i)));
        QCOMPARE(check->info().catalogRef, refs.at(i));
        QCOMPARE(check->info().phases, Phase::Install | Phase::Register);
        QVERIFY(check->info().docUrl.startsWith(QStringLiteral("https://learn.microsoft.com/")));
        const int at = int(catalog.checks().indexOf(check));
        QVERIFY(at > previous); // in the catalog's order
        previous = at;
    }
    QCOMPARE(catalog.fix(ScratchRegistryFix::id())->info().checkId, ScratchRegistryCheck::id());
    QCOMPARE(catalog.fix(FolderAttributesFix::id(FolderAttributesFix::Folder::Scratch))->info().checkId,
             ScratchAttributesCheck::id());
    QCOMPARE(catalog.fix(FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir))->info().checkId,
             InstallDirAttributesCheck::id());
}

QTEST_GUILESS_MAIN(TestScratchChecks)
#include "TestScratchChecks.moc"
