// SPDX-License-Identifier: MIT
// The Welcome page's language menu (issue #17): choosing a language shows the wizard again in it,
// Qt's own buttons included, with the inputs typed so far; the choice is kept in the data folder
// for the elevated copy and the next run; the menu offers exactly the languages translations/
// ships and shows the one the translators loaded.
#include "LanguageChoice.h"
#include "SimulatedBanner.h"
#include "TroubleshooterWizard.h"
#include "UiTranslators.h"
#include "WizardTestSupport.h"
#include "WizardWindow.h"
#include "catalog/BuiltinCatalog.h"
#include "system/ScenarioSystem.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace mars;
using namespace mars::guitest;

namespace {
const char* const kWelcomeTitle = "Why won't the Azure Backup (MARS) agent install or register?";

QString welcomeTitle(const TroubleshooterWizard& wizard)
{
    return wizard.page(TroubleshooterWizard::Welcome)->title();
}

// Chooses `code` in the wizard's language menu as a technician would (activated, not only the
// current index) and waits for the window to put a new wizard in place.
bool choose(WizardWindow& window, const QString& code)
{
    auto* combo = window.wizard()->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    if (!combo)
        return false;
    const int index = combo->findData(code);
    if (index < 0)
        return false;
    QSignalSpy replaced(&window, &WizardWindow::wizardReplaced);
    combo->setFocus();
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    return replaced.wait(10000);
}
} // namespace

class TestLanguageMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void menuOffersTheShippedLanguages();
    void currentLanguageFollowsTheTranslatorsLookup_data();
    void currentLanguageFollowsTheTranslatorsLookup();
    void choosingFrenchShowsTheWizardAgainInFrench();
    void simulatedMachineNamedOnceInEveryLanguage_data();
    void simulatedMachineNamedOnceInEveryLanguage();
};

void TestLanguageMenu::menuOffersTheShippedLanguages()
{
    QStringList menu;
    for (const UiLanguage& language : shippedLanguages())
        menu.append(language.code);
    QStringList files = QDir(QStringLiteral(MARS_SOURCE_DIR "/translations"))
                                .entryList({QStringLiteral("mars-troubleshooter_*.ts")}, QDir::Files);
    for (QString& file : files)
        file = QFileInfo(file).completeBaseName().mid(int(qstrlen("mars-troubleshooter_")));
    menu.sort();
    files.sort();
    QCOMPARE(menu, files);
}

void TestLanguageMenu::currentLanguageFollowsTheTranslatorsLookup_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("shown");
    QTest::newRow("English (US)") << "en_US"
                                  << "en";
    QTest::newRow("German (Austria) -> German") << "de_AT"
                                                << "de";
    QTest::newRow("French (Canada) -> French") << "fr_CA"
                                               << "fr";
    QTest::newRow("Spanish (Mexico) -> Spanish") << "es_MX"
                                                 << "es";
    QTest::newRow("Japanese") << "ja_JP"
                              << "ja";
    QTest::newRow("Simplified Chinese") << "zh_CN"
                                        << "zh_CN";
    // No Traditional Chinese file: the translators fall back to English, and so does the menu.
    QTest::newRow("Traditional Chinese -> English") << "zh_TW"
                                                    << "en";
    QTest::newRow("Dutch -> English") << "nl_NL"
                                      << "en";
    QTest::newRow("C locale -> English") << "C"
                                         << "en";
}

