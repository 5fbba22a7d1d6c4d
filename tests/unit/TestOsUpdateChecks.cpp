// SPDX-License-Identifier: MIT
// A6 os_updates_current: the pending-restart reasons and the update history (last successful
// install, failures since) over patched minimal scenarios.
#include "InstallCheckTestSupport.h"
#include "catalog/install/OsUpdatesCheck.h"

#include <QTest>
#include <QTimeZone>

using namespace mars;
using namespace mars::test;

namespace {
const QDateTime kNow = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
} // namespace

class TestOsUpdateChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void updates_data();
    void updates();
    void updateHistory_data();
    void updateHistory();
};

void TestOsUpdateChecks::updates_data()
{
    QTest::addColumn<QByteArray>("pending"); // JSON list
    QTest::addColumn<QString>("lastSuccess"); // LastSuccessTime, "" = not recorded
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("ageDays"); // evidence, "" = none

    const QByteArray none = "[]";
    const QByteArray cbs = R"(["Component Based Servicing\\RebootPending"])";
    QTest::newRow("nothing recorded, no restart") << none << "" << Verdict::Pass << "No restart"
                                                  << "";
    QTest::newRow("restart pending") << cbs << "" << Verdict::Warning << "waiting for a restart"
                                     << "";
    QTest::newRow("two markers") << QByteArray(R"(["Component Based Servicing\\RebootPending",
                                                   "PendingFileRenameOperations"])")
                                 << "" << Verdict::Warning << "restart"
                                 << "";
    QTest::newRow("updated 10 days ago") << none << "2025-05-22 12:00:00" << Verdict::Pass << "10 days"
                                         << "10";
    QTest::newRow("updated exactly 60 days ago") << none << "2025-04-02 12:00:00" << Verdict::Pass << "60 days"
                                                 << "60";
    QTest::newRow("updated 61 days ago") << none << "2025-04-01 12:00:00" << Verdict::Warning << "61 days"
                                         << "61";
    QTest::newRow("old updates and a pending restart") << cbs << "2024-01-01 00:00:00" << Verdict::Warning << "restart"
                                                       << "517";
    QTest::newRow("unreadable date") << none << "yesterday" << Verdict::Pass << "No restart"
                                     << "";
}

void TestOsUpdateChecks::updates()
{
    QFETCH(QByteArray, pending);
    QFETCH(QString, lastSuccess);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, ageDays);
    QByteArray patch = "{\"pendingReboot\": " + pending;
    if (!lastSuccess.isEmpty())
        patch +=
                R"(, "registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Results\\Install", "name": "LastSuccessTime", "type": "REG_SZ", "data": ")"
                + lastSuccess.toLatin1() + "\"}]";
    patch += '}';
    CheckContext context = contextOf(scenario(patch));
    context.env.utcNow = [] { return kNow; };
    const OsUpdatesCheck check;
    const Finding f = check.run(context);
    verifyShape(f, check);
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("last_update_age_days")), ageDays);
    QVERIFY(f.fixIds.isEmpty());
    if (pending != "[]") {
        QVERIFY(f.evidenceValue(QStringLiteral("pending_restart")).contains(QStringLiteral("RebootPending")));
        QVERIFY(f.remedy.contains(QStringLiteral("Restart the server")));
    }
    if (ageDays.toInt() > OsUpdatesCheck::kMaxAge_days)
        QVERIFY2(f.remedy.contains(QStringLiteral("Windows Update")), qPrintable(f.remedy));
    // Newer Windows do not write the date: said, never a warning by itself.
    if (lastSuccess.isEmpty())
        QVERIFY2(f.detail.contains(QStringLiteral("does not record")), qPrintable(f.detail));
    if (lastSuccess == QLatin1String("yesterday"))
        QVERIFY2(f.detail.contains(QStringLiteral("\"yesterday\"")), qPrintable(f.detail));
}

