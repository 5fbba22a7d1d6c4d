// SPDX-License-Identifier: MIT
// WindowsSystem: one service's state and configuration (obengine, w32time, ...), starting and
// stopping it, each with a bounded wait.
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <QDeadlineTimer>

#include <windows.h>
#include <winsvc.h>

#include <algorithm>
#include <string>
#include <vector>

namespace mars {

using namespace win;

namespace {
constexpr qint64 kStartWait_ms = 10000; // how long startService() waits for "running"
// How long stopService() waits for "stopped": obengine flushes its state first, which takes
// longer than starting; a service still stopping after that is reported as "stop pending".
constexpr qint64 kStopWait_ms = 20000;

ServiceState stateOf(DWORD state)
{
    switch (state) {
    case SERVICE_STOPPED: return ServiceState::Stopped;
    case SERVICE_START_PENDING: return ServiceState::StartPending;
    case SERVICE_STOP_PENDING: return ServiceState::StopPending;
    case SERVICE_RUNNING: return ServiceState::Running;
    case SERVICE_PAUSED: return ServiceState::Paused;
    default: return ServiceState::Other; // continue or pause pending
    }
}

ServiceStartType startTypeOf(DWORD startType)
{
    switch (startType) {
    case SERVICE_AUTO_START: return ServiceStartType::Automatic; // delayed start included
    case SERVICE_DEMAND_START: return ServiceStartType::Manual;
    case SERVICE_DISABLED: return ServiceStartType::Disabled;
    default: return ServiceStartType::Other; // boot and system drivers
    }
}

bool queryStatus(SC_HANDLE service, SERVICE_STATUS_PROCESS* status)
{
    DWORD needed = 0;
    return ::QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(status), sizeof *status,
                                  &needed)
           != FALSE;
}

// Polls until the service leaves `pending` or the deadline passes; false when the state
// cannot be read (GetLastError() tells why).
bool waitWhile(SC_HANDLE service, DWORD pending, qint64 wait_ms, SERVICE_STATUS_PROCESS* status)
{
    const QDeadlineTimer deadline(wait_ms);
    for (;;) {
        if (!queryStatus(service, status))
            return false;
        if (status->dwCurrentState != pending || deadline.hasExpired())
            return true;
        // A tenth of the service's own wait hint, between 100 ms and 1 s (Microsoft's advice).
        const qint64 pause_ms = std::clamp<qint64>(status->dwWaitHint / 10, 100, 1000);
        ::Sleep(DWORD(std::min(pause_ms, std::max<qint64>(deadline.remainingTime(), 1))));
    }
}

QString text(const wchar_t* value)
{
    return value ? fromWide(value) : QString();
}
} // namespace

