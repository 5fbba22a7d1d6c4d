// SPDX-License-Identifier: MIT
// mars_bench_startup_memory (issue #16): start-up time and resident memory of the wizard as
// ratios against a bare QWizard built by this bench, measured in the same run.
//
// The parent starts children of itself, alternating, `--runs` times each (median of each figure):
//   --child bare      QApplication + a QWizard with one "hello" page;
//   --child wizard    the troubleshooter's wizard (TroubleshooterWizard, the builtin catalog, a fix
//                     journal) as the composition root builds it, on this machine (start-up, memory
//                     at Welcome) and on the scenario (memory after its installation checks).
// A child says "ready" at its window's first paint; the parent times that from the moment it
// started the process (loading the program and its libraries included). The child then reports
// its resident memory (Linux VmRSS, Windows working set) at that moment and, for the wizard, once
// more after the installation checks of the scenario ran (broken-install.json: a simulated temp
// folder of 70,000 entries). Last lines: the three ratios.
//
// usage: mars_bench_startup_memory [--runs N] [--scenario FILE]
#include "TroubleshooterWizard.h"
#include "catalog/BuiltinCatalog.h"
#include "engine/FixJournal.h"
#include "engine/GuardedSystem.h"
#include "engine/SessionId.h"
#include "logging/Redactor.h"
#include "system/NativeSystem.h"
#include "system/ScenarioSystem.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>

#ifdef Q_OS_WIN
#include <windows.h>
#include <psapi.h>
#endif

using namespace mars;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 residentKb()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters{};
    if (::GetProcessMemoryInfo(::GetCurrentProcess(), &counters, sizeof counters))
        return qint64(counters.WorkingSetSize / 1024);
    return -1;
#else
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
#endif
}

// Milliseconds since main() began, for the wizard child's "phase" lines (where its start-up goes).
QElapsedTimer& sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

void phase(const char* name)
{
    out() << "phase " << name << '=' << sinceMain().elapsed() << Qt::endl;
}

// Says "ready" at the first paint of `watched`, then calls `then` on the next turn of the loop.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget* watched, std::function<void()> then)
        : m_then(std::move(then))
    {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            phase("first paint");
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                phase("ready");
                out() << "ready rss_kb=" << residentKb() << Qt::endl;
                m_then();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_done = false;
};

int bareChild(QApplication& app)
{
    phase("QApplication");
    QWizard wizard;
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Hello"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("hello"), page));
    wizard.addPage(page);
    FirstPaint paint(&wizard, [&app] { app.exit(0); });
    wizard.show();
    return QApplication::exec();
}

int wizardChild(QApplication& app, const QString& scenario)
{
    // This machine, as the program starts without --scenario; or the scenario (its parse counts).
    phase("QApplication");
    QString error;
    std::shared_ptr<SystemProbe> system = scenario.isEmpty() ? std::shared_ptr<SystemProbe>(createNativeSystem({}))
                                                             : ScenarioSystem::fromFile(scenario, &error);
    if (!system) {
        out() << error << Qt::endl;
        return 4;
    }
    phase("system");
    QTemporaryDir data;
    WizardSession session;
    session.sessionId = newSessionId();
    session.catalog = std::make_shared<const CheckCatalog>(builtinCatalog());
    phase("catalog");
    session.environment.system = guardedAgainstGuiThread(system);
    session.redactor = std::make_shared<Redactor>();
    phase("redactor");
    session.journal = std::make_shared<FixJournal>(QDir(data.path()).filePath(QStringLiteral("fix-journal.jsonl")),
                                                   session.sessionId, session.redactor);
    session.environment.journal = session.journal;
    phase("journal");
    TroubleshooterWizard wizard(session);
    phase("wizard built");
    QTimer poll;
    poll.setInterval(20);
    int stage = 0;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        QWizardPage* page = wizard.currentPage();
        if (stage == 0 && scenario.isEmpty()) { // start-up and memory at Welcome only
            stage = 3;
            app.exit(0);
        } else if (stage == 0 && page && wizard.currentId() == TroubleshooterWizard::Welcome) {
            stage = 1;
            wizard.next();
        } else if (stage == 1 && page && wizard.currentId() == TroubleshooterWizard::InstallChecks
                   && page->isComplete()) {
            stage = 2;
            // Let the last results settle (the list, the detail panel) before reading memory.
            QTimer::singleShot(500, &app, [&app] {
                out() << "after_install_checks rss_kb=" << residentKb() << Qt::endl;
                app.exit(0);
            });
        }
    });
    FirstPaint paint(&wizard, [&poll] { poll.start(); });
    wizard.show();
    phase("shown");
    return QApplication::exec();
}

