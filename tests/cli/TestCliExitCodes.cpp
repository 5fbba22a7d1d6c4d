// SPDX-License-Identifier: MIT
// The command line as a fleet script sees it: the real executable, its exit codes, its JSON.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliExitCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonCarriesIdsAndVerdicts();
    void helpListsEveryOption();

private:
    int run(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr);
    QTemporaryDir m_data;
};

int TestCliExitCodes::run(const QStringList& arguments, QByteArray* out, QByteArray* err)
{
    QProcess process;
    process.start(QStringLiteral(MARS_APP_PATH), QStringList{QStringLiteral("--data-dir"), m_data.path()} + arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestCliExitCodes::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    const auto scenario = [](const char* file) {
        return QStringList{QStringLiteral("--cli"), QStringLiteral("--scenario"),
                           QStringLiteral(MARS_SOURCE_DIR) + QLatin1String(file)};
    };
    QTest::newRow("healthy passes") << scenario("/resources/scenarios/healthy-server.json") << 0;
    QTest::newRow("warnings only") << scenario("/tests/data/scenarios/warnings-only.json") << 1;
    QTest::newRow("broken install fails") << scenario("/resources/scenarios/broken-install.json") << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--cli"), QStringLiteral("--frobnicate")} << 3;
    QTest::newRow("bad phase") << QStringList{QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("x")}
                               << 3;
    QTest::newRow("corrupt scenario") << scenario("/tests/data/scenarios/corrupt.json") << 3;
    QTest::newRow("missing scenario") << scenario("/tests/data/scenarios/does-not-exist.json") << 3;
    QTest::newRow("report not writable") << scenario("/resources/scenarios/healthy-server.json")
                                                    + QStringList{QStringLiteral("--json"),
                                                                  QStringLiteral("/nonexistent-dir/report.json")}
                                         << 4;
}

void TestCliExitCodes::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QByteArray out, err;
    QCOMPARE(run(arguments, &out, &err), code);
    if (code == 3)
        QVERIFY2(!err.trimmed().isEmpty(), "a usage error must say what is wrong");
    if (arguments.contains(QStringLiteral("--scenario")) && code != 3)
        QVERIFY2(out.contains("SIMULATED"), out.constData());
}

void TestCliExitCodes::jsonCarriesIdsAndVerdicts()
{
    const QString json = m_data.filePath(QStringLiteral("report.json"));
    QCOMPARE(run({QStringLiteral("--cli"), QStringLiteral("--phase"), QStringLiteral("install"),
                  QStringLiteral("--scenario"),
                  QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/broken-install.json"), QStringLiteral("--json"),
                  json}),
             2);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("simulated")).toBool(), true);
    QVERIFY(!root.value(QStringLiteral("sessionId")).toString().isEmpty());
    QHash<QString, QString> verdicts;
    for (const QJsonValue& v : root.value(QStringLiteral("findings")).toArray())
        verdicts.insert(v[QStringLiteral("id")].toString(), v[QStringLiteral("verdict")].toString());
    QCOMPARE(verdicts.value(QStringLiteral("admin_membership")), QStringLiteral("pass"));
    QCOMPARE(verdicts.value(QStringLiteral("process_elevated")), QStringLiteral("warning"));
    QCOMPARE(verdicts.value(QStringLiteral("windows_temp_tmp_count")), QStringLiteral("fail"));
}

void TestCliExitCodes::helpListsEveryOption()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
    for (const char* option : {"--cli", "--phase", "--json", "--scenario", "--temp-dir", "--install-dir",
                               "--vault-credentials", "--cloud", "--goal", "--data-dir", "--verbose", "--version"})
        QVERIFY2(out.contains(option), option);
    QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
    QVERIFY(out.startsWith("mars-troubleshooter "));
}

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "TestCliExitCodes.moc"
