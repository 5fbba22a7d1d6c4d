// SPDX-License-Identifier: MIT
// H1 registration_state, H2 reregistration_checklist and H3 hostname_identity on
// healthy-server.json (installed, not registered, FS01 in the domain CONTOSO) with one change
// each, for each goal: the verdict, the words of the sentence and the evidence. Also the ARM
// resource id split and the registration read once per run for all three checks.
#include "ScenarioTestData.h"
#include "catalog/agent/AgentRegistration.h"
#include "catalog/registration/HostnameIdentityCheck.h"
#include "catalog/registration/RegistrationStateCheck.h"
#include "catalog/registration/ReregistrationChecklistCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
const char* const kArmId = "/subscriptions/1b2c3d4e-0000-4000-8000-00000000abcd/resourceGroups/rg-backup/providers/"
                           "Microsoft.RecoveryServices/vaults/contoso-backup-weu";

// One value of the agent's Config key (ordinary literals: moc's lexer misreads a raw string
// that ends in a quote, and then finds no class in this file).
QByteArray config(const char* name, const char* data, bool denied = false)
{
    return QByteArray("{\"hive\": \"HKLM\", \"key\": \"SOFTWARE\\\\Microsoft\\\\Windows Azure Backup\\\\Config\", "
                      "\"name\": \"")
           + name + "\", \"type\": \"REG_SZ\", \"data\": \"" + data + (denied ? "\", \"readDenied\": true}" : "\"}");
}
QByteArray registry(const QList<QByteArray>& values)
{
    QByteArray list;
    for (const QByteArray& value : values)
        list += (list.isEmpty() ? "" : ", ") + value;
    return R"("registry": [)" + list + "]";
}
const QByteArray kNoInstallPath =
        R"({"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup", "name": "InstallPath", "remove": true})";
QByteArray registeredByName()
{
    return registry({config("ServiceResourceName", "contoso-backup-weu"), config("ResourceId", kArmId),
                     config("MachineId", "5d1f7a3e-2c44-4b7e-9d0a-3f1e2b6c8a90")});
}
QByteArray registeredByIds()
{
    return registry(
            {config("ResourceId", "6453256474823492821"), config("MachineId", "5d1f7a3e-2c44-4b7e-9d0a-3f1e2b6c8a90")});
}
} // namespace

class TestRegistrationChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checks_data();
    void checks();
    void vaultResourceId_data();
    void vaultResourceId();
    void registrationReadOncePerRun();

private:
    std::shared_ptr<SystemProbe> machine(const QByteArray& patch);
    QTemporaryDir m_dir;
    int m_files = 0;
};

std::shared_ptr<SystemProbe> TestRegistrationChecks::machine(const QByteArray& patch)
{
    const QString path = m_dir.filePath(QStringLiteral("case%1.json").arg(++m_files));
    QFile scenario(path);
    if (!scenario.open(QIODevice::WriteOnly))
        return nullptr;
    scenario.write(R"({"schema": 1, "base": ":/scenarios/healthy-server.json", "name": "case")"
                   + (patch.isEmpty() ? QByteArray() : ", " + patch) + "}");
    scenario.close();
    return load(path);
}