struct ChildResult
{
    QList<std::pair<QByteArray, qint64>> phases; // the wizard child's, in order
    qint64 ready_ms = -1;
    qint64 readyRss_kb = -1;
    qint64 afterRss_kb = -1;
};

bool runChild(const QStringList& arguments, ChildResult* result)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted(30000))
        return false;
    QByteArray buffer;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        if (!child.waitForReadyRead(120000) && child.state() != QProcess::NotRunning)
            return false;
        buffer += child.readAll();
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(end).trimmed();
            buffer.remove(0, end + 1);
            const qint64 value = line.mid(line.indexOf('=') + 1).toLongLong();
            if (line.startsWith("ready ")) {
                result->ready_ms = clock.elapsed();
                result->readyRss_kb = value;
            } else if (line.startsWith("phase ")) {
                result->phases.append({line.mid(6, line.indexOf('=') - 6), value});
            } else if (line.startsWith("after_install_checks ")) {
                result->afterRss_kb = value;
            }
        }
        if (child.state() == QProcess::NotRunning && child.bytesAvailable() == 0)
            break;
    }
    child.waitForFinished(30000);
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 && result->ready_ms >= 0;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    sinceMain().start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QString scenario = QStringLiteral(":/scenarios/broken-install.json"); // a child: empty = this machine
    int runs = 5;
    QString child;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--scenario") && i + 1 < args.size())
            scenario = args.at(++i);
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--child") && i + 1 < args.size())
            child = args.at(++i);
        else {
            out() << "usage: mars_bench_startup_memory [--runs N] [--scenario FILE]" << Qt::endl;
            return 3;
        }
    }
    if (child == QLatin1String("bare"))
        return bareChild(app);
    if (child == QLatin1String("wizard"))
        return wizardChild(app, scenario);

    QList<qint64> bareReady, bareRss, wizardReady, wizardRss, wizardAfter;
    // Where the time goes, in ms since main() (process start to main() is the same for both).
    struct Phases
    {
        QList<QByteArray> names;
        QHash<QByteArray, QList<qint64>> ms;
        void add(const ChildResult& child)
        {
            for (const auto& [name, value] : child.phases) {
                if (!names.contains(name))
                    names.append(name);
                ms[name].append(value);
            }
        }
        QString medians() const
        {
            QString text;
            for (const QByteArray& name : names)
                text += QStringLiteral(" %1 %2").arg(QString::fromLatin1(name)).arg(median(ms.value(name)));
            return text;
        }
    } barePhases, wizardPhases;
    for (int i = 0; i < runs; ++i) {
        ChildResult bare, wizard, simulated;
        if (!runChild({QStringLiteral("--child"), QStringLiteral("bare")}, &bare)
            || !runChild({QStringLiteral("--child"), QStringLiteral("wizard"), QStringLiteral("--scenario"), QString()},
                         &wizard)
            || !runChild({QStringLiteral("--child"), QStringLiteral("wizard"), QStringLiteral("--scenario"), scenario},
                         &simulated)) {
            out() << "a child failed" << Qt::endl;
            return 1;
        }
        out() << "run " << i + 1 << ": bare QWizard " << bare.ready_ms << " ms, " << bare.readyRss_kb
              << " KB; wizard on this machine " << wizard.ready_ms << " ms, " << wizard.readyRss_kb
              << " KB at Welcome; on the scenario " << simulated.afterRss_kb << " KB after the installation checks"
              << Qt::endl;
        bareReady.append(bare.ready_ms);
        bareRss.append(bare.readyRss_kb);
        wizardReady.append(wizard.ready_ms);
        wizardRss.append(wizard.readyRss_kb);
        wizardAfter.append(simulated.afterRss_kb);
        barePhases.add(bare);
        wizardPhases.add(wizard);
    }
    out() << "phases, medians in ms since main(): bare QWizard:" << barePhases.medians() << Qt::endl
          << "  wizard on this machine:" << wizardPhases.medians() << Qt::endl;
    const auto ratio = [](qint64 a, qint64 b) { return QString::number(double(a) / double(b), 'f', 2); };
    out() << "medians: bare " << median(bareReady) << " ms / " << median(bareRss) << " KB; wizard "
          << median(wizardReady) << " ms / " << median(wizardRss) << " KB, " << median(wizardAfter)
          << " KB after the installation checks" << Qt::endl;
    out() << "start-up to first paint, wizard / bare QWizard (goal <= 1.25): "
          << ratio(median(wizardReady), median(bareReady)) << Qt::endl;
    out() << "memory at Welcome, wizard / bare QWizard: " << ratio(median(wizardRss), median(bareRss)) << Qt::endl;
    out() << "memory after the installation checks, wizard / bare QWizard (goal <= 1.5): "
          << ratio(median(wizardAfter), median(bareRss)) << Qt::endl;
    return 0;
}
