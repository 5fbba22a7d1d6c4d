// SPDX-License-Identifier: MIT
// H4 passphrase_rules: the rules the Welcome page's masked field applies, and that a verdict never
// quotes the passphrase.
#include "engine/PassphraseRules.h"

#include <QTest>

using namespace mars;
using Rule = PassphraseProblem::Rule;

Q_DECLARE_METATYPE(QList<Rule>)

class TestPassphraseRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
};

void TestPassphraseRules::rules_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QList<Rule>>("problems");
    QTest::addColumn<bool>("blocking");
    QTest::newRow("empty: nothing to say") << QString() << QList<Rule>{} << false;
    QTest::newRow("16 ASCII characters") << QStringLiteral("abcdefgh12345678") << QList<Rule>{} << false;
    QTest::newRow("15 characters") << QStringLiteral("abcdefgh1234567") << QList<Rule>{Rule::TooShort} << false;
    QTest::newRow("ASCII 127 is allowed") << QStringLiteral("abcdefgh12345678") + QChar(127) << QList<Rule>{} << false;
    QTest::newRow("umlaut") << QStringLiteral("Grüße-aus-Köln-2024") << QList<Rule>{Rule::NotAscii} << true;
    QTest::newRow("euro sign") << QStringLiteral("costs-100€-per-month") << QList<Rule>{Rule::NotAscii} << true;
    QTest::newRow("typographic quote") << QStringLiteral("“quoted-passphrase-1”") << QList<Rule>{Rule::NotAscii}
                                       << true;
    QTest::newRow("short and non-ASCII") << QStringLiteral("ä") << QList<Rule>{Rule::NotAscii, Rule::TooShort} << true;
    QTest::newRow("trailing blank") << QStringLiteral("abcdefgh12345678 ") << QList<Rule>{Rule::SurroundingBlank}
                                    << false;
    QTest::newRow("leading tab") << QStringLiteral("\tabcdefgh12345678") << QList<Rule>{Rule::SurroundingBlank}
                                 << false;
    QTest::newRow("inner blanks are fine") << QStringLiteral("correct horse battery staple") << QList<Rule>{} << false;
}

void TestPassphraseRules::rules()
{
    QFETCH(QString, passphrase);
    QFETCH(QList<Rule>, problems);
    QFETCH(bool, blocking);
    const QList<PassphraseProblem> got = PassphraseRules::check(passphrase);
    QList<Rule> rules;
    bool anyBlocking = false;
    for (const PassphraseProblem& p : got) {
        rules.append(p.rule);
        anyBlocking = anyBlocking || p.blocking;
        QVERIFY(!p.text.isEmpty());
        if (passphrase.trimmed().size() >= 4) // never quoted
            QVERIFY2(!p.text.contains(passphrase.trimmed()), qPrintable(p.text));
    }
    QCOMPARE(rules, problems);
    QCOMPARE(anyBlocking, blocking);
}

QTEST_GUILESS_MAIN(TestPassphraseRules)
#include "TestPassphraseRules.moc"
