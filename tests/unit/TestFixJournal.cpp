// SPDX-License-Identifier: MIT
// The fix journal: one redacted JSON line per applied fix, read back oldest first; a corrupt
// line is skipped and counted, never fatal; a folder that cannot be written gives a clear error.
#include "engine/FixJournal.h"
#include "logging/Redactor.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace mars;

namespace {
const QString kSession = QStringLiteral("20260101-093000-4f1c2a");

FixPlan plan(const QString& fixId = QStringLiteral("delete_windows_temp_tmp"))
{
    FixPlan p;
    p.fixId = fixId;
    p.checkId = QStringLiteral("windows_temp_tmp_count");
    p.summary = QStringLiteral("Delete 3 .tmp files.");
    p.canApply = true;
    return p;
}

FixOutcome outcome(FixResult result = FixResult::Applied)
{
    FixOutcome o;
    o.fixId = QStringLiteral("delete_windows_temp_tmp");
    o.result = result;
    o.summary = QStringLiteral("Deleted 3 .tmp files.");
    o.before.insert(QStringLiteral("folder"), QStringLiteral("C:\\Windows\\Temp"));
    o.before.insert(QStringLiteral("tmpFiles"), 3);
    o.after.insert(QStringLiteral("deleted"), 3);
    return o;
}

QList<QByteArray> lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> result;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

void append(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}
} // namespace

class TestFixJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void recordsAppendAsJsonLines();
    void recordsAreRedacted();
    void corruptLinesAreSkippedAndCounted();
    void missingFolderIsCreated();
    void missingFileReadsAsEmpty();
    void unwritableFolderGivesAClearError_data();
    void unwritableFolderGivesAClearError();
    void jsonRoundTrip();
    void undoEntriesMarkTheirOriginal();
    void concurrentRecordsStayWholeLines();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestFixJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("fix-journal.jsonl"));
}

void TestFixJournal::recordsAppendAsJsonLines()
{
    FixJournal journal(m_path, kSession, std::make_shared<Redactor>());
    QCOMPARE(journal.filePath(), m_path);
    QString error;
    const JournalEntry first = journal.record(plan(), outcome(), true, &error);
    QVERIFY2(!first.entryId.isEmpty(), qPrintable(error));
    const JournalEntry second =
            journal.record(plan(QStringLiteral("restart_as_administrator")), outcome(FixResult::NotAllowed), false);
    QVERIFY(!second.entryId.isEmpty());
    QVERIFY(first.entryId != second.entryId);

    const QList<QByteArray> raw = lines(m_path);
    QCOMPARE(raw.size(), 2); // one line per record, nothing rewritten
    for (const QByteArray& line : raw) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QLatin1String("sessionId")).toString(), kSession);
    }
    const QJsonObject line1 = QJsonDocument::fromJson(raw.at(0)).object();
    QCOMPARE(line1.value(QLatin1String("entryId")).toString(), first.entryId);
    QCOMPARE(line1.value(QLatin1String("fixId")).toString(), QStringLiteral("delete_windows_temp_tmp"));
    QCOMPARE(line1.value(QLatin1String("checkId")).toString(), QStringLiteral("windows_temp_tmp_count"));
    QCOMPARE(line1.value(QLatin1String("result")).toString(), QStringLiteral("applied"));
    QCOMPARE(line1.value(QLatin1String("simulated")).toBool(), true);
    QCOMPARE(line1.value(QLatin1String("reversible")).toBool(), false);
    QVERIFY(QDateTime::fromString(line1.value(QLatin1String("time")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(line1.value(QLatin1String("before")).toObject().value(QLatin1String("tmpFiles")).toInt(), 3);
    QCOMPARE(line1.value(QLatin1String("after")).toObject().value(QLatin1String("deleted")).toInt(), 3);
    QCOMPARE(QJsonDocument::fromJson(raw.at(1)).object().value(QLatin1String("result")).toString(),
             QStringLiteral("not_allowed"));

    // Read back oldest first, also by a second instance (after a restart).
    int corrupt = -1;
    const QList<JournalEntry> entries = FixJournal(m_path, QStringLiteral("other"), nullptr).entries(&corrupt);
    QCOMPARE(corrupt, 0);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).entryId, first.entryId);
    QCOMPARE(entries.at(0).sessionId, kSession);
    QVERIFY(entries.at(0).simulated);
    QCOMPARE(entries.at(0).before, outcome().before);
    QCOMPARE(entries.at(1).entryId, second.entryId);
    QCOMPARE(entries.at(1).fixId, QStringLiteral("restart_as_administrator"));
    QVERIFY(!entries.at(1).simulated);
}

