// SPDX-License-Identifier: MIT
// F2 windows_temp_writable_by_system: whether files can be created in the system temp folder,
// over a table of tokens and folder permissions; not writable even as administrator; a
// missing folder; probes that fail; the free space (1 GiB) and the informational attributes;
// and once against the real temp folder of this machine.
#include "FailingSystem.h"
#include "ForwardingSystem.h"
#include "ScenarioTestData.h"
#include "TempFolderTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/common/RestartElevatedFix.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "catalog/temp/TempWritableCheck.h"
#include "engine/CheckCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;

namespace {
constexpr qint64 kMiB = qint64(1024) * 1024;

QByteArray accountJson(const QString& elevation)
{
    const bool admin = elevation != QLatin1String("not_admin");
    return QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("CONTOSO\\tech")},
                                     {QStringLiteral("adminMember"), admin},
                                     {QStringLiteral("elevation"), elevation}})
            .toJson(QJsonDocument::Compact);
}

// The minimal scenario with this account, the temp folder's permissions and attributes, and C:.
std::shared_ptr<SystemProbe> machine(const QString& elevation, bool writableWithoutElevation,
                                     qint64 free = 64 * 1024 * kMiB, const QStringList& attributes = {})
{
    const QJsonObject folder{{QStringLiteral("path"), test::kTemp},
                             {QStringLiteral("writableWithoutElevation"), writableWithoutElevation},
                             {QStringLiteral("attributes"), QJsonArray::fromStringList(attributes)}};
    const QJsonObject disk{{QStringLiteral("root"), QStringLiteral("C:\\")},
                           {QStringLiteral("totalBytes"), 128 * 1024 * kMiB},
                           {QStringLiteral("freeBytes"), free}};
    const QByteArray patch = "{\"account\": " + accountJson(elevation) + ", \"folders\": ["
                             + QJsonDocument(folder).toJson(QJsonDocument::Compact) + "], \"disks\": ["
                             + QJsonDocument(disk).toJson(QJsonDocument::Compact) + "]}";
    std::shared_ptr<SystemProbe> system = test::fromPatch(patch.constData());
    if (!system)
        qFatal("test scenario rejected: %s", patch.constData());
    return system;
}

Finding run(const std::shared_ptr<SystemProbe>& system)
{
    CheckContext context;
    context.env.system = system;
    const TempWritableCheck check;
    Finding f = check.run(context);
    // The shape of every F2 finding.
    if (f.checkId != TempWritableCheck::id() || f.docUrl != check.info().docUrl || f.summary.isEmpty())
        qFatal("malformed finding: %s", qPrintable(f.summary));
    for (const Evidence& e : f.evidence) {
        if (e.id.isEmpty() || e.label.isEmpty() || e.value.isEmpty())
            qFatal("empty evidence %s", qPrintable(e.id));
    }
    return f;
}

// A folder that even an administrator may not write to (a broken ACL), or whose
// permissions cannot be read: canModifyFolder has no FailingSystem hook.
class TempAnswer final : public test::ForwardingFiles
{
public:
    TempAnswer(std::shared_ptr<const FilesProbe> inner, Probed<bool> answer)
        : ForwardingFiles(std::move(inner))
        , m_answer(std::move(answer))
    {
    }
    Probed<bool> canModifyFolder(const QString&) const override { return m_answer; }

private:
    Probed<bool> m_answer;
};
} // namespace

class TestTempWritableCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokensAndPermissions_data();
    void tokensAndPermissions();
    void notWritableEvenAsAdministrator();
    void missingFolderAndProbeFailures();
    void freeSpace_data();
    void freeSpace();
    void attributesAreEvidenceOnly();
    void realTempFolder();
    void registeredAfterF1();
};

