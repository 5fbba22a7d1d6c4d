// SPDX-License-Identifier: MIT
#include "ToolRun.h"

#include "TextDecoding.h"

#include <QElapsedTimer>
#include <QProcess>

namespace mars {

namespace {
constexpr int kPoll_ms = 50;
constexpr int kKillWait_ms = 2000;

void takeOutput(QProcess& process, QByteArray* bytes)
{
    const QByteArray more = process.readAll();
    if (bytes->size() < kToolOutputCap)
        bytes->append(more.left(kToolOutputCap - bytes->size()));
}
} // namespace

ToolRun runTool(const QString& program, const QStringList& arguments, int timeout_ms, const std::stop_token& stop)
{
    ToolRun run;
    QElapsedTimer clock;
    clock.start();
    if (stop.stop_requested()) {
        run.end = ToolRun::End::Stopped;
        return run;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(timeout_ms)) {
        run.end = ToolRun::End::NotStarted;
        run.error = process.errorString();
        run.elapsed_ms = clock.elapsed();
        return run;
    }
    QByteArray bytes;
    bool killed = false;
    while (process.state() != QProcess::NotRunning) {
        // Reads what arrived (so a chatty tool never blocks on a full pipe) and notices the end.
        process.waitForFinished(kPoll_ms);
        takeOutput(process, &bytes);
        if (process.state() == QProcess::NotRunning)
            break;
        const bool stopped = stop.stop_requested();
        if (stopped || clock.elapsed() >= timeout_ms) {
            run.end = stopped ? ToolRun::End::Stopped : ToolRun::End::TimedOut;
            process.kill();
            process.waitForFinished(kKillWait_ms);
            killed = true;
            break;
        }
    }
    takeOutput(process, &bytes);
    run.output = decodeTextTail(bytes.left(4), bytes, 0).text;
    run.elapsed_ms = clock.elapsed();
    if (!killed) {
        run.end = process.exitStatus() == QProcess::NormalExit ? ToolRun::End::Exited : ToolRun::End::Crashed;
        run.exitCode = process.exitCode();
    }
    return run;
}

} // namespace mars
