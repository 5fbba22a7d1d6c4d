// SPDX-License-Identifier: MIT
// The fix journal cannot be forged (issue #14): lines are signed with a per-machine key
// (JournalKeyStore) and name their machine and account; journalUndoRefusal decides, and a
// refused line is never offered as Undo, is listed in status() with its reason, and is refused
// again when FixRunner re-reads it at preview and at undo start.
#include "engine/FixJournal.h"
#include "engine/FixJournalLine.h"
#include "engine/FixRunner.h"
#include "engine/JournalTrust.h"
#include "system/JournalKeyStore.h"
#include "system/NativeSystem.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mars;

namespace {
const QString kCheck = QStringLiteral("install_dir_attributes");
const QString kFix = QStringLiteral("clear_install_dir_attributes");
const QString kMachine = QStringLiteral("srv01.contoso.com");
const QString kUser = QStringLiteral("CONTOSO\\admin");

enum class Mutation { None, EditUndo, ForgedLine, StripSig };

FixPlan plan()
{
    FixPlan p;
    p.fixId = kFix;
    p.checkId = kCheck;
    p.summary = QStringLiteral("Clear Hidden on the install folder.");
    p.canApply = true;
    return p;
}

FixOutcome applied()
{
    FixOutcome o;
    o.fixId = kFix;
    o.result = FixResult::Applied;
    o.summary = QStringLiteral("Cleared Hidden.");
    o.undo.insert(QStringLiteral("path"), QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent"));
    o.undo.insert(QStringLiteral("attributes"), QStringLiteral("hidden"));
    return o;
}

JournalIdentity identity(JournalIdentity::Elevation elevation, const QString& machine = kMachine,
                         const QString& user = kUser)
{
    JournalIdentity me;
    me.machine = machine;
    me.user = user;
    me.elevation = elevation;
    return me;
}

QList<QByteArray> readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

void writeLines(const QString& path, const QList<QByteArray>& lines)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray& line : lines)
        file.write(line + '\n');
}

// Changes the journal file as a non-elevated process could; returns the entryId to look at.
QString mutate(const QString& path, const QString& entryId, Mutation mutation)
{
    QList<QByteArray> lines = readLines(path);
    for (QByteArray& line : lines) {
        QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("entryId")).toString() != entryId)
            continue;
        switch (mutation) {
        case Mutation::None: return entryId;
        case Mutation::EditUndo: { // the attack of issue #14: undo sets Hidden on System32
            QJsonObject undo = o.value(QLatin1String("undo")).toObject();
            undo.insert(QStringLiteral("path"), QStringLiteral("C:\\Windows\\System32"));
            o.insert(QStringLiteral("undo"), undo);
            line = QJsonDocument(o).toJson(QJsonDocument::Compact);
            break;
        }
        case Mutation::ForgedLine: { // a new line with a made-up signature
            o.insert(QStringLiteral("entryId"), QStringLiteral("forged-1"));
            o.insert(QStringLiteral("sig"), QString(64, QLatin1Char('0')));
            lines.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
            writeLines(path, lines);
            return QStringLiteral("forged-1");
        }
        case Mutation::StripSig:
            o.remove(QStringLiteral("sig"));
            line = QJsonDocument(o).toJson(QJsonDocument::Compact);
            break;
        }
        writeLines(path, lines);
        return entryId;
    }
    return {};
}

bool offered(const FixJournal& journal, const QString& entryId, bool simulated)
{
    for (const JournalEntry& e : journal.undoable(kCheck, simulated)) {
        if (e.entryId == entryId)
            return true;
    }
    return false;
}

// Records what it was asked to undo; never touches the machine.
class RecordingFix final : public Fix
{
public:
    FixInfo info() const override { return {kFix, kCheck, QStringLiteral("Clear")}; }
    FixPlan preview(const CheckContext&) const override { return plan(); }
    FixOutcome apply(const CheckContext&, const FixPlan&) const override { return applied(); }
    FixPlan previewUndo(const CheckContext&, const JournalEntry& entry) const override
    {
        FixPlan p = plan();
        p.summary = entry.undo.value(QLatin1String("path")).toString();
        return p;
    }
    FixOutcome undo(const CheckContext&, const QJsonObject& data) const override
    {
        undone.ref();
        FixOutcome o;
        o.result = FixResult::Applied;
        o.summary = data.value(QLatin1String("path")).toString();
        return o;
    }
    mutable QAtomicInt undone;
};
} // namespace

class TestJournalSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("fix-journal.jsonl"));
        m_keys = createNativeJournalKeyStore(m_dir->filePath(QStringLiteral("key")));
    }

    void undoPolicy_data()
    {
        using E = JournalIdentity::Elevation;
        QTest::addColumn<bool>("simulated");
        QTest::addColumn<int>("mutation");
        QTest::addColumn<int>("readerElevation");
        QTest::addColumn<QString>("readerMachine");
        QTest::addColumn<QString>("readerUser");
        QTest::addColumn<bool>("sameSession");
        QTest::addColumn<QString>("refusal"); // a word of the reason; empty: undoable
        const auto row = [](const char* name, bool simulated, Mutation m, E e, const QString& machine,
                            const QString& user, bool same, const char* refusal) {
            QTest::newRow(name) << simulated << int(m) << int(e) << machine << user << same
                                << QString::fromLatin1(refusal);
        };
        row("valid line, elevated", false, Mutation::None, E::Elevated, kMachine, kUser, false, "");
        row("valid line, unelevated", false, Mutation::None, E::NotElevated, kMachine, kUser, false, "");
        row("machine name in other case", false, Mutation::None, E::Elevated, kMachine.toUpper(), kUser, false, "");
        row("edited field, elevated", false, Mutation::EditUndo, E::Elevated, kMachine, kUser, false, "signature");
        row("edited field, unelevated", false, Mutation::EditUndo, E::NotElevated, kMachine, kUser, false, "signature");
        row("forged line", false, Mutation::ForgedLine, E::Elevated, kMachine, kUser, false, "signature");
        row("missing sig, elevated", false, Mutation::StripSig, E::Elevated, kMachine, kUser, false, "not signed");
        row("missing sig, unknown elevation", false, Mutation::StripSig, E::Unknown, kMachine, kUser, false,
            "not signed");
        row("missing sig, unelevated", false, Mutation::StripSig, E::NotElevated, kMachine, kUser, false, "");
        row("other machine", false, Mutation::None, E::Elevated, QStringLiteral("srv02.contoso.com"), kUser, false,
            "machine");
        row("other user", false, Mutation::None, E::Elevated, kMachine, QStringLiteral("CONTOSO\\eve"), false,
            "account");
        row("simulated, other session", true, Mutation::None, E::Elevated, kMachine, kUser, false, "session");
        row("simulated, same session", true, Mutation::None, E::Elevated, kMachine, kUser, true, "");
    }

    void undoPolicy()
    {
        QFETCH(bool, simulated);
        QFETCH(int, mutation);
        QFETCH(int, readerElevation);
        QFETCH(QString, readerMachine);
        QFETCH(QString, readerUser);
        QFETCH(bool, sameSession);
        QFETCH(QString, refusal);

        FixJournal writer(m_path, QStringLiteral("writer"), nullptr);
        writer.setTrust(m_keys, [] { return identity(JournalIdentity::Elevation::Elevated); });
        const JournalEntry written = writer.record(plan(), applied(), simulated);
        QVERIFY(!written.entryId.isEmpty());
        // Simulated lines are unsigned; a real one is signed (the key store says why not).
        QVERIFY2(readLines(m_path).first().contains("\"sig\"") == !simulated,
                 qPrintable(m_keys->readOrCreate().reason));
        const QString target = mutate(m_path, written.entryId, Mutation(mutation));
        QVERIFY(!target.isEmpty());

        FixJournal reader(m_path, sameSession ? QStringLiteral("writer") : QStringLiteral("reader"), nullptr);
        const JournalIdentity me = identity(JournalIdentity::Elevation(readerElevation), readerMachine, readerUser);
        reader.setTrust(m_keys, [me] { return me; });
        reader.loadIndex();
        QString why;
        const std::optional<JournalEntry> now = reader.entryForUndo(target, &why);
        if (refusal.isEmpty()) {
            QVERIFY2(now.has_value(), qPrintable(why));
            QVERIFY(offered(reader, target, simulated));
            QVERIFY(reader.status().refused.isEmpty());
            return;
        }
        QVERIFY(!now.has_value());
        QVERIFY2(why.contains(refusal), qPrintable(why));
        QVERIFY(!offered(reader, target, simulated));
        const QList<JournalStatus::Refused> listed = reader.status().refused;
        const auto it = std::find_if(listed.cbegin(), listed.cend(),
                                     [&](const JournalStatus::Refused& r) { return r.entry.entryId == target; });
        QVERIFY(it != listed.cend());
        QCOMPARE(it->reason, why);
    }

    void keyIsCreatedOnlyByAnElevatedWrite()
    {
        FixJournal unelevated(m_path, QStringLiteral("s1"), nullptr);
        unelevated.setTrust(m_keys, [] { return identity(JournalIdentity::Elevation::NotElevated); });
        QVERIFY(!unelevated.record(plan(), applied(), false).entryId.isEmpty());
        QCOMPARE(m_keys->read().state, JournalKey::State::Missing);
        QVERIFY(!readLines(m_path).first().contains("\"sig\""));

        FixJournal elevated(m_path, QStringLiteral("s2"), nullptr);
        elevated.setTrust(m_keys, [] { return identity(JournalIdentity::Elevation::Elevated); });
        QVERIFY(!elevated.record(plan(), applied(), false).entryId.isEmpty());
        const JournalKey key = m_keys->read();
        QVERIFY2(key.isOk(), qPrintable(key.reason));
        QCOMPARE(key.bytes.size(), JournalKeyStore::kKeySize);
        QCOMPARE(m_keys->readOrCreate().bytes, key.bytes); // never replaced
#ifndef Q_OS_WIN // Windows: a protected DACL for SYSTEM and Administrators, which Wine does not enforce
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(m_keys->location()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
#endif
        QVERIFY(readLines(m_path).last().contains("\"sig\""));
    }

    void keyOthersCouldReadIsNotUsed()
    {
#ifdef Q_OS_WIN
        QSKIP("POSIX file modes. On Windows the key's protected DACL admits only SYSTEM and Administrators, and "
              "only they can change it; read() checks the owner, not the DACL.");
#endif
        QVERIFY(m_keys->readOrCreate().isOk());
        QVERIFY(QFile::setPermissions(m_keys->location(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const JournalKey key = m_keys->read();
        QCOMPARE(key.state, JournalKey::State::Unsafe);
        QVERIFY(key.bytes.isEmpty());
        QVERIFY(!key.reason.isEmpty());
    }

    void signatureCoversTheCanonicalLine()
    {
        const QByteArray key(JournalKeyStore::kKeySize, 'k');
        QJsonObject o = FixJournal::toJson(JournalEntry{});
        o.insert(QStringLiteral("fixId"), kFix);
        const QByteArray line = signedJournalLine(o, key);
        JournalKey good{JournalKey::State::Ok, key, {}};
        QCOMPARE(verifyJournalLine(parseJournalLine(line), good), JournalSeal::Verified);
        JournalKey other{JournalKey::State::Ok, QByteArray(JournalKeyStore::kKeySize, 'x'), {}};
        QCOMPARE(verifyJournalLine(parseJournalLine(line), other), JournalSeal::Bad);
        QCOMPARE(verifyJournalLine(parseJournalLine(line), JournalKey{}), JournalSeal::Unverifiable);
        QByteArray edited = line;
        edited.replace("\"result\":\"\"", "\"result\":\"applied\"");
        QVERIFY(edited != line);
        QCOMPARE(verifyJournalLine(parseJournalLine(edited), good), JournalSeal::Bad);
        QVERIFY(!parseJournalLine("{\"sig\":\"00\"}").valid); // no fixId: corrupt, not a line
        QVERIFY(!parseJournalLine(QByteArray(1000, '{')).valid);
    }

    void overTheReadLimitOnlyTheNewestPartIsRead()
    {
        FixJournal writer(m_path, QStringLiteral("writer"), nullptr);
        writer.setTrust(m_keys, [] { return identity(JournalIdentity::Elevation::Elevated); });
        const JournalEntry old = writer.record(plan(), applied(), false);
        FixOutcome failed;
        failed.fixId = kFix;
        failed.summary = QStringLiteral("Nothing changed.");
        for (int i = 0; i < 40; ++i)
            writer.record(plan(), failed, false);
        const JournalEntry newest = writer.record(plan(), applied(), false);
        const QList<QByteArray> all = readLines(m_path);
        const qint64 lineSize = all.last().size() + 1;
        const qint64 limit = lineSize * 10 + lineSize / 2; // the cut falls inside a line
        // The lines that start at or after the cut are the ones read whole.
        qint64 offset = 0;
        qint64 fileSize = 0;
        for (const QByteArray& line : all)
            fileSize += line.size() + 1;
        int whole = 0;
        for (const QByteArray& line : all) {
            whole += offset >= fileSize - limit ? 1 : 0;
            offset += line.size() + 1;
        }
        QVERIFY(whole > 1 && whole < all.size());

        FixJournal reader(m_path, QStringLiteral("reader"), nullptr);
        reader.setTrust(m_keys, [] { return identity(JournalIdentity::Elevation::Elevated); });
        reader.setReadLimit(limit);
        reader.loadIndex();
        QVERIFY(!reader.status().readLimitNote.isEmpty());
        QVERIFY(offered(reader, newest.entryId, false));
        QVERIFY(!offered(reader, old.entryId, false));
        int corrupt = -1;
        QCOMPARE(reader.entries(&corrupt).size(), whole);
        QCOMPARE(corrupt, 0); // the torn first line is dropped, not counted

        FixJournal small(m_path, QStringLiteral("reader"), nullptr); // under the limit: no note
        small.loadIndex();
        QVERIFY(small.status().readLimitNote.isEmpty());
        QCOMPARE(small.entries().size(), all.size());
    }

    // FixRunner reads the line again at preview and at undo start: a line edited after the
    // page listed it is refused, and the fix's undo never runs.
    void runnerRereadsTheLine()
    {
        auto journal = std::make_shared<FixJournal>(m_path, QStringLiteral("s1"), nullptr);
        journal->setTrust(m_keys, [] { return identity(JournalIdentity::Elevation::Elevated); });
        journal->loadIndex();
        const JournalEntry written = journal->record(plan(), applied(), false);
        QVERIFY(offered(*journal, written.entryId, false));

        CheckEnvironment environment;
        environment.system = createNativeSystem({});
        environment.journal = journal;
        FixRunner runner(nullptr, journal);
        auto fix = std::make_shared<RecordingFix>();
        QSignalSpy previews(&runner, &FixRunner::previewReady);
        QSignalSpy outcomes(&runner, &FixRunner::applied);

        runner.previewUndo(fix, written, environment);
        QVERIFY(previews.wait(30000));
        const FixPlan before = previews.takeFirst().at(0).value<FixPlan>();
        QVERIFY2(before.canApply, qPrintable(before.cannotApplyReason));

        mutate(m_path, written.entryId, Mutation::EditUndo);
        runner.previewUndo(fix, written, environment);
        QVERIFY(previews.wait(30000));
        const FixPlan after = previews.takeFirst().at(0).value<FixPlan>();
        QVERIFY(!after.canApply);
        QVERIFY2(after.cannotApplyReason.contains(QLatin1String("signature")), qPrintable(after.cannotApplyReason));

        runner.undo(fix, written, before, environment); // the plan from before the edit
        QVERIFY(outcomes.wait(30000));
        const FixOutcome outcome = outcomes.takeFirst().at(0).value<FixOutcome>();
        QCOMPARE(outcome.result, FixResult::NotAllowed);
        QVERIFY2(outcome.summary.contains(QLatin1String("signature")), qPrintable(outcome.summary));
        QCOMPARE(fix->undone.loadRelaxed(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::shared_ptr<const JournalKeyStore> m_keys;
};

QTEST_GUILESS_MAIN(TestJournalSignature)
#include "TestJournalSignature.moc"
