// SPDX-License-Identifier: MIT
// Logging: the rotating file and the in-memory ring carry the session id on every line, no
// secret written through a logger (or through qWarning) reaches either, Qt's own messages are
// routed in, the file rotates within its cap, and a log folder that cannot be written leaves
// the ring working instead of failing the start. The audit file: per-item lines go there only,
// every audit line is on disk at once, and a million of them neither push the session's start out
// of the story nor grow the audit files beyond their cap.
#include "logging/Logging.h"
#include "logging/Redactor.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <spdlog/spdlog.h>

#include <memory>

using namespace mars;

namespace {
const QString kSession = QStringLiteral("20260101-093000-4f1c2a");
const QString kRegisteredSecret = QStringLiteral("Vault-Passphrase-0042");

Q_LOGGING_CATEGORY(lcTest, "mars.test")

QStringList fileLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList result;
    // spdlog ends lines with \r\n on Windows.
    for (const QString& line : QString::fromUtf8(file.readAll()).remove(QLatin1Char('\r')).split(QLatin1Char('\n'))) {
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

QString sessionTag()
{
    return QLatin1Char('[') + kSession + QLatin1Char(']');
}

// Qt messages routed to the handler that was installed before Logging::init().
QStringList& capturedByPreviousHandler()
{
    static QStringList messages;
    return messages;
}

void previousHandler(QtMsgType, const QMessageLogContext&, const QString& message)
{
    capturedByPreviousHandler().append(message);
}
} // namespace

class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sessionIdOnEveryLineOfTheFile();
    void multiLineMessagesStayOneLine();
    void secretsNeverReachFileOrRing_data();
    void secretsNeverReachFileOrRing();
    void qtMessagesGoIntoTheLog();
    void shutdownRestoresTheQtHandler();
    void fileRotatesWithinItsCap();
    void unwritableFolderKeepsTheRing();
    void ringKeepsTheLastLinesOldestFirst();
    void auditLinesGoToTheAuditFile();
    void auditAndWarningLinesAreOnDiskAtOnce();
    void millionFileCleanupKeepsTheStory();

private:
    bool start(LogOptions options = {}, QString* error = nullptr);
    QString logFile() const { return QDir(m_dir->path()).filePath(QStringLiteral("logs/mars-troubleshooter.log")); }
    QString auditFile() const { return QDir(m_dir->path()).filePath(QStringLiteral("logs/mars-audit.log")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Redactor> m_redactor;
    bool m_started = false;
};

bool TestLogging::start(LogOptions options, QString* error)
{
    if (options.directory.isEmpty())
        options.directory = QDir(m_dir->path()).filePath(QStringLiteral("logs"));
    if (options.sessionId.isEmpty())
        options.sessionId = kSession;
    m_started = true;
    return Logging::init(options, m_redactor, error);
}

void TestLogging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_redactor = std::make_shared<Redactor>();
    m_redactor->addSecret(kRegisteredSecret);
}

void TestLogging::cleanup()
{
    if (m_started)
        Logging::shutdown(); // flushes and puts Qt's (QTest's) message handler back
    m_started = false;
}

void TestLogging::sessionIdOnEveryLineOfTheFile()
{
    QString error;
    QVERIFY2(start({}, &error), qPrintable(error));
    QCOMPARE(Logging::logFilePath(), logFile());

    Logging::logger(QStringLiteral("checks"))->info("check {} started", "admin_membership");
    Logging::logger(QStringLiteral("audit"))->warn("deleted {} ({} bytes)", "/tmp/a.tmp", 10);
    Logging::logger(QStringLiteral("fixes"))->error("journal not written");
    spdlog::info("through the default logger");
    qWarning("a Qt warning");
    std::unique_ptr<QThread> worker(QThread::create([] {
        for (int i = 0; i < 20; ++i)
            Logging::logger(QStringLiteral("worker"))->info("from a worker thread {}", i);
    }));
    worker->start();
    QVERIFY(worker->wait(QDeadlineTimer(30000)));
    Logging::shutdown();
    m_started = false;

    const QStringList lines = fileLines(logFile());
    QCOMPARE(lines.size(), 5 + 20);
    for (const QString& line : lines)
        QVERIFY2(line.contains(sessionTag()), qPrintable(line));
    QVERIFY(lines.at(0).contains(QStringLiteral("[checks] check admin_membership started")));
    QVERIFY(lines.at(1).contains(QStringLiteral("[warning] [audit] deleted /tmp/a.tmp (10 bytes)")));
    QVERIFY(lines.at(3).contains(QStringLiteral("through the default logger")));
}

void TestLogging::multiLineMessagesStayOneLine()
{
    // A newline inside a message (an exception text, a file name with a line break) must not
    // start a log line without the session id, nor let a file name forge an audit line.
    QVERIFY(start());
    const QString forged = QStringLiteral("x.tmp\n[2026-01-01 00:00:00.000] [forged-session] [info] [audit] deleted "
                                          "/etc/passwd");
    Logging::logger(QStringLiteral("audit"))->info("deleted {} (0 bytes)", forged.toStdString());
    qWarning("first line\nsecond line\r\nthird line");
    Logging::shutdown();
    m_started = false;

    const QStringList lines = fileLines(logFile());
    QCOMPARE(lines.size(), 2);
    for (const QString& line : lines) {
        QVERIFY2(line.contains(sessionTag()), qPrintable(line));
        QVERIFY2(!line.startsWith(QStringLiteral("[2026-01-01 00:00:00.000] [forged-session]")), qPrintable(line));
    }
    QVERIFY(lines.at(0).contains(QStringLiteral("/etc/passwd"))); // kept, but inside the real line
    QVERIFY(lines.at(1).contains(QStringLiteral("third line")));
}

void TestLogging::secretsNeverReachFileOrRing_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    QTest::newRow("key=value") << QStringLiteral("proxy settings: password=hunter2") << QStringLiteral("hunter2");
    QTest::newRow("registered secret") << QStringLiteral("registering with ") + kRegisteredSecret << kRegisteredSecret;
    QTest::newRow("vault credentials cert")
            << QStringLiteral("read <ManagementCert>MIIKZAIBAzCCCiAGCSqGSIb3DQEHAaCCChEEggoN</ManagementCert>")
            << QStringLiteral("MIIKZAIBAzCCCiAGCSqGSIb3DQEHAaCCChEEggoN");
    QTest::newRow("proxy url") << QStringLiteral("proxy http://bob:Pr0xyPass@proxy:8080/")
                               << QStringLiteral("Pr0xyPass");
}

