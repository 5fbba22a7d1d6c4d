// SPDX-License-Identifier: MIT
// mars_bench_wizard_stalls (issue #16): the longest time the GUI thread could not answer during a
// whole walk-through of a simulated machine, with a fix journal of N MB already on disk.
//
// The walk: Welcome -> installation checks -> every offered fix applied (RepairDriver; on
// broken-install.json that includes the 70,000-file temp cleanup) -> "Re-run all" -> an Undo of
// the install-folder fix -> registration checks -> Summary -> "Save report…" (HTML) -> the support
// bundle's list. A GuiHeartbeat ticks every 2 ms on the GUI thread; every gap is booked to the
// step the walk is in. Prints the longest gap per step, the five longest overall, and last the
// ratio of the longest to the goal (30 ms).
//
// usage: mars_bench_wizard_stalls [--scenario FILE] [--journal-mb N] [--platform offscreen|xcb]
#include "FixDialog.h"
#include "GuiHeartbeat.h"
#include "RepairDriver.h"
#include "TroubleshooterWizard.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/common/FolderAttributesFix.h"
#include "catalog/install/InstallDirAttributesCheck.h"
#include "engine/FixJournal.h"
#include "engine/GuardedSystem.h"
#include "engine/SessionId.h"
#include "engine/ThreadGuard.h"
#include "logging/Redactor.h"
#include "system/ScenarioSystem.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <functional>

using namespace mars;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Another session's lines (a simulated machine's: the wizard parses them, none is undoable here)
// until the file has `megabytes` MB: what years of use leave behind.
bool fillJournal(const QString& path, int megabytes)
{
    auto redactor = std::make_shared<Redactor>();
    FixJournal journal(path, QStringLiteral("20250101-000000-old"), redactor);
    FixPlan plan;
    plan.fixId = FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir);
    plan.checkId = InstallDirAttributesCheck::id();
    plan.summary = QStringLiteral("Clear hidden and compressed on C:\\Program Files\\Microsoft Azure Recovery "
                                  "Services Agent");
    plan.reversible = true;
    plan.changes = {{QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent"),
                     QStringLiteral("hidden, compressed"), QStringLiteral("none")}};
    FixOutcome outcome;
    outcome.result = FixResult::Applied;
    outcome.summary = QStringLiteral("Cleared.");
    outcome.undo = QJsonObject{{QStringLiteral("path"), plan.changes.constFirst().target}};
    const qint64 target = qint64(megabytes) * 1024 * 1024;
    QString error;
    while (QFileInfo(path).size() < target) {
        for (int i = 0; i < 200; ++i) {
            if (journal.record(plan, outcome, true, &error).entryId.isEmpty()) {
                out() << "cannot fill the journal: " << error << Qt::endl;
                return false;
            }
        }
    }
    return true;
}

