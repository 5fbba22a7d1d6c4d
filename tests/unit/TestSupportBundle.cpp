// SPDX-License-Identifier: MIT
// The support bundle (issue #15): what goes in (the three reports, the tool's log, audit log and
// journal, the agent's logs as the catalog finds them on a simulated machine), what is missing
// and why, that every file passes the Redactor (registered secrets, password=, a journal line's
// JSON), that logs are bounded tails starting at a whole line, and that the archive on disk holds
// manifest.txt first and exactly the files listed, read back by an independent reader.
#include "ZipReading.h"
#include "catalog/BuiltinCatalog.h"
#include "logging/Redactor.h"
#include "report/SupportBundle.h"
#include "system/ScenarioSystem.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::ziptest;

namespace {
const QString kCanary = QStringLiteral("Canary-Passphrase-7391");
const QByteArray kLogPassword = "Hunter2-in-the-log";

// healthy-server with a GatewayProvider log that quotes a password, and an engine log larger than
// the bundle's cap (its last line names the end).
QByteArray scenarioJson(bool agentInstalled)
{
    QString engine;
    while (engine.size() < 1'300'000)
        engine +=
                QStringLiteral("1F30\t2A48\t03/12\t09:16:02.115\t71\tline %1 of the engine log\r\n").arg(engine.size());
    engine += QStringLiteral("1F30\t2A48\t03/12\t09:17:00.000\t71\tTHE-LAST-LINE\r\n");
    QJsonObject json{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("base"), QStringLiteral(":/scenarios/healthy-server.json")},
            {QStringLiteral("name"), QStringLiteral("bundle")},
            {QStringLiteral("files"),
             QJsonArray{QJsonObject{{QStringLiteral("path"),
                                     QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services "
                                                    "Agent\\Temp\\GatewayProvider3Curr.errlog")},
                                    {QStringLiteral("text"), QStringLiteral("proxy login password=%1 refused\r\n")
                                                                     .arg(QString::fromLatin1(kLogPassword))}},
                        QJsonObject{{QStringLiteral("path"),
                                     QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services "
                                                    "Agent\\Temp\\CBEngineCurr.errlog")},
                                    {QStringLiteral("text"), engine}}}},
    };
    if (!agentInstalled)
        json.insert(QStringLiteral("registry"),
                    QJsonArray{QJsonObject{
                            {QStringLiteral("hive"), QStringLiteral("HKLM")},
                            {QStringLiteral("key"), QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup")},
                            {QStringLiteral("name"), QStringLiteral("InstallPath")},
                            {QStringLiteral("remove"), true}}});
    return QJsonDocument(json).toJson();
}

const BundleFile* fileNamed(const SupportBundle& bundle, const QString& name)
{
    for (const BundleFile& file : bundle.files) {
        if (file.name == name)
            return &file;
    }
    return nullptr;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestSupportBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void holdsReportsToolFilesAndAgentLogs();
    void everyFileIsRedacted();
    void logsAreBoundedTailsFromAWholeLine();
    void missingFilesAreNotes();
    void withoutAnAgentTheManifestSaysSo();
    void archiveHoldsTheManifestAndTheListedFiles();
    void aFailedWriteSaysWhyAndLeavesNoFile();

private:
    SupportBundle collect(bool agentInstalled = true);

    QTemporaryDir m_dir;
    SupportBundleSources m_sources;
    std::shared_ptr<Redactor> m_redactor;
};

