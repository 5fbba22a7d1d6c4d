// SPDX-License-Identifier: MIT
// I3 antivirus_exclusions (the exclusion rules one by one, then the check on healthy-server.json
// with one change each), G8 windows_azure_tools_certs and G7 vaultcred_tenant_restrictions the
// same way, and the two OS facts they brought: registryValueNames and personalCertificates as
// the scenario answers them (parser errors included).
#include "ScenarioTestData.h"
#include "catalog/security/AntivirusExclusionsCheck.h"
#include "catalog/security/DefenderExclusions.h"
#include "catalog/vault/AzureToolsCertsCheck.h"
#include "catalog/vault/VaultTenantRestrictionsCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
const QString kBin = kInstallDir + QStringLiteral("\\bin");
const QString kEngine = kBin + QStringLiteral("\\cbengine.exe");
const QByteArray kDefender = R"({"name": "WinDefend", "displayName": "Microsoft Defender Antivirus Service",
    "state": "running", "startType": "automatic"})";
const QByteArray kAgent = R"(C:\\Program Files\\Microsoft Azure Recovery Services Agent)";
const QByteArray kVault =
        "<RSBackupVaultAADCreds xmlns=\"http://schemas.datacontract.org/2004/07/"
        "Microsoft.Azure.Portal.RecoveryServices.Models.Common\"><SubscriptionId>sub-1</SubscriptionId>"
        "<ResourceName>contoso-vault</ResourceName><ManagementCert>TUFSUw==</ManagementCert>"
        "<AadAuthority>https://login.microsoftonline.com</AadAuthority>"
        "<AadTenantId>72f988bf-86f1-41af-91ab-2d7cd011db47</AadTenantId>"
        "<ServicePrincipalClientId>c-1</ServicePrincipalClientId></RSBackupVaultAADCreds>";

// A registry entry of HKLM.
QByteArray value(const char* key, const QByteArray& name, const char* extra = "")
{
    return R"({"hive": "HKLM", "key": ")" + QByteArray(key) + R"(", "name": ")" + name
           + R"(", "type": "REG_DWORD", "data": 0)" + extra + "}";
}
const char* const kPaths = R"(SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Paths)";
const char* const kProcesses = R"(SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Processes)";
const char* const kPolicyPaths = R"(SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions\\Paths)";
const char* const kPolicyProcesses = R"(SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Exclusions\\Processes)";

QByteArray dword(const char* key, const char* name, int data)
{
    return R"({"hive": "HKLM", "key": ")" + QByteArray(key) + R"(", "name": ")" + name
           + R"(", "type": "REG_DWORD", "data": )" + QByteArray::number(data) + "}";
}

QByteArray certificate(const char* thumbprint, const char* notAfter, const char* issuer = "Windows Azure Tools")
{
    return R"({"subject": "Windows Azure Tools", "issuer": ")" + QByteArray(issuer) + R"(", "thumbprint": ")"
           + QByteArray(thumbprint) + R"(", "notBefore": "2020-01-01T00:00:00Z", "notAfter": ")" + notAfter
           + R"(", "hasPrivateKey": true})";
}
} // namespace

class TestSecurityChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathExclusions_data();
    void pathExclusions();
    void processExclusions_data();
    void processExclusions();
    void addMpPreferenceCommand();
    void checks_data();
    void checks();
    void tenantRestrictionPage_data();
    void tenantRestrictionPage();
    void registryValueNames();
    void certificatesSection_data();
    void certificatesSection();

private:
    Finding runCheck(const QString& checkId, const QByteArray& patch, bool withVault);
    QTemporaryDir m_dir;
};