void TestRegistrationChecks::checks_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<Goal>("goal");
    QTest::addColumn<QByteArray>("patch"); // fields of a scenario derived from healthy-server.json
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("evidence"); // "id=value" the finding must carry, or empty

    const QString state = RegistrationStateCheck::id();
    const QString list = ReregistrationChecklistCheck::id();
    const QString name = HostnameIdentityCheck::id();
    const QByteArray notInstalled = registry({kNoInstallPath});
    const QByteArray leftover = registry({kNoInstallPath, config("ServiceResourceName", "old-vault")});
    const QByteArray unreadable = registry({config("ServiceResourceName", "x", true)});

    // H1: each state for each goal.
    QTest::newRow("H1 installed, register")
            << state << Goal::Register << QByteArray() << Verdict::Pass << "not registered to a vault yet"
            << "registration_state=not_registered";
    QTest::newRow("H1 installed, reregister")
            << state << Goal::Reregister << QByteArray() << Verdict::Warning << "no earlier registration"
            << "registered_vault=not set";
    QTest::newRow("H1 installed, install")
            << state << Goal::Install << QByteArray() << Verdict::Pass << "not registered"
            << "";
    QTest::newRow("H1 not installed, register")
            << state << Goal::Register << notInstalled << Verdict::Fail << "install the agent first"
            << "registration_state=not_installed";
    QTest::newRow("H1 not installed, install")
            << state << Goal::Install << notInstalled << Verdict::Pass << "not installed yet"
            << "";
    QTest::newRow("H1 not installed, old registration left")
            << state << Goal::Reregister << leftover << Verdict::Fail << "\"old-vault\" is still recorded"
            << "registered_vault=old-vault";
    QTest::newRow("H1 registered, register") << state << Goal::Register << registeredByName() << Verdict::Warning
                                             << "already registered to the vault \"contoso-backup-weu\""
                                             << "resource_group=rg-backup";
    QTest::newRow("H1 registered, subscription")
            << state << Goal::Register << registeredByName() << Verdict::Warning << "re-registration rules"
            << "subscription_id=1b2c3d4e-0000-4000-8000-00000000abcd";
    QTest::newRow("H1 registered, reregister")
            << state << Goal::Reregister << registeredByName() << Verdict::Pass << "re-registration checklist"
            << "machine_id=5d1f7a3e-2c44-4b7e-9d0a-3f1e2b6c8a90";
    QTest::newRow("H1 ids only, register") << state << Goal::Register << registeredByIds() << Verdict::Warning
                                           << "did not record (resource id 6453256474823492821)"
                                           << "registration_state=registered";
    QTest::newRow("H1 ResourceId without MachineId")
            << state << Goal::Register << registry({config("ResourceId", "6453256474823492821")}) << Verdict::Pass
            << "not registered"
            << "resource_id=6453256474823492821";
    QTest::newRow("H1 blank vault name") << state << Goal::Register << registry({config("ServiceResourceName", " ")})
                                         << Verdict::Pass << "not registered"
                                         << "";
    QTest::newRow("H1 unreadable") << state << Goal::Register << unreadable << Verdict::Error << "could not find out"
                                   << "";

    // H2: applies to an earlier registration or the re-register goal; the four items.
    QTest::newRow("H2 never registered") << list << Goal::Register << QByteArray() << Verdict::NotApplicable
                                         << "does not apply"
                                         << "";
    QTest::newRow("H2 reregister chosen")
            << list << Goal::Reregister << QByteArray() << Verdict::Warning << "four checks"
            << "checklist_machine_name=*FS01*";
    QTest::newRow("H2 registered") << list << Goal::Register << registeredByName() << Verdict::Warning
                                   << "registered to the vault \"contoso-backup-weu\" before"
                                   << "checklist_portal=*Protected Servers*";
    QTest::newRow("H2 passphrase item") << list << Goal::Register << registeredByIds() << Verdict::Warning
                                        << "four checks"
                                        << "checklist_passphrase=*older backups can no longer be restored*";
    QTest::newRow("H2 reinstall item") << list << Goal::Reregister << registeredByIds() << Verdict::Warning << "before"
                                       << "checklist_reinstall=*uninstall the agent*";
    QTest::newRow("H2 left over after uninstall")
            << list << Goal::Register << leftover << Verdict::Warning << "\"old-vault\""
            << "";
    QTest::newRow("H2 unreadable, register")
            << list << Goal::Register << unreadable << Verdict::Error << "registered before"
            << "";
    QTest::newRow("H2 unreadable, reregister")
            << list << Goal::Reregister << unreadable << Verdict::Warning << "four checks"
            << "";

    // H3: the names, the membership and the rename reminder.
    QTest::newRow("H3 domain member") << name << Goal::Register << QByteArray() << Verdict::Pass
                                      << "FS01 (fs01.contoso.com), a member of the domain CONTOSO."
                                      << "join_status=domain";
    QTest::newRow("H3 reregister") << name << Goal::Reregister << QByteArray() << Verdict::Pass
                                   << "register it again under the name the vault shows"
                                   << "fqdn=fs01.contoso.com";
    QTest::newRow("H3 registered") << name << Goal::Register << registeredByName() << Verdict::Pass << "renamed since"
                                   << "netbios_name=FS01";
    QTest::newRow("H3 workgroup") << name << Goal::Register
                                  << QByteArray(R"("os": {"dnsDomain": null, "joinStatus": "workgroup",
                                         "joinName": "WORKGROUP"})")
                                  << Verdict::Pass << "FS01 (fs01), in the workgroup WORKGROUP."
                                  << "join_name=WORKGROUP";
    QTest::newRow("H3 unjoined") << name << Goal::Register
                                 << QByteArray(R"("os": {"joinStatus": "unjoined", "joinName": null})") << Verdict::Pass
                                 << "not joined"
                                 << "join_status=unjoined";
    QTest::newRow("H3 long DNS name") << name << Goal::Register
                                      << QByteArray(R"("os": {"computerName": "FILESERVER-AMST", "dnsHostName":
                                             "fileserver-amsterdam-01"})")
                                      << Verdict::Pass << "FILESERVER-AMST (fileserver-amsterdam-01.contoso.com)"
                                      << "dns_host_name=fileserver-amsterdam-01";
    QTest::newRow("H3 unreadable") << name << Goal::Register
                                   << QByteArray(R"json("os": {"computerName": null, "dnsDomain": null,
                                          "joinStatus": null, "joinName": null,
                                          "identityError": "Access is denied. (error 5)"})json")
                                   << Verdict::Error << "could not be read"
                                   << "";
    QTest::newRow("H3 not described") << name << Goal::Register
                                      << QByteArray(R"("os": {"computerName": null, "dnsDomain": null,
                                             "joinStatus": null, "joinName": null})")
                                      << Verdict::NotApplicable << "not described"
                                      << "";
}

