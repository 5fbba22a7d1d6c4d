// SPDX-License-Identifier: MIT
// WindowsMachine::updateHistory() (A6): when Windows last installed an update, read the way
// current Windows records it. WindowsUpdate\Auto Update\Results\Install\LastSuccessTime, which
// older checks read, is not written by Windows 10 1607 / Server 2016 and later (mars-checks.md,
// "Newer than the rest of this page"); the Windows Update Agent's history is kept on every
// version the product supports (Windows Update Agent API, wuapi.h: UpdateSession ->
// IUpdateSearcher::GetTotalHistoryCount / QueryHistory, "matching event records ... in
// descending chronological order", learn.microsoft.com IUpdateSearcher::QueryHistory, ms.date
// 12/05/2018). It also records what WSUS and Configuration Manager install, since both deploy
// through the same agent.
//
// COM runs on a thread of its own (CoInitializeEx, multithreaded apartment), never on the
// caller's, which may be in another apartment or none; the caller waits at most
// MachineProbe::kUpdateHistoryWait_ms. A history query can block while Windows starts the
// Windows Update service; if it does not answer in time the caller gets a Failed answer and the
// thread finishes on its own later (it owns everything it touches).
#include "WindowsUpdateHistory.h"

#include "WindowsCom.h"
#include "WindowsHelpers.h"
#include "WindowsSystem.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <oleauto.h>
#include <wuapi.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

