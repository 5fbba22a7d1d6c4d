// SPDX-License-Identifier: MIT
// mars_screenshot_tour <scenario.json> <output-folder>
// mars_screenshot_tour <scenario.json> <output-folder> --register <prefix> [<check-id>...]
//                      [--vault <file.VaultCredentials>] [--error <text>]
// Either form also takes --data-dir <folder>: the session's data folder (default: a fresh one),
// e.g. one whose fix journal holds an interrupted fix, or a folder in the journal's place;
// --language L (the program's and Qt's texts in L) and --high-contrast (Windows' High Contrast
// Black palette).
//
// Composes a WizardSession over a scenario (as the app does with --scenario), walks the wizard
// page by page, waits for each run to finish and saves a picture of each page:
//   welcome.png, install-checks.png, install-checks-fix-dialog.png,
//   install-checks-after-fixes.png (every offered fix clicked and applied, then "Re-run all"),
//   register-checks.png, summary.png, summary-support-bundle.png (the bundle's list)
// With --register it takes the registration goal instead (Welcome -> Register page) and saves
//   <prefix>register-checks.png, then <prefix><check-id>.png with that check selected (its
//   detail panel: the block for the network team, a TLS-inspection finding, ...). With --vault
//   the Welcome page first gets that file and is saved as <prefix>welcome-vault.png once the
//   file has been checked (the vault it names under the field). With --error the Welcome page gets
//   that error text ("I got this error") and is saved as <prefix>welcome-error.png, and the tour
//   ends on the Summary, saved as <prefix>summary.png once it explains the error.
// Used by scripts/screenshots under xvfb-run. Not a test; driven by a polling timer (no nested
// event loops). Exit code 0 when every picture was written, 1 otherwise.
#include "ChecksPage.h"
#include "FixDialog.h"
#include "RepairDriver.h"
#include "TroubleshooterWizard.h"
#include "UiTranslators.h"
#include "WizardTestSupport.h"
#include "catalog/BuiltinCatalog.h"
#include "engine/CheckCatalog.h"
#include "system/ScenarioSystem.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace mars;

