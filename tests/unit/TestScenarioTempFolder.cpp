// SPDX-License-Identifier: MIT
// The simulated temp folder makes a generator's entries when they are listed or looked up
// (issue #16): the listing order of named and generated entries, look-up of a generated name in
// any case but only in the spelling the generator makes, deletion as a tombstone that keeps every
// index, a changed generated entry that keeps its change, and names that two generators (or a
// generator and a named entry) would share refused.
#include "system/ScenarioTempFolder.h"

#include <QTest>

using namespace mars;

namespace {
ScenarioTempGenerator tmp(qint64 count, quint64 start = 1, qint64 inUse = 0, qint64 readOnly = 0)
{
    ScenarioTempGenerator g;
    g.prefix = QStringLiteral("tmp");
    g.suffix = QStringLiteral(".tmp");
    g.start = start;
    g.count = count;
    g.size_bytes = 7;
    g.lastWriteUtc = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    g.inUse = inUse;
    g.readOnly = readOnly;
    return g;
}

ScenarioTempEntry named(const char* name)
{
    ScenarioTempEntry e;
    e.name = QString::fromLatin1(name);
    e.attributes = FileAttribute::Archive;
    return e;
}

QStringList listing(const ScenarioTempFolder& folder)
{
    QStringList names;
    for (qint64 i = 0; i < folder.total(); ++i) {
        const ScenarioTempEntry e = folder.at(i);
        if (!e.deleted)
            names.append(e.name);
    }
    return names;
}
} // namespace

class TestScenarioTempFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsInTheOrderGiven();
    void generatedEntriesCarryTheirDescription();
    void looksUpGeneratedNames_data();
    void looksUpGeneratedNames();
    void deletionKeepsIndexes();
    void aChangedGeneratedEntryKeepsItsChange();
    void sharedNamesAreRefused();
    void overlappingPatternsAreBounded();
};

void TestScenarioTempFolder::listsInTheOrderGiven()
{
    ScenarioTempFolder folder;
    QVERIFY(folder.add(named("a.log")));
    QString clash;
    QVERIFY(folder.addGenerator(tmp(3, 0x1A), &clash));
    QVERIFY(folder.add(named("z.log")));
    QCOMPARE(folder.total(), 5);
    QCOMPARE(listing(folder),
             (QStringList{QStringLiteral("a.log"), QStringLiteral("tmp001A.tmp"), QStringLiteral("tmp001B.tmp"),
                          QStringLiteral("tmp001C.tmp"), QStringLiteral("z.log")}));
}

void TestScenarioTempFolder::generatedEntriesCarryTheirDescription()
{
    ScenarioTempFolder folder;
    QString clash;
    QVERIFY(folder.addGenerator(tmp(5, 1, 2, 1), &clash));
    QVERIFY(folder.at(0).inUse);
    QVERIFY(folder.at(1).inUse);
    QVERIFY(!folder.at(2).inUse);
    QVERIFY(folder.at(2).attributes.testFlag(FileAttribute::ReadOnly));
    QVERIFY(!folder.at(3).attributes.testFlag(FileAttribute::ReadOnly));
    QVERIFY(folder.at(3).attributes.testFlag(FileAttribute::Archive));
    QCOMPARE(folder.at(4).size_bytes, 7);
    QCOMPARE(folder.at(4).lastWriteUtc, QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(folder.at(4).name, QStringLiteral("tmp0005.tmp"));
}

void TestScenarioTempFolder::looksUpGeneratedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("index"); // -1: none
    QTest::newRow("first") << QStringLiteral("tmp0001.tmp") << qint64(0);
    QTest::newRow("any case") << QStringLiteral("TMP00FF.TMP") << qint64(0xFF - 1);
    QTest::newRow("more than four digits") << QStringLiteral("tmp11170.tmp") << qint64(0x11170 - 1);
    QTest::newRow("last") << QStringLiteral("tmp11170.tmp") << qint64(69999);
    QTest::newRow("past the count") << QStringLiteral("tmp11171.tmp") << qint64(-1);
    QTest::newRow("before the start") << QStringLiteral("tmp0000.tmp") << qint64(-1);
    QTest::newRow("another spelling of a number") << QStringLiteral("tmp00001.tmp") << qint64(-1);
    QTest::newRow("three digits") << QStringLiteral("tmp001.tmp") << qint64(-1);
    QTest::newRow("not hex") << QStringLiteral("tmp00G1.tmp") << qint64(-1);
    QTest::newRow("0x") << QStringLiteral("tmp0x01.tmp") << qint64(-1);
    QTest::newRow("other suffix") << QStringLiteral("tmp0001.log") << qint64(-1);
}

