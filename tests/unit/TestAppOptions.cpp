// SPDX-License-Identifier: MIT
// The command line's path options, checked where they are given (issue #13): what each one is,
// that it exists, that it is the right kind, and that a cleanup target is never a drive root or a
// system folder. parseCommandLine() directly, no executable (TestCliExitCodes runs that).
#include "AppOptions.h"
#include "OptionPaths.h"
#include "ReportOutput.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;

class TestAppOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pathOptions_data();
    void pathOptions();
    void jsonPreCheckLeavesNothingBehind();
    void protectedFoldersResolveLinks();
    void reportWriteFailureKeepsTheRunsCode();

private:
    QTemporaryDir m_dir;
    QString m_file; // an existing file
};

void TestAppOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("a-file.txt"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

void TestAppOptions::pathOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // a part of the sentence; empty = accepted
    const QString dir = m_dir.path();
    const QString missing = m_dir.filePath(QStringLiteral("missing"));
    const QString scenario = QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/healthy-server.json");
    const auto args = [](std::initializer_list<QString> list) { return QStringList(list); };
    const auto s = [](const char* text) { return QString::fromUtf8(text); };

    QTest::newRow("json: a file in an existing folder") << args({s("--json"), dir + s("/r.json")}) << QString();
    QTest::newRow("json: an existing file") << args({s("--json"), m_file}) << QString();
    QTest::newRow("json: empty") << args({s("--json"), QString()}) << s("--json needs a file name");
    QTest::newRow("json: folder missing")
            << args({s("--json"), missing + s("/r.json")}) << s("the folder %1 does not exist").arg(missing);
    QTest::newRow("json: a folder") << args({s("--json"), dir}) << s("is a folder, not a file");
    QTest::newRow("json: under a file") << args({s("--json"), m_file + s("/r.json")})
                                        << s("%1 is a file, not a folder").arg(m_file);

    QTest::newRow("temp-dir: a folder") << args({s("--temp-dir"), dir}) << QString();
    QTest::newRow("temp-dir: the system temp folder") << args({s("--temp-dir"), QDir::tempPath()}) << QString();
    QTest::newRow("temp-dir: empty") << args({s("--temp-dir"), QString()}) << s("--temp-dir needs a folder name");
    QTest::newRow("temp-dir: missing") << args({s("--temp-dir"), missing})
                                       << s("the folder %1 does not exist").arg(missing);
    QTest::newRow("temp-dir: a file") << args({s("--temp-dir"), m_file}) << s("%1 is a file, not a folder").arg(m_file);
    QTest::newRow("temp-dir: with a scenario")
            << args({s("--temp-dir"), dir, s("--scenario"), scenario}) << s("cannot be combined with --scenario");
#ifdef Q_OS_WIN
    const QString root = QDir::rootPath();
    const QString system = qEnvironmentVariable("SystemRoot") + s("\\System32");
    const QString rootByDots = qEnvironmentVariable("SystemRoot") + s("\\..");
#else
    const QString rootByDots = s("/tmp/..");
    const QString root = s("/");
    const QString system = s("/usr");
#endif
    QTest::newRow("temp-dir: the root") << args({s("--temp-dir"), root}) << s("a drive root or a system folder");
    QTest::newRow("temp-dir: a system folder")
            << args({s("--temp-dir"), system}) << s("a drive root or a system folder");
    // ".." resolved before comparing: C:\Windows\.. and /tmp/.. are the root.
    QTest::newRow("temp-dir: the root through ..")
            << args({s("--temp-dir"), rootByDots}) << s("a drive root or a system folder");
    QTest::newRow("temp-dir: the home folder")
            << args({s("--temp-dir"), QDir::homePath()}) << s("a drive root or a system folder");

    QTest::newRow("data-dir: missing (created later)") << args({s("--data-dir"), missing}) << QString();
    QTest::newRow("data-dir: a file") << args({s("--data-dir"), m_file}) << s("%1 is a file, not a folder").arg(m_file);
    QTest::newRow("data-dir: empty") << args({s("--data-dir"), QString()}) << s("--data-dir needs a folder name");

    QTest::newRow("scenario: a file") << args({s("--scenario"), scenario}) << QString();
    QTest::newRow("scenario: missing") << args({s("--scenario"), missing})
                                       << s("the file %1 does not exist").arg(missing);
    QTest::newRow("scenario: a folder") << args({s("--scenario"), dir}) << s("is a folder, not a file");
#ifdef Q_OS_UNIX
    // Issue #14: a device or FIFO would block the read before any window appears.
    QTest::newRow("scenario: a device") << args({s("--scenario"), s("/dev/zero")})
                                        << s("is a device, pipe or socket, not an ordinary file");
    QTest::newRow("endpoints: a device") << args({s("--endpoints"), s("/dev/zero")})
                                         << s("is a device, pipe or socket, not an ordinary file");
#endif
    QTest::newRow("vault-credentials: missing") << args({s("--vault-credentials"), missing})
                                                << s("--vault-credentials: the file %1 does not exist").arg(missing);
    QTest::newRow("vault-credentials: a folder")
            << args({s("--vault-credentials"), dir}) << s("is a folder, not a file");
    QTest::newRow("install-dir: empty") << args({s("--install-dir"), s(" ")}) << s("--install-dir needs a folder name");
    QTest::newRow("endpoints: empty") << args({s("--endpoints"), QString()}) << s("--endpoints needs a value");
    QTest::newRow("endpoints: a folder") << args({s("--endpoints"), dir}) << s("--endpoints: ");
    QTest::newRow("trusted-roots: missing")
            << args({s("--trusted-roots"), missing}) << s("--trusted-roots: the file %1 does not exist").arg(missing);
}

