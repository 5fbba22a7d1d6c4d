// SPDX-License-Identifier: MIT
// runTool, which runs w32tm for resyncClock(): the exit code and the merged, decoded output of a
// tool that ends; a program that cannot start; the time-out and the stop token, each of which
// kills a tool that would run for a minute and returns at once; a stop requested before the
// start; and the cap on a flood of output. The tool is this test executable itself started with
// "--child", so the test needs no shell and runs the same on Linux and under Wine.
#include "system/ToolRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <thread>

using namespace mars;

namespace {
// The child's modes: "exit <code>" prints to both streams and exits, "sleep" runs a minute,
// "flood" prints a megabyte.
int child(const char* mode, const char* argument)
{
    if (qstrcmp(mode, "exit") == 0) {
        std::fputs("hello from the tool\n", stdout);
        std::fflush(stdout);
        std::fputs("and its error stream\n", stderr);
        return QByteArray(argument).toInt();
    }
    if (qstrcmp(mode, "sleep") == 0) {
        QThread::sleep(60);
        return 0;
    }
    if (qstrcmp(mode, "flood") == 0) {
        const QByteArray line(1023, 'x');
        for (int i = 0; i < 1024; ++i)
            std::printf("%s\n", line.constData());
        return 0;
    }
    return 99;
}

QString self()
{
    return QCoreApplication::applicationFilePath();
}
QStringList childArguments(const char* mode, const char* argument = "")
{
    return {QStringLiteral("--child"), QString::fromLatin1(mode), QString::fromLatin1(argument)};
}
} // namespace

class TestToolRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodeAndOutput();
    void notStarted();
    void timedOut();
    void stopped();
    void stoppedBeforeTheStart();
    void outputIsCapped();
};

void TestToolRun::exitCodeAndOutput()
{
    const ToolRun run = runTool(self(), childArguments("exit", "3"), 30000, {});
    QCOMPARE(run.end, ToolRun::End::Exited);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.output.contains(QStringLiteral("hello from the tool")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("and its error stream")), qPrintable(run.output));
    QCOMPARE(runTool(self(), childArguments("exit", "0"), 30000, {}).exitCode, 0);
}

void TestToolRun::notStarted()
{
    const ToolRun run =
            runTool(QCoreApplication::applicationDirPath() + QStringLiteral("/no-such-tool.exe"), {}, 30000, {});
    QCOMPARE(run.end, ToolRun::End::NotStarted);
    QVERIFY(!run.error.isEmpty());
}

void TestToolRun::timedOut()
{
    QElapsedTimer clock;
    clock.start();
    const ToolRun run = runTool(self(), childArguments("sleep"), 500, {});
    QCOMPARE(run.end, ToolRun::End::TimedOut);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(run.elapsed_ms >= 500);
}

void TestToolRun::stopped()
{
    std::stop_source source;
    std::thread canceller([&source] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        source.request_stop();
    });
    QElapsedTimer clock;
    clock.start();
    const ToolRun run = runTool(self(), childArguments("sleep"), 60000, source.get_token());
    canceller.join();
    QCOMPARE(run.end, ToolRun::End::Stopped);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void TestToolRun::stoppedBeforeTheStart()
{
    std::stop_source source;
    source.request_stop();
    const ToolRun run = runTool(self(), childArguments("exit", "0"), 30000, source.get_token());
    QCOMPARE(run.end, ToolRun::End::Stopped);
    QVERIFY(run.output.isEmpty());
}

void TestToolRun::outputIsCapped()
{
    const ToolRun run = runTool(self(), childArguments("flood"), 30000, {});
    QCOMPARE(run.end, ToolRun::End::Exited);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.size() <= kToolOutputCap && run.output.size() > kToolOutputCap - 2048,
             qPrintable(QString::number(run.output.size())));
}

int main(int argc, char** argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argv[2], argc >= 4 ? argv[3] : "");
    QCoreApplication app(argc, argv);
    TestToolRun test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestToolRun.moc"