void TestLogging::secretsNeverReachFileOrRing()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    QVERIFY(start());
    const std::string text = message.toStdString();
    Logging::logger(QStringLiteral("checks"))->info(text);
    Logging::logger(QStringLiteral("audit"))->warn("formatted: {}", text);
    spdlog::error(text);
    qWarning("%s", text.c_str());
    qCWarning(lcTest, "%s", text.c_str());

    const QStringList ring = Logging::recentLines();
    QCOMPARE(ring.size(), 5);
    for (const QString& line : ring) {
        QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY2(line.contains(Redactor::marker()), qPrintable(line));
    }
    Logging::shutdown();
    m_started = false;
    QFile file(logFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QCOMPARE(written.count(Redactor::marker()), 5);
    QVERIFY2(!written.contains(secret), qPrintable(written));
}

void TestLogging::qtMessagesGoIntoTheLog()
{
    QVERIFY(start());
    qWarning("disk %s is almost full", "C:");
    qCWarning(lcTest) << "category message";
    qCritical("a critical one");
    qInfo("an info one");
    const QStringList ring = Logging::recentLines();
    QCOMPARE(ring.size(), 4);
    QVERIFY2(ring.at(0).contains(QStringLiteral("[warning] [qt] disk C: is almost full")), qPrintable(ring.at(0)));
    QVERIFY2(ring.at(1).contains(QStringLiteral("[warning] [qt] mars.test: category message")), qPrintable(ring.at(1)));
    QVERIFY2(ring.at(2).contains(QStringLiteral("[error] [qt] a critical one")), qPrintable(ring.at(2)));
    QVERIFY2(ring.at(3).contains(QStringLiteral("[info] [qt] an info one")), qPrintable(ring.at(3)));
    for (const QString& line : ring)
        QVERIFY(line.contains(sessionTag()));
    Logging::shutdown();
    m_started = false;
    const QStringList lines = fileLines(logFile());
    QCOMPARE(lines.size(), 4); // warnings flush at once; the rest on shutdown
    QVERIFY(lines.at(0).contains(QStringLiteral("disk C: is almost full")));
}

void TestLogging::shutdownRestoresTheQtHandler()
{
    capturedByPreviousHandler().clear();
    const QtMessageHandler original = qInstallMessageHandler(previousHandler);
    QVERIFY(start());
    qWarning("while logging");
    Logging::shutdown();
    m_started = false;
    qWarning("after shutdown");
    qInstallMessageHandler(original);
    QCOMPARE(capturedByPreviousHandler(), QStringList{QStringLiteral("after shutdown")});
    const QStringList lines = fileLines(logFile());
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().contains(QStringLiteral("while logging")));
}

