// SPDX-License-Identifier: MIT
// WindowsSystem: the OS version and edition (A3, A5), the architecture (A4), the clock and
// time zone (E1, E2), the clock's resynchronisation (w32tm, E1's fix) and the WinHTTP machine
// proxy (C1).
#include "ToolRun.h"
#include "WindowsHandles.h"
#include "WindowsHelpers.h"
#include "WindowsSystem.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <windows.h>
#include <winhttp.h>

#include <iterator>

namespace mars {

using namespace win;

namespace {
// Looks up an export that older Windows versions lack (IsWow64Process2 arrived in Windows 10
// 1511; the product still supports Server 2012 R2). Going through void(*)() keeps the cast
// from one function type to another warning-free.
template<typename Function>
Function exportedFunction(const wchar_t* module, const char* name)
{
    const HMODULE handle = ::GetModuleHandleW(module); // both are loaded in every process
    if (!handle)
        return nullptr;
    return reinterpret_cast<Function>(reinterpret_cast<void (*)()>(::GetProcAddress(handle, name)));
}

QString architectureOf(USHORT machine)
{
    switch (machine) {
    case IMAGE_FILE_MACHINE_AMD64: return QStringLiteral("amd64");
    case IMAGE_FILE_MACHINE_I386: return QStringLiteral("x86");
    case IMAGE_FILE_MACHINE_ARM64: return QStringLiteral("arm64");
    case IMAGE_FILE_MACHINE_ARMNT: return QStringLiteral("arm");
    default: return QStringLiteral("unknown (machine 0x%1)").arg(machine, 4, 16, QLatin1Char('0'));
    }
}

// The machine's own architecture. IsWow64Process2 tells the truth even for this x64 program
// emulated on ARM64, where GetNativeSystemInfo answers "x64".
QString nativeArchitecture()
{
    using IsWow64Process2Fn = BOOL(WINAPI*)(HANDLE, USHORT*, USHORT*);
    if (const auto isWow64Process2 = exportedFunction<IsWow64Process2Fn>(L"kernel32.dll", "IsWow64Process2")) {
        USHORT process = IMAGE_FILE_MACHINE_UNKNOWN, native = IMAGE_FILE_MACHINE_UNKNOWN;
        if (isWow64Process2(::GetCurrentProcess(), &process, &native))
            return architectureOf(native);
    }
    SYSTEM_INFO info{};
    ::GetNativeSystemInfo(&info);
    switch (info.wProcessorArchitecture) {
    case PROCESSOR_ARCHITECTURE_AMD64: return QStringLiteral("amd64");
    case PROCESSOR_ARCHITECTURE_INTEL: return QStringLiteral("x86");
    case PROCESSOR_ARCHITECTURE_ARM64: return QStringLiteral("arm64");
    case PROCESSOR_ARCHITECTURE_ARM: return QStringLiteral("arm");
    default: return QStringLiteral("unknown (processor architecture %1)").arg(info.wProcessorArchitecture);
    }
}

// The HRESULT a failed w32tm reports: its exit code when that is one (w32tm exits with the
// HRESULT of its error), else the last "(0x8007xxxx)" it printed (the code is printed in every
// language of Windows, the words around it are not).
quint32 w32tmError(int exitCode, const QString& output)
{
    if ((quint32(exitCode) & 0x80000000u) != 0)
        return quint32(exitCode);
    static const QRegularExpression code(QStringLiteral("0x([0-9A-Fa-f]{8})"));
    quint32 found = 0;
    for (auto it = code.globalMatch(output); it.hasNext();)
        found = it.next().captured(1).toUInt(nullptr, 16);
    return found;
}

QString takeGlobalString(wchar_t* text)
{
    if (!text)
        return QString();
    const QString copy = fromWide(text);
    ::GlobalFree(text);
    return copy;
}
} // namespace

bool WindowsMachine::windowsVersion(OsInfo* os)
{
    // LONG WINAPI RtlGetVersion(RTL_OSVERSIONINFOEXW*): ntdll's answer is not shimmed.
    using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOEXW*);
    const auto rtlGetVersion = exportedFunction<RtlGetVersionFn>(L"ntdll.dll", "RtlGetVersion");
    if (!rtlGetVersion)
        return false;
    OSVERSIONINFOEXW version{};
    version.dwOSVersionInfoSize = sizeof version;
    if (rtlGetVersion(&version) != 0) // STATUS_SUCCESS
        return false;
    os->major = int(version.dwMajorVersion);
    os->minor = int(version.dwMinorVersion);
    os->build = int(version.dwBuildNumber);
    switch (version.wProductType) {
    case VER_NT_WORKSTATION: os->productType = OsInfo::ProductType::Workstation; break;
    case VER_NT_DOMAIN_CONTROLLER: os->productType = OsInfo::ProductType::DomainController; break;
    case VER_NT_SERVER: os->productType = OsInfo::ProductType::Server; break;
    default: os->productType = OsInfo::ProductType::Other; break;
    }
    return true;
}