void TestFixJournal::recordsAreRedacted()
{
    auto redactor = std::make_shared<Redactor>();
    redactor->addSecret(QStringLiteral("correct-horse-battery"));
    FixJournal journal(m_path, kSession, redactor);
    FixOutcome o = outcome();
    o.summary = QStringLiteral("Registered with passphrase correct-horse-battery");
    o.before.insert(QStringLiteral("proxy"), QStringLiteral("http://bob:Hunter2x@proxy:8080/"));
    o.before.insert(QStringLiteral("settings"),
                    QJsonObject{{QStringLiteral("line"), QStringLiteral("ProxyPassword=S3cretValue;x=1")},
                                {QStringLiteral("list"), QJsonArray{QStringLiteral("password=hunter2"), 7}}});
    o.after.insert(QStringLiteral("cert"), QStringLiteral("<ManagementCert>MIIKZAIBAzCCCiAGCSqG</ManagementCert>"));
    o.undo.insert(QStringLiteral("restore"), QStringLiteral("correct-horse-battery"));
    QString error;
    QVERIFY2(!journal.record(plan(), o, false, &error).entryId.isEmpty(), qPrintable(error));

    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    for (const char* secret : {"correct-horse-battery", "Hunter2x", "S3cretValue", "hunter2", "MIIKZAIBAzCCCiAGCSqG"})
        QVERIFY2(!written.contains(secret), written.constData());
    QVERIFY(written.contains("[REDACTED]"));

    // The shape survives: keys, numbers and nesting are kept, only the values are masked.
    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    const JournalEntry& e = entries.first();
    QCOMPARE(e.summary, QStringLiteral("Registered with passphrase [REDACTED]"));
    QCOMPARE(e.before.value(QLatin1String("proxy")).toString(), QStringLiteral("http://bob:[REDACTED]@proxy:8080/"));
    const QJsonArray list = e.before.value(QLatin1String("settings")).toObject().value(QLatin1String("list")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toInt(), 7);
    QCOMPARE(e.before.value(QLatin1String("tmpFiles")).toInt(), 3);
    QCOMPARE(e.undo.value(QLatin1String("restore")).toString(), Redactor::marker());
}

void TestFixJournal::corruptLinesAreSkippedAndCounted()
{
    FixJournal journal(m_path, kSession, std::make_shared<Redactor>());
    const QString first = journal.record(plan(), outcome(), false).entryId;
    QVERIFY(!first.isEmpty());
    append(m_path, "this is not json\n");
    append(m_path, "[1, 2, 3]\n"); // JSON, but not an entry
    append(m_path, "{\"entryId\": \"x\"}\n"); // an object without a fix id
    append(m_path, "\n   \n"); // blank lines are not corrupt
    append(m_path, "{\"entryId\": \"torn\", \"fixId\": \"delete_win"); // a write cut short by a crash
    append(m_path, "\n");
    const QString last = journal.record(plan(), outcome(FixResult::PartlyApplied), false).entryId;
    QVERIFY(!last.isEmpty());

    int corrupt = -1;
    const QList<JournalEntry> entries = journal.entries(&corrupt);
    QCOMPARE(corrupt, 4);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).entryId, first);
    QCOMPARE(entries.at(1).entryId, last);
    QCOMPARE(entries.at(1).result, QStringLiteral("partly_applied"));
    QVERIFY(journal.entries().size() == 2); // the counter is optional
}

