// SPDX-License-Identifier: MIT
// C8 azure_roots_present over simulated root stores and root auto-update policies (patched
// minimal scenarios), when the store or the policy cannot be read, off Windows, and on the real
// machine (under Wine: whatever the host's CA bundle gives, never NotApplicable).
// The rule: mars-checks.md §2 C8; the sources: checks/catalog/tls/AzureRootsCheck.cpp.
#include "InstallCheckTestSupport.h"
#include "catalog/common/DocLinks.h"
#include "catalog/tls/AzureRoots.h"
#include "catalog/tls/AzureRootsCheck.h"
#include "system/NativeSystem.h"

#include <QLocale>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
const char* const kG2 = "df3c24f9bfd666761b268073fe06d1cc8d4f82a4"; // DigiCert Global Root G2
const char* const kRsa = "73a5e64a3bff8316ff0edccc618a906e4eae4d74"; // Microsoft RSA Root CA 2017
const char* const kBaltimore = "d4de20d05e66fc53fe1a50882c78db2852cae474";
const char* const kDTrust = "58e8abb0361533fb80f79b1b6d29d3ff8d5f00f0";

constexpr qint64 kNotSet = -1; // no policy value
constexpr qint64 kText = -2; // a REG_SZ "1" instead of a number
constexpr qint64 kDenied = -3; // the value cannot be read

// A scenario patch: the store lacks `absent`, the policy value is `policy`.
QByteArray machine(const QByteArrayList& absent, qint64 policy)
{
    QByteArray json = "{\"rootStore\": {\"absent\": [";
    for (qsizetype i = 0; i < absent.size(); ++i)
        json += (i ? ", \"" : "\"") + absent.at(i) + '"';
    json += "]}";
    if (policy != kNotSet) {
        const QByteArray data = policy == kText ? QByteArray(R"("type": "REG_SZ", "data": "1")")
                                                : R"("type": "REG_DWORD", "data": )"
                                                          + QByteArray::number(policy == kDenied ? 1 : policy);
        json += R"(, "registry": [{"hive": "HKLM", "key": "SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot",
            "name": "DisableRootAutoUpdate", )"
                + data + (policy == kDenied ? ", \"readDenied\": true" : "") + "}]";
    }
    return json + '}';
}
} // namespace

class TestAzureRootsCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Lists of names ("A, B and C") follow the language, as in the application.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void verdicts_data();
    void verdicts();
    void storeUnreadable();
    void notWindows();
    void realMachine();
    void info();
};

void TestAzureRootsCheck::verdicts_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("policyEvidence");

    QTest::newRow("all six present") << QByteArray("{}") << Verdict::Pass << "All six root certificates"
                                     << "not set (automatic root certificate updates on)";
    QTest::newRow("all six present, updates off") << machine({}, 1) << Verdict::Pass << "DigiCert Global Root G2"
                                                  << "1 (automatic root certificate updates off)";
    QTest::newRow("older roots missing") << machine({kBaltimore, kDTrust}, 1) << Verdict::Pass
                                         << "not there: Baltimore CyberTrust Root and D-TRUST Root Class 3 CA 2 2009"
                                         << "1 (automatic root certificate updates off)";
    QTest::newRow("one key root missing, updates off")
            << machine({kG2}, 1) << Verdict::Pass << "not there: DigiCert Global Root G2"
            << "1 (automatic root certificate updates off)";
    QTest::newRow("both key roots missing, policy not set")
            << machine({kG2, kRsa}, kNotSet) << Verdict::Pass << "Windows fetches a root"
            << "not set (automatic root certificate updates on)";
    QTest::newRow("both key roots missing, policy 0")
            << machine({kG2, kRsa}, 0) << Verdict::Pass << "ctldl.windowsupdate.com"
            << "0 (automatic root certificate updates on)";
    QTest::newRow("both key roots missing, DisableRootAutoUpdate 1")
            << machine({kG2, kRsa}, 1) << Verdict::Warning << "turned off by policy"
            << "1 (automatic root certificate updates off)";
    QTest::newRow("both key roots missing, DisableRootAutoUpdate 2")
            << machine({kG2, kRsa}, 2) << Verdict::Warning << "Neither DigiCert Global Root G2 nor Microsoft RSA"
            << "2 (automatic root certificate updates off)";
    QTest::newRow("both key roots missing, policy as text (not the policy's type)")
            << machine({kG2, kRsa}, kText) << Verdict::Pass << "Windows fetches a root"
            << "\"1\" (REG_SZ, not a number) (automatic root certificate updates on)";
    QTest::newRow("both key roots missing, policy unreadable")
            << machine({kG2, kRsa}, kDenied) << Verdict::Error << "could not be read"
            << "unreadable";
    QTest::newRow("key roots there, policy unreadable: not needed")
            << machine({}, kDenied) << Verdict::Pass << "All six"
            << "unreadable";
}

