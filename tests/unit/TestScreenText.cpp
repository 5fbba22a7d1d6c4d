// SPDX-License-Identifier: MIT
// Presenter mode's masking (issue #15): on screen, the customer's personal data goes (the
// account, the machine and domain names, profile folders, URL users, e-mail addresses, GUIDs),
// secrets go always, and what the call needs (paths of the agent, registry keys, verdict words)
// stays. Out of presenter mode only secrets go.
#include "logging/ScreenText.h"

#include <QTest>

#include <memory>

using namespace mars;

class TestScreenText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presenter_data();
    void presenter();
    void secretsGoInBothModes();
};

void TestScreenText::presenter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("account") << "Signed in as CONTOSO\\jdoe."
                             << "Signed in as [hidden].";
    QTest::newRow("account name alone") << "jdoe is not an administrator"
                                        << "[hidden] is not an administrator";
    QTest::newRow("part of a word stays") << "Members of Administrators"
                                          << "Members of Administrators";
    QTest::newRow("machine, any case") << "Server srv01.contoso.com (SRV01)"
                                       << "Server [hidden] ([hidden])";
    QTest::newRow("profile path") << "C:\\Users\\mary.major\\Downloads\\v.VaultCredentials"
                                  << "C:\\Users\\[user]\\Downloads\\v.VaultCredentials";
    QTest::newRow("public profile stays") << "C:\\Users\\Public\\x"
                                          << "C:\\Users\\Public\\x";
    QTest::newRow("home") << "/home/mary/vault.xml"
                          << "/home/[user]/vault.xml";
    QTest::newRow("proxy user") << "http://backupsvc@proxy.example:8080"
                                << "http://[user]@proxy.example:8080";
    QTest::newRow("upn") << "Tenant admin: ops@fabrikam.onmicrosoft.com"
                         << "Tenant admin: [user]";
    QTest::newRow("tenant id") << "tenant 72f988bf-86f1-41af-91ab-2d7cd011db47 blocks it"
                               << "tenant [id] blocks it";
    QTest::newRow("agent path stays") << "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin"
                                      << "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin";
    QTest::newRow("registry stays") << "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config"
                                    << "HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config";
}

void TestScreenText::presenter()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    ScreenText screen(std::make_shared<Redactor>());
    screen.addPersonal(QStringLiteral("CONTOSO\\jdoe"));
    screen.addPersonal(QStringLiteral("srv01.contoso.com"));
    screen.addPersonal(QStringLiteral("SRV01"));
    QCOMPARE(screen.shown(text), text); // not in presenter mode: nothing personal is masked
    screen.setPresenter(true);
    QCOMPARE(screen.shown(text), masked);
}

void TestScreenText::secretsGoInBothModes()
{
    auto redactor = std::make_shared<Redactor>();
    redactor->addSecret(QStringLiteral("Tr0ub4dor&3"));
    ScreenText screen(redactor);
    const QString text = QStringLiteral("passphrase Tr0ub4dor&3 via http://u:S3cretProxyPw@proxy:3128");
    for (bool presenter : {false, true}) {
        screen.setPresenter(presenter);
        const QString shown = screen.shown(text);
        QVERIFY2(!shown.contains(QLatin1String("Tr0ub4dor&3")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("S3cretProxyPw")), qPrintable(shown));
    }
}

QTEST_GUILESS_MAIN(TestScreenText)
#include "TestScreenText.moc"
