// SPDX-License-Identifier: MIT
// G4 vaultcred_agent_compat and G5 vaultcred_matches_registered_vault on healthy-server.json with
// one change each (the agent's version, the vault it is registered to, the agent missing, the
// value unreadable), with a vault credentials file written here: any base-64 certificate passes
// the parse, so no certificate maker is needed and the test runs in both suites.
#include "ScenarioTestData.h"
#include "catalog/vault/VaultAgentCompatCheck.h"
#include "catalog/vault/VaultRegisteredVaultCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
const QByteArray kFile =
        "<RSBackupVaultAADCreds xmlns=\"http://schemas.datacontract.org/2004/07/"
        "Microsoft.Azure.Portal.RecoveryServices.Models.Common\"><SubscriptionId>sub-1</SubscriptionId>"
        "<ResourceName>contoso-vault</ResourceName><ManagementCert>TUFSUw==</ManagementCert>"
        "<AadAuthority>https://login.microsoftonline.com</AadAuthority><AadTenantId>t-1</AadTenantId>"
        "<ServicePrincipalClientId>c-1</ServicePrincipalClientId></RSBackupVaultAADCreds>";
const char* const kEngine = R"(C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\cbengine.exe)";

QByteArray registered(const char* vault, bool denied = false)
{
    return QByteArray(R"("registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows Azure Backup\\Config",
        "name": "ServiceResourceName", "type": "REG_SZ", "data": ")")
           + vault + (denied ? "\", \"readDenied\": true}]" : "\"}]");
}
} // namespace

class TestVaultAgentChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checks_data();
    void checks();

private:
    QTemporaryDir m_dir;
};

void TestVaultAgentChecks::checks_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QByteArray>("patch"); // fields of a scenario derived from healthy-server.json
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("mentions");

    const QString compat = VaultAgentCompatCheck::id();
    const QString same = VaultRegisteredVaultCheck::id();
    QTest::newRow("agent current") << compat << QByteArray() << Verdict::Pass << ""
                                   << "reads current";
    QTest::newRow("agent 2.0.9230.0") << compat
                                      << QByteArray(R"("files": [{"path": ")") + kEngine
                                                 + R"(", "version": "2.0.9230.0"}])"
                                      << Verdict::Fail << "agent_too_old"
                                      << "2.0.9230.0";
    QTest::newRow("agent 2.0.9249.0 exactly")
            << compat << QByteArray(R"("files": [{"path": ")") + kEngine + R"(", "version": "2.0.9249.0"}])"
            << Verdict::Pass << ""
            << "2.0.9249.0";
    QTest::newRow("agent not installed")
            << compat
            << QByteArray(R"("registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup",
                  "name": "InstallPath", "remove": true}])")
            << Verdict::NotApplicable << ""
            << "not installed";
    QTest::newRow("not registered") << same << QByteArray() << Verdict::Pass << ""
                                    << "not registered";
    QTest::newRow("same vault, other case") << same << registered("CONTOSO-Vault") << Verdict::Pass << ""
                                            << "already registered";
    QTest::newRow("another vault") << same << registered("fabrikam-vault") << Verdict::Fail << "other_vault"
                                   << "fabrikam-vault";
    QTest::newRow("unreadable") << same << registered("x", true) << Verdict::Error << ""
                                << "could not be read";
}

void TestVaultAgentChecks::checks()
{
    QFETCH(QString, checkId);
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, verdict);
    QFETCH(QString, reason);
    QFETCH(QString, mentions);
    QVERIFY(m_dir.isValid());
    const QString vaultPath = m_dir.filePath(QStringLiteral("contoso.VaultCredentials"));
    QFile file(vaultPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kFile);
    file.close();
    const QString scenarioPath = m_dir.filePath(QStringLiteral("case.json"));
    QFile scenario(scenarioPath);
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(R"({"schema": 1, "base": ":/scenarios/healthy-server.json", "name": "case")"
                   + (patch.isEmpty() ? QByteArray() : ", " + patch) + "}");
    scenario.close();
    std::shared_ptr<SystemProbe> system = load(scenarioPath);
    QVERIFY(system);

    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    context.env.inputs.vaultCredentialsPath = vaultPath;
    const Finding f = checkId == VaultAgentCompatCheck::id() ? VaultAgentCompatCheck().run(context)
                                                             : VaultRegisteredVaultCheck().run(context);
    const QString where = verdictId(f.verdict) + QStringLiteral(" (") + f.reason + QStringLiteral("): ") + f.summary
                          + QLatin1Char('\n') + f.detail;
    QVERIFY2(f.verdict == verdict, qPrintable(where));
    QCOMPARE(f.reason, reason);
    QVERIFY2(f.summary.contains(mentions, Qt::CaseInsensitive), qPrintable(where));
    if (verdictNeedsAttention(f.verdict) && f.verdict != Verdict::Error)
        QVERIFY2(!f.remedy.isEmpty(), qPrintable(where));

    // Without a file neither applies.
    context.env.inputs.vaultCredentialsPath.clear();
    context.factsCache = std::make_shared<FactsCache>();
    QCOMPARE(VaultAgentCompatCheck().run(context).verdict, Verdict::NotApplicable);
    QCOMPARE(VaultRegisteredVaultCheck().run(context).verdict, Verdict::NotApplicable);
}

QTEST_GUILESS_MAIN(TestVaultAgentChecks)
#include "TestVaultAgentChecks.moc"