void TestSecurityChecks::pathExclusions_data()
{
    QTest::addColumn<QString>("exclusion");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("covered");
    const QString bin = kBin;
    QTest::newRow("exact path") << bin << bin << true;
    QTest::newRow("parent folder") << kInstallDir << bin << true;
    QTest::newRow("drive root") << QStringLiteral("C:\\") << bin << true;
    QTest::newRow("other drive") << QStringLiteral("D:\\") << bin << false;
    QTest::newRow("a child does not cover its parent") << bin + QStringLiteral("\\Modules") << bin << false;
    QTest::newRow("a name prefix is no parent") << kInstallDir.chopped(1) << bin << false;
    QTest::newRow("case") << QStringLiteral("c:\\PROGRAM FILES\\microsoft azure recovery services agent\\BIN") << bin
                          << true;
    QTest::newRow("trailing backslash") << bin + QStringLiteral("\\") << bin << true;
    QTest::newRow("forward slashes") << QStringLiteral("C:/Program Files/Microsoft Azure Recovery Services Agent/bin")
                                     << bin << true;
    QTest::newRow("quoted") << u'"' + bin + u'"' << bin << true;
    QTest::newRow("wildcard folder name") << QStringLiteral("C:\\Program Files\\*\\bin") << bin << true;
    QTest::newRow("wildcard contents") << kInstallDir + QStringLiteral("\\*") << bin << true;
    QTest::newRow("wildcard below the folder") << bin + QStringLiteral("\\*") << bin << false;
    QTest::newRow("wildcard one name only") << QStringLiteral("C:\\*\\bin") << bin << false;
    QTest::newRow("question mark") << QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\b?n")
                                   << bin << true;
    QTest::newRow("wildcard mismatch") << QStringLiteral("C:\\Program Files\\Other*\\bin") << bin << false;
    QTest::newRow("%ProgramFiles%") << QStringLiteral("%ProgramFiles%\\Microsoft Azure Recovery Services Agent") << bin
                                    << true;
    QTest::newRow("%PROGRAMFILES% upper case")
            << QStringLiteral("%PROGRAMFILES%\\Microsoft Azure Recovery Services Agent\\bin") << bin << true;
    QTest::newRow("%SystemDrive%") << QStringLiteral("%SystemDrive%\\Program Files") << bin << true;
    QTest::newRow("unknown variable") << QStringLiteral("%AgentHome%\\bin") << bin << false;
    QTest::newRow("unrelated") << QStringLiteral("D:\\SQLData") << bin << false;
    QTest::newRow("empty") << QString() << bin << false;
}

void TestSecurityChecks::pathExclusions()
{
    QFETCH(QString, exclusion);
    QFETCH(QString, path);
    QFETCH(bool, covered);
    const defender::Environment env{{QStringLiteral("programfiles"), QStringLiteral("C:\\Program Files")},
                                    {QStringLiteral("systemdrive"), QStringLiteral("C:")}};
    QCOMPARE(defender::pathCovered(exclusion, path, env), covered);
}

void TestSecurityChecks::processExclusions_data()
{
    QTest::addColumn<QString>("exclusion");
    QTest::addColumn<bool>("covered");
    QTest::newRow("bare name") << QStringLiteral("cbengine.exe") << true;
    QTest::newRow("bare name, other case") << QStringLiteral("CBEngine.EXE") << true;
    QTest::newRow("full path") << kEngine << true;
    QTest::newRow("full path, variable") << QStringLiteral(
            "%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\bin\\cbengine.exe")
                                         << true;
    QTest::newRow("wildcard name") << QStringLiteral("cb*.exe") << true;
    QTest::newRow("wildcard folder") << QStringLiteral("C:\\Program Files\\*\\bin\\cbengine.exe") << true;
    QTest::newRow("wildcard folder, too shallow") << QStringLiteral("C:\\Program Files\\*\\cbengine.exe") << false;
    QTest::newRow("same name elsewhere") << QStringLiteral("D:\\Tools\\cbengine.exe") << false;
    QTest::newRow("the folder is not the process") << kBin << false;
    QTest::newRow("another program") << QStringLiteral("obengine.exe") << false;
}

void TestSecurityChecks::processExclusions()
{
    QFETCH(QString, exclusion);
    QFETCH(bool, covered);
    const defender::Environment env{{QStringLiteral("programfiles"), QStringLiteral("C:\\Program Files")}};
    QCOMPARE(defender::processCovered(exclusion, kEngine, env), covered);
}