void TestLogging::fileRotatesWithinItsCap()
{
    LogOptions options;
    options.maxFile_bytes = 4096;
    options.maxFiles = 2; // rotated files kept besides the current one
    QVERIFY(start(options));
    const std::string padding(80, 'x');
    auto logger = Logging::logger(QStringLiteral("checks"));
    for (int i = 0; i < 400; ++i)
        logger->info("line {} {}", i, padding);
    Logging::shutdown();
    m_started = false;

    const QDir logs(QDir(m_dir->path()).filePath(QStringLiteral("logs")));
    const QStringList files = logs.entryList({QStringLiteral("mars-troubleshooter*.log")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
             (QStringList{QStringLiteral("mars-troubleshooter.1.log"), QStringLiteral("mars-troubleshooter.2.log"),
                          QStringLiteral("mars-troubleshooter.log")}));
    for (const QString& name : files) {
        QVERIFY2(QFileInfo(logs.filePath(name)).size() <= options.maxFile_bytes, qPrintable(name));
        const QStringList lines = fileLines(logs.filePath(name));
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines)
            QVERIFY2(line.contains(sessionTag()), qPrintable(line));
    }
    // The newest lines are in the current file.
    QVERIFY(fileLines(logFile()).constLast().contains(QStringLiteral("line 399 ")));
}