void TestAppOptions::pathOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    AppOptions options;
    bool exitNow = false;
    QString why;
    const bool ok =
            parseCommandLine(QStringList{QStringLiteral("mars-troubleshooter"), QStringLiteral("--cli")} + arguments,
                             &options, &exitNow, &why);
    QVERIFY(!exitNow);
    if (error.isEmpty()) {
        QVERIFY2(ok, qPrintable(why));
        return;
    }
    QVERIFY2(!ok, "accepted");
    QVERIFY2(why.contains(QDir::toNativeSeparators(error)) || why.contains(error), qPrintable(why));
}

void TestAppOptions::jsonPreCheckLeavesNothingBehind()
{
    const QString path = m_dir.filePath(QStringLiteral("new-report.json"));
    QCOMPARE(optionPaths::outputFileProblem(QStringLiteral("--json"), path), QString());
    QVERIFY(!QFile::exists(path)); // tried, then removed
    QCOMPARE(optionPaths::outputFileProblem(QStringLiteral("--json"), m_file), QString());
    QFile existing(m_file);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("x")); // an existing file is not truncated by the check
}

void TestAppOptions::protectedFoldersResolveLinks()
{
#ifdef Q_OS_WIN
    QSKIP("symbolic links need a privilege on Windows");
#else
    const QString link = m_dir.filePath(QStringLiteral("link-to-root"));
    QVERIFY(QFile::link(QStringLiteral("/"), link));
    QVERIFY(optionPaths::cleanupFolderProblem(QStringLiteral("--temp-dir"), link)
                    .contains(QLatin1String("a drive root or a system folder")));
    QVERIFY(!optionPaths::protectedFolders().contains(QDir::tempPath()));
#endif
}

void TestAppOptions::reportWriteFailureKeepsTheRunsCode()
{
    Redactor redactor;
    Report report;
    QString message;
    const QString path = m_dir.filePath(QStringLiteral("gone/report.json"));
    QVERIFY(!writeReportAfterRun(redactor, report, path, ReportFormat::Json, 2, &message));
    QVERIFY2(message.contains(QLatin1String("Cannot write the report")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("The exit code, 2, is the run's own.")), qPrintable(message));
    QVERIFY(writeReportAfterRun(redactor, report, m_dir.filePath(QStringLiteral("report.json")), ReportFormat::Json, 2,
                                &message));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "TestAppOptions.moc"