void TestSecurityChecks::addMpPreferenceCommand()
{
    QCOMPARE(defender::addMpPreferenceCommand({kEngine}, {kBin, QStringLiteral("D:\\Cache")}),
             QStringLiteral("Add-MpPreference -ExclusionProcess \"") + kEngine + QStringLiteral("\" -ExclusionPath \"")
                     + kBin + QStringLiteral("\", \"D:\\Cache\""));
    QCOMPARE(defender::addMpPreferenceCommand({}, {kBin}),
             QStringLiteral("Add-MpPreference -ExclusionPath \"") + kBin + u'"');
}

Finding TestSecurityChecks::runCheck(const QString& checkId, const QByteArray& patch, bool withVault)
{
    const QString scenarioPath = m_dir.filePath(QStringLiteral("case.json"));
    QFile scenario(scenarioPath);
    if (!scenario.open(QIODevice::WriteOnly))
        return {};
    scenario.write(R"({"schema": 1, "base": ":/scenarios/healthy-server.json", "name": "case")"
                   + (patch.isEmpty() ? QByteArray() : ", " + patch) + "}");
    scenario.close();
    std::shared_ptr<SystemProbe> system = load(scenarioPath);
    if (!system)
        return {};
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    if (withVault) {
        const QString vaultPath = m_dir.filePath(QStringLiteral("contoso.VaultCredentials"));
        QFile file(vaultPath);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(kVault);
        file.close();
        context.env.inputs.vaultCredentialsPath = vaultPath;
    }
    if (checkId == AntivirusExclusionsCheck::id())
        return AntivirusExclusionsCheck().run(context);
    if (checkId == AzureToolsCertsCheck::id())
        return AzureToolsCertsCheck().run(context);
    return VaultTenantRestrictionsCheck().run(context);
}

