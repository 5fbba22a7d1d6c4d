// SPDX-License-Identifier: MIT
#pragma once

// RAII owners for the Win32 handles WindowsSystem opens, and the one way a failed call
// becomes a Probed::bad. Internal to mars_system (Windows only).
#include "SystemTypes.h"
#include "WindowsHelpers.h"

#include <windows.h>
#include <winsvc.h>

#include <utility>

namespace mars::win {

// One owner per kind of handle: the type, the value meaning "none", and how it is closed.
template<typename Handle, typename Traits>
class Owned
{
public:
    Owned() = default;
    explicit Owned(Handle handle)
        : m_handle(handle)
    {
    }
    ~Owned() { reset(); }
    Owned(const Owned&) = delete;
    Owned& operator=(const Owned&) = delete;
    Owned(Owned&& other) noexcept
        : m_handle(other.release())
    {
    }
    Owned& operator=(Owned&& other) noexcept
    {
        if (this != &other)
            reset(other.release());
        return *this;
    }

    Handle get() const { return m_handle; }
    bool isValid() const { return Traits::isValid(m_handle); }
    explicit operator bool() const { return isValid(); }
    // For APIs that return the handle through an out parameter (RegOpenKeyExW, ...).
    Handle* out()
    {
        reset();
        return &m_handle;
    }
    Handle release()
    {
        const Handle handle = m_handle;
        m_handle = Traits::none();
        return handle;
    }
    void reset(Handle handle = Traits::none())
    {
        if (Traits::isValid(m_handle))
            Traits::close(m_handle);
        m_handle = handle;
    }

private:
    Handle m_handle = Traits::none();
};

// CreateFileW, OpenProcessToken, ...: both nullptr and INVALID_HANDLE_VALUE mean "none".
struct KernelHandleTraits
{
    static HANDLE none() { return INVALID_HANDLE_VALUE; }
    static bool isValid(HANDLE h) { return h != nullptr && h != INVALID_HANDLE_VALUE; }
    static void close(HANDLE h) { ::CloseHandle(h); }
};
struct FindHandleTraits
{
    static HANDLE none() { return INVALID_HANDLE_VALUE; }
    static bool isValid(HANDLE h) { return h != nullptr && h != INVALID_HANDLE_VALUE; }
    static void close(HANDLE h) { ::FindClose(h); }
};
struct RegKeyTraits
{
    static HKEY none() { return nullptr; }
    static bool isValid(HKEY h) { return h != nullptr; }
    static void close(HKEY h) { ::RegCloseKey(h); }
};
struct ServiceHandleTraits
{
    static SC_HANDLE none() { return nullptr; }
    static bool isValid(SC_HANDLE h) { return h != nullptr; }
    static void close(SC_HANDLE h) { ::CloseServiceHandle(h); }
};
struct LocalMemoryTraits
{
    static HLOCAL none() { return nullptr; }
    static bool isValid(HLOCAL h) { return h != nullptr; }
    static void close(HLOCAL h) { ::LocalFree(h); }
};

// LoadLibraryExW: a DLL loaded on demand (a feature that may be missing, like fltlib.dll).
struct ModuleTraits
{
    static HMODULE none() { return nullptr; }
    static bool isValid(HMODULE h) { return h != nullptr; }
    static void close(HMODULE h) { ::FreeLibrary(h); }
};

using UniqueHandle = Owned<HANDLE, KernelHandleTraits>;
using FindHandle = Owned<HANDLE, FindHandleTraits>;
using RegKey = Owned<HKEY, RegKeyTraits>;
using ServiceHandle = Owned<SC_HANDLE, ServiceHandleTraits>;
using LocalMemory = Owned<HLOCAL, LocalMemoryTraits>;
using Module = Owned<HMODULE, ModuleTraits>;

// "<what>: <system text> (error N)" with the status the error code means.
template<typename T>
Probed<T> fromWin32(const QString& what, DWORD error)
{
    return Probed<T>::bad(probeStatusFor(error), QStringLiteral("%1: %2").arg(what, errorText(error)), quint32(error));
}

// The same for the calling thread's GetLastError(); call it right after the failed call. The
// message comes as a function, called only after the error code is read: building it first
// (tr(), QString::arg()) could run code that changes the thread's last error.
template<typename T, typename MakeText>
Probed<T> fromLastError(MakeText&& what)
{
    const DWORD error = ::GetLastError();
    return fromWin32<T>(std::forward<MakeText>(what)(), error);
}

} // namespace mars::win