Probed<OsInfo> WindowsMachine::osInfo() const
{
    OsInfo os;
    os.isWindows = true;
    if (!windowsVersion(&os))
        return Probed<OsInfo>::bad(ProbeStatus::Failed, tr("Windows did not tell its version (RtlGetVersion)."));
    // Names as the registry keeps them; an empty one stays empty (the check says what is missing).
    // Windows 11 still writes "Windows 10 ..." in ProductName: its build number (22000 and up)
    // is what tells.
    const QString key = QStringLiteral("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion");
    const auto text = [&](const char* name) {
        const Probed<RegistryValue> value =
                m_registry.readRegistry(RegistryHive::LocalMachine, key, QLatin1String(name), RegistryView::Native64);
        return value.ok() ? value.value.data.toString() : QString();
    };
    os.productName = text("ProductName");
    os.editionId = text("EditionID");
    os.installationType = text("InstallationType");
    os.architecture = nativeArchitecture();
    return Probed<OsInfo>::good(os);
}

Probed<ClockInfo> WindowsMachine::clock() const
{
    ClockInfo clock;
    FILETIME now{};
    ::GetSystemTimePreciseAsFileTime(&now);
    clock.utcNow = fileTimeToUtc(now);

    DYNAMIC_TIME_ZONE_INFORMATION zone{};
    const DWORD which = ::GetDynamicTimeZoneInformation(&zone);
    if (which == TIME_ZONE_ID_INVALID)
        return fromLastError<ClockInfo>([&] { return tr("Cannot read the time zone"); });
    // The registry key name ("W. Europe Standard Time") is the id tzutil and the Settings app
    // use; empty only when dynamic daylight saving is switched off, then the display name.
    clock.timeZoneId = fromWide(zone.TimeZoneKeyName);
    if (clock.timeZoneId.isEmpty())
        clock.timeZoneId = fromWide(zone.StandardName);
    // UTC = local time + bias (minutes); the standard or daylight bias applies as Windows says
    // which one is in force now (neither when the zone has no daylight saving time).
    LONG bias = zone.Bias;
    if (which == TIME_ZONE_ID_DAYLIGHT)
        bias += zone.DaylightBias;
    else if (which == TIME_ZONE_ID_STANDARD)
        bias += zone.StandardBias;
    clock.utcOffset_s = -int(bias) * 60;
    // The "Country or region" setting: what the time zone check compares the zone with. Not
    // knowing it is no error (the check then only names the zone).
    const GEOID nation = ::GetUserGeoID(GEOCLASS_NATION);
    if (nation != GEOID_NOT_AVAILABLE) {
        wchar_t iso2[8] = {};
        if (::GetGeoInfoW(nation, GEO_ISO2, iso2, int(std::size(iso2)), 0) > 0)
            clock.region = fromWide(iso2).toUpper();
    }
    // Milliseconds since Windows started (64-bit: no wrap after 49 days).
    clock.uptime_s = qint64(::GetTickCount64() / 1000);
    return Probed<ClockInfo>::good(clock);
}

