// SPDX-License-Identifier: MIT
#include "WindowsConsole.h"

#ifdef _WIN32
#include <windows.h>
#include <fcntl.h>
#include <io.h>

#include <cstdio>
#include <cstdlib>

namespace mars {

namespace {

bool g_attached = false;
UINT g_savedOutputCodePage = 0; // 0 = the console's code page was not changed

bool isConsole(DWORD stdHandle)
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(stdHandle), &mode) != 0;
}

// True when the handle leads somewhere other than a console: a file or pipe the parent set up, or
// a character device that is not a console (`> NUL`). Such a handle is kept as it is.
bool redirectedElsewhere(DWORD stdHandle)
{
    const HANDLE handle = GetStdHandle(stdHandle);
    if (handle == nullptr || handle == INVALID_HANDLE_VALUE)
        return false;
    switch (GetFileType(handle)) {
    case FILE_TYPE_DISK:
    case FILE_TYPE_PIPE: return true;
    case FILE_TYPE_CHAR: return !isConsole(stdHandle); // a console, or NUL
    default: // FILE_TYPE_UNKNOWN: a stale or invalid handle
        return false;
    }
}

// Points the C stream `stream` (stdout or stderr, descriptor `fd`, std handle `stdHandle`) at the
// console. Microsoft's C runtimes reopen a stream whose descriptor is invalid (-2 in a GUI program
// started without a console); Wine's msvcrt refuses to, so such a stream first gets a valid
// descriptor (on NUL) for freopen() to close. msvcrt's FILE is a public struct; the UCRT's is not
// and needs no help.
void reopenOnConsole(FILE* stream, int fd, DWORD stdHandle)
{
    if (std::freopen("CONOUT$", "w", stream) == nullptr) {
#ifndef _UCRT
        const int placeholder = _open("NUL", _O_WRONLY);
        if (placeholder < 0)
            return;
        if (placeholder != fd) {
            _dup2(placeholder, fd);
            _close(placeholder);
        }
        stream->_file = fd;
        if (std::freopen("CONOUT$", "w", stream) == nullptr)
            return;
#else
        return;
#endif
    }
    // Keep GetStdHandle() in step with the stream, for code that writes to the handle directly.
    SetStdHandle(stdHandle, reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream))));
}

void restoreCodePage()
{
    if (g_savedOutputCodePage != 0) {
        SetConsoleOutputCP(g_savedOutputCodePage);
        g_savedOutputCodePage = 0;
    }
}

} // namespace

void attachParentConsole()
{
    // Fails when there is no parent console (started from Explorer, a shortcut, a service) and when
    // the process has one already (Wine hands GUI programs the console of cmd; the C runtime's
    // streams then work as they are).
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        g_attached = true;
        // The C runtime set up stdout/stderr before main(), without a console: reopen them on it.
        if (!redirectedElsewhere(STD_OUTPUT_HANDLE))
            reopenOnConsole(stdout, 1, STD_OUTPUT_HANDLE);
        if (!redirectedElsewhere(STD_ERROR_HANDLE))
            reopenOnConsole(stderr, 2, STD_ERROR_HANDLE);
    }
    // QTextStream writes UTF-8; the console shows it right (umlauts with --language de) only with
    // the UTF-8 code page. The console belongs to cmd/PowerShell: its code page is put back at exit.
    if ((isConsole(STD_OUTPUT_HANDLE) || isConsole(STD_ERROR_HANDLE)) && GetConsoleOutputCP() != CP_UTF8) {
        g_savedOutputCodePage = GetConsoleOutputCP();
        SetConsoleOutputCP(CP_UTF8);
        std::atexit(restoreCodePage);
    }
}

void detachParentConsole()
{
    if (!g_attached)
        return;
    std::fflush(stdout);
    std::fflush(stderr);
    restoreCodePage();
    FreeConsole();
    g_attached = false;
}

void quietCriticalErrorDialogs()
{
    // SetErrorMode ORs nothing in: read the current mode first and keep its other bits.
    const UINT mode = SetErrorMode(0);
    SetErrorMode(mode | SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
}

} // namespace mars

#else

namespace mars {
void attachParentConsole() {}
void detachParentConsole() {}
void quietCriticalErrorDialogs() {}
} // namespace mars

#endif
