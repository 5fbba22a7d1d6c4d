// SPDX-License-Identifier: MIT
// G1 vaultcred_file_location, G2 vaultcred_parse and G3 vaultcred_cert_validity over a corpus of
// vault credentials files made at test time (tests/support/vault/VaultFileMaker): good, expired,
// not yet valid, expiring soon, public certificate only, password-protected PFX, PFX without key,
// truncated, not XML, entity bomb, oversized, Site Recovery root, renamed extension, missing
// tenant, UTF-16; each with the verdict and the JSON "reason" of every check, and the
// certificate never in a finding.
#include "ScenarioTestData.h"
#include "catalog/common/NetworkPaths.h"
#include "catalog/vault/VaultCertValidityCheck.h"
#include "catalog/vault/VaultFileLocationCheck.h"
#include "catalog/vault/VaultFileParseCheck.h"
#include "catalog/vault/VaultNewerFileCheck.h"
#include "vault/VaultFileMaker.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
struct Expect
{
    Verdict verdict;
    const char* reason;
};
using Expectations = QList<std::pair<Verdict, QString>>;

Expectations expect(std::initializer_list<Expect> items)
{
    Expectations out;
    for (const Expect& e : items)
        out.append({e.verdict, QString::fromLatin1(e.reason)});
    return out;
}

QList<std::shared_ptr<const Check>> vaultChecks()
{
    return {std::make_shared<VaultFileLocationCheck>(), std::make_shared<VaultFileParseCheck>(),
            std::make_shared<VaultCertValidityCheck>()};
}

QString everything(const Finding& f)
{
    QString text = f.summary + f.detail + f.remedy;
    for (const Evidence& e : f.evidence)
        text += e.label + e.value;
    return text;
}

// What the OS cannot make is a skip naming why (Wine's crypt32 has no PFX export), never a
// silent pass: the rows that need no PFX still run.
bool withoutCertificate(const QByteArray& bytes)
{
    const QString empty = QStringLiteral("<ManagementCert></ManagementCert>");
    const QString utf16 = QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData()), bytes.size() / 2);
    return bytes.contains(empty.toUtf8()) || utf16.contains(empty);
}
#define skipWithoutCertificate(bytes)                                                                                  \
    do {                                                                                                               \
        if (withoutCertificate(bytes))                                                                                 \
            QSKIP(qPrintable(QStringLiteral("This system cannot make the test's certificate: ") + makerError()));      \
    } while (false)

QByteArray entityBomb()
{
    return "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
           "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><RSBackupVaultAADCreds>&lol2;</"
           "RSBackupVaultAADCreds>";
}
} // namespace

Q_DECLARE_METATYPE(Expectations)

class TestVaultFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus_data();
    void corpus();
    void noFileChosen();
    void missingFile();
    void newestFileWins();
    void vaultHostsJoinTheSurvey_data();
    void vaultHostsJoinTheSurvey();

private:
    QTemporaryDir m_dir;
};

