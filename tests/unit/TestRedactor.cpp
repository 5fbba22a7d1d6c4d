// SPDX-License-Identifier: MIT
// The Redactor (issue #14): a row per secret kind it must mask, a row per non-secret it must leave
// alone (paths, undo data, GUIDs, thumbprints, remedy placeholders, plain English), and the
// over-redaction cases of the review (a label masks one value, not the rest of the sentence).
#include "logging/Redactor.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using namespace mars;

namespace {
// Base-64 text of `bytes` pseudo-random bytes, the same every run.
QString base64Of(int bytes, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray data(bytes, Qt::Uninitialized);
    for (char& c : data)
        c = char(random.bounded(256));
    return QString::fromLatin1(data.toBase64());
}

// `text` wrapped at `width` columns, as PEM and certutil write it.
QString wrapped(const QString& text, int width)
{
    QStringList lines;
    for (qsizetype i = 0; i < text.size(); i += width)
        lines.append(text.mid(i, width));
    return lines.join(u'\n');
}

const QString kJwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.c2lnbmF0dXJlLXBhcnQ");
const QString kLongName = QStringLiteral("MarsTroubleshooterUndoSession") + QString(70, u'x') + QStringLiteral("Z9");
} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data();
    void redacts();
    void keeps_data();
    void keeps();
    void registeredSecret();
    void registeredSecretForms_data();
    void registeredSecretForms();
};