void TestAzureRootsCheck::verdicts()
{
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, expected);
    QFETCH(QString, mention);
    QFETCH(QString, policyEvidence);
    const AzureRootsCheck check;
    const Finding f = check.run(contextOf(scenario(patch), Goal::Register));
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(mention), qPrintable(f.summary));
    QVERIFY(f.fixIds.isEmpty()); // guidance only: trusting a root is the customer's decision
    // One row per root, present or not, and the policy.
    for (const tls::AzureRoot& root : tls::azureRoots()) {
        const bool absent = patch.contains(root.sha1);
        QCOMPARE(f.evidenceValue(root.id), absent ? QStringLiteral("not in the store") : QStringLiteral("present"));
    }
    const QString policyRow = f.evidenceValue(QStringLiteral("disable_root_auto_update"));
    QVERIFY2(policyEvidence == QLatin1String("unreadable") ? policyRow.startsWith(policyEvidence)
                                                           : policyRow == policyEvidence,
             qPrintable(policyRow));
    if (expected == Verdict::Warning) {
        // Both ways out, with the two download links of "Azure TLS certificate changes".
        QVERIFY(f.remedy.contains(QStringLiteral("security team")));
        QVERIFY(f.remedy.contains(QStringLiteral("https://cacerts.digicert.com/DigiCertGlobalRootG2.crt")));
        QVERIFY(f.remedy.contains(QStringLiteral(
                "https://www.microsoft.com/pkiops/certs/Microsoft%20RSA%20Root%20Certificate%20Authority%202017.crt")));
        QVERIFY(f.remedy.contains(QStringLiteral("Turn off Automatic Root Certificates Update")));
        QVERIFY(f.remedy.contains(QStringLiteral("ctldl.windowsupdate.com")));
    }
    if (expected == Verdict::Error)
        QVERIFY2(f.detail.contains(QStringLiteral("denied"), Qt::CaseInsensitive), qPrintable(f.detail));
    else
        QVERIFY(f.detail.contains(QLatin1String(kG2)));
}

void TestAzureRootsCheck::storeUnreadable()
{
    const Finding f = AzureRootsCheck().run(contextOf(
            scenario(R"json({"rootStore": {"error": "Cannot open the store: Access is denied. (error 5)"}})json"),
            Goal::Register));
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY2(f.summary.contains(QStringLiteral("LocalMachine\\Root")), qPrintable(f.summary));
    QVERIFY(f.detail.contains(QStringLiteral("error 5")));
    QVERIFY(f.remedy.isEmpty());
}

void TestAzureRootsCheck::notWindows()
{
    auto system = std::make_shared<FailingSystem>(scenario("{}"));
    system->osAnswer = [] {
        OsInfo linux;
        linux.productName = QStringLiteral("Debian GNU/Linux 12");
        return Probed<OsInfo>::good(linux);
    };
    const Finding f = AzureRootsCheck().run(contextOf(system, Goal::Register));
    QCOMPARE(f.verdict, Verdict::NotApplicable);
    QVERIFY(f.summary.contains(QStringLiteral("does not run Windows")));
}

void TestAzureRootsCheck::realMachine()
{
    const std::shared_ptr<SystemProbe> native(createNativeSystem({}));
    const Finding f = AzureRootsCheck().run(contextOf(native, Goal::Register));
#ifdef Q_OS_WIN
    // The real store (under Wine: the host's CA bundle): read, so a verdict about the roots.
    QVERIFY2(f.verdict == Verdict::Pass || f.verdict == Verdict::Warning, qPrintable(f.summary + f.detail));
    QVERIFY(!f.evidenceValue(QStringLiteral("digicert_global_root_g2")).isEmpty());
#else
    QCOMPARE(f.verdict, Verdict::NotApplicable);
    const Probed<QList<QByteArray>> roots = native->network().localMachineRoots({QByteArray(kG2)});
    QCOMPARE(roots.status, ProbeStatus::NotApplicable);
    QVERIFY2(roots.reason.startsWith(QStringLiteral("Linux has no")), qPrintable(roots.reason));
#endif
}

void TestAzureRootsCheck::info()
{
    const CheckInfo info = AzureRootsCheck().info();
    QCOMPARE(info.id, QStringLiteral("azure_roots_present"));
    QCOMPARE(info.catalogRef, QStringLiteral("C8"));
    QCOMPARE(info.phases, Phases(Phase::Register));
    QCOMPARE(info.docUrl, docs::azureTlsCertificateChanges());
    QVERIFY(info.deadline_ms <= 5000);
    QCOMPARE(info.needs, Requirements(Requirement::None)); // local reads only
    // Exactly the two roots the catalog's rule names are the key ones.
    QStringList keys;
    for (const tls::AzureRoot& root : tls::azureRoots()) {
        if (root.key)
            keys.append(root.name);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("DigiCert Global Root G2"),
                                QStringLiteral("Microsoft RSA Root Certificate Authority 2017")}));
    QCOMPARE(tls::azureRoots().size(), 6);
}

QTEST_GUILESS_MAIN(TestAzureRootsCheck)
#include "TestAzureRootsCheck.moc"