void TestLogging::unwritableFolderKeepsTheRing()
{
    // A regular file where the log folder should be: even root cannot create it.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    LogOptions options;
    options.directory = blocker + QStringLiteral("/logs");
    QString error;
    QVERIFY(!start(options, &error));
    QVERIFY2(error.contains(QStringLiteral("mars-troubleshooter.log")), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write the log file")), qPrintable(error));
    QVERIFY(Logging::logFilePath().isEmpty());

    Logging::logger(QStringLiteral("app"))->warn("still logging to memory");
    const QStringList ring = Logging::recentLines();
    QCOMPARE(ring.size(), 1);
    QVERIFY(ring.first().contains(QStringLiteral("still logging to memory")));
    QVERIFY(ring.first().contains(sessionTag()));
}

void TestLogging::ringKeepsTheLastLinesOldestFirst()
{
    LogOptions options;
    options.ringCapacity_lines = 5;
    QVERIFY(start(options));
    auto logger = Logging::logger(QStringLiteral("checks"));
    for (int i = 0; i < 8; ++i)
        logger->info("entry {}", i);
    const QStringList all = Logging::recentLines();
    QCOMPARE(all.size(), 5);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(all.at(i).endsWith(QStringLiteral("entry %1").arg(i + 3)), qPrintable(all.at(i)));
    const QStringList two = Logging::recentLines(2);
    QCOMPARE(two.size(), 2);
    QVERIFY(two.at(0).endsWith(QStringLiteral("entry 6")));
    QVERIFY(two.at(1).endsWith(QStringLiteral("entry 7")));
    logger->debug("below the level"); // info is the default level without --verbose
    QVERIFY(Logging::recentLines(1).constFirst().endsWith(QStringLiteral("entry 7")));
}

void TestLogging::auditLinesGoToTheAuditFile()
{
    QVERIFY(start());
    QCOMPARE(Logging::auditFilePath(), auditFile());
    Logging::logger(QStringLiteral("checks"))->info("story line");
    Logging::logger(QStringLiteral("audit"))->info("temp cleanup started in /tmp");
    Logging::itemAudit()->info("deleted {} ({} bytes)", "/tmp/a.tmp", 10);
    Logging::itemAudit()->warn("not deleted {}: access denied, password=hunter2", "/tmp/b.tmp");
    Logging::logger(QStringLiteral("audit"))->info("temp cleanup finished: 1 deleted");
    const QStringList ring = Logging::recentLines();
    Logging::shutdown();
    m_started = false;

    const QStringList story = fileLines(logFile());
    QCOMPARE(story.size(), 3); // the story line and the two summary lines of the cleanup
    QCOMPARE(ring.size(), 3); // the in-app view shows the story
    for (const QStringList& lines : {story, ring})
        QVERIFY(lines.filter(QStringLiteral("/tmp/a.tmp")).isEmpty()
                && lines.filter(QStringLiteral("b.tmp")).isEmpty());
    const QStringList audit = fileLines(auditFile());
    QCOMPARE(audit.size(), 4);
    QVERIFY(audit.at(0).endsWith(QStringLiteral("[info] [audit] temp cleanup started in /tmp")));
    QVERIFY(audit.at(1).endsWith(QStringLiteral("[info] [audit] deleted /tmp/a.tmp (10 bytes)")));
    QVERIFY(audit.at(2).contains(QStringLiteral("[warning] [audit] not deleted /tmp/b.tmp")));
    QVERIFY2(audit.at(2).contains(QStringLiteral("password=") + Redactor::marker()), qPrintable(audit.at(2)));
    QVERIFY(audit.at(3).endsWith(QStringLiteral("temp cleanup finished: 1 deleted")));
    for (const QString& line : audit)
        QVERIFY2(line.contains(sessionTag()), qPrintable(line));
}

void TestLogging::auditAndWarningLinesAreOnDiskAtOnce()
{
    // A process killed mid-cleanup (SIGKILL, a crash) loses no record of a file already deleted:
    // each audit line reaches the file before the next deletion. Read back while still running.
    QVERIFY(start());
    Logging::logger(QStringLiteral("checks"))->info("buffered until the next flush");
    for (int i = 0; i < 3; ++i)
        Logging::itemAudit()->info("deleted /tmp/f{}.tmp (1 bytes)", i);
    QCOMPARE(fileLines(auditFile()).size(), 3);
    Logging::logger(QStringLiteral("audit"))->info("starting service obengine (was stopped)");
    QCOMPARE(fileLines(auditFile()).size(), 4);
    QVERIFY(fileLines(logFile()).constLast().endsWith(QStringLiteral("starting service obengine (was stopped)")));
    Logging::logger(QStringLiteral("fixes"))->info("an info line");
    Logging::logger(QStringLiteral("fixes"))->warn("a warning");
    QVERIFY(fileLines(logFile()).constLast().endsWith(QStringLiteral("a warning")));
}

void TestLogging::millionFileCleanupKeepsTheStory()
{
    // Issue #13: a cleanup of a million files wrote only "deleted" lines into every log file and
    // earlier sessions were gone. Now the per-file lines go to the audit file with its own cap.
    // The default caps and the bytes of a million lines of "deleted C:\Windows\Temp\tmp000001.tmp
    // (4096 bytes)" (~110 MB): a third as many lines with 240-character names, to stay within seconds.
    const LogOptions defaults;
    QVERIFY(start());
    Logging::logger(QStringLiteral("app"))->info("session start: mars-troubleshooter test");
    Logging::logger(QStringLiteral("audit"))->info("temp cleanup started in C:\\Windows\\Temp");
    auto perFile = Logging::itemAudit();
    std::string padding; // not one long base-64-like run, which the Redactor would mask
    while (padding.size() < 240 - 10)
        padding += "backup-";
    padding.resize(240 - 10);
    constexpr int kFiles = 330000;
    for (int i = 0; i < kFiles; ++i)
        perFile->info("deleted C:\\Windows\\Temp\\{}{:06}.tmp ({} bytes)", padding, i, 4096);
    Logging::logger(QStringLiteral("audit"))->info("temp cleanup finished: {} deleted", kFiles);
    Logging::shutdown();
    m_started = false;

    const QStringList story = fileLines(logFile());
    QCOMPARE(story.size(), 3);
    QVERIFY(story.constFirst().endsWith(QStringLiteral("session start: mars-troubleshooter test")));
    const QDir logs(QDir(m_dir->path()).filePath(QStringLiteral("logs")));
    qint64 auditBytes = 0;
    const QStringList auditFiles = logs.entryList({QStringLiteral("mars-audit*.log")}, QDir::Files);
    for (const QString& name : auditFiles) {
        const qint64 size = QFileInfo(logs.filePath(name)).size();
        QVERIFY2(size <= defaults.auditMaxFile_bytes, qPrintable(name));
        auditBytes += size;
    }
    QCOMPARE(auditFiles.size(), defaults.auditMaxFiles + 1); // it did rotate: the test wrote more than the cap
    QVERIFY(auditBytes <= defaults.auditMaxFile_bytes * (defaults.auditMaxFiles + 1));
    const QStringList current = fileLines(auditFile());
    QVERIFY(current.constFirst().contains(QString::fromStdString(padding))); // full-length lines were written
    QVERIFY(current.constLast().endsWith(QStringLiteral("temp cleanup finished: 330000 deleted")));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