void TestSecurityChecks::checks_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QByteArray>("patch"); // fields of a scenario derived from healthy-server.json
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentions");

    const QString av = AntivirusExclusionsCheck::id();
    const QByteArray defender = QByteArray(R"("services": [)") + kDefender + ']';
    const auto registry = [](const QList<QByteArray>& values) -> QByteArray {
        return R"("registry": [)" + values.join(", ") + "]";
    };
    const QByteArray allExcluded = registry({value(kPaths, kAgent), value(kProcesses, "cbengine.exe")});
    QTest::newRow("no antivirus") << av << QByteArray() << Verdict::Pass << "not installed";
    QTest::newRow("defender stopped") << av << QByteArray(R"("services": [{"name": "WinDefend", "state": "stopped",
                                               "startType": "manual"}])")
                                      << Verdict::Pass << "not running";
    QTest::newRow("defender, nothing excluded")
            << av << defender << Verdict::Warning << QStringLiteral("does not exclude the process ") + kEngine;
    QTest::newRow("defender, all excluded")
            << av << defender + ", " + allExcluded << Verdict::Pass << "excludes the agent's engine";
    QTest::newRow("defender, folders by variable")
            << av
            << defender + ", "
                       + registry({value(kPaths, R"(%ProgramFiles%\\Microsoft Azure Recovery Services Agent\\bin)"),
                                   value(kPaths, kAgent + R"(\\Scratch\\)"), value(kProcesses, "CBENGINE.EXE")})
            << Verdict::Pass << "excludes";
    QTest::newRow("defender, process missing")
            << av << defender + ", " + registry({value(kPaths, kAgent)}) << Verdict::Warning << "cbengine.exe";
    QTest::newRow("real-time off") << av
                                   << defender + ", "
                                              + registry({dword(
                                                      R"(SOFTWARE\\Microsoft\\Windows Defender\\Real-Time Protection)",
                                                      "DisableRealtimeMonitoring", 1)})
                                   << Verdict::Pass << "real-time protection is off";
    QTest::newRow("policy turns real-time off")
            << av
            << defender + ", "
                       + registry({dword(R"(SOFTWARE\\Microsoft\\Windows Defender\\Real-Time Protection)",
                                         "DisableRealtimeMonitoring", 0),
                                   dword(R"(SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Real-Time Protection)",
                                         "DisableRealtimeMonitoring", 1)})
            << Verdict::Pass << "off";
    QTest::newRow("exclusions by Group Policy")
            << av << defender + ", " + registry({value(kPolicyPaths, kAgent), value(kPolicyProcesses, "cbengine.exe")})
            << Verdict::Pass << "excludes";
    QTest::newRow("local exclusions ignored by policy")
            << av
            << defender + ", "
                       + registry({value(kPaths, kAgent), value(kProcesses, "cbengine.exe"),
                                   dword(R"(SOFTWARE\\Policies\\Microsoft\\Windows Defender)", "DisableLocalAdminMerge",
                                         1)})
            << Verdict::Warning << "does not exclude";
    QTest::newRow("exclusions unreadable")
            << av << defender + ", " + registry({value(kPaths, kAgent, R"(, "readDenied": true)")}) << Verdict::Warning
            << "without elevation";
    QTest::newRow("third party running")
            << av
            << QByteArray(R"("services": [{"name": "CSFalconService", "state": "running", "startType": "automatic"}])")
            << Verdict::Warning << "CrowdStrike Falcon";
    QTest::newRow("third party stopped")
            << av << QByteArray(R"("services": [{"name": "ekrn", "state": "stopped", "startType": "disabled"}])")
            << Verdict::Pass << "not installed";

    const QString certs = AzureToolsCertsCheck::id();
    const auto store = [](const QList<QByteArray>& list, const char* where = "localMachine") -> QByteArray {
        return R"("certificates": {")" + QByteArray(where) + R"(": [)" + list.join(", ") + "]}";
    };
    QList<QByteArray> six;
    for (char c = 'a'; c < 'g'; ++c)
        six.append(certificate(QByteArray(40, c).constData(), "2099-01-01T00:00:00Z"));
    QTest::newRow("certs: none") << certs << QByteArray() << Verdict::Pass << "No \"Windows Azure Tools\"";
    QTest::newRow("certs: five valid") << certs << store(six.mid(0, 5)) << Verdict::Pass << "5 valid";
    QTest::newRow("certs: six valid") << certs << store(six) << Verdict::Warning << "6";
    QTest::newRow("certs: one expired, current user")
            << certs << store({certificate(QByteArray(40, '1').constData(), "2021-01-01T00:00:00Z")}, "currentUser")
            << Verdict::Warning << "1 of them expired";
    QTest::newRow("certs: other issuers ignored")
            << certs << store({certificate(QByteArray(40, '2').constData(), "2021-01-01T00:00:00Z", "Contoso CA")})
            << Verdict::Pass << "No \"Windows Azure Tools\"";
    QTest::newRow("certs: store unreadable") << certs << QByteArray(R"("certificates": {"error": "Access is denied."})")
                                             << Verdict::Error << "could not be read";

    const QString tenant = VaultTenantRestrictionsCheck::id();
    QTest::newRow("tenant: healthy") << tenant << QByteArray() << Verdict::Pass
                                     << "72f988bf-86f1-41af-91ab-2d7cd011db47";
    QTest::newRow("tenant: restricted")
            << tenant
            << QByteArray(R"("network": {"exchanges": [{"host": "login.microsoftonline.com", "httpStatus": 400,
                  "body": "AADSTS500021: Access to 'fabrikam' tenant is denied."}]})")
            << Verdict::Fail << "must allow the vault's tenant 72f988bf-86f1-41af-91ab-2d7cd011db47";
    QTest::newRow("tenant: other Entra error")
            << tenant
            << QByteArray(R"("network": {"exchanges": [{"host": "login.microsoftonline.com", "httpStatus": 400,
                  "body": "AADSTS50058: A silent sign-in request was sent but no user is signed in."}]})")
            << Verdict::Pass << "72f988bf";
}