void TestVaultFile::corpus_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Expectations>("expected"); // G1, G2, G3

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name = QStringLiteral("contoso-vault_Mon Dec 01 2026.VaultCredentials");
    VaultFileSpec spec;
    QTest::newRow("good") << makeVaultFile(spec) << name
                          << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Pass, ""}});
    spec = {};
    spec.utf16 = true;
    QTest::newRow("UTF-16") << makeVaultFile(spec) << name
                            << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Pass, ""}});
    spec = {};
    spec.notBefore = now.addDays(-3);
    spec.notAfter = now.addSecs(-3600);
    QTest::newRow("expired") << makeVaultFile(spec) << name
                             << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Fail, "expired"}});
    spec = {};
    spec.notBefore = now.addSecs(2 * 3600);
    QTest::newRow("not yet valid") << makeVaultFile(
            spec) << name << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Fail, "not_yet_valid"}});
    spec = {};
    spec.notAfter = now.addSecs(3 * 3600);
    QTest::newRow("expires in 3 h") << makeVaultFile(
            spec) << name << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Warning, "expires_soon"}});
    spec = {};
    spec.cert = VaultFileSpec::Cert::PublicOnly;
    QTest::newRow("public certificate only")
            << makeVaultFile(spec) << name
            << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Fail, "cert_public_only"}});
    spec.cert = VaultFileSpec::Cert::PfxWithPassword;
    QTest::newRow("password-protected PFX")
            << makeVaultFile(spec) << name
            << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Fail, "cert_password_protected"}});
    spec.cert = VaultFileSpec::Cert::PfxWithoutKey;
    QTest::newRow("PFX without its key") << makeVaultFile(
            spec) << name << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Fail, "cert_no_private_key"}});
    spec.cert = VaultFileSpec::Cert::NotACertificate;
    QTest::newRow("not a certificate") << makeVaultFile(
            spec) << name << expect({{Verdict::Pass, ""}, {Verdict::Pass, ""}, {Verdict::Fail, "cert_not_pfx"}});
    spec = {};
    const QByteArray good = makeVaultFile(spec);
    QTest::newRow("truncated") << good.left(
            good.size()
            / 2) << name << expect({{Verdict::Pass, ""}, {Verdict::Fail, "not_xml"}, {Verdict::NotApplicable, ""}});
    QTest::newRow("not XML") << QByteArray("PK\x03\x04 a zip, perhaps") << name
                             << expect({{Verdict::Pass, ""}, {Verdict::Fail, "not_xml"}, {Verdict::NotApplicable, ""}});
    QTest::newRow("entity bomb") << entityBomb() << name
                                 << expect({{Verdict::Pass, ""}, {Verdict::Fail, "dtd"}, {Verdict::NotApplicable, ""}});
    QTest::newRow("oversized") << QByteArray(70 * 1024, 'x') << name
                               << expect({{Verdict::Fail, "too_large"},
                                          {Verdict::NotApplicable, ""},
                                          {Verdict::NotApplicable, ""}});
    spec.root = QStringLiteral("RSVaultAsrCreds");
    QTest::newRow("Site Recovery file") << makeVaultFile(spec) << name
                                        << expect({{Verdict::Pass, ""},
                                                   {Verdict::Fail, "site_recovery_file"},
                                                   {Verdict::NotApplicable, ""}});
    spec = {};
    QTest::newRow("renamed extension") << good << QStringLiteral("contoso-vault.xml")
                                       << expect({{Verdict::Fail, "extension"},
                                                  {Verdict::Pass, ""},
                                                  {Verdict::Pass, ""}});
    spec.tenant.clear();
    QTest::newRow("missing tenant") << makeVaultFile(spec) << name
                                    << expect({{Verdict::Pass, ""},
                                               {Verdict::Fail, "missing_field"},
                                               {Verdict::NotApplicable, ""}});
}

void TestVaultFile::corpus()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(Expectations, expected);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(m_dir.isValid());
    skipWithoutCertificate(bytes);
    const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u'_' + fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    std::shared_ptr<SystemProbe> system = fromPatch("{}");
    CheckContext context; // one run: the file is read once for the three checks
    context.env.system = system;
    context.env.inputs.goal = Goal::Register;
    context.env.inputs.vaultCredentialsPath = path;
    const QList<std::shared_ptr<const Check>> checks = vaultChecks();
    // The certificate's base-64 (a secret) as it stands in the file, if it does.
    const int start = bytes.indexOf("<ManagementCert>");
    const QByteArray secret = start < 0 ? QByteArray() : bytes.mid(start + 16, 40);
    for (int i = 0; i < checks.size(); ++i) {
        const Finding f = checks[i]->run(context);
        const QString where = checks[i]->info().id + QStringLiteral(" -> ") + verdictId(f.verdict)
                              + QStringLiteral(" (") + f.reason + QStringLiteral("): ") + f.summary;
        QVERIFY2(f.verdict == expected[i].first, qPrintable(where));
        QCOMPARE(f.reason, expected[i].second);
        QVERIFY2(!f.summary.isEmpty(), qPrintable(where));
        if (verdictNeedsAttention(f.verdict))
            QVERIFY2(!f.remedy.isEmpty(), qPrintable(where));
        if (secret.size() == 40 && !secret.contains('<'))
            QVERIFY2(!everything(f).contains(QString::fromLatin1(secret)), qPrintable(where));
    }
    // What the file names is shown once it parses.
    if (expected[1].first == Verdict::Pass) {
        const Finding parsed = VaultFileParseCheck().run(context);
        QCOMPARE(parsed.evidenceValue(QStringLiteral("vault")), QStringLiteral("contoso-vault"));
        QCOMPARE(parsed.evidenceValue(QStringLiteral("region")), QStringLiteral("westeurope"));
        QVERIFY(parsed.summary.contains(QLatin1String("contoso-vault")));
    }
}

void TestVaultFile::noFileChosen()
{
    CheckContext context;
    context.env.system = fromPatch("{}");
    for (const auto& check : vaultChecks())
        QCOMPARE(check->run(context).verdict, Verdict::NotApplicable);
}

