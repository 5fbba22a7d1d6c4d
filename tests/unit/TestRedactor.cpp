// SPDX-License-Identifier: MIT
#include "logging/Redactor.h"

#include <QTest>

using namespace mars;

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data();
    void redacts();
    void registeredSecret();
};

void TestRedactor::redacts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::newRow("vault cert") << QStringLiteral("<ManagementCert>MIIKZAIBAzCCCiAGCSqG</ManagementCert>")
                                << QStringLiteral("MIIKZAIBAzCCCiAGCSqG");
    QTest::newRow("proxy url") << QStringLiteral("http://bob:Hunter2x@proxy:8080/") << QStringLiteral("Hunter2x");
    QTest::newRow("key=value") << QStringLiteral("ProxyPassword=S3cretValue;x=1") << QStringLiteral("S3cretValue");
    QTest::newRow("json") << QStringLiteral("{\"passphrase\": \"correct horse\"}") << QStringLiteral("correct");
    QTest::newRow("installer switch") << QStringLiteral("MARSAgentInstaller.exe /pw:\"Pa55word\" /q")
                                      << QStringLiteral("Pa55word");
    QTest::newRow("powershell") << QStringLiteral("Set-OBMachineSetting -ProxyPassword Zz9yy8xx")
                                << QStringLiteral("Zz9yy8xx");
    QTest::newRow("base64 blob") << QStringLiteral("key ") + QString(120, QLatin1Char('A'))
                                 << QString(120, QLatin1Char('A'));
}

void TestRedactor::redacts()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString out = Redactor().redact(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(Redactor::marker()), qPrintable(out));
}

void TestRedactor::registeredSecret()
{
    Redactor r;
    r.addSecret(QStringLiteral("tr0ub4dor"));
    r.addSecret(QStringLiteral("ab")); // too short to mask safely: ignored
    QCOMPARE(r.redact(QStringLiteral("pass tr0ub4dor here; ab stays")),
             QStringLiteral("pass [REDACTED] here; ab stays"));
    QCOMPARE(QString::fromStdString(r.redact(std::string_view("x tr0ub4dor"))), QStringLiteral("x [REDACTED]"));
    QCOMPARE(r.redact(QStringLiteral("C:\\Windows\\Temp holds 70000 files")),
             QStringLiteral("C:\\Windows\\Temp holds 70000 files"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