void TestSecurityChecks::checks()
{
    QFETCH(QString, checkId);
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentions);
    QVERIFY(m_dir.isValid());
    const Finding f = runCheck(checkId, patch, checkId == VaultTenantRestrictionsCheck::id());
    const QString where = verdictId(f.verdict) + QStringLiteral(": ") + f.summary + QLatin1Char('\n') + f.remedy;
    QCOMPARE(f.checkId, checkId);
    QVERIFY2(f.verdict == verdict, qPrintable(where));
    QVERIFY2(f.summary.contains(mentions, Qt::CaseInsensitive), qPrintable(where));
    if (verdictNeedsAttention(f.verdict) && f.verdict != Verdict::Error)
        QVERIFY2(!f.remedy.isEmpty(), qPrintable(where));
    if (checkId == AntivirusExclusionsCheck::id() && f.summary.contains(QLatin1String("does not exclude"))) {
        // The remedy is the copyable PowerShell line with every path quoted.
        QVERIFY2(f.remedy.contains(QLatin1String("Add-MpPreference")), qPrintable(f.remedy));
        QVERIFY2(f.remedy.contains(u'"' + kInstallDir), qPrintable(f.remedy));
    }
    if (checkId == AntivirusExclusionsCheck::id() && patch.contains("DisableLocalAdminMerge"))
        QVERIFY2(f.remedy.contains(QLatin1String("Group Policy")), qPrintable(f.remedy));
}

void TestSecurityChecks::tenantRestrictionPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("restricted");
    QTest::newRow("v1") << QByteArray("AADSTS500021: Access to 'contoso' tenant is denied.") << true;
    QTest::newRow("v1, 500022") << QByteArray("aadsts500022: Access to 'x' tenant is denied.") << true;
    QTest::newRow("v2") << QByteArray("AADSTS5000211: A tenant restrictions policy added to this request by a device "
                                      "or network administrator does not allow access to 'x'.")
                        << true;
    QTest::newRow("words") << QByteArray("AADSTS90000: blocked by Tenant Restrictions.") << true;
    QTest::newRow("header name") << QByteArray("<p>Restrict-Access-To-Tenants: contoso.com</p>") << true;
    QTest::newRow("other error") << QByteArray("AADSTS50058: no user is signed in.") << false;
    QTest::newRow("words without AADSTS") << QByteArray("Our tenant restriction policy") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSecurityChecks::tenantRestrictionPage()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, restricted);
    QCOMPARE(VaultTenantRestrictionsCheck::isTenantRestrictionPage(body), restricted);
}

void TestSecurityChecks::registryValueNames()
{
    auto system = fromPatch(R"({"registry": [
        {"hive": "HKLM", "key": "SOFTWARE\\Ex\\Paths", "name": "D:\\Data", "type": "REG_DWORD", "data": 0},
        {"hive": "HKLM", "key": "SOFTWARE\\Ex\\Paths", "name": "C:\\Program Files\\Agent", "type": "REG_DWORD", "data": 0},
        {"hive": "HKLM", "key": "SOFTWARE\\Ex\\Paths", "name": "", "type": "REG_SZ", "data": "default"},
        {"hive": "HKLM", "key": "SOFTWARE\\Ex\\Paths\\Sub", "name": "x", "type": "REG_DWORD", "data": 0},
        {"hive": "HKLM", "key": "SOFTWARE\\Ex\\Locked", "name": "a", "type": "REG_DWORD", "data": 0, "readDenied": true},
        {"hive": "HKLM", "view": "32", "key": "SOFTWARE\\Ex\\Paths", "name": "E:\\Only32", "type": "REG_DWORD", "data": 0}]})");
    QVERIFY(system);
    const RegistryProbe& registry = system->registry();
    // As written (case kept), sorted as regedit lists them; no default value, no subkeys.
    Probed<QStringList> names = registry.registryValueNames(
            RegistryHive::LocalMachine, QStringLiteral("software\\ex\\PATHS"), RegistryView::Native64);
    QVERIFY2(names.ok(), qPrintable(names.reason));
    QCOMPARE(names.value, (QStringList{QStringLiteral("C:\\Program Files\\Agent"), QStringLiteral("D:\\Data")}));
    QCOMPARE(registry.registryValueNames(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Ex\\Paths"),
                                         RegistryView::Wow32)
                     .value,
             QStringList{QStringLiteral("E:\\Only32")});
    QCOMPARE(registry.registryValueNames(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Ex"),
                                         RegistryView::Native64)
                     .value,
             QStringList{}); // a key with subkeys only
    QCOMPARE(registry.registryValueNames(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Nope"),
                                         RegistryView::Native64)
                     .status,
             ProbeStatus::NotFound);
    QCOMPARE(registry.registryValueNames(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Ex\\Locked"),
                                         RegistryView::Native64)
                     .status,
             ProbeStatus::Denied);
    // A value written by a fix is listed as the fix spelled it; a deleted one is gone.
    QVERIFY(registry.writeRegistryDword(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Ex\\Paths"),
                                        QStringLiteral("F:\\New"), 0, RegistryView::Native64,
                                        KeyCreation::ExistingKeyOnly)
                    .ok());
    QVERIFY(registry.deleteRegistryValue(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Ex\\Paths"),
                                         QStringLiteral("d:\\data"), RegistryView::Native64)
                    .ok());
    names = registry.registryValueNames(RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Ex\\Paths"),
                                        RegistryView::Native64);
    QCOMPARE(names.value, (QStringList{QStringLiteral("C:\\Program Files\\Agent"), QStringLiteral("F:\\New")}));
}