void TestFixJournal::missingFolderIsCreated()
{
    const QString nested = m_dir->filePath(QStringLiteral("not/yet/there/fix-journal.jsonl"));
    FixJournal journal(nested, kSession, std::make_shared<Redactor>());
    QString error;
    QVERIFY2(!journal.record(plan(), outcome(), false, &error).entryId.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(journal.entries().size(), 1);
}

void TestFixJournal::missingFileReadsAsEmpty()
{
    int corrupt = -1;
    QVERIFY(FixJournal(m_path, kSession, nullptr).entries(&corrupt).isEmpty());
    QCOMPARE(corrupt, 0);
    QVERIFY(!QFile::exists(m_path)); // reading never creates the file
}

void TestFixJournal::unwritableFolderGivesAClearError_data()
{
    QTest::addColumn<QString>("relativePath");
    // A regular file where a folder is needed: cannot be created, even by root.
    QTest::newRow("parent is a file") << QStringLiteral("blocker/fix-journal.jsonl");
    QTest::newRow("grandparent is a file") << QStringLiteral("blocker/deeper/fix-journal.jsonl");
    // The journal path itself is a folder.
    QTest::newRow("path is a folder") << QStringLiteral("folder.jsonl");
}

void TestFixJournal::unwritableFolderGivesAClearError()
{
    QFETCH(QString, relativePath);
    append(m_dir->filePath(QStringLiteral("blocker")), "a file, not a folder");
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.jsonl")));
    const QString path = m_dir->filePath(relativePath);

    FixJournal journal(path, kSession, std::make_shared<Redactor>());
    QString error;
    const JournalEntry entry = journal.record(plan(), outcome(), false, &error);
    QVERIFY(entry.entryId.isEmpty());
    const QString shown = QDir::toNativeSeparators(path); // as Windows users write it
    QVERIFY2(error.contains(shown), qPrintable(error)); // names the file...
    // "<file>: <the OS's reason>", quoted inside the FixRunner's sentence.
    QVERIFY2(error.startsWith(shown + QStringLiteral(": ")) && error.size() > shown.size() + 2,
             qPrintable(error)); // ...and the problem
    QVERIFY(journal.record(plan(), outcome(), false).entryId.isEmpty()); // no error pointer: still no crash
    int corrupt = -1;
    QVERIFY(journal.entries(&corrupt).isEmpty());
    QCOMPARE(corrupt, 0);
}

void TestFixJournal::jsonRoundTrip()
{
    JournalEntry e;
    e.entryId = QStringLiteral("id-1");
    e.time = QStringLiteral("2026-01-01T09:30:00.000Z");
    e.sessionId = kSession;
    e.fixId = QStringLiteral("clear_attribute");
    e.checkId = QStringLiteral("scratch_attributes");
    e.simulated = true;
    e.result = QStringLiteral("applied");
    e.summary = QStringLiteral("Cleared the compressed attribute.");
    e.before = QJsonObject{{QStringLiteral("attributes"), QStringLiteral("compressed")}};
    e.after = QJsonObject{{QStringLiteral("attributes"), QString()}};
    e.undo = QJsonObject{{QStringLiteral("set"), QStringLiteral("compressed")}};
    e.undoes = QStringLiteral("id-0");
    e.undoneBy = QStringLiteral("id-2"); // worked out by entries(), never written

    const QJsonObject json = FixJournal::toJson(e);
    QCOMPARE(json.value(QLatin1String("reversible")).toBool(), true);
    const JournalEntry back = FixJournal::fromJson(json);
    QCOMPARE(back.entryId, e.entryId);
    QCOMPARE(back.time, e.time);
    QCOMPARE(back.sessionId, e.sessionId);
    QCOMPARE(back.fixId, e.fixId);
    QCOMPARE(back.checkId, e.checkId);
    QCOMPARE(back.simulated, e.simulated);
    QCOMPARE(back.result, e.result);
    QCOMPARE(back.summary, e.summary);
    QCOMPARE(back.before, e.before);
    QCOMPARE(back.after, e.after);
    QCOMPARE(back.undo, e.undo);
    QCOMPARE(back.undoes, e.undoes);
    QVERIFY(back.undoneBy.isEmpty());
    QVERIFY(!json.contains(QLatin1String("undoneBy")));

    e.undo = {};
    e.undoes.clear();
    const QJsonObject irreversible = FixJournal::toJson(e);
    QCOMPARE(irreversible.value(QLatin1String("reversible")).toBool(true), false);
    QVERIFY(!irreversible.contains(QLatin1String("undo")));
    QVERIFY(!irreversible.contains(QLatin1String("undoes")));
}

void TestFixJournal::undoEntriesMarkTheirOriginal()
{
    FixJournal journal(m_path, kSession, std::make_shared<Redactor>());
    QVERIFY(!journal.isIndexLoaded());
    journal.loadIndex(); // an empty file: from now on record() keeps the index
    QVERIFY(journal.isIndexLoaded());
    const auto planFor = [](const char* checkId) {
        FixPlan plan;
        plan.fixId = QStringLiteral("clear_install_dir_attributes");
        plan.checkId = QLatin1String(checkId);
        return plan;
    };
    const auto outcomeOf = [](FixResult result, bool reversible) {
        FixOutcome outcome;
        outcome.result = result;
        if (reversible)
            outcome.undo = QJsonObject{{QStringLiteral("path"), QStringLiteral("C:\\A")}};
        return outcome;
    };
    const JournalEntry first =
            journal.record(planFor("install_dir_attributes"), outcomeOf(FixResult::Applied, true), true);
    const JournalEntry second =
            journal.record(planFor("install_dir_attributes"), outcomeOf(FixResult::Applied, true), true);
    journal.record(planFor("install_dir_attributes"), outcomeOf(FixResult::Failed, true), true); // nothing changed
    journal.record(planFor("scratch_attributes"), outcomeOf(FixResult::Applied, true), true); // another check
    journal.record(planFor("install_dir_attributes"), outcomeOf(FixResult::Applied, false), true); // irreversible
    QCOMPARE(journal.undoable(QStringLiteral("install_dir_attributes"), true).size(), 2);
    QCOMPARE(journal.undoable(QStringLiteral("install_dir_attributes"), true).first().entryId, second.entryId);
    QVERIFY(journal.undoable(QStringLiteral("install_dir_attributes"), false).isEmpty()); // real vs simulated

    // A failed undo leaves the original undoable; a successful one marks it.
    journal.record(planFor("install_dir_attributes"), outcomeOf(FixResult::Failed, false), true, nullptr,
                   second.entryId);
    QCOMPARE(journal.undoable(QStringLiteral("install_dir_attributes"), true).size(), 2);
    const JournalEntry undo = journal.record(planFor("install_dir_attributes"), outcomeOf(FixResult::Applied, false),
                                             true, nullptr, second.entryId);
    const QList<JournalEntry> left = journal.undoable(QStringLiteral("install_dir_attributes"), true);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().entryId, first.entryId);
    bool marked = false;
    for (const JournalEntry& e : journal.entries())
        marked = marked || (e.entryId == second.entryId && e.undoneBy == undo.entryId);
    QVERIFY(marked);

    // After a restart the index is read from the file: the same answer.
    FixJournal restarted(m_path, kSession, std::make_shared<Redactor>());
    QVERIFY(restarted.undoable(QStringLiteral("install_dir_attributes"), true).isEmpty()); // not loaded yet
    restarted.loadIndex();
    const QList<JournalEntry> reread = restarted.undoable(QStringLiteral("install_dir_attributes"), true);
    QCOMPARE(reread.size(), 1);
    QCOMPARE(reread.first().entryId, first.entryId);
    QCOMPARE(restarted.undoable(QStringLiteral("scratch_attributes"), true).size(), 1);

    // A simulated machine lives for one session: another session's entries are not undoable.
    FixJournal later(m_path, QStringLiteral("another-session"), std::make_shared<Redactor>());
    later.loadIndex();
    QVERIFY(later.undoable(QStringLiteral("install_dir_attributes"), true).isEmpty());
    QVERIFY(later.undoable(QStringLiteral("scratch_attributes"), true).isEmpty());
}

void TestFixJournal::concurrentRecordsStayWholeLines()
{
    // Fix workers of two pages may record at the same time: every line stays whole.
    FixJournal journal(m_path, kSession, std::make_shared<Redactor>());
    constexpr int kThreads = 4, kPerThread = 25;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&journal] {
            for (int i = 0; i < kPerThread; ++i)
                journal.record(plan(), outcome(), false);
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(30000)));
    int corrupt = -1;
    const QList<JournalEntry> entries = journal.entries(&corrupt);
    QCOMPARE(corrupt, 0);
    QCOMPARE(entries.size(), kThreads * kPerThread);
    QSet<QString> ids;
    for (const JournalEntry& e : entries)
        ids.insert(e.entryId);
    QCOMPARE(ids.size(), kThreads * kPerThread);
}

QTEST_GUILESS_MAIN(TestFixJournal)
#include "TestFixJournal.moc"
