// SPDX-License-Identifier: MIT
// WindowsMachine::updateHistory() against the running OS: on Windows the Windows Update
// Agent's history (its numbers must agree with a second, independent COM query in this test);
// under Wine, whose wuapi does not implement the history (GetTotalHistoryCount answers
// E_NOTIMPL), a Failed answer with a sentence that says so, never a silent empty history. Also
// the helpers around it: OLE dates against VariantTimeToSystemTime, COM error texts and the
// statuses the known causes map to.
#include "WindowsTestSupport.h"
#include "system/WindowsSystem.h"
#include "system/WindowsUpdateHistory.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <windows.h>
#include <oleauto.h>
#include <wuapi.h>

using namespace mars;
using namespace mars::test;

namespace {
// Wine's ntdll exports wine_get_version; Windows' does not.
bool underWine()
{
    return ::GetProcAddress(::GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr;
}

// The history's size as a second caller sees it: -1 when the agent cannot say.
long independentHistoryCount()
{
    long count = -1;
    if (FAILED(::CoInitializeEx(nullptr, COINIT_MULTITHREADED)))
        return count;
    IUpdateSession* session = nullptr;
    if (SUCCEEDED(::CoCreateInstance(__uuidof(UpdateSession), nullptr, CLSCTX_INPROC_SERVER, __uuidof(IUpdateSession),
                                     reinterpret_cast<void**>(&session)))
        && session) {
        IUpdateSearcher* searcher = nullptr;
        if (SUCCEEDED(session->CreateUpdateSearcher(&searcher)) && searcher) {
            LONG total = 0;
            if (SUCCEEDED(searcher->GetTotalHistoryCount(&total)))
                count = total;
            searcher->Release();
        }
        session->Release();
    }
    ::CoUninitialize();
    return count;
}
} // namespace

class TestWindowsUpdateHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyOrAClearFailure();
    void oleDates_data();
    void oleDates();
    void comErrors_data();
    void comErrors();
};

void TestWindowsUpdateHistory::historyOrAClearFailure()
{
    QElapsedTimer timer;
    timer.start();
    const Probed<UpdateHistory> history = WindowsSystem().machine().updateHistory();
    // Bounded: never longer than the probe's own wait (plus scheduling slack).
    QVERIFY2(timer.elapsed() < MachineProbe::kUpdateHistoryWait_ms + 5000,
             qPrintable(QString::number(timer.elapsed())));
    if (underWine()) {
        // Wine's wuapi creates the session and searcher but does not implement the history.
        QVERIFY2(!history.ok(), "Wine answered a history; this test expected E_NOTIMPL (update it if Wine grew one)");
        QCOMPARE(history.status, ProbeStatus::Failed);
        QVERIFY2(history.reason.contains(QStringLiteral("Windows Update")), qPrintable(history.reason));
        QVERIFY2(history.reason.contains(QStringLiteral("(0x")), qPrintable(history.reason)); // the COM code
        if (history.reason.contains(QStringLiteral("0x80004001"))) // Wine 8: E_NOTIMPL, said in words
            QVERIFY2(history.reason.contains(QStringLiteral("does not keep a history")), qPrintable(history.reason));
        return;
    }
    if (!history.ok()) {
        // A real Windows whose Windows Update is disabled or missing: a reason, never empty.
        QVERIFY(!history.reason.isEmpty());
        QVERIFY(history.status == ProbeStatus::Failed || history.status == ProbeStatus::Denied);
        QSKIP(qPrintable(QStringLiteral("Windows Update's history is not readable here: ") + history.reason));
    }
    const long count = independentHistoryCount();
    QVERIFY(count >= 0);
    // The history only grows; another installation may land between the two calls.
    QVERIFY2(history.value.totalEntries <= count,
             qPrintable(QStringLiteral("%1 > %2").arg(history.value.totalEntries).arg(count)));
    QVERIFY(history.value.entriesRead <= history.value.totalEntries);
    if (history.value.lastInstallUtc.isValid()) {
        QVERIFY(history.value.lastInstallUtc <= QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(history.value.lastInstallUtc.date().year() >= 2000);
    }
}

void TestWindowsUpdateHistory::oleDates_data()
{
    QTest::addColumn<double>("date");
    QTest::newRow("1900-01-01") << 2.0;
    QTest::newRow("2024-05-02 09:14:02") << 45414.384745370;
    QTest::newRow("2025-06-01 noon") << 45809.5;
    QTest::newRow("end of a day") << 45809.999988426; // 23:59:59
}

void TestWindowsUpdateHistory::oleDates()
{
    QFETCH(double, date);
    // The OS's own conversion is the reference (to the second: it rounds milliseconds away).
    SYSTEMTIME system{};
    QVERIFY(::VariantTimeToSystemTime(date, &system));
    const QDateTime expected(QDate(system.wYear, system.wMonth, system.wDay),
                             QTime(system.wHour, system.wMinute, system.wSecond), QTimeZone::utc());
    const QDateTime converted = win::oleDateToUtc(date);
    QVERIFY(converted.isValid());
    QVERIFY2(qAbs(converted.secsTo(expected)) <= 1,
             qPrintable(converted.toString(Qt::ISODateWithMs) + QStringLiteral(" vs ")
                        + expected.toString(Qt::ISODate)));
    QVERIFY(!win::oleDateToUtc(0.0).isValid()); // 1899-12-30: not an installation date
    QVERIFY(!win::oleDateToUtc(-1.0).isValid());
}

void TestWindowsUpdateHistory::comErrors_data()
{
    QTest::addColumn<qint64>("result");
    QTest::addColumn<int>("status"); // ProbeStatus
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not implemented (Wine)") << qint64(E_NOTIMPL) << int(ProbeStatus::Failed) << "0x80004001";
    QTest::newRow("class not registered")
            << qint64(REGDB_E_CLASSNOTREG) << int(ProbeStatus::Failed) << "not registered";
    QTest::newRow("service disabled") << qint64(HRESULT_FROM_WIN32(ERROR_SERVICE_DISABLED)) << int(ProbeStatus::Failed)
                                      << "wuauserv";
    QTest::newRow("access denied") << qint64(E_ACCESSDENIED) << int(ProbeStatus::Denied) << "0x80070005";
    QTest::newRow("an agent code without system text")
            << qint64(HRESULT(0x8024402CL)) << int(ProbeStatus::Failed) << "0x8024402C";
}

void TestWindowsUpdateHistory::comErrors()
{
    QFETCH(qint64, result);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const Probed<UpdateHistory> failure =
            win::updateHistoryFailure(QStringLiteral("Reading the history"), HRESULT(result));
    QCOMPARE(int(failure.status), status);
    QVERIFY2(failure.reason.contains(mentions), qPrintable(failure.reason));
    QVERIFY2(failure.reason.contains(QStringLiteral("Reading the history: ")), qPrintable(failure.reason));
    QCOMPARE(failure.osError, quint32(result));
}

QTEST_GUILESS_MAIN(TestWindowsUpdateHistory)
#include "TestWindowsUpdateHistory.moc"