void TestLanguageMenu::currentLanguageFollowsTheTranslatorsLookup()
{
    QFETCH(QString, locale);
    QFETCH(QString, shown);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(currentShippedLanguage(), shown);
    // What the translators really load for that locale agrees with the menu.
    QTranslator own;
    const bool loaded =
            own.load(QLocale(), QStringLiteral("mars-troubleshooter"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    const QString file = loaded ? QFileInfo(own.filePath()).completeBaseName() : QString();
    QCOMPARE(file.isEmpty() ? QStringLiteral("en") : file.mid(int(qstrlen("mars-troubleshooter_"))), shown);
}

void TestLanguageMenu::choosingFrenchShowsTheWizardAgainInFrench()
{
    QString why;
    std::shared_ptr<ScenarioSystem> system =
            ScenarioSystem::fromFile(QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json"), &why);
    QVERIFY2(system, qPrintable(why));
    QTemporaryDir data;
    const WizardSession session =
            makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()), data.path());
    UiTranslators translators(*qApp);
    translators.use(QStringLiteral("en"));
    WizardWindow window(session, translators, false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(window.wizard()));
    QCOMPARE(welcomeTitle(*window.wizard()), QLatin1String(kWelcomeTitle));
    const QString englishNext = window.wizard()->button(QWizard::NextButton)->text();

    // Inputs typed before the switch.
    auto* dir = window.wizard()->findChild<QLineEdit*>(QStringLiteral("installDirLineEdit"));
    QVERIFY(dir);
    const QString typed = QDir::toNativeSeparators(data.path());
    dir->setText(typed);
    auto* reregister = window.wizard()->findChild<QRadioButton*>(QStringLiteral("goalReregisterRadioButton"));
    QVERIFY(reregister);
    reregister->click();
    const QRect geometry = window.wizard()->geometry();
    const TroubleshooterWizard* before = window.wizard();

    QVERIFY(choose(window, QStringLiteral("fr")));
    TroubleshooterWizard* wizard = window.wizard();
    QVERIFY(wizard != before);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->geometry(), geometry);
    const QString french = QCoreApplication::translate("mars::WelcomePage", kWelcomeTitle);
    QVERIFY2(french != QLatin1String(kWelcomeTitle), "the French translation is not loaded");
    QCOMPARE(welcomeTitle(*wizard), french);
    QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("languageComboBox"))->currentData().toString(),
             QStringLiteral("fr"));
    // Qt's own texts in French as well, wherever Qt's translations are installed (Linux:
    // qt6-translations-l10n from the README's set-up; the Windows zip ships them beside the exe).
    if (QTranslator probe; probe.load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QVERIFY2(wizard->button(QWizard::NextButton)->text() != englishNext,
                 qPrintable(wizard->button(QWizard::NextButton)->text()));
    else
        qWarning("qtbase_fr.qm is not in %s: Qt's buttons not checked",
                 qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));

    // What was typed is still there, and the new wizard's inputs hold it.
    QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("installDirLineEdit"))->text(), typed);
    QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("goalReregisterRadioButton"))->isChecked());
    QCOMPARE(wizard->inputs().goal, Goal::Reregister);

    // Kept for the elevated copy and the next run in this data folder.
    QCOMPARE(TroubleshooterWizard::savedLanguage(session), QStringLiteral("fr"));

    // And back: English again, everywhere.
    QVERIFY(choose(window, QStringLiteral("en")));
    QCOMPARE(welcomeTitle(*window.wizard()), QLatin1String(kWelcomeTitle));
    QCOMPARE(window.wizard()->button(QWizard::NextButton)->text(), englishNext);
    QCOMPARE(TroubleshooterWizard::savedLanguage(session), QStringLiteral("en"));
}

void TestLanguageMenu::simulatedMachineNamedOnceInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const UiLanguage& language : shippedLanguages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

// A scenario describes itself as "SIMULATED: <name>" in the language of the moment; the banner and
// the title show "<name>" after their own "SIMULATED" words. The German title said
// "SIMULIERT: SIMULIERT: ..." while only the English prefix came off.
void TestLanguageMenu::simulatedMachineNamedOnceInEveryLanguage()
{
    QFETCH(QString, language);
    UiTranslators translators(*qApp);
    translators.use(language);
    QString why;
    const auto system =
            ScenarioSystem::fromFile(QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/broken-install.json"), &why);
    QVERIFY2(system, qPrintable(why));
    const QString name = SimulatedBanner::simulationName(system->description());
    translators.use(QStringLiteral("en"));
    QCOMPARE(name, QStringLiteral("Install blocked on Windows Server 2019"));
}

QTEST_MAIN(TestLanguageMenu)
#include "TestLanguageMenu.moc"