void TestTempWritableCheck::tokensAndPermissions_data()
{
    QTest::addColumn<QString>("elevation");
    QTest::addColumn<bool>("writableWithoutElevation");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<bool>("restartOffered");
    QTest::addColumn<QString>("mention");
    QTest::newRow("elevated") << "elevated" << false << Verdict::Pass << false << "can be created";
    QTest::newRow("limited, open folder") << "limited" << true << Verdict::Pass << false << "can be created";
    QTest::newRow("limited") << "limited" << false << Verdict::Warning << true << "administrator";
    QTest::newRow("standard user") << "not_admin" << false << Verdict::Warning << false << "administrator";
}

void TestTempWritableCheck::tokensAndPermissions()
{
    QFETCH(QString, elevation);
    QFETCH(bool, writableWithoutElevation);
    QFETCH(Verdict, expected);
    QFETCH(bool, restartOffered);
    QFETCH(QString, mention);
    const Finding f = run(machine(elevation, writableWithoutElevation));
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention), qPrintable(f.summary));
    QVERIFY2(f.summary.contains(test::kTemp), qPrintable(f.summary));
    QCOMPARE(f.fixIds, restartOffered ? QStringList{RestartElevatedFix::id()} : QStringList());
    QCOMPARE(f.evidenceValue(QStringLiteral("folder")), test::kTemp);
    QCOMPARE(f.evidenceValue(QStringLiteral("writable")),
             expected == Verdict::Pass ? QStringLiteral("yes") : QStringLiteral("no"));
    QCOMPARE(f.evidenceValue(QStringLiteral("token")), elevation);
    QCOMPARE(f.remedy.isEmpty(), expected == Verdict::Pass);
    if (elevation == QLatin1String("not_admin") && expected != Verdict::Pass)
        QVERIFY2(f.remedy.contains(QStringLiteral("Administrators group")), qPrintable(f.remedy));
}

void TestTempWritableCheck::notWritableEvenAsAdministrator()
{
    const auto system =
            test::withRole<TempAnswer>(machine(QStringLiteral("elevated"), false), Probed<bool>::good(false));
    const Finding f = run(system);
    QCOMPARE(f.verdict, Verdict::Fail);
    QVERIFY2(f.summary.contains(QStringLiteral("Even as administrator")), qPrintable(f.summary));
    QVERIFY(f.fixIds.isEmpty()); // restarting would not help: IT repairs the permissions
    QVERIFY2(f.remedy.contains(QStringLiteral("icacls \"%1\" /grant").arg(test::kTemp)), qPrintable(f.remedy));
    QCOMPARE(f.evidenceValue(QStringLiteral("writable")), QStringLiteral("no"));
}

void TestTempWritableCheck::missingFolderAndProbeFailures()
{
    // The folder does not exist: the agent has nowhere to download to.
    auto missing = test::fromPatch(R"({"tempFolder": {"exists": false},
        "disks": [{"root": "C:\\", "totalBytes": 1000000000000, "freeBytes": 500000000000}]})");
    QVERIFY(missing);
    Finding f = run(std::move(missing));
    QCOMPARE(f.verdict, Verdict::Fail);
    QVERIFY2(f.summary.contains(QStringLiteral("does not exist")), qPrintable(f.summary));
    QVERIFY(!f.remedy.isEmpty());

    // The permissions cannot be read: Error with the reason, never a pass.
    for (const ProbeStatus status : {ProbeStatus::Denied, ProbeStatus::Failed}) {
        f = run(test::withRole<TempAnswer>(
                machine(QStringLiteral("elevated"), false),
                Probed<bool>::bad(status, QStringLiteral("GetEffectiveRightsFromAcl: error 1332"), 1332)));
        QCOMPARE(f.verdict, Verdict::Error);
        QVERIFY(f.detail.contains(QStringLiteral("1332")));
        QVERIFY(f.evidenceValue(QStringLiteral("writable")).isEmpty());
    }

    // The temp folder itself is unknown.
    auto noTemp = std::make_shared<test::FailingSystem>(machine(QStringLiteral("elevated"), false));
    noTemp->tempDirAnswer = [] {
        return Probed<QString>::bad(ProbeStatus::Failed, QStringLiteral("GetSystemWindowsDirectoryW failed"));
    };
    f = run(noTemp);
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.detail.contains(QStringLiteral("GetSystemWindowsDirectoryW")));
}