namespace {

struct Step
{
    const char* name;
    std::function<bool()> ready; // polled until true
    std::function<bool()> act; // returns false on failure
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool save(QWidget* widget, const QString& path)
{
    if (!widget->grab().save(path)) {
        err() << "cannot write " << path << Qt::endl;
        return false;
    }
    err() << "wrote " << path << Qt::endl;
    return true;
}

} // namespace

namespace {
QPalette highContrastBlack()
{
    const QColor black(Qt::black), white(Qt::white), cyan(0x1a, 0xeb, 0xff), yellow(0xff, 0xff, 0x00),
            green(0x3f, 0xf2, 0x3f);
    QPalette p;
    for (QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, black);
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, white);
    p.setColor(QPalette::Highlight, cyan);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, yellow);
    p.setColor(QPalette::LinkVisited, yellow);
    p.setColor(QPalette::PlaceholderText, green);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, green);
    return p;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    // --language de: the program's texts and Qt's own in that language, as --language does
    // (without it: English, with its plural forms, "9 problems").
    UiTranslators translators(app);
    QString language = QStringLiteral("en");
    if (const qsizetype at = args.indexOf(QStringLiteral("--language")); at > 2 && at + 1 < args.size()) {
        language = args.at(at + 1);
        args.remove(at, 2);
    }
    translators.use(language);
    // --high-contrast: Windows' "High Contrast Black" colours, as Windows hands them to Qt's palette
    // when a high-contrast theme is on.
    if (args.removeAll(QStringLiteral("--high-contrast")) > 0)
        QApplication::setPalette(highContrastBlack());
    QString vaultFile;
    if (const qsizetype at = args.indexOf(QStringLiteral("--vault")); at > 4 && at + 1 < args.size()) {
        vaultFile = args.at(at + 1);
        args.remove(at, 2);
    }
    QString dataDir; // default: a fresh folder; given: its fix journal is read (an interrupted fix, ...)
    if (const qsizetype at = args.indexOf(QStringLiteral("--data-dir")); at > 2 && at + 1 < args.size()) {
        dataDir = args.at(at + 1);
        args.remove(at, 2);
    }
    // --size WxH: the window for the pages after Welcome (default 1240x880); --presenter: presenter
    // mode, and every file name starts with "presenter-".
    QSize windowSize(1240, 880);
    if (const qsizetype at = args.indexOf(QStringLiteral("--size")); at > 2 && at + 1 < args.size()) {
        const QStringList wh = args.at(at + 1).split(QLatin1Char('x'));
        if (wh.size() == 2)
            windowSize = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        args.remove(at, 2);
    }
    const bool presenter = args.removeAll(QStringLiteral("--presenter")) > 0;
    QString errorText;
    if (const qsizetype at = args.indexOf(QStringLiteral("--error")); at > 4 && at + 1 < args.size()) {
        errorText = args.at(at + 1);
        args.remove(at, 2);
    }
    const bool registerTour = args.size() >= 5 && args.at(3) == QLatin1String("--register");
    if (args.size() != 3 && !registerTour) {
        err() << "usage: mars_screenshot_tour <scenario.json> <output-folder> [--size WxH] [--presenter] [--language "
                 "L] [--high-contrast] "
                 "[--register <prefix> [<check-id>...]]"
              << Qt::endl;
        return 2;
    }
    QString error;
    std::shared_ptr<SystemProbe> system = ScenarioSystem::fromFile(args.at(1), &error);
    if (!system) {
        err() << error << Qt::endl;
        return 2;
    }
    const QDir out(args.at(2));
    if (!QDir().mkpath(out.path()))
        return 2;
    QTemporaryDir data;
    const WizardSession session = guitest::makeSession(system, std::make_shared<const CheckCatalog>(builtinCatalog()),
                                                       dataDir.isEmpty() ? data.path() : dataDir);

    TroubleshooterWizard wizard(session);
    wizard.setPresenterMode(presenter);
    wizard.resize(wizard.minimumSize()); // the smallest size must not clip anything
    wizard.show();
    const QString namePrefix = presenter ? QStringLiteral("presenter-") : QString();
    const auto shot = [&out, namePrefix](const QString& name) { return out.filePath(namePrefix + name); };

    auto page = [&wizard] { return wizard.currentPage(); };
    auto complete = [&] { return page() && page()->isComplete(); };
    auto fixDialog = [] { return guitest::visibleTopLevel<FixDialog>(QStringLiteral("fixDialog")); };
    std::unique_ptr<guitest::RepairDriver> repair;
    auto next = [&wizard] {
        wizard.next();
        return true;
    };

    // The registration tour: Register page, then each named check's detail.
    QList<Step> registerSteps;
    if (registerTour) {
        const QString prefix = args.at(4);
        if (!vaultFile.isEmpty()) {
            registerSteps.append(
                    {"choose the vault file",
                     [&] { return page()->findChild<QLineEdit*>(QStringLiteral("vaultCredentialsLineEdit")); },
                     [&] {
                         wizard.resize(windowSize);
                         page()->findChild<QLineEdit*>(QStringLiteral("vaultCredentialsLineEdit"))->setText(vaultFile);
                         return true;
                     }});
            registerSteps.append(
                    {"vault file checked",
                     [&] {
                         auto* label = page()->findChild<QLabel*>(QStringLiteral("vaultPreviewLabel"));
                         return label && label->isVisible() && !label->text().startsWith(QStringLiteral("Checking"));
                     },
                     [&, prefix] { return save(&wizard, shot(prefix + QStringLiteral("welcome-vault.png"))); }});
        }
        if (!errorText.isEmpty()) {
            registerSteps.append(
                    {"type the error",
                     [&] { return page()->findChild<QLineEdit*>(QStringLiteral("reportedErrorLineEdit")); },
                     [&] {
                         wizard.resize(windowSize);
                         page()->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
                         page()->findChild<QLineEdit*>(QStringLiteral("reportedErrorLineEdit"))->setText(errorText);
                         return true;
                     }});
            registerSteps.append(
                    {"error explained",
                     [&] {
                         auto* label = page()->findChild<QLabel*>(QStringLiteral("reportedErrorMatchLabel"));
                         return label && label->isVisible();
                     },
                     [&, prefix] { return save(&wizard, shot(prefix + QStringLiteral("welcome-error.png"))); }});
        }
        registerSteps.append({"welcome",
                              [&] {
                                  auto* label = page()->findChild<QLabel*>(QStringLiteral("elevationLabel"));
                                  return label && label->text() != QStringLiteral("Checking…");
                              },
                              [&] {
                                  auto* goal =
                                          page()->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"));
                                  if (!goal)
                                      return false;
                                  goal->click();
                                  wizard.resize(windowSize);
                                  return next();
                              }});
        registerSteps.append({"register checks", complete, [&, prefix] {
                                  return save(&wizard, shot(prefix + QStringLiteral("register-checks.png")));
                              }});
        for (const QString& checkId : args.mid(5)) {
            registerSteps.append({"select a check", complete, [&, checkId] {
                                      auto* list = page()->findChild<QListView*>(QStringLiteral("checkListView"));
                                      const int row = guitest::rowOf(list ? list->model() : nullptr, checkId);
                                      if (row < 0) {
                                          err() << "no check " << checkId << " on the page" << Qt::endl;
                                          return false;
                                      }
                                      list->setCurrentIndex(list->model()->index(row, 0));
                                      return true;
                                  }});
            registerSteps.append({"picture of the check", complete, [&, prefix, checkId] {
                                      return save(&wizard, shot(prefix + checkId + QStringLiteral(".png")));
                                  }});
        }
        if (!errorText.isEmpty()) {
            registerSteps.append({"to the summary", complete, next});
            registerSteps.append({"summary explains the error",
                                  [&] {
                                      auto* label = page()->findChild<QLabel*>(QStringLiteral("reportedErrorLabel"));
                                      auto* saveButton =
                                              page()->findChild<QPushButton*>(QStringLiteral("saveReportButton"));
                                      return label && label->isVisible() && saveButton && saveButton->isEnabled();
                                  },
                                  [&, prefix] { return save(&wizard, shot(prefix + QStringLiteral("summary.png"))); }});
        }
    }

    const QList<Step> installSteps = {
            {"welcome",
             [&] {
                 auto* label = page()->findChild<QLabel*>(QStringLiteral("elevationLabel"));
                 return label && label->text() != QStringLiteral("Checking…");
             },
             [&] { return save(&wizard, shot(QStringLiteral("welcome.png"))) && next(); }},
            // The check pages at a usual desktop size, so the pictures show most of the list.
            {"widen", [] { return true; },
             [&] {
                 wizard.resize(windowSize);
                 return true;
             }},
            {"install checks", complete,
             [&] {
                 if (!save(&wizard, shot(QStringLiteral("install-checks.png"))))
                     return false;
                 // Open the first fix the selected (first failing) check offers.
                 const QList<QPushButton*> buttons = page()->findChildren<QPushButton*>();
                 for (QPushButton* b : buttons) {
                     if (b->objectName().startsWith(QStringLiteral("fixButton_")) && b->isVisible()) {
                         b->click();
                         return true;
                     }
                 }
                 err() << "no fix button on the install page; skipping the fix dialog picture" << Qt::endl;
                 return true;
             }},
            {"fix dialog",
             [&] {
                 FixDialog* d = fixDialog();
                 return !d || d->stage() == FixDialog::Stage::Ready;
             },
             [&] {
                 FixDialog* d = fixDialog();
                 if (!d)
                     return true;
                 const bool ok = save(d, shot(QStringLiteral("install-checks-fix-dialog.png")));
                 d->reject();
                 return ok;
             }},
            {"repair every fault",
             [&] {
                 if (!repair)
                     repair = std::make_unique<guitest::RepairDriver>(page());
                 return repair->step(); // it opens and closes the fix dialogs itself
             },
             [&] {
                 err() << "fixes: " << repair->log().join(QStringLiteral(", ")) << Qt::endl;
                 auto* rerunAll = page()->findChild<QPushButton*>(QStringLiteral("rerunAllButton"));
                 if (rerunAll)
                     rerunAll->click();
                 return rerunAll != nullptr;
             }},
            {"install checks after fixes", complete,
             [&] { return save(&wizard, shot(QStringLiteral("install-checks-after-fixes.png"))) && next(); }},
            {"register checks", complete,
             [&] { return save(&wizard, shot(QStringLiteral("register-checks.png"))) && next(); }},
            {"summary",
             [&] {
                 auto* copy = page()->findChild<QPushButton*>(QStringLiteral("copySummaryButton"));
                 return copy && copy->isEnabled();
             },
             [&] {
                 if (!save(&wizard, shot(QStringLiteral("summary.png"))))
                     return false;
                 auto* bundle = page()->findChild<QPushButton*>(QStringLiteral("supportBundleButton"));
                 if (bundle)
                     bundle->click();
                 return bundle != nullptr;
             }},
            {"support bundle",
             [&] {
                 auto* d = page()->findChild<QDialog*>(QStringLiteral("supportBundleDialog"));
                 auto* saveButton = d ? d->findChild<QPushButton*>(QStringLiteral("saveBundleButton")) : nullptr;
                 return saveButton && saveButton->isEnabled();
             },
             [&] {
                 auto* d = page()->findChild<QDialog*>(QStringLiteral("supportBundleDialog"));
                 const bool ok = save(d, shot(QStringLiteral("summary-support-bundle.png")));
                 d->reject();
                 return ok;
             }},
    };
    const QList<Step>& steps = registerTour ? registerSteps : installSteps;

    int index = 0;
    int exitCode = 0;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(100);
    bool settled = false;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (index >= steps.size()) // finished; quit() is on its way
            return;
        if (clock.elapsed() > 120000) {
            err() << "timed out waiting for step: " << steps.at(index).name << Qt::endl;
            exitCode = 1;
            app.exit(exitCode); // not quit(): that closes the windows first, and the wizard asks to save the report
            return;
        }
        const Step& step = steps.at(index);
        if (!step.ready()) {
            settled = false;
            return;
        }
        // Ready on two polls in a row: the layout passes queued by the last update (word-wrapped
        // labels, the detail panel) have run, so the picture is what a user sees.
        if (!settled) {
            settled = true;
            return;
        }
        settled = false;
        poll.stop(); // an act may run the event loop (a picture, a dialog): no tick inside it
        if (!step.act())
            exitCode = 1;
        if (++index == steps.size() || exitCode != 0) {
            app.exit(exitCode); // not quit(): that closes the windows first, and the wizard asks to save the report
            return;
        }
        poll.start();
    });
    // Give the window a moment to settle before the first picture.
    QTimer::singleShot(500, &poll, qOverload<>(&QTimer::start));
    const int rc = QApplication::exec();
    return rc != 0 ? rc : exitCode;
}