void TestSupportBundle::init()
{
    QVERIFY(m_dir.isValid());
    m_redactor = std::make_shared<Redactor>();
    m_redactor->addSecret(kCanary);
    m_sources = {};
    m_sources.catalog = std::make_shared<const CheckCatalog>(builtinCatalog());
    m_sources.report.sessionId = QStringLiteral("20261206-bundle");
    m_sources.report.simulated = true;
    m_sources.report.systemDescription = QStringLiteral("SIMULATED: bundle");
    Finding finding;
    finding.checkId = QStringLiteral("mars_log_scan");
    finding.verdict = Verdict::Warning;
    finding.summary = QStringLiteral("The passphrase %1 was typed.").arg(kCanary);
    m_sources.report.findings = {finding};

    // The tool's log: 1.5 MB of lines, one with a registered secret near the end.
    QByteArray log;
    for (int i = 0; log.size() < 1'500'000; ++i)
        log += "[2026-12-06 10:00:00.000] [info] [20261206-bundle] [checks] line " + QByteArray::number(i) + "\n";
    log += "[2026-12-06 10:00:01.000] [info] [20261206-bundle] [wizard] typed " + kCanary.toUtf8() + "\n";
    m_sources.toolLogPath = m_dir.filePath(QStringLiteral("mars-troubleshooter.log"));
    QVERIFY(write(m_sources.toolLogPath, log));
    // The journal: a JSON line whose value holds the secret (and a quote the text redaction
    // could cut), and a line that is not JSON.
    QJsonObject line{{QStringLiteral("fix"), QStringLiteral("clear_install_dir_attributes")},
                     {QStringLiteral("note"), QStringLiteral("\"quoted\" %1").arg(kCanary)}};
    m_sources.journalPath = m_dir.filePath(QStringLiteral("fix-journal.jsonl"));
    QVERIFY(write(m_sources.journalPath,
                  QJsonDocument(line).toJson(QJsonDocument::Compact) + "\nnot json " + kCanary.toUtf8() + "\n"));
    m_sources.auditLogPath = m_dir.filePath(QStringLiteral("mars-audit.log")); // never written
}

SupportBundle TestSupportBundle::collect(bool agentInstalled)
{
    QString error;
    std::shared_ptr<ScenarioSystem> system =
            ScenarioSystem::fromJson(scenarioJson(agentInstalled), m_dir.filePath(QStringLiteral("s.json")), &error);
    if (!system)
        qWarning("%s", qPrintable(error));
    m_sources.environment.system = system;
    return SupportBundle::collect(m_sources, *m_redactor);
}

void TestSupportBundle::holdsReportsToolFilesAndAgentLogs()
{
    const SupportBundle bundle = collect();
    QStringList names;
    for (const BundleFile& file : bundle.files)
        names.append(file.name);
    QCOMPARE(names,
             (QStringList{QStringLiteral("report.html"), QStringLiteral("report.json"), QStringLiteral("ticket.md"),
                          QStringLiteral("tool/mars-troubleshooter.log"), QStringLiteral("tool/fix-journal.jsonl"),
                          QStringLiteral("agent/OBInstaller0Curr.errlog"), QStringLiteral("agent/OBPatch.log"),
                          QStringLiteral("agent/CBEngineCurr.errlog"),
                          QStringLiteral("agent/GatewayProvider3Curr.errlog")}));
    QVERIFY(fileNamed(bundle, QStringLiteral("report.html"))->data.startsWith("<!DOCTYPE html>"));
    QCOMPARE(QJsonDocument::fromJson(fileNamed(bundle, QStringLiteral("report.json"))->data)
                     .object()
                     .value(QStringLiteral("sessionId"))
                     .toString(),
             m_sources.report.sessionId);
    // The setup log is UTF-16 on the machine; in the bundle it is UTF-8 text.
    QVERIFY(fileNamed(bundle, QStringLiteral("agent/OBInstaller0Curr.errlog"))
                    ->data.contains("Setup completed successfully"));
    QCOMPARE(fileNamed(bundle, QStringLiteral("agent/CBEngineCurr.errlog"))->source,
             QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Temp\\CBEngineCurr.errlog"));
    QCOMPARE(bundle.sessionId, m_sources.report.sessionId);
    QVERIFY(bundle.simulated);
}

void TestSupportBundle::everyFileIsRedacted()
{
    const SupportBundle bundle = collect();
    QVERIFY(!bundle.files.isEmpty());
    for (const BundleFile& file : bundle.files) {
        QVERIFY2(!file.data.contains(kCanary.toUtf8()), qPrintable(file.name));
        QVERIFY2(!file.data.contains(kLogPassword), qPrintable(file.name));
    }
    QVERIFY(!bundle.manifest().contains(kCanary.toUtf8()));
    QVERIFY(fileNamed(bundle, QStringLiteral("agent/GatewayProvider3Curr.errlog"))->data.contains("[REDACTED]"));
    // Each journal line is still JSON (redacted as a value, not as text), or the marked text line.
    const QList<QByteArray> lines =
            fileNamed(bundle, QStringLiteral("tool/fix-journal.jsonl"))->data.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QJsonParseError error{};
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(first.value(QStringLiteral("note")).toString(), QStringLiteral("\"quoted\" [REDACTED]"));
    QCOMPARE(lines.at(1), QByteArray("not json [REDACTED]"));
}

void TestSupportBundle::logsAreBoundedTailsFromAWholeLine()
{
    const SupportBundle bundle = collect();
    const BundleFile* log = fileNamed(bundle, QStringLiteral("tool/mars-troubleshooter.log"));
    QVERIFY(log);
    QVERIFY(log->tail);
    QVERIFY(log->sourceBytes > SupportBundle::kTailBytes);
    QVERIFY(log->data.size() <= SupportBundle::kTailBytes + 64); // the marker may be longer than a secret
    QVERIFY2(log->data.startsWith("[2026-12-06 10:00:00.000]"), log->data.left(60).constData());
    QVERIFY(log->data.trimmed().endsWith("typed [REDACTED]"));

    const BundleFile* engine = fileNamed(bundle, QStringLiteral("agent/CBEngineCurr.errlog"));
    QVERIFY(engine);
    QVERIFY(engine->tail);
    QVERIFY(engine->data.size() <= SupportBundle::kTailBytes);
    QVERIFY2(engine->data.startsWith("1F30\t"), engine->data.left(60).constData());
    QVERIFY(engine->data.trimmed().endsWith("THE-LAST-LINE"));
    QVERIFY(!fileNamed(bundle, QStringLiteral("agent/OBPatch.log"))->tail);
    QVERIFY(bundle.manifest().contains("the last 1.0 MB of "));
}

void TestSupportBundle::missingFilesAreNotes()
{
    const SupportBundle bundle = collect();
    // The audit log was never written: a note, not a silent gap and not an empty file.
    QVERIFY(!fileNamed(bundle, QStringLiteral("tool/mars-audit.log")));
    const QString notes = bundle.notes.join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("tool/mars-audit.log is not included: there is no file at")),
             qPrintable(notes));
    const QByteArray manifest = bundle.manifest();
    QVERIFY(manifest.contains("Not included:"));
    QVERIFY(manifest.contains("tool/mars-audit.log is not included"));
    for (const BundleFile& file : bundle.files)
        QVERIFY2(manifest.contains(file.name.toUtf8()), qPrintable(file.name));
    QVERIFY(manifest.contains("SIMULATED"));
    QVERIFY(manifest.contains("Session: 20261206-bundle"));
}

