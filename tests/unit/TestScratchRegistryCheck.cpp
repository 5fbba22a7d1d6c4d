// SPDX-License-Identifier: MIT
// B1 scratch_registry_consistency: the agent's two ScratchLocation values over a table of
// registry states (equal, missing, disagreeing, the folder gone) with the repair offered only
// when one value names an existing folder; not installed, not Windows, and the registry or
// the folder unreadable. (The repair itself: TestScratchRegistryFix.)
#include "ScratchTestMachine.h"
#include "catalog/scratch/ScratchRegistryCheck.h"
#include "catalog/scratch/ScratchRegistryFix.h"

#include <QTest>

using namespace mars;
using namespace mars::test::scratch;

class TestScratchRegistryCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryStates_data();
    void registryStates();
    void registryNotApplicableOrUnreadable_data();
    void registryNotApplicableOrUnreadable();
    void folderUnreadable();
};

void TestScratchRegistryCheck::registryStates_data()
{
    QTest::addColumn<QString>("config"); // null: the value is missing
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("existing"); // folders that exist
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<bool>("fixOffered");
    QTest::addColumn<QString>("mention");

    const QString old = QStringLiteral("D:\\Old\\Scratch");
    const QStringList scratch{kScratch};
    QTest::newRow("consistent") << kScratch << kScratch << scratch << Verdict::Pass << false << "exists";
    QTest::newRow("same folder, other spelling")
            << kScratch << kScratch.toUpper() + QLatin1Char('\\') << scratch << Verdict::Pass << false << "exists";
    QTest::newRow("config missing") << QString() << kScratch << scratch << Verdict::Fail << true << "missing";
    QTest::newRow("provider missing") << kScratch << QString() << scratch << Verdict::Fail << true << "missing";
    QTest::newRow("config empty") << QString(QLatin1String("")) << kScratch << scratch << Verdict::Fail << true
                                  << "missing";
    QTest::newRow("both missing") << QString() << QString() << scratch << Verdict::Fail << false << "missing";
    QTest::newRow("disagree, config's folder exists")
            << kScratch << old << scratch << Verdict::Fail << true << "disagree";
    QTest::newRow("disagree, provider's folder exists")
            << old << kScratch << scratch << Verdict::Fail << true << "disagree";
    QTest::newRow("disagree, both folders exist")
            << old << kScratch << QStringList{kScratch, old} << Verdict::Fail << false << "disagree";
    QTest::newRow("disagree, neither exists")
            << old << kScratch << QStringList() << Verdict::Fail << false << "disagree";
    QTest::newRow("one missing, the other's folder gone")
            << QString() << kScratch << QStringList() << Verdict::Fail << false << "missing";
    QTest::newRow("folder missing") << kScratch << kScratch << QStringList() << Verdict::Fail << false
                                    << "does not exist";
}

void TestScratchRegistryCheck::registryStates()
{
    QFETCH(QString, config);
    QFETCH(QString, provider);
    QFETCH(QStringList, existing);
    QFETCH(Verdict, expected);
    QFETCH(bool, fixOffered);
    QFETCH(QString, mention);
    Machine m;
    m.installed().scratch(config, provider).drives();
    for (const QString& folder : existing)
        m.folder(folder);
    const ScratchRegistryCheck check;
    const Finding f = run(check, m.system());
    verifyShape(check, f);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.fixIds, fixOffered ? QStringList{ScratchRegistryFix::id()} : QStringList());
    QCOMPARE(f.evidenceValue(QStringLiteral("config_scratch_location")),
             config.isEmpty() ? QStringLiteral("(missing)") : config);
    QCOMPARE(f.evidenceValue(QStringLiteral("provider_scratch_location")),
             provider.isEmpty() ? QStringLiteral("(missing)") : provider);
    QCOMPARE(f.evidenceValue(QStringLiteral("install_path")), test::kInstallDir + QLatin1Char('\\'));
    if (expected == Verdict::Fail) {
        // The way out is a command with this machine's keys: the button's change, or reg add.
        QVERIFY2(f.remedy.contains(QStringLiteral("reg add \"HKLM\\")), qPrintable(f.remedy));
        QVERIFY2(f.remedy.contains(QStringLiteral("net start obengine")), qPrintable(f.remedy));
    }
    if (fixOffered) // names the value it would set and the folder it would set it to
        QVERIFY2(f.remedy.contains(kScratch), qPrintable(f.remedy));
}

void TestScratchRegistryCheck::registryNotApplicableOrUnreadable_data()
{
    QTest::addColumn<QString>("failure"); // which registry answer is replaced
    QTest::addColumn<int>("status"); // ProbeStatus of the replaced answer
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not installed") << QString() << 0 << Verdict::NotApplicable << "not installed yet";
    QTest::newRow("no registry (Linux)") << QStringLiteral("*") << int(ProbeStatus::NotApplicable)
                                         << Verdict::NotApplicable << "not running Windows";
    QTest::newRow("InstallPath denied") << QStringLiteral("InstallPath") << int(ProbeStatus::Denied) << Verdict::Error
                                        << "could not find out";
    QTest::newRow("ScratchLocation denied")
            << kScratchValue << int(ProbeStatus::Denied) << Verdict::Error << "could not be read";
    QTest::newRow("ScratchLocation failed")
            << kScratchValue << int(ProbeStatus::Failed) << Verdict::Error << "could not be read";
}

void TestScratchRegistryCheck::registryNotApplicableOrUnreadable()
{
    QFETCH(QString, failure);
    QFETCH(int, status);
    QFETCH(Verdict, expected);
    QFETCH(QString, mention);
    std::shared_ptr<test::FailingSystem> system;
    if (failure.isNull()) {
        Machine m; // nothing installed
        m.disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB);
        system = failing(m);
    } else {
        system = failing();
        const std::shared_ptr<SystemProbe> inner = healthy().system();
        system->registryAnswer = [=](const QString& key, const QString& name) {
            if (failure == QLatin1String("*") || name == failure)
                return Probed<RegistryValue>::bad(ProbeStatus(status), QStringLiteral("RegGetValueW: error 5"), 5);
            return inner->registry().readRegistry(RegistryHive::LocalMachine, key, name, RegistryView::Native64);
        };
    }
    const ScratchRegistryCheck check;
    const Finding f = run(check, system);
    verifyShape(check, f);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention, Qt::CaseInsensitive), qPrintable(f.summary));
    QVERIFY(f.fixIds.isEmpty());
    if (expected == Verdict::Error)
        QVERIFY2(f.detail.contains(QStringLiteral("RegGetValueW")), qPrintable(f.detail));
}

void TestScratchRegistryCheck::folderUnreadable()
{
    // Whether the folder exists cannot be read: Error, not a pass and not "missing".
    auto system = failing();
    system->attributesAnswer = [](const QString& path) {
        return Probed<FileAttributes>::bad(ProbeStatus::Denied, QStringLiteral("access denied to %1").arg(path), 5);
    };
    const ScratchRegistryCheck check;
    const Finding f = run(check, system);
    verifyShape(check, f);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY2(f.detail.contains(QStringLiteral("access denied")), qPrintable(f.detail));
    QVERIFY(f.fixIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestScratchRegistryCheck)
#include "TestScratchRegistryCheck.moc"