void TestSecurityChecks::certificatesSection_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("error"); // empty: loads
    const auto row = [](const char* name, const char* patch, const char* error) {
        QTest::newRow(name) << QByteArray(patch) << QString::fromLatin1(error);
    };
    row("both stores", R"({"certificates": {"localMachine": [{"subject": "Windows Azure Tools",
        "thumbprint": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "notBefore": "2024-01-01T00:00:00Z",
        "notAfter": "2024-01-03T00:00:00+01:00", "hasPrivateKey": true}], "currentUser": []}})",
        "");
    row("unknown field", R"({"certificates": {"my": []}})", "certificates has an unknown field \"my\"");
    row("entry field",
        R"({"certificates": {"currentUser": [{"subject": "x", "thumbprint": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "notBefore": "2024-01-01T00:00:00Z", "notAfter": "2024-01-03T00:00:00Z", "key": true}]}})",
        "certificates.currentUser[0] has an unknown field \"key\"");
    row("short thumbprint", R"({"certificates": {"localMachine": [{"subject": "x", "thumbprint": "AB",
        "notBefore": "2024-01-01T00:00:00Z", "notAfter": "2024-01-03T00:00:00Z"}]}})",
        "certificates.localMachine[0].thumbprint must be a SHA-1 thumbprint");
    row("local time",
        R"({"certificates": {"localMachine": [{"subject": "x", "thumbprint": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "notBefore": "2024-01-01T00:00:00", "notAfter": "2024-01-03T00:00:00Z"}]}})",
        "certificates.localMachine[0].notBefore must be an ISO 8601 date and time with Z");
    row("ends before it begins",
        R"({"certificates": {"localMachine": [{"subject": "x", "thumbprint": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "notBefore": "2024-01-05T00:00:00Z", "notAfter": "2024-01-03T00:00:00Z"}]}})",
        "ends (notAfter) before it begins");
    row("error with a list", R"({"certificates": {"error": "denied", "currentUser": []}})",
        "certificates gives error together with other fields");
}

void TestSecurityChecks::certificatesSection()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, error);
    QString why;
    auto system = ScenarioSystem::fromJson(scenarioWith(patch.constData()), QStringLiteral("case.json"), &why);
    if (!error.isEmpty()) {
        QVERIFY(!system);
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QVERIFY2(system, qPrintable(why));
    const Probed<QList<StoreCertificate>> machine =
            system->network().personalCertificates(CertStoreLocation::LocalMachine);
    QVERIFY(machine.ok());
    QCOMPARE(machine.value.size(), 1);
    const StoreCertificate& c = machine.value.first();
    QCOMPARE(c.issuer, QStringLiteral("Windows Azure Tools")); // defaults to the subject
    QCOMPARE(c.sha1Hex, QByteArray(40, 'a'));
    QCOMPARE(c.notAfterUtc, QDateTime(QDate(2024, 1, 2), QTime(23, 0), Qt::UTC));
    QVERIFY(c.hasPrivateKey);
    QCOMPARE(system->network().personalCertificates(CertStoreLocation::CurrentUser).value.size(), 0);
}

QTEST_GUILESS_MAIN(TestSecurityChecks)
#include "TestSecurityChecks.moc"
