// SPDX-License-Identifier: MIT
// What the journal keeps so that a fix cut short is never lost: the "started" line carries the
// plan (before and after of each planned change, item count, reversible, what to check if it
// is interrupted); the result line names its started line; the next start closes a started
// line left on its own with an "interrupted" line (once, and only when no other copy of the
// program holds the change lock) and reports it; and a journal that cannot be written is
// known at start, before any fix is offered.
#include "engine/FixJournal.h"
#include "logging/Redactor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;

namespace {

FixPlan plan()
{
    FixPlan p;
    p.fixId = QStringLiteral("repair_scratch_registry");
    p.checkId = QStringLiteral("scratch_registry");
    p.summary = QStringLiteral("Set ScratchLocation to D:\\Scratch.");
    p.changes = {
            {QStringLiteral("HKLM\\...\\ScratchLocation"), QStringLiteral("E:\\Gone"), QStringLiteral("D:\\Scratch")},
            {QStringLiteral("service obengine"), QStringLiteral("running"), QStringLiteral("restarted")}};
    p.itemCount = 2;
    p.reversible = true;
    p.ifInterrupted = QStringLiteral("The service obengine may still be stopped: start it.");
    p.canApply = true;
    return p;
}

FixOutcome started()
{
    FixOutcome o;
    o.result = FixResult::Started;
    o.summary = plan().summary;
    return o;
}

FixOutcome applied()
{
    FixOutcome o;
    o.result = FixResult::Applied;
    o.summary = QStringLiteral("ScratchLocation is D:\\Scratch.");
    o.undo.insert(QStringLiteral("value"), QStringLiteral("E:\\Gone"));
    return o;
}

std::unique_ptr<FixJournal> journalIn(const QTemporaryDir& dir, const QString& session)
{
    return std::make_unique<FixJournal>(dir.filePath(QStringLiteral("fix-journal.jsonl")), session,
                                        std::make_shared<Redactor>());
}

QJsonObject lineAt(const QString& path, int index)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    return index < lines.size() ? QJsonDocument::fromJson(lines.at(index)).object() : QJsonObject();
}

} // namespace

class TestFixJournalRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startedLinesCarryThePlan();
    void resultLinesNameTheirStartedLine();
    void anInterruptedFixIsFoundOnceAtTheNextStart();
    void olderJournalsWithoutTheLinkStillPair();
    void aFixAnotherCopyIsRunningIsNotInterrupted();
    void aJournalThatCannotBeWrittenIsKnownAtStart();
};

void TestFixJournalRecovery::startedLinesCarryThePlan()
{
    QTemporaryDir dir;
    auto journal = journalIn(dir, QStringLiteral("s1"));
    QVERIFY(!journal->record(plan(), started(), false).entryId.isEmpty());
    const QJsonObject line = lineAt(journal->filePath(), 0);
    QCOMPARE(line.value(QLatin1String("result")).toString(), QStringLiteral("started"));
    QCOMPARE(line.value(QLatin1String("reversible")).toBool(), true);
    QCOMPARE(line.value(QLatin1String("itemCount")).toInteger(), 2);
    QCOMPARE(line.value(QLatin1String("ifInterrupted")).toString(), plan().ifInterrupted);
    const QJsonObject before = line.value(QLatin1String("before")).toObject();
    const QJsonObject after = line.value(QLatin1String("after")).toObject();
    QCOMPARE(before.value(QLatin1String("HKLM\\...\\ScratchLocation")).toString(), QStringLiteral("E:\\Gone"));
    QCOMPARE(after.value(QLatin1String("HKLM\\...\\ScratchLocation")).toString(), QStringLiteral("D:\\Scratch"));
    QCOMPARE(before.value(QLatin1String("service obengine")).toString(), QStringLiteral("running"));
}

