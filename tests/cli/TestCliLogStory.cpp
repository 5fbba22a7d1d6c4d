// SPDX-License-Identifier: MIT
// The log as second-line support reads it (issue #13): one console run of the real executable on a
// shipped scenario, and its log file alone tells the session — the start with the version, the
// parsed options and whether the machine was simulated; one line per check with its verdict and
// its sentence; the overall result; the JSON report's path; the exit code; the end. The password
// of a --proxy address given on the command line is in none of it.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kProxyPassword = QStringLiteral("Story-Proxy-Pw-7c2f41");

QStringList linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // spdlog ends lines with \r\n on Windows.
    return QString::fromUtf8(file.readAll()).remove(u'\r').split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

class TestCliLogStory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logTellsTheSession();
};

void TestCliLogStory::logTellsTheSession()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QProcess version;
    version.start(QStringLiteral(MARS_APP_PATH), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(60000));
    const QString versionText =
            QString::fromUtf8(version.readAllStandardOutput()).trimmed(); // "mars-troubleshooter 1.2.3"
    QVERIFY(versionText.startsWith(QLatin1String("mars-troubleshooter ")));

    const QString scenario = QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/broken-install.json");
    const QString json = data.filePath(QStringLiteral("report.json"));
    QProcess process;
    process.start(QStringLiteral(MARS_APP_PATH),
                  {QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("install"),
                   QStringLiteral("--scenario"), scenario, QStringLiteral("--data-dir"), data.path(),
                   QStringLiteral("--error"), QStringLiteral("Error 1603 during setup"), QStringLiteral("--proxy"),
                   QStringLiteral("http://helpdesk:%1@127.0.0.1:9").arg(kProxyPassword), QStringLiteral("--json"),
                   json});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);

    QFile reportFile(json);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QVERIFY(findings.size() > 10);

    const QStringList lines = linesOf(data.filePath(QStringLiteral("logs/mars-troubleshooter.log")));
    QVERIFY(!lines.isEmpty());
    const QString all = lines.join(u'\n');
    QVERIFY2(!all.contains(kProxyPassword), "the proxy password reached the log");
    QVERIFY2(!linesOf(data.filePath(QStringLiteral("logs/mars-audit.log"))).join(u'\n').contains(kProxyPassword),
             "the proxy password reached the audit log");
    const QString tag = QStringLiteral("[%1]").arg(report.value(QStringLiteral("sessionId")).toString());
    for (const QString& line : lines)
        QVERIFY2(line.contains(tag), qPrintable(line));

    // The start: version, simulated, the parsed options (the proxy without its credentials).
    const QString start = lines.constFirst();
    QVERIFY2(start.contains(QStringLiteral("[app] session start: ") + versionText + QLatin1Char(' ')),
             qPrintable(start));
    QVERIFY2(start.contains(QLatin1String("; simulated: yes;")), qPrintable(start));
    const QStringList options{QStringLiteral("--cli"),
                              QStringLiteral("--phase install"),
                              QStringLiteral("--goal install"),
                              QStringLiteral("--cloud public"),
                              QStringLiteral("--scenario ") + scenario,
                              QStringLiteral("--error \"Error 1603 during setup\""),
                              QStringLiteral("--json ") + json,
                              QStringLiteral("--proxy http://127.0.0.1:9")};
    for (const QString& option : options)
        QVERIFY2(start.contains(option), qPrintable(option + QStringLiteral(" not in: ") + start));

    // One line per check: its verdict and the sentence the report shows.
    for (const QJsonValue& f : findings) {
        const QString id = f[QStringLiteral("id")].toString();
        const QRegularExpression finished(
                QStringLiteral("\\[checks\\] %1 finished: %2 in \\d+ ms: (.*)$")
                        .arg(QRegularExpression::escape(id), f[QStringLiteral("verdict")].toString()));
        const QStringList matching = lines.filter(finished);
        QVERIFY2(matching.size() == 1, qPrintable(id));
        QCOMPARE(finished.match(matching.constFirst()).captured(1), f[QStringLiteral("summary")].toString());
    }

    // The end: the overall result, the report written, the exit code, the session's end (last).
    QCOMPARE(lines.filter(QStringLiteral("[app] overall result: fail (")).size(), 1);
    QCOMPARE(lines.filter(QStringLiteral("[app] report written to ") + QFileInfo(json).absoluteFilePath()).size(), 1);
    QCOMPARE(lines.filter(QStringLiteral("[app] exit code 2")).size(), 1);
    QVERIFY2(lines.constLast().endsWith(QStringLiteral("[app] session end, exit code 2")),
             qPrintable(lines.constLast()));
}

QTEST_GUILESS_MAIN(TestCliLogStory)
#include "TestCliLogStory.moc"