void TestScenarioTempFolder::looksUpGeneratedNames()
{
    QFETCH(QString, name);
    QFETCH(qint64, index);
    ScenarioTempFolder folder;
    QString clash;
    QVERIFY(folder.addGenerator(tmp(70000), &clash));
    const std::optional<qint64> found = folder.indexOf(name);
    QCOMPARE(found.value_or(-1), index);
    if (found)
        QCOMPARE(folder.at(*found).name.toCaseFolded(), name.toCaseFolded());
}

void TestScenarioTempFolder::deletionKeepsIndexes()
{
    ScenarioTempFolder folder;
    QString clash;
    QVERIFY(folder.add(named("a.log")));
    QVERIFY(folder.addGenerator(tmp(3), &clash));
    folder.remove(*folder.indexOf(QStringLiteral("tmp0002.tmp")));
    folder.remove(*folder.indexOf(QStringLiteral("A.LOG")));
    QCOMPARE(folder.total(), 4);
    QVERIFY(folder.at(0).deleted);
    QVERIFY(folder.at(2).deleted);
    QCOMPARE(folder.at(3).name, QStringLiteral("tmp0003.tmp"));
    QVERIFY(!folder.indexOf(QStringLiteral("tmp0002.tmp")));
    QVERIFY(!folder.indexOf(QStringLiteral("a.log")));
    QCOMPARE(listing(folder), (QStringList{QStringLiteral("tmp0001.tmp"), QStringLiteral("tmp0003.tmp")}));
    QVERIFY(folder.add(named("a.log"))); // the name is free again
}

void TestScenarioTempFolder::aChangedGeneratedEntryKeepsItsChange()
{
    ScenarioTempFolder folder;
    QString clash;
    QVERIFY(folder.addGenerator(tmp(3), &clash));
    ScenarioTempEntry& entry = folder.mutableAt(1);
    entry.attributes |= FileAttribute::ReadOnly;
    QVERIFY(folder.at(1).attributes.testFlag(FileAttribute::ReadOnly));
    QVERIFY(!folder.at(0).attributes.testFlag(FileAttribute::ReadOnly));
    QCOMPARE(&folder.mutableAt(1), &entry); // the same stored copy
    folder.remove(1);
    QVERIFY(folder.at(1).deleted);
}

void TestScenarioTempFolder::sharedNamesAreRefused()
{
    ScenarioTempFolder folder;
    QString clash;
    QVERIFY(folder.add(named("tmp0005.tmp")));
    QVERIFY(!folder.addGenerator(tmp(10), &clash));
    QCOMPARE(clash, QStringLiteral("tmp0005.tmp"));
    QCOMPARE(folder.total(), 1); // nothing of the refused generator stays

    ScenarioTempFolder two;
    QVERIFY(two.addGenerator(tmp(0x20), &clash));
    ScenarioTempGenerator other = tmp(5, 0x10);
    other.prefix = QStringLiteral("TMP");
    QVERIFY(!two.addGenerator(other, &clash)); // TMP0010.tmp is tmp0010.tmp
    QCOMPARE(clash, QStringLiteral("TMP0010.tmp"));
    ScenarioTempGenerator apart = tmp(5, 0x100);
    QVERIFY(two.addGenerator(apart, &clash));
    QVERIFY(!two.add(named("TMP0101.TMP")));
    QCOMPARE(two.total(), 0x20 + 5);
}

void TestScenarioTempFolder::overlappingPatternsAreBounded()
{
    // The same pattern twice: ranges compared, nothing walked, however large.
    ScenarioTempFolder same;
    QString clash;
    QVERIFY(same.addGenerator(tmp(500000, 1), &clash));
    QVERIFY(same.addGenerator(tmp(500000, 500001), &clash));
    QVERIFY(!same.addGenerator(tmp(10, 999995), &clash));
    QCOMPARE(clash, QStringLiteral("tmpF423B.tmp")); // the first shared number, 999,995
    // Patterns that could make each other's names are walked, within a budget: a hostile file of
    // many such patterns is refused (clash empty) instead of keeping the parse busy.
    ScenarioTempFolder tangled;
    QString prefix = QStringLiteral("a");
    int added = 0;
    for (; added < 100; ++added) {
        ScenarioTempGenerator g = tmp(100000);
        g.prefix = prefix;
        prefix += QLatin1Char('a');
        if (!tangled.addGenerator(g, &clash))
            break;
    }
    QVERIFY(added < 100);
    QVERIFY(clash.isEmpty());
}

QTEST_GUILESS_MAIN(TestScenarioTempFolder)
#include "TestScenarioTempFolder.moc"