Probed<ClockResync> WindowsMachine::resyncClock(const std::stop_token& stop) const
{
    // "Windows Time service tools and settings" (learn.microsoft.com/windows-server/networking/
    // windows-time-service/windows-time-service-tools-and-settings): w32tm /resync "tells a
    // computer that it should resynchronize its clock as soon as possible, throwing out all
    // accumulated error statistics", and waits for the resync unless /nowait is given; the
    // service must be running. /force is not in that page's table: it is the command the
    // catalog (mars-checks.md E1) prescribes and technicians use; the exit code decides here,
    // and the clock check's re-run judges the clock.
    wchar_t folder[MAX_PATH + 1] = {};
    const UINT length = ::GetSystemDirectoryW(folder, UINT(std::size(folder)));
    if (length == 0 || length >= std::size(folder))
        return fromLastError<ClockResync>([&] { return tr("Cannot find the Windows system folder"); });
    ClockResync r;
    // By its absolute path: this runs elevated, and a w32tm.exe planted in the current folder
    // or on PATH must never be the one started.
    const QString program = fromWide(folder, length) + QStringLiteral("\\w32tm.exe");
    const QStringList arguments = resyncArguments();
    r.command = commandLineArguments(QStringList{program} + arguments);
    if (!QFileInfo::exists(program))
        return {ProbeStatus::NotFound, r,
                tr("The Windows Time tool %1 is not on this computer, so the clock cannot be set from its time "
                   "source.")
                        .arg(program),
                ERROR_FILE_NOT_FOUND};
    const ToolRun run = runTool(program, arguments, kResyncWait_ms, stop);
    r.output = run.output.trimmed();
    r.exitCode = run.exitCode;
    r.elapsed_ms = run.elapsed_ms;
    switch (run.end) {
    case ToolRun::End::Exited: break;
    case ToolRun::End::NotStarted:
        return {ProbeStatus::Failed, r, tr("%1 could not be started: %2").arg(program, run.error), 0};
    case ToolRun::End::TimedOut:
        return {ProbeStatus::Failed, r,
                tr("w32tm /resync did not finish within %1 seconds (no answer from the time source?); it was "
                   "stopped.")
                        .arg(kResyncWait_ms / 1000),
                ERROR_TIMEOUT};
    case ToolRun::End::Stopped:
        return {ProbeStatus::Failed, r, tr("w32tm /resync was stopped before it finished (cancelled)."),
                ERROR_CANCELLED};
    case ToolRun::End::Crashed: return {ProbeStatus::Failed, r, tr("w32tm /resync ended abnormally."), 0};
    }
    if (run.exitCode == 0)
        return Probed<ClockResync>::good(r);
    const quint32 hresult = w32tmError(run.exitCode, r.output);
    const QString hex = QStringLiteral("0x") + QStringLiteral("%1").arg(hresult, 8, 16, QLatin1Char('0')).toUpper();
    // FACILITY_WIN32 (7): the low word is a Win32 error code with a text of its own.
    if ((hresult & 0xFFFF0000u) == 0x80070000u) {
        const DWORD error = hresult & 0xFFFFu;
        if (error == ERROR_SERVICE_NOT_ACTIVE)
            return {ProbeStatus::Failed, r,
                    tr("The Windows Time service is not running, so w32tm cannot resynchronise the clock (%1).")
                            .arg(hex),
                    error};
        // A missing W32Time service is a failure of the resync, not a missing w32tm (NotFound).
        const ProbeStatus status =
                probeStatusFor(error) == ProbeStatus::Denied ? ProbeStatus::Denied : ProbeStatus::Failed;
        return {status, r, tr("w32tm /resync failed: %1").arg(errorText(error)), error};
    }
    return {ProbeStatus::Failed, r,
            hresult ? tr("w32tm /resync failed with %1; its output is kept as evidence.").arg(hex)
                    : tr("w32tm /resync ended with exit code %1; its output is kept as evidence.").arg(run.exitCode),
            0};
}

Probed<ProxyConfig> WindowsNetworkSettings::winHttpProxy() const
{
    // What `netsh winhttp show proxy` shows: the machine-wide setting services use (the
    // agent runs as LocalSystem). Read from the registry by WinHTTP; no network access.
    WINHTTP_PROXY_INFO info{};
    if (!::WinHttpGetDefaultProxyConfiguration(&info))
        return fromLastError<ProxyConfig>([&] { return tr("Cannot read the WinHTTP proxy setting"); });
    ProxyConfig proxy;
    proxy.proxyServer = takeGlobalString(info.lpszProxy);
    proxy.bypassList = takeGlobalString(info.lpszProxyBypass);
    proxy.direct = info.dwAccessType != WINHTTP_ACCESS_TYPE_NAMED_PROXY || proxy.proxyServer.isEmpty();
    return Probed<ProxyConfig>::good(proxy);
}

} // namespace mars