void TestSupportBundle::withoutAnAgentTheManifestSaysSo()
{
    const SupportBundle bundle = collect(false);
    QVERIFY(!fileNamed(bundle, QStringLiteral("agent/CBEngineCurr.errlog")));
    QVERIFY(fileNamed(bundle, QStringLiteral("agent/OBInstaller0Curr.errlog"))); // setup ran even so
    QVERIFY2(bundle.notes.join(u'\n').contains(QStringLiteral("The agent is not installed")),
             qPrintable(bundle.notes.join(u'\n')));
}

void TestSupportBundle::archiveHoldsTheManifestAndTheListedFiles()
{
    const SupportBundle bundle = collect();
    const QString path = m_dir.filePath(QStringLiteral("bundle.zip"));
    QString error;
    QVERIFY2(bundle.write(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    QVERIFY(zip.size() < bundle.totalBytes()); // logs compress
    const QList<ReadEntry> entries = readZip(zip);
    QCOMPARE(entries.size(), bundle.files.size() + 1);
    QCOMPARE(entries.at(0).name, SupportBundle::manifestName());
    QCOMPARE(contentOf(entries.at(0), bundle.manifest()), bundle.manifest());
    for (int i = 0; i < bundle.files.size(); ++i) {
        QCOMPARE(entries.at(i + 1).name, bundle.files.at(i).name);
        QCOMPARE(contentOf(entries.at(i + 1), bundle.files.at(i).data), bundle.files.at(i).data);
    }
}

void TestSupportBundle::aFailedWriteSaysWhyAndLeavesNoFile()
{
    const SupportBundle bundle = collect();
    const QString path = m_dir.filePath(QStringLiteral("gone/bundle.zip"));
    QString error;
    QVERIFY(!bundle.write(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "TestSupportBundle.moc"
