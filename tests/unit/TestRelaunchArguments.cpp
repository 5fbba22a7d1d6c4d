// SPDX-License-Identifier: MIT
// The command line "Restart as administrator" gives the elevated copy: the same options, in the
// language shown now (a language chosen in the wizard's menu after start-up included).
#include "catalog/common/RestartElevatedFix.h"

#include <QTest>

using namespace mars;

class TestRelaunchArguments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languageShownNowGoesAlong_data();
    void languageShownNowGoesAlong();
};

namespace {
QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out.append(QString::fromLatin1(a));
    return out;
}
} // namespace

void TestRelaunchArguments::languageShownNowGoesAlong_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing given, German shown")
            << args({"--presenter"}) << QStringLiteral("de_DE") << args({"--presenter", "--language", "de_DE"});
    QTest::newRow("--language fr given, the menu chose Japanese")
            << args({"--language", "fr", "--scenario", "x.json"}) << QStringLiteral("ja_JP")
            << args({"--scenario", "x.json", "--language", "ja_JP"});
    QTest::newRow("--language=fr form") << args({"--language=fr", "--presenter"}) << QStringLiteral("zh_CN")
                                        << args({"--presenter", "--language", "zh_CN"});
    QTest::newRow("C locale: no --language added")
            << args({"--data-dir", "D:\\mars"}) << QStringLiteral("C") << args({"--data-dir", "D:\\mars"});
}

void TestRelaunchArguments::languageShownNowGoesAlong()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, shown);
    QFETCH(QStringList, expected);
    QCOMPARE(RestartElevatedFix::relaunchArguments(arguments, QLocale(shown)), expected);
}

QTEST_GUILESS_MAIN(TestRelaunchArguments)
#include "TestRelaunchArguments.moc"