void TestTempWritableCheck::freeSpace_data()
{
    QTest::addColumn<qint64>("free");
    QTest::addColumn<Verdict>("expected");
    QTest::newRow("plenty") << 64 * 1024 * kMiB << Verdict::Pass;
    QTest::newRow("exactly 1 GiB") << 1024 * kMiB << Verdict::Pass;
    QTest::newRow("just under 1 GiB") << 1024 * kMiB - 1 << Verdict::Warning;
    QTest::newRow("512 MiB") << 512 * kMiB << Verdict::Warning;
    QTest::newRow("full") << qint64(0) << Verdict::Warning;
}

void TestTempWritableCheck::freeSpace()
{
    QFETCH(qint64, free);
    QFETCH(Verdict, expected);
    QCOMPARE(TempWritableCheck::kMinFreeBytes, 1024 * kMiB); // wizard threshold: 1 GiB
    const Finding f = run(machine(QStringLiteral("elevated"), false, free));
    QCOMPARE(f.verdict, expected);
    QCOMPARE(f.evidenceValue(QStringLiteral("free_space")),
             QLocale().formattedDataSize(free, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(f.evidenceValue(QStringLiteral("writable")), QStringLiteral("yes"));
    if (expected == Verdict::Warning) {
        QVERIFY2(f.summary.contains(QStringLiteral("only")), qPrintable(f.summary));
        QVERIFY(!f.remedy.isEmpty());
    }

    // Space that cannot be read does not hide that the folder is writable; the detail says so.
    auto noSpace = std::make_shared<test::FailingSystem>(machine(QStringLiteral("elevated"), false, free));
    noSpace->diskAnswer = [](const QString&) {
        return Probed<DiskSpace>::bad(ProbeStatus::Failed, QStringLiteral("GetDiskFreeSpaceExW: error 21"), 21);
    };
    const Finding unknown = run(noSpace);
    QCOMPARE(unknown.verdict, Verdict::Pass);
    QVERIFY(unknown.detail.contains(QStringLiteral("error 21")));
    QVERIFY(unknown.evidenceValue(QStringLiteral("free_space")).isEmpty());
}

void TestTempWritableCheck::attributesAreEvidenceOnly()
{
    const Finding f = run(machine(QStringLiteral("elevated"), false, 64 * 1024 * kMiB,
                                  {QStringLiteral("compressed"), QStringLiteral("hidden")}));
    QCOMPARE(f.verdict, Verdict::Pass);
    QCOMPARE(f.evidenceValue(QStringLiteral("attributes")), QStringLiteral("compressed"));
    QCOMPARE(run(machine(QStringLiteral("elevated"), false)).evidenceValue(QStringLiteral("attributes")),
             QStringLiteral("neither"));
}

void TestTempWritableCheck::realTempFolder()
{
    // The build's native system on a folder this process owns: writable.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    CheckContext context = test::contextFor(temp.path());
    const Finding f = TempWritableCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Pass);
    QCOMPARE(f.evidenceValue(QStringLiteral("folder")), test::nativePath(temp.path()));
    QVERIFY(!f.evidenceValue(QStringLiteral("free_space")).isEmpty());
}

void TestTempWritableCheck::registeredAfterF1()
{
    const CheckCatalog catalog = builtinCatalog();
    const auto f1 = catalog.check(TempTmpCountCheck::id());
    const auto f2 = catalog.check(TempWritableCheck::id());
    QVERIFY(f1 && f2);
    QCOMPARE(f2->info().catalogRef, QStringLiteral("F2"));
    QCOMPARE(f2->info().phases, Phase::Install | Phase::Register);
    QCOMPARE(catalog.checks().indexOf(f2), catalog.checks().indexOf(f1) + 1);
}

QTEST_GUILESS_MAIN(TestTempWritableCheck)
#include "TestTempWritableCheck.moc"
