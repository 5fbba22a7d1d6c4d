// SPDX-License-Identifier: MIT
// The translations embedded by translations/CMakeLists.txt (mars_translations): one .qm per
// .ts under :/i18n, found the way app/main.cpp looks for them, and German where it matters.
#include "catalog/agent/ServiceText.h"
#include "catalog/temp/TempTmpCountCheck.h"
#include "engine/Verdict.h"
#include "system/NativeSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace mars;

namespace {
// The same lookup as installTranslators() in app/main.cpp.
bool loadAppTranslation(QTranslator* translator, const QLocale& locale)
{
    return translator->load(locale, QStringLiteral("mars-troubleshooter"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"));
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTsFileIsEmbeddedAsQm();
    void germanVerdictsAndSummaries();
    void everyLanguageIsLoadedByItsLocale_data();
    void everyLanguageIsLoadedByItsLocale();
    void englishAndUnknownLanguagesStayEnglish();
    void englishPluralsReadRight();
};

void TestTranslations::everyTsFileIsEmbeddedAsQm()
{
    const QDir sources(QStringLiteral(MARS_SOURCE_DIR "/translations"));
    const QStringList tsFiles = sources.entryList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY(tsFiles.contains(QStringLiteral("mars-troubleshooter_de.ts")));
    QVERIFY(tsFiles.contains(QStringLiteral("mars-troubleshooter_en.ts")));
    for (const QString& ts : tsFiles) {
        const QString qm = QStringLiteral(":/i18n/") + QFileInfo(ts).completeBaseName() + QStringLiteral(".qm");
        QTranslator translator;
        QVERIFY2(translator.load(qm), qPrintable(qm + QStringLiteral(" is missing or not a .qm file")));
    }
}

void TestTranslations::germanVerdictsAndSummaries()
{
    QTranslator german;
    QVERIFY(loadAppTranslation(&german, QLocale(QLocale::German, QLocale::Austria))); // falls back to _de
    QCOMPARE(QFileInfo(german.filePath()).fileName(), QStringLiteral("mars-troubleshooter_de.qm"));
    QVERIFY(QCoreApplication::installTranslator(&german));

    QCOMPARE(verdictLabel(Verdict::Pass), QStringLiteral("OK"));
    QCOMPARE(verdictLabel(Verdict::Fail), QStringLiteral("FEHLER"));
    QCOMPARE(verdictId(Verdict::Fail), QStringLiteral("fail")); // JSON ids never change

    // A real check: its context (Q_DECLARE_TR_FUNCTIONS) must match the one lupdate recorded.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    CheckContext context;
    context.env.system = createNativeSystem({temp.path()});
    const TempTmpCountCheck check;
    QCOMPARE(check.info().title, QStringLiteral(".tmp-Dateien im Windows-Temp-Ordner"));
    const Finding finding = check.run(context);
    QCOMPARE(finding.verdict, Verdict::Pass);
    QVERIFY2(finding.summary.startsWith(QStringLiteral("Der Temp-Ordner ")), qPrintable(finding.summary));

    // A helper outside any class (its texts under a Texts struct's context): the service state
    // read inside "Der Dienst %1 ist %2." was English until lupdate and the program agreed.
    QCOMPARE(serviceStateText(ServiceState::Running), QStringLiteral("in Ausführung"));

    QVERIFY(QCoreApplication::removeTranslator(&german));
    QCOMPARE(verdictLabel(Verdict::Pass), QStringLiteral("PASS"));
    QCOMPARE(serviceStateText(ServiceState::Running), QStringLiteral("running"));
}

void TestTranslations::everyLanguageIsLoadedByItsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    QTest::newRow("German (Switzerland)") << QLocale(QLocale::German, QLocale::Switzerland) << "de";
    QTest::newRow("French (Belgium)") << QLocale(QLocale::French, QLocale::Belgium) << "fr";
    QTest::newRow("Spanish (Mexico)") << QLocale(QLocale::Spanish, QLocale::Mexico) << "es";
    QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan) << "ja";
    QTest::newRow("Chinese (China)") << QLocale(QLocale::Chinese, QLocale::China) << "zh_CN";
}

// Each language's .qm is found the way the program looks for it, and translates what every run
// shows: the verdict words and a check's title.
void TestTranslations::everyLanguageIsLoadedByItsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);
    QTranslator translator;
    QVERIFY(loadAppTranslation(&translator, locale));
    QCOMPARE(QFileInfo(translator.filePath()).fileName(), QStringLiteral("mars-troubleshooter_%1.qm").arg(file));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString fail = verdictLabel(Verdict::Fail);
    const QString title = TempTmpCountCheck().info().title;
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(fail != QLatin1String("FAIL") && !fail.isEmpty(), qPrintable(fail));
    QVERIFY2(title != TempTmpCountCheck().info().title, qPrintable(title));
}

void TestTranslations::englishAndUnknownLanguagesStayEnglish()
{
    QTranslator english;
    QVERIFY(loadAppTranslation(&english, QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(QFileInfo(english.filePath()).fileName(), QStringLiteral("mars-troubleshooter_en.qm"));
    QVERIFY(QCoreApplication::installTranslator(&english)); // en.qm holds the plural forms only
    QCOMPARE(verdictLabel(Verdict::Warning), QStringLiteral("WARN"));
    QCoreApplication::removeTranslator(&english);

    QTranslator none;
    QVERIFY(!loadAppTranslation(&none, QLocale(QLocale::Dutch, QLocale::Netherlands))); // not shipped
    QCOMPARE(verdictLabel(Verdict::Warning), QStringLiteral("WARN"));
}

void TestTranslations::englishPluralsReadRight()
{
    // Every %n message of the source language (scripts/fill-english-plurals fills them), read
    // through the embedded en.qm as the app reads it: "1 check", "2 checks", never "check(s)".
    QFile ts(QStringLiteral(MARS_SOURCE_DIR "/translations/mars-troubleshooter_en.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QTranslator english;
    QVERIFY(loadAppTranslation(&english, QLocale(QLocale::English, QLocale::UnitedStates)));
    QXmlStreamReader xml(&ts);
    QString context, source;
    bool numerus = false;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source") && numerus) {
            source = xml.readElementText();
            ++messages;
            for (const int n : {1, 2}) {
                const QString shown =
                        english.translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
                const QString where = context + QStringLiteral(": ") + source + QStringLiteral(" -> ") + shown;
                QVERIFY2(!shown.isEmpty(), qPrintable(where));
                QVERIFY2(!shown.contains(QLatin1String("(s)")), qPrintable(where));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