void TestRedactor::redacts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret"); // must be gone
    QTest::addColumn<QString>("kept"); // must still be there (the value's natural end)
    QTest::newRow("vault cert") << QStringLiteral("<ManagementCert>MIIKZAIBAzCCCiAGCSqG</ManagementCert>")
                                << QStringLiteral("MIIKZAIBAzCCCiAGCSqG") << QStringLiteral("</ManagementCert>");
    QTest::newRow("proxy url") << QStringLiteral("http://bob:Hunter2x@proxy:8080/") << QStringLiteral("Hunter2x")
                               << QStringLiteral("@proxy:8080/");
    QTest::newRow("key=value") << QStringLiteral("ProxyPassword=S3cretValue;x=1") << QStringLiteral("S3cretValue")
                               << QStringLiteral(";x=1");
    QTest::newRow("json passphrase with spaces")
            << QStringLiteral("{\"passphrase\": \"correct horse battery\", \"n\": 1}")
            << QStringLiteral("horse battery") << QStringLiteral("\"n\": 1");
    QTest::newRow("single-quoted passphrase") << QStringLiteral("passphrase: 'correct horse battery' was typed")
                                              << QStringLiteral("battery") << QStringLiteral("was typed");
    QTest::newRow("installer switch") << QStringLiteral("MARSAgentInstaller.exe /pw:\"Pa55word\" /q")
                                      << QStringLiteral("Pa55word") << QStringLiteral("/q");
    QTest::newRow("powershell") << QStringLiteral("Set-OBMachineSetting -ProxyPassword Zz9yy8xx")
                                << QStringLiteral("Zz9yy8xx") << QStringLiteral("Set-OBMachineSetting");
    QTest::newRow("switch, passphrase with spaces")
            << QStringLiteral("Set-OBMachineSetting -EncryptionPassPhrase \"correct horse staple\" -Force")
            << QStringLiteral("horse staple") << QStringLiteral("-Force");
    QTest::newRow("PassPhrase without = or :") << QStringLiteral("EncryptionPassPhrase Xy7-secret set")
                                               << QStringLiteral("Xy7-secret") << QStringLiteral(" set");
    QTest::newRow("SAS sig") << QStringLiteral("GET https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig="
                                               "AbC%2Fd3fG9hIjK%3D&sp=r failed")
                             << QStringLiteral("AbC%2Fd3fG9hIjK") << QStringLiteral("&sp=r failed");
    QTest::newRow("Bearer") << QStringLiteral("Authorization: Bearer ya29.a0AfB_byC-x~y+z/w== sent")
                            << QStringLiteral("a0AfB_byC") << QStringLiteral(" sent");
    QTest::newRow("Bearer JWT") << QStringLiteral("Authorization: Bearer ") + kJwt << kJwt.mid(20)
                                << QStringLiteral("Authorization: Bearer ");
    QTest::newRow("bare JWT") << QStringLiteral("cached token ") + kJwt + QStringLiteral(" expired") << kJwt.mid(20)
                              << QStringLiteral(" expired");
    QTest::newRow("Basic auth") << QStringLiteral("Authorization: Basic aGVscGRlc2s6aHVudGVyMg== sent")
                                << QStringLiteral("aGVscGRlc2s6aHVudGVyMg") << QStringLiteral(" sent");
    QTest::newRow("access_token json") << QStringLiteral("{\"access_token\":\"ya29.AfB_byC\",\"expires_in\":3599}")
                                       << QStringLiteral("AfB_byC") << QStringLiteral("\"expires_in\":3599");
    QTest::newRow("access_token query") << QStringLiteral("?access_token=ya29AbcDef&x=1")
                                        << QStringLiteral("ya29AbcDef") << QStringLiteral("&x=1");
    QTest::newRow("client_secret") << QStringLiteral("client_secret=Qx8~Lm.9Zp_4 grant_type=client_credentials")
                                   << QStringLiteral("Qx8~Lm.9Zp_4") << QStringLiteral("grant_type=client_credentials");
    QTest::newRow("short AccountKey") << QStringLiteral("AccountName=acct;AccountKey=abc12==;EndpointSuffix=core")
                                      << QStringLiteral("abc12") << QStringLiteral(";EndpointSuffix=core");
    QTest::newRow("PEM") << QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQx\n"
                                           "-----END CERTIFICATE-----\nnext")
                         << QStringLiteral("MIIBszCCAVmgAwIBAgIUQx") << QStringLiteral("\nnext");
    QTest::newRow("PEM without END") << QStringLiteral("-----BEGIN PRIVATE KEY-----\n") + wrapped(base64Of(90, 1), 64)
                                     << base64Of(90, 1).mid(64, 40) << QStringLiteral("PRIVATE KEY");
    QTest::newRow("base64 blob") << QStringLiteral("key ") + QString(120, QLatin1Char('A'))
                                 << QString(120, QLatin1Char('A')) << QStringLiteral("key ");
    QTest::newRow("base64 blob at sentence end") << QStringLiteral("blob ") + base64Of(90, 2) + u'.'
                                                 << base64Of(90, 2).mid(30, 40) << QStringLiteral("blob ");
    QTest::newRow("base64 wrapped at 64") << QStringLiteral("cert:\n") + wrapped(base64Of(100, 3), 64)
                                          << base64Of(100, 3).mid(64, 40) << QStringLiteral("cert:\n");
    QTest::newRow("base64 wrapped at 76") << QStringLiteral("cert:\r\n") + wrapped(base64Of(200, 4), 76) + u'\n'
                                          << base64Of(200, 4).mid(152, 60) << QStringLiteral("cert:");
    // Non-ASCII text runs every pattern (Redactor.cpp): U+017F folds to "s" in a caseless match.
    QTest::newRow("long s in the label") << QString::fromUtf8("Proxypa\u017F\u017Fword=Hunter2x; next")
                                         << QStringLiteral("Hunter2x") << QStringLiteral("; next");
    // The review's over-redaction: a label in a sentence masks its value, not what follows.
    QTest::newRow("token= in a sentence")
            << QStringLiteral("ScratchLocation token=abc1 is not writable: access denied") << QStringLiteral("abc1")
            << QStringLiteral(" is not writable: access denied");
}