void TestVaultFile::missingFile()
{
    CheckContext context;
    context.env.system = fromPatch("{}");
    context.env.inputs.vaultCredentialsPath = m_dir.filePath(QStringLiteral("gone.VaultCredentials"));
    const Finding f = VaultFileLocationCheck().run(context);
    QCOMPARE(f.verdict, Verdict::Fail);
    QCOMPARE(f.reason, QStringLiteral("unreadable"));
    QCOMPARE(VaultFileParseCheck().run(context).verdict, Verdict::NotApplicable);
}

// G6: only the newest download of a vault is valid; files of other vaults do not count. The
// certificates are public-only (G6 needs their dates, not their keys), so this runs under Wine too.
void TestVaultFile::newestFileWins()
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto write = [&dir](const QString& name, const QString& vault, const QDateTime& made) {
        VaultFileSpec spec;
        spec.cert = VaultFileSpec::Cert::PublicOnly;
        spec.vault = vault;
        spec.notBefore = made;
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(makeVaultFile(spec));
        return file.fileName();
    };
    const QString older = write(QStringLiteral("contoso_1.VaultCredentials"), QStringLiteral("contoso-vault"),
                                now.addSecs(-3 * 3600));
    const QString newer =
            write(QStringLiteral("contoso_2.VaultCredentials"), QStringLiteral("contoso-vault"), now.addSecs(-3600));
    write(QStringLiteral("fabrikam.VaultCredentials"), QStringLiteral("fabrikam-vault"), now.addSecs(-60));
    QFile probe(older);
    QVERIFY(probe.open(QIODevice::ReadOnly));
    skipWithoutCertificate(probe.readAll());

    CheckContext context;
    context.env.system = fromPatch("{}");
    context.env.inputs.vaultCredentialsPath = older;
    const Finding stale = VaultNewerFileCheck().run(context);
    QVERIFY2(stale.verdict == Verdict::Warning, qPrintable(stale.summary));
    QCOMPARE(stale.reason, QStringLiteral("newer_file"));
    QVERIFY2(stale.summary.contains(QDir::toNativeSeparators(newer)), qPrintable(stale.summary));

    CheckContext again;
    again.env.system = context.env.system;
    again.env.inputs.vaultCredentialsPath = newer;
    const Finding newest = VaultNewerFileCheck().run(again);
    QVERIFY2(newest.verdict == Verdict::Pass, qPrintable(newest.summary));
    QVERIFY(newest.reason.isEmpty());
}

void TestVaultFile::vaultHostsJoinTheSurvey_data()
{
    QTest::addColumn<QString>("backupEndpoint");
    QTest::addColumn<bool>("probed");
    QTest::newRow("the Backup service host") << "https://pod01-id1.weu.backup.windowsazure.com" << true;
    QTest::newRow("a host outside the cloud") << "https://intranet.contoso.local/" << false;
    QTest::newRow("plain http") << "http://pod01-id1.weu.backup.windowsazure.com" << false;
}

// The file's Backup service host is probed like the built-in endpoints, but only when it is
// an HTTPS address under the cloud's allow-list: an edited file cannot aim the probe elsewhere.
void TestVaultFile::vaultHostsJoinTheSurvey()
{
    QFETCH(QString, backupEndpoint);
    QFETCH(bool, probed);
    VaultFileSpec spec;
    spec.backupEndpoint = backupEndpoint;
    const QString path =
            m_dir.filePath(QStringLiteral("join-%1.VaultCredentials").arg(QLatin1String(QTest::currentDataTag())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = makeVaultFile(spec);
    skipWithoutCertificate(bytes);
    file.write(bytes);
    file.close();
    CheckContext context;
    context.env.system = fromPatch("{}");
    context.env.inputs.goal = Goal::Register;
    context.env.inputs.vaultCredentialsPath = path;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    QVERIFY(survey.ok());
    QStringList hosts;
    for (const PathEndpoint& e : survey.value.plan.endpoints)
        hosts.append(e.host());
    const QString host = QUrl(backupEndpoint).host();
    QCOMPARE(hosts.contains(host), probed);
    // Entra's authority from the file is the built-in login.microsoftonline.com: listed once.
    QCOMPARE(hosts.count(QStringLiteral("login.microsoftonline.com")), 1);
    if (!probed)
        QVERIFY2(survey.value.plan.notProbed.join(u' ').contains(host),
                 qPrintable(survey.value.plan.notProbed.join(u' ')));
}

QTEST_GUILESS_MAIN(TestVaultFile)
#include "TestVaultFile.moc"