struct Step
{
    const char* name;
    std::function<bool()> ready; // polled until true
    std::function<bool()> act; // false: the walk failed
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QString scenario = QStringLiteral(":/scenarios/broken-install.json");
    int journalMb = 10;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--scenario") && i + 1 < args.size())
            scenario = args.at(++i);
        else if (args.at(i) == QLatin1String("--journal-mb") && i + 1 < args.size())
            journalMb = args.at(++i).toInt();
        else {
            out() << "usage: mars_bench_wizard_stalls [--scenario FILE] [--journal-mb N]" << Qt::endl;
            return 3;
        }
    }

    QTemporaryDir data;
    const QString journalPath = QDir(data.path()).filePath(QStringLiteral("fix-journal.jsonl"));
    QElapsedTimer fillClock;
    fillClock.start();
    if (journalMb > 0 && !fillJournal(journalPath, journalMb))
        return 4;
    out() << "journal: " << QFileInfo(journalPath).size() / 1024 << " KB of earlier lines (made in "
          << fillClock.elapsed() << " ms)" << Qt::endl;

    QString error;
    std::shared_ptr<SystemProbe> system = ScenarioSystem::fromFile(scenario, &error);
    if (!system) {
        out() << error << Qt::endl;
        return 4;
    }
    // The session as the composition root builds it, with the GUI-thread guard counting instead
    // of failing (a bench measures; the GUI tests fail on it).
    std::atomic<int> guardReports{0};
    ThreadGuard::setHandler([&guardReports](const char* what) {
        if (guardReports++ < 5)
            qWarning("OS call on the GUI thread: %s", what);
    });
    WizardSession session;
    session.sessionId = newSessionId();
    session.catalog = std::make_shared<const CheckCatalog>(builtinCatalog());
    session.environment.system = guardedAgainstGuiThread(system);
    session.redactor = std::make_shared<Redactor>();
    session.journal = std::make_shared<FixJournal>(journalPath, session.sessionId, session.redactor);
    session.environment.journal = session.journal;
    session.logFilePath = QDir(data.path()).filePath(QStringLiteral("mars-troubleshooter.log"));

    guitest::GuiHeartbeat heartbeat;
    TroubleshooterWizard wizard(session);
    wizard.resize(1366, 728);
    wizard.show();
    heartbeat.start();

    auto page = [&wizard] { return wizard.currentPage(); };
    auto complete = [&] { return page() && page()->isComplete(); };
    auto next = [&] {
        wizard.next();
        return true;
    };
    auto button = [&](QWidget* in, const char* name) {
        return in ? in->findChild<QPushButton*>(QLatin1String(name)) : nullptr;
    };
    auto fixDialog = [&]() -> FixDialog* {
        for (FixDialog* d : wizard.findChildren<FixDialog*>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    };
    std::unique_ptr<guitest::RepairDriver> repair;
    const QString undoName =
            QStringLiteral("undoButton_") + FolderAttributesFix::id(FolderAttributesFix::Folder::InstallDir);
    const QString reportPath = QDir(data.path()).filePath(QStringLiteral("report.html"));

    const QList<Step> steps = {
            {"welcome",
             [&] {
                 auto* label = page()->findChild<QLabel*>(QStringLiteral("elevationLabel"));
                 return label && label->text() != QStringLiteral("Checking…");
             },
             next},
            {"install checks", complete, [] { return true; }},
            {"every fix",
             [&] {
                 if (!repair)
                     repair = std::make_unique<guitest::RepairDriver>(page());
                 return repair->step();
             },
             [&] {
                 out() << "fixes: " << repair->log().join(QStringLiteral(", ")) << Qt::endl;
                 QPushButton* rerun = button(page(), "rerunAllButton");
                 if (rerun)
                     rerun->click();
                 return rerun != nullptr;
             }},
            {"re-run all", complete,
             [&] {
                 auto* list = page()->findChild<QListView*>(QStringLiteral("checkListView"));
                 const int row = guitest::rowOf(list->model(), InstallDirAttributesCheck::id());
                 list->setCurrentIndex(list->model()->index(row, 0));
                 return row >= 0;
             }},
            {"undo: open", [&] { return page()->findChild<QPushButton*>(undoName) != nullptr; },
             [&] {
                 page()->findChild<QPushButton*>(undoName)->click();
                 return true;
             }},
            {"undo: preview",
             [&] {
                 FixDialog* d = fixDialog();
                 return d && d->stage() == FixDialog::Stage::Ready;
             },
             [&] {
                 button(fixDialog(), "applyFixButton")->click();
                 return true;
             }},
            {"undo: apply",
             [&] {
                 FixDialog* d = fixDialog();
                 return d && d->stage() == FixDialog::Stage::Done;
             },
             [&] {
                 button(fixDialog(), "closeFixButton")->click();
                 return true;
             }},
            {"undo: re-check", complete, next},
            {"registration checks", complete, next},
            {"summary",
             [&] { return button(page(), "saveReportButton") && button(page(), "saveReportButton")->isEnabled(); },
             [&] {
                 button(page(), "saveReportButton")->click();
                 auto* files = page()->findChild<QFileDialog*>(QStringLiteral("saveReportFileDialog"));
                 if (!files)
                     return false;
                 Q_EMIT files->fileSelected(reportPath);
                 files->close();
                 return true;
             }},
            {"save report",
             [&] {
                 auto* feedback = page()->findChild<QLabel*>(QStringLiteral("reportFeedbackLabel"));
                 return feedback && feedback->text().startsWith(QStringLiteral("Report saved"));
             },
             [&] {
                 button(page(), "supportBundleButton")->click();
                 return true;
             }},
            {"support bundle",
             [&] {
                 auto* d = page()->findChild<QDialog*>(QStringLiteral("supportBundleDialog"));
                 return d && button(d, "saveBundleButton") && button(d, "saveBundleButton")->isEnabled();
             },
             [&] {
                 page()->findChild<QDialog*>(QStringLiteral("supportBundleDialog"))->reject();
                 return true;
             }},
    };

    int index = 0;
    int exitCode = 0;
    QElapsedTimer clock;
    clock.start();
    heartbeat.setPhase(QString::fromLatin1(steps.at(0).name));
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (clock.elapsed() > 600000) {
            out() << "timed out in step: " << steps.at(index).name << Qt::endl;
            exitCode = 1;
            app.exit(1);
            return;
        }
        const Step& step = steps.at(index);
        if (!step.ready())
            return;
        poll.stop();
        if (!step.act()) {
            out() << "step failed: " << step.name << Qt::endl;
            exitCode = 1;
            app.exit(1);
            return;
        }
        if (++index == steps.size()) {
            app.exit(0);
            return;
        }
        heartbeat.setPhase(QString::fromLatin1(steps.at(index).name));
        poll.start();
    });
    poll.start();
    const int rc = QApplication::exec();
    heartbeat.stop();
    if (rc != 0 || exitCode != 0)
        return 1;

    out() << "walk-through: " << clock.elapsed() << " ms, " << heartbeat.ticks() << " heartbeats" << Qt::endl;
    out() << "longest GUI-thread gap per step (beyond the 2 ms tick):" << Qt::endl;
    double worst = 0;
    for (const guitest::GuiHeartbeat::Gap& gap : heartbeat.longestPerPhase()) {
        out() << "  " << qSetFieldWidth(24) << Qt::left << gap.phase << qSetFieldWidth(0)
              << QString::number(gap.ms, 'f', 1) << " ms" << Qt::endl;
        worst = qMax(worst, gap.ms);
    }
    out() << "five longest:" << Qt::endl;
    for (const guitest::GuiHeartbeat::Gap& gap : heartbeat.longest(5))
        out() << "  " << QString::number(gap.ms, 'f', 1) << " ms in " << gap.phase << " at " << gap.at_ms << " ms"
              << Qt::endl;
    if (guardReports > 0)
        out() << "OS calls on the GUI thread: " << guardReports.load() << Qt::endl;
    out() << "longest stall / goal (30 ms): " << QString::number(worst, 'f', 1)
          << " / 30 = " << QString::number(worst / 30.0, 'f', 2) << Qt::endl;
    return 0;
}