namespace mars {

namespace win {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("mars::WindowsSystem", text);
}

// IUpdateHistoryEntry2 (wuapi.h of the Windows SDK; MinGW-w64 10 lacks it): IUpdateHistoryEntry
// plus Categories. Declared here under its own name, asked for by its IID
// {C2BFB780-4539-4132-AB8C-0A8772013AB6}; the methods before get_Categories are
// IUpdateHistoryEntry's, in its order.
// A COM interface is released, never deleted: no virtual destructor, as in wuapi.h itself.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#endif
struct HistoryEntry2 : public IUpdateHistoryEntry
{
    virtual HRESULT STDMETHODCALLTYPE get_Categories(ICategoryCollection** retval) = 0;
};
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
constexpr GUID kIidHistoryEntry2 = {0xc2bfb780, 0x4539, 0x4132, {0xab, 0x8c, 0x0a, 0x87, 0x72, 0x01, 0x3a, 0xb6}};

// True when the entry belongs to the "Definition Updates" classification. An entry whose
// categories cannot be read counts as an ordinary update.
bool isDefinitionUpdate(IUpdateHistoryEntry* entry)
{
    ComPtr<HistoryEntry2> entry2;
    if (FAILED(entry->QueryInterface(kIidHistoryEntry2, entry2.outVoid())) || !entry2)
        return false;
    ComPtr<ICategoryCollection> categories;
    if (FAILED(entry2->get_Categories(categories.out())) || !categories)
        return false;
    LONG count = 0;
    if (FAILED(categories->get_Count(&count)))
        return false;
    for (LONG i = 0; i < count; ++i) {
        ComPtr<ICategory> category;
        Bstr id;
        if (SUCCEEDED(categories->get_Item(i, category.out())) && category
            && SUCCEEDED(category->get_CategoryID(id.out()))
            && id.text().compare(fromWide(kDefinitionUpdatesCategory), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// History entries looked at, newest first: a page at a time, at most kMaxEntries (a server
// whose newest 2,000 entries hold no successful installation of an ordinary update has not
// been updated for a long time either way).
constexpr LONG kPage = 100;
constexpr LONG kMaxEntries = 2000;

// The history query itself; COM is initialised on this thread by the caller.
Probed<UpdateHistory> queryHistory()
{
    ComPtr<IUpdateSession> session;
    HRESULT hr = ::CoCreateInstance(__uuidof(UpdateSession), nullptr, CLSCTX_INPROC_SERVER, __uuidof(IUpdateSession),
                                    session.outVoid());
    if (FAILED(hr) || !session)
        return updateHistoryFailure(translated("Creating a Windows Update session (UpdateSession)"), hr);
    ComPtr<IUpdateSearcher> searcher;
    hr = session->CreateUpdateSearcher(searcher.out());
    if (FAILED(hr) || !searcher)
        return updateHistoryFailure(translated("Creating a Windows Update searcher"), hr);
    LONG total = 0;
    hr = searcher->GetTotalHistoryCount(&total);
    if (FAILED(hr))
        return updateHistoryFailure(translated("Counting Windows Update's history entries (GetTotalHistoryCount)"), hr);

    UpdateHistory history;
    history.totalEntries = int(std::max<LONG>(total, 0));
    for (LONG start = 0; start < total && start < kMaxEntries; start += kPage) {
        ComPtr<IUpdateHistoryEntryCollection> page;
        hr = searcher->QueryHistory(start, std::min(kPage, total - start), page.out());
        if (FAILED(hr) || !page)
            return updateHistoryFailure(translated("Reading Windows Update's history (QueryHistory)"), hr);
        LONG count = 0;
        if (FAILED(page->get_Count(&count)) || count <= 0)
            break;
        for (LONG i = 0; i < count; ++i) {
            ComPtr<IUpdateHistoryEntry> entry;
            if (FAILED(page->get_Item(i, entry.out())) || !entry)
                continue;
            ++history.entriesRead;
            UpdateOperation operation{};
            OperationResultCode result{};
            DATE date = 0;
            if (FAILED(entry->get_Operation(&operation)) || operation != uoInstallation
                || FAILED(entry->get_ResultCode(&result))
                || (result != orcSucceeded && result != orcSucceededWithErrors) || FAILED(entry->get_Date(&date)))
                continue;
            const QDateTime installed = oleDateToUtc(date);
            if (!installed.isValid() || isDefinitionUpdate(entry.get()))
                continue;
            // Newest first by the documentation; compared anyway, so the order does not matter.
            if (!history.lastInstallUtc.isValid() || installed > history.lastInstallUtc) {
                history.lastInstallUtc = installed;
                Bstr title;
                history.lastInstallTitle = SUCCEEDED(entry->get_Title(title.out())) ? title.text() : QString();
            }
        }
        if (history.lastInstallUtc.isValid())
            break; // every later page is older
    }
    return Probed<UpdateHistory>::good(history);
}

// What the history thread hands back.
struct HistoryHandoff
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    Probed<UpdateHistory> answer;
};

} // namespace

QDateTime oleDateToUtc(double date)
{
    // Before 1900 (DATE 1.0 is 1899-12-31) and far in the future: not an installation date.
    if (!(date >= 1.0 && date < 2958466.0)) // 9999-12-31 is the largest DATE
        return {};
    const QDateTime epoch(QDate(1899, 12, 30), QTime(0, 0), QTimeZone::utc());
    return epoch.addMSecs(qint64(date * 86400000.0 + 0.5));
}

QString hresultText(HRESULT result)
{
    wchar_t* buffer = nullptr;
    const DWORD length = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM
                                                  | FORMAT_MESSAGE_IGNORE_INSERTS,
                                          nullptr, DWORD(result), 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    QString text = length && buffer ? fromWide(buffer, qsizetype(length)).trimmed() : QString();
    if (buffer)
        ::LocalFree(buffer);
    const QString code =
            QStringLiteral("0x") + QString::number(quint32(result), 16).toUpper().rightJustified(8, QLatin1Char('0'));
    return text.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(text, code);
}

Probed<UpdateHistory> updateHistoryFailure(const QString& step, HRESULT result)
{
    QString cause;
    ProbeStatus status = ProbeStatus::Failed;
    if (result == REGDB_E_CLASSNOTREG) {
        cause = translated("The Windows Update Agent is not registered on this machine.");
    } else if (result == E_NOTIMPL) {
        cause = translated("This Windows Update Agent does not keep a history (as under Wine).");
    } else if (result == HRESULT_FROM_WIN32(ERROR_SERVICE_DISABLED)) {
        cause = translated("The Windows Update service (wuauserv) is disabled.");
    } else if (result == E_ACCESSDENIED) {
        cause = translated("Windows refused access to Windows Update's history.");
        status = ProbeStatus::Denied;
    }
    QString reason = QStringLiteral("%1: %2").arg(step, hresultText(result));
    if (!cause.isEmpty())
        reason = cause + QLatin1Char(' ') + reason;
    return Probed<UpdateHistory>::bad(status, reason, quint32(result));
}

} // namespace win

Probed<UpdateHistory> WindowsMachine::updateHistory() const
{
    auto handoff = std::make_shared<win::HistoryHandoff>();
    try {
        std::thread([handoff] {
            Probed<UpdateHistory> answer;
            const HRESULT com = ::CoInitializeEx(nullptr, COINIT_MULTITHREADED | COINIT_DISABLE_OLE1DDE);
            if (FAILED(com)) {
                answer = win::updateHistoryFailure(tr("Starting COM for Windows Update (CoInitializeEx)"), com);
            } else {
                answer = win::queryHistory(); // every interface is released before COM ends here
                ::CoUninitialize();
            }
            const std::lock_guard lock(handoff->mutex);
            handoff->answer = std::move(answer);
            handoff->finished = true;
            handoff->done.notify_all();
        }).detach();
    } catch (const std::system_error& error) {
        return Probed<UpdateHistory>::bad(ProbeStatus::Failed,
                                          tr("A thread to ask Windows Update could not be started: %1")
                                                  .arg(QString::fromLocal8Bit(error.what())));
    }
    std::unique_lock lock(handoff->mutex);
    if (!handoff->done.wait_for(lock, std::chrono::milliseconds(kUpdateHistoryWait_ms),
                                [&handoff] { return handoff->finished; }))
        return Probed<UpdateHistory>::bad(ProbeStatus::Failed,
                                          tr("Windows Update did not report its history within %1 seconds (its "
                                             "service may be starting or hung).")
                                                  .arg(kUpdateHistoryWait_ms / 1000));
    return handoff->answer;
}

} // namespace mars