void TestFixJournalRecovery::resultLinesNameTheirStartedLine()
{
    QTemporaryDir dir;
    auto journal = journalIn(dir, QStringLiteral("s1"));
    const JournalEntry first = journal->record(plan(), started(), false);
    const JournalEntry result = journal->record(plan(), applied(), false, nullptr, {}, first.entryId);
    QCOMPARE(lineAt(journal->filePath(), 1).value(QLatin1String("started")).toString(), first.entryId);
    QCOMPARE(journal->entries().at(1).startedEntry, first.entryId);
    QVERIFY(result.reversible);

    // A later start finds nothing interrupted.
    auto next = journalIn(dir, QStringLiteral("s2"));
    next->loadIndex();
    QVERIFY(next->status().interrupted.isEmpty());
    QCOMPARE(next->entries().size(), 2);
}

void TestFixJournalRecovery::anInterruptedFixIsFoundOnceAtTheNextStart()
{
    QTemporaryDir dir;
    QString firstStarted;
    {
        auto killed = journalIn(dir, QStringLiteral("s1"));
        firstStarted = killed->record(plan(), started(), false).entryId; // then the process died
    }
    auto next = journalIn(dir, QStringLiteral("s2"));
    next->loadIndex();
    const JournalStatus status = next->status();
    QVERIFY(status.loaded);
    QVERIFY(status.writable);
    QCOMPARE(status.interrupted.size(), 1);
    QCOMPARE(status.interrupted.first().entryId, firstStarted);
    QCOMPARE(interruptedAdvice(status.interrupted.first()), plan().ifInterrupted);

    // Closed by an "interrupted" line of this session, which its report lists.
    const QList<JournalEntry> entries = next->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).result, QStringLiteral("interrupted"));
    QCOMPARE(entries.at(1).sessionId, QStringLiteral("s2"));
    QCOMPARE(entries.at(1).startedEntry, firstStarted);
    QCOMPARE(entries.at(1).ifInterrupted, plan().ifInterrupted);
    QVERIFY(entries.at(1).summary.contains(plan().summary));

    // Said once: the start after that finds it closed.
    auto third = journalIn(dir, QStringLiteral("s3"));
    third->loadIndex();
    QVERIFY(third->status().interrupted.isEmpty());
    QCOMPARE(third->entries().size(), 2);
}

void TestFixJournalRecovery::olderJournalsWithoutTheLinkStillPair()
{
    QTemporaryDir dir;
    {
        auto old = journalIn(dir, QStringLiteral("s1"));
        old->record(plan(), started(), false);
        old->record(plan(), applied(), false); // no startedEntry: written before the link existed
    }
    auto next = journalIn(dir, QStringLiteral("s2"));
    next->loadIndex();
    QVERIFY(next->status().interrupted.isEmpty());
}

void TestFixJournalRecovery::aFixAnotherCopyIsRunningIsNotInterrupted()
{
    QTemporaryDir dir;
    auto running = journalIn(dir, QStringLiteral("s1"));
    const std::unique_ptr<QLockFile> lock = running->lockForChange();
    QVERIFY(lock);
    running->record(plan(), started(), false); // still applying in the other copy

    auto next = journalIn(dir, QStringLiteral("s2"));
    QString error;
    QVERIFY(!next->lockForChange(&error));
    QVERIFY2(error.contains(QLatin1String("Another copy")), qPrintable(error));
    next->loadIndex();
    QVERIFY(next->status().interrupted.isEmpty());
    QCOMPARE(next->entries().size(), 1); // nothing concluded, nothing written
}

void TestFixJournalRecovery::aJournalThatCannotBeWrittenIsKnownAtStart()
{
    QTemporaryDir dir;
    // A folder in the file's place: nobody, not even root, can append to it.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("fix-journal.jsonl")));
    auto journal = journalIn(dir, QStringLiteral("s1"));
    journal->loadIndex();
    const JournalStatus status = journal->status();
    QVERIFY(status.loaded);
    QVERIFY(!status.writable);
    QVERIFY2(status.writeError.contains(QLatin1String("fix-journal.jsonl")), qPrintable(status.writeError));
}

QTEST_GUILESS_MAIN(TestFixJournalRecovery)
#include "TestFixJournalRecovery.moc"
