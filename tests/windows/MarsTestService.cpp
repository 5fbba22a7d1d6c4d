// SPDX-License-Identifier: MIT
// A Windows service that does nothing: it reports "running" and stops when asked. The Windows
// tests install it under a random name to prove WindowsSystem::startService/stopService against
// the real service manager, and copy it as a program file with a known version resource
// (MarsTestService.rc: 2.0.9506.0, the agent version healthy-server.json describes).
// Plain Win32, linked statically: the service manager starts it without Qt's DLLs on its path.
#include <windows.h>

namespace {
SERVICE_STATUS_HANDLE g_handle = nullptr;
HANDLE g_stopRequested = nullptr;

void report(DWORD state)
{
    SERVICE_STATUS status{};
    status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    status.dwCurrentState = state;
    status.dwControlsAccepted = state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP : 0;
    status.dwWin32ExitCode = NO_ERROR;
    status.dwWaitHint = state == SERVICE_RUNNING || state == SERVICE_STOPPED ? 0 : 2000;
    ::SetServiceStatus(g_handle, &status);
}

DWORD WINAPI control(DWORD code, DWORD, void*, void*)
{
    if (code == SERVICE_CONTROL_STOP) {
        report(SERVICE_STOP_PENDING);
        ::SetEvent(g_stopRequested);
        return NO_ERROR;
    }
    return code == SERVICE_CONTROL_INTERROGATE ? NO_ERROR : ERROR_CALL_NOT_IMPLEMENTED;
}

void WINAPI serviceMain(DWORD argc, wchar_t** argv)
{
    g_handle = ::RegisterServiceCtrlHandlerExW(argc > 0 ? argv[0] : L"", control, nullptr);
    if (!g_handle)
        return;
    g_stopRequested = ::CreateEventW(nullptr, TRUE, FALSE, nullptr);
    report(SERVICE_RUNNING);
    ::WaitForSingleObject(g_stopRequested, INFINITE);
    report(SERVICE_STOPPED);
}
} // namespace

int main()
{
    wchar_t name[] = L"MarsTestService"; // ignored for a service in its own process
    const SERVICE_TABLE_ENTRYW table[] = {{name, serviceMain}, {nullptr, nullptr}};
    // Started by hand (not by the service manager) it fails at once: nothing to do then.
    return ::StartServiceCtrlDispatcherW(table) ? 0 : 1;
}