void TestOsUpdateChecks::updateHistory_data()
{
    QTest::addColumn<QByteArray>("pending"); // JSON list
    QTest::addColumn<QByteArray>("history"); // the scenario's "updateHistory" object, "" = not described
    QTest::addColumn<QString>("lastSuccess"); // LastSuccessTime, "" = not recorded
    QTest::addColumn<Verdict>("expected");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("ageDays"); // evidence, "" = none
    QTest::addColumn<QString>("detail"); // words the detail must contain

    const QByteArray none = "[]";
    const QByteArray recent = R"json({"totalEntries": 120, "lastInstallAgeDays": 10,
        "lastInstallTitle": "2025-05 Cumulative Update for Windows Server 2019 (KB5058392)"})json";
    const QByteArray disabled = R"({"error": "The Windows Update service (wuauserv) is disabled."})";
    // Server 2016 and later: only the history knows.
    QTest::newRow("history: 10 days ago") << none << recent << "" << Verdict::Pass << "10 days"
                                          << "10"
                                          << "120 entries";
    QTest::newRow("history: 61 days ago")
            << none << QByteArray(R"({"lastInstallAgeDays": 61})") << "" << Verdict::Warning << "61 days"
            << "61"
            << "Windows Update's history";
    QTest::newRow("history wins over an old LastSuccessTime")
            << none << recent << "2024-01-01 00:00:00" << Verdict::Pass << "10 days"
            << "10"
            << "Windows Update's history";
    QTest::newRow("empty history, LastSuccessTime 10 days ago")
            << none << QByteArray(R"({"totalEntries": 0})") << "2025-05-22 12:00:00" << Verdict::Pass << "10 days"
            << "10"
            << "LastSuccessTime";
    QTest::newRow("empty history, nothing else")
            << none << QByteArray("{}") << "" << Verdict::Warning << "records no successful installation"
            << ""
            << "0 entries";
    // The history cannot be read (Windows Update disabled; Wine): never a silent pass.
    QTest::newRow("history unreadable, no restart") << none << disabled << "" << Verdict::Error << "could not be read"
                                                    << ""
                                                    << "wuauserv";
    QTest::newRow("history unreadable, LastSuccessTime answers")
            << none << disabled << "2025-05-22 12:00:00" << Verdict::Pass << "10 days"
            << "10"
            << "could not be read";
    QTest::newRow("history unreadable and a restart pending")
            << QByteArray(R"(["Component Based Servicing\\RebootPending"])") << disabled << "" << Verdict::Warning
            << "finish installing updates"
            << ""
            << "could not be read";
    // Pending file renames alone (antivirus keeps the value filled) are not updates.
    QTest::newRow("only pending file renames")
            << QByteArray(R"(["PendingFileRenameOperations"])") << recent << "" << Verdict::Warning
            << "Files are waiting to be replaced at the next restart"
            << "10"
            << "PendingFileRenameOperations";
    QTest::newRow("file renames and Windows Update")
            << QByteArray(R"(["PendingFileRenameOperations", "WindowsUpdate\\Auto Update\\RebootRequired"])") << recent
            << "" << Verdict::Warning << "finish installing updates"
            << "10"
            << "RebootRequired";
}

void TestOsUpdateChecks::updateHistory()
{
    QFETCH(QByteArray, pending);
    QFETCH(QByteArray, history);
    QFETCH(QString, lastSuccess);
    QFETCH(Verdict, expected);
    QFETCH(QString, cause);
    QFETCH(QString, ageDays);
    QFETCH(QString, detail);
    // The scenario's clock and the check's "now" agree: ages count from the same moment.
    QByteArray patch = R"({"clock": {"utc": "2025-06-01T12:00:00Z"}, "pendingReboot": )" + pending;
    if (!history.isEmpty())
        patch += ", \"updateHistory\": " + history;
    if (!lastSuccess.isEmpty())
        patch +=
                R"(, "registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Results\\Install", "name": "LastSuccessTime", "type": "REG_SZ", "data": ")"
                + lastSuccess.toLatin1() + "\"}]";
    patch += '}';
    CheckContext context = contextOf(scenario(patch));
    context.env.utcNow = [] { return kNow; };
    const OsUpdatesCheck check;
    const Finding f = check.run(context);
    if (expected == Verdict::Error) {
        // The 60-day question is unanswered, but the rest was read: what to look at is said.
        QCOMPARE(f.checkId, OsUpdatesCheck::id());
        QVERIFY2(f.remedy.contains(QStringLiteral("wuauserv")), qPrintable(f.remedy));
    } else {
        verifyShape(f, check);
    }
    QCOMPARE(f.verdict, expected);
    QVERIFY2(f.summary.contains(cause, Qt::CaseInsensitive), qPrintable(f.summary));
    QCOMPARE(f.evidenceValue(QStringLiteral("last_update_age_days")), ageDays);
    QVERIFY2(f.detail.contains(detail), qPrintable(f.detail));
    QVERIFY(f.fixIds.isEmpty());
    if (history.contains("KB5058392") && lastSuccess.isEmpty())
        QCOMPARE(f.evidenceValue(QStringLiteral("last_update_title")),
                 QStringLiteral("2025-05 Cumulative Update for Windows Server 2019 (KB5058392)"));
    if (history.contains("error") && ageDays.isEmpty())
        QCOMPARE(f.evidenceValue(QStringLiteral("last_update_install_utc")), QStringLiteral("could not be read"));
    if (pending.contains("PendingFileRenameOperations") && !pending.contains("RebootRequired")) {
        // Worded as what it is: files, often antivirus, not updates.
        QVERIFY2(!f.summary.contains(QStringLiteral("installing updates")), qPrintable(f.summary));
        QVERIFY2(f.remedy.contains(QStringLiteral("antivirus")), qPrintable(f.remedy));
    }
    if (expected == Verdict::Warning && pending == "[]")
        QVERIFY2(f.remedy.contains(QStringLiteral("Windows Update")), qPrintable(f.remedy));
}

QTEST_GUILESS_MAIN(TestOsUpdateChecks)
#include "TestOsUpdateChecks.moc"