Probed<ServiceInfo> WindowsServices::service(const QString& name) const
{
    const ServiceHandle manager(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return fromLastError<ServiceInfo>([&] { return tr("Cannot connect to the service manager"); });
    const ServiceHandle handle(
            ::OpenServiceW(manager.get(), name.toStdWString().c_str(), SERVICE_QUERY_STATUS | SERVICE_QUERY_CONFIG));
    if (!handle)
        return fromLastError<ServiceInfo>([&] { return tr("The service %1 cannot be opened").arg(name); });

    SERVICE_STATUS_PROCESS status{};
    if (!queryStatus(handle.get(), &status))
        return fromLastError<ServiceInfo>([&] { return tr("The state of the service %1 cannot be read").arg(name); });

    // QUERY_SERVICE_CONFIGW is followed by its strings: ask for the size, then read (again if
    // the configuration grew in between).
    std::vector<BYTE> buffer(sizeof(QUERY_SERVICE_CONFIGW) + 1024);
    bool haveConfig = false;
    for (int attempt = 0; attempt < 3 && !haveConfig; ++attempt) {
        DWORD needed = 0;
        haveConfig = ::QueryServiceConfigW(handle.get(), reinterpret_cast<QUERY_SERVICE_CONFIGW*>(buffer.data()),
                                           DWORD(buffer.size()), &needed);
        if (!haveConfig) {
            if (::GetLastError() != ERROR_INSUFFICIENT_BUFFER)
                break;
            buffer.resize(std::max<size_t>(needed, buffer.size() * 2));
        }
    }
    if (!haveConfig)
        return fromLastError<ServiceInfo>(
                [&] { return tr("The configuration of the service %1 cannot be read").arg(name); });
    const auto* config = reinterpret_cast<const QUERY_SERVICE_CONFIGW*>(buffer.data());

    ServiceInfo info;
    info.name = name;
    info.displayName = text(config->lpDisplayName);
    info.state = stateOf(status.dwCurrentState);
    info.startType = startTypeOf(config->dwStartType);
    info.account = text(config->lpServiceStartName);
    return Probed<ServiceInfo>::good(info);
}

Probed<ServiceState> WindowsServices::startService(const QString& name) const
{
    const ServiceHandle manager(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return fromLastError<ServiceState>([&] { return tr("Cannot connect to the service manager"); });
    const ServiceHandle handle(
            ::OpenServiceW(manager.get(), name.toStdWString().c_str(), SERVICE_START | SERVICE_QUERY_STATUS));
    if (!handle)
        return fromLastError<ServiceState>([&] { return tr("The service %1 cannot be opened to start it").arg(name); });
    if (!::StartServiceW(handle.get(), 0, nullptr)) {
        const DWORD error = ::GetLastError();
        if (error != ERROR_SERVICE_ALREADY_RUNNING) // already running is what we wanted
            return fromWin32<ServiceState>(tr("The service %1 cannot be started").arg(name), error);
    }

    // Wait for "running" as the service reports progress, never longer than kStartWait_ms:
    // a service stuck in "start pending" is reported as such, not waited for.
    SERVICE_STATUS_PROCESS status{};
    if (!waitWhile(handle.get(), SERVICE_START_PENDING, kStartWait_ms, &status))
        return fromLastError<ServiceState>([&] { return tr("The state of the service %1 cannot be read").arg(name); });
    if (status.dwCurrentState == SERVICE_STOPPED) {
        const DWORD exitCode = status.dwWin32ExitCode == ERROR_SERVICE_SPECIFIC_ERROR ? status.dwServiceSpecificExitCode
                                                                                      : status.dwWin32ExitCode;
        return Probed<ServiceState>::bad(
                ProbeStatus::Failed,
                tr("The service %1 stopped again right after it was started (exit code %2).").arg(name).arg(exitCode),
                quint32(exitCode));
    }
    return Probed<ServiceState>::good(stateOf(status.dwCurrentState));
}

Probed<ServiceState> WindowsServices::stopService(const QString& name) const
{
    const ServiceHandle manager(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return fromLastError<ServiceState>([&] { return tr("Cannot connect to the service manager"); });
    const ServiceHandle handle(
            ::OpenServiceW(manager.get(), name.toStdWString().c_str(), SERVICE_STOP | SERVICE_QUERY_STATUS));
    if (!handle)
        return fromLastError<ServiceState>([&] { return tr("The service %1 cannot be opened to stop it").arg(name); });
    SERVICE_STATUS stopped{};
    if (!::ControlService(handle.get(), SERVICE_CONTROL_STOP, &stopped)) {
        const DWORD error = ::GetLastError();
        if (error == ERROR_SERVICE_NOT_ACTIVE) // already stopped is what we wanted
            return Probed<ServiceState>::good(ServiceState::Stopped);
        if (error == ERROR_DEPENDENT_SERVICES_RUNNING)
            return Probed<ServiceState>::bad(
                    ProbeStatus::Failed,
                    tr("The service %1 was not stopped because other running services depend on it.").arg(name),
                    quint32(error));
        // "Cannot accept control" while it is already stopping: wait for that below.
        SERVICE_STATUS_PROCESS now{};
        if (error != ERROR_SERVICE_CANNOT_ACCEPT_CTRL || !queryStatus(handle.get(), &now)
            || now.dwCurrentState != SERVICE_STOP_PENDING)
            return fromWin32<ServiceState>(tr("The service %1 cannot be stopped").arg(name), error);
    }

    // Wait for "stopped", never longer than kStopWait_ms (the same polling as starting).
    SERVICE_STATUS_PROCESS status{};
    if (!waitWhile(handle.get(), SERVICE_STOP_PENDING, kStopWait_ms, &status))
        return fromLastError<ServiceState>([&] { return tr("The state of the service %1 cannot be read").arg(name); });
    return Probed<ServiceState>::good(stateOf(status.dwCurrentState));
}

} // namespace mars