void TestRegistrationChecks::checks()
{
    QFETCH(QString, checkId);
    QFETCH(Goal, goal);
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mentions);
    QFETCH(QString, evidence);
    QVERIFY(m_dir.isValid());
    std::shared_ptr<SystemProbe> system = machine(patch);
    QVERIFY(system);

    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = goal;
    Finding f;
    if (checkId == RegistrationStateCheck::id())
        f = RegistrationStateCheck().run(context);
    else if (checkId == ReregistrationChecklistCheck::id())
        f = ReregistrationChecklistCheck().run(context);
    else
        f = HostnameIdentityCheck().run(context);
    const QString where = verdictId(f.verdict) + QStringLiteral(": ") + f.summary + QLatin1Char('\n') + f.detail;
    QVERIFY2(f.verdict == verdict, qPrintable(where));
    QVERIFY2(f.summary.contains(mentions, Qt::CaseInsensitive), qPrintable(where));
    if (verdictNeedsAttention(f.verdict) && f.verdict != Verdict::Error)
        QVERIFY2(!f.remedy.isEmpty(), qPrintable(where));
    if (f.verdict == Verdict::Error)
        QVERIFY2(!f.detail.isEmpty(), "an Error says why in its detail");
    if (!evidence.isEmpty()) {
        const QString id = evidence.section(u'=', 0, 0);
        const QString want = evidence.section(u'=', 1);
        const QString have = f.evidenceValue(id);
        const bool matches =
                want.startsWith(u'*') ? have.contains(want.mid(1).chopped(1), Qt::CaseInsensitive) : have == want;
        QVERIFY2(matches, qPrintable(QStringLiteral("%1 is \"%2\", ").arg(id, have) + where));
    }
}

void TestRegistrationChecks::vaultResourceId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("vault");
    QTest::newRow("arm") << QString::fromLatin1(kArmId) << true << "rg-backup"
                         << "contoso-backup-weu";
    QTest::newRow("other case, trailing slash")
            << "/SUBSCRIPTIONS/s/resourcegroups/RG/PROVIDERS/microsoft.recoveryservices/VAULTS/v/" << true << "RG"
            << "v";
    QTest::newRow("numeric") << "6453256474823492821" << false << ""
                             << "";
    QTest::newRow("another provider") << "/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/v"
                                      << false << ""
                                      << "";
    QTest::newRow("a child resource")
            << "/subscriptions/s/resourceGroups/g/providers/Microsoft.RecoveryServices/vaults/v/backupPolicies/p"
            << false << ""
            << "";
    QTest::newRow("empty") << "" << false << ""
                           << "";
}

void TestRegistrationChecks::vaultResourceId()
{
    QFETCH(QString, id);
    QFETCH(bool, parsed);
    QFETCH(QString, group);
    QFETCH(QString, vault);
    QString subscription, resourceGroup, name;
    QCOMPARE(agent::parseVaultResourceId(id, &subscription, &resourceGroup, &name), parsed);
    QCOMPARE(resourceGroup, group);
    QCOMPARE(name, vault);
    QCOMPARE(subscription.isEmpty(), !parsed);
}

void TestRegistrationChecks::registrationReadOncePerRun()
{
    std::shared_ptr<SystemProbe> system = machine(registeredByName());
    QVERIFY(system);
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    QCOMPARE(RegistrationStateCheck().run(context).verdict, Verdict::Warning);
    QCOMPARE(ReregistrationChecklistCheck().run(context).verdict, Verdict::Warning);
    QCOMPARE(HostnameIdentityCheck().run(context).verdict, Verdict::Pass);
    QCOMPARE(context.facts().computedCount(), 1);
}

QTEST_GUILESS_MAIN(TestRegistrationChecks)
#include "TestRegistrationChecks.moc"