void TestRedactor::redacts()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = Redactor().redact(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(Redactor::marker()), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

// Text with nothing secret in it comes out unchanged.
void TestRedactor::keeps_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("Windows path, long names")
            << QStringLiteral("C:\\ProgramData\\MARS\\undo\\") + kLongName + QStringLiteral("\\ScratchLocation.reg");
    QTest::newRow("POSIX path, long names")
            << QStringLiteral("/var/lib/mars/undo/") + kLongName + QStringLiteral("/") + kLongName;
    QTest::newRow("undo data: a bare POSIX path") << QStringLiteral("/home/tech/") + kLongName;
    QTest::newRow("undo data: a file name") << kLongName + QStringLiteral(".bak");
    QTest::newRow("UNC path") << QStringLiteral("\\\\fileserver\\share\\") + kLongName;
    QTest::newRow("path with token= folder")
            << QStringLiteral("ScratchLocation D:\\token=abc\\Scratch is not writable: access denied");
    QTest::newRow("GUID") << QStringLiteral("vault id 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    QTest::newRow("SHA-1 thumbprint") << QStringLiteral("thumbprint 8B2F1A4C9D3E7F6A5B4C3D2E1F0A9B8C7D6E5F4A");
    QTest::newRow("SHA-256 thumbprints, one a line")
            << QStringLiteral("8B2F1A4C9D3E7F6A5B4C3D2E1F0A9B8C7D6E5F4A8B2F1A4C9D3E7F6A5B4C3D2E\n"
                              "1F0A9B8C7D6E5F4A8B2F1A4C9D3E7F6A5B4C3D2E1F0A9B8C7D6E5F4A8B2F1A4C\n"
                              "9D3E7F6A5B4C3D2E1F0A9B8C7D6E5F4A8B2F1A4C9D3E7F6A5B4C3D2E1F0A9B8C");
    QTest::newRow("remedy placeholder") << QStringLiteral(
            "Set-OBMachineSetting -ProxyServer http://proxy -ProxyUsername <user> -ProxyPassword <password>");
    QTest::newRow("URL without password")
            << QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token?x=1");
    QTest::newRow("plain English") << QStringLiteral(
            "Basic connectivity works. The passphrase is too short; 2 tokens left, secrets rotated.");
    QTest::newRow("Windows temp") << QStringLiteral("C:\\Windows\\Temp holds 70000 files");
}

void TestRedactor::keeps()
{
    QFETCH(QString, input);
    QCOMPARE(Redactor().redact(input), input);
}

void TestRedactor::registeredSecret()
{
    Redactor r;
    r.addSecret(QStringLiteral("tr0ub4dor"));
    r.addSecret(QStringLiteral("ab")); // too short to mask safely: ignored
    QCOMPARE(r.redact(QStringLiteral("pass tr0ub4dor here; ab stays")),
             QStringLiteral("pass [REDACTED] here; ab stays"));
    QCOMPARE(QString::fromStdString(r.redact(std::string_view("x tr0ub4dor"))), QStringLiteral("x [REDACTED]"));
}

// A typed secret is known in every form an output may carry it.
void TestRedactor::registeredSecretForms_data()
{
    QTest::addColumn<QString>("form");
    const QString secret = QStringLiteral("correct horse/battery staple!");
    QTest::newRow("as typed") << secret;
    QTest::newRow("base-64 (UTF-8)") << QString::fromLatin1(secret.toUtf8().toBase64());
    QTest::newRow("base-64 (UTF-16LE)") << QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2).toBase64());
    QTest::newRow("URL-encoded") << QString::fromLatin1(QUrl::toPercentEncoding(secret));
    QTest::newRow("form-encoded") << QStringLiteral("correct+horse%2Fbattery+staple%21");
}

void TestRedactor::registeredSecretForms()
{
    QFETCH(QString, form);
    Redactor r;
    r.addSecret(QStringLiteral("correct horse/battery staple!"));
    QCOMPARE(r.redact(QStringLiteral("value ") + form + QStringLiteral(" end")),
             QStringLiteral("value [REDACTED] end"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
