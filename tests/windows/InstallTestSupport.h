// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the Windows tests of the installation checks and fixes: a registry sandbox that
// puts back every value it changed and removes every key it created (so a test may write
// under HKLM\SOFTWARE\Microsoft on a real machine and leave it as it was), and the do-nothing
// test service (mars_test_service.exe, version 2.0.9506.0) installed under a given name.
#include "WindowsTestSupport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <windows.h>
#include <winsvc.h>

#include <string>

namespace mars::test {

inline QString testServicePath()
{
    return QDir::toNativeSeparators(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                                    + QStringLiteral(MARS_TEST_SERVICE_FILE));
}

inline QByteArray regSz(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2) + QByteArray(2, '\0');
}

// Registry changes under HKLM that are undone at the end: values get their old type and bytes
// back (or are deleted when they did not exist), keys the sandbox created are deleted with
// everything in them. `view` is KEY_WOW64_64KEY or KEY_WOW64_32KEY.
class RegistrySandbox
{
public:
    RegistrySandbox() = default;
    ~RegistrySandbox() { restore(); }
    RegistrySandbox(const RegistrySandbox&) = delete;
    RegistrySandbox& operator=(const RegistrySandbox&) = delete;

    LSTATUS lastError() const { return m_error; }
    bool denied() const { return m_error == ERROR_ACCESS_DENIED; }

    bool keyExists(REGSAM view, const QString& key) const
    {
        HKEY handle = nullptr;
        if (::RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), 0, KEY_READ | view, &handle) != ERROR_SUCCESS)
            return false;
        ::RegCloseKey(handle);
        return true;
    }

    // Creates `key` and any missing parents; the topmost one created is removed by restore().
    bool createKey(REGSAM view, const QString& key)
    {
        const QStringList parts = key.split(QLatin1Char('\\'));
        for (int i = 1; i <= parts.size(); ++i) {
            const QString prefix = parts.mid(0, i).join(QLatin1Char('\\'));
            if (!keyExists(view, prefix)) {
                if (!isUnderCreated(view, prefix))
                    m_created.append({view, prefix});
                break;
            }
        }
        HKEY handle = nullptr;
        m_error = ::RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), 0, nullptr, 0, KEY_ALL_ACCESS | view,
                                    nullptr, &handle, nullptr);
        if (m_error == ERROR_SUCCESS)
            ::RegCloseKey(handle);
        return m_error == ERROR_SUCCESS;
    }

    bool setValue(REGSAM view, const QString& key, const QString& name, DWORD type, const QByteArray& bytes)
    {
        if (!createKey(view, key))
            return false;
        save(view, key, name);
        HKEY handle = nullptr;
        m_error = ::RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), 0, KEY_SET_VALUE | view, &handle);
        if (m_error != ERROR_SUCCESS)
            return false;
        m_error = ::RegSetValueExW(handle, wide(name).c_str(), 0, type,
                                   reinterpret_cast<const BYTE*>(bytes.constData()), DWORD(bytes.size()));
        ::RegCloseKey(handle);
        return m_error == ERROR_SUCCESS;
    }
    bool setString(REGSAM view, const QString& key, const QString& name, const QString& text)
    {
        return setValue(view, key, name, REG_SZ, regSz(text));
    }
    bool setDword(REGSAM view, const QString& key, const QString& name, quint32 value)
    {
        return setValue(view, key, name, REG_DWORD, QByteArray(reinterpret_cast<const char*>(&value), sizeof value));
    }

    // Deletes the value (it is put back by restore()); true also when there was none.
    bool removeValue(REGSAM view, const QString& key, const QString& name)
    {
        m_error = ERROR_SUCCESS;
        if (!keyExists(view, key))
            return true;
        save(view, key, name);
        HKEY handle = nullptr;
        m_error = ::RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), 0, KEY_SET_VALUE | view, &handle);
        if (m_error != ERROR_SUCCESS)
            return false;
        const LSTATUS deleted = ::RegDeleteValueW(handle, wide(name).c_str());
        ::RegCloseKey(handle);
        m_error = deleted == ERROR_FILE_NOT_FOUND ? LSTATUS(ERROR_SUCCESS) : deleted;
        return m_error == ERROR_SUCCESS;
    }

    // The value as stored now: false when it does not exist.
    bool read(REGSAM view, const QString& key, const QString& name, DWORD* type, QByteArray* bytes) const
    {
        const DWORD flags =
                RRF_RT_ANY | RRF_NOEXPAND | (view == KEY_WOW64_32KEY ? RRF_SUBKEY_WOW6432KEY : RRF_SUBKEY_WOW6464KEY);
        DWORD size = 0;
        if (::RegGetValueW(HKEY_LOCAL_MACHINE, wide(key).c_str(), wide(name).c_str(), flags, type, nullptr, &size)
            != ERROR_SUCCESS)
            return false;
        bytes->resize(qsizetype(size));
        const bool read = ::RegGetValueW(HKEY_LOCAL_MACHINE, wide(key).c_str(), wide(name).c_str(), flags, type,
                                         bytes->data(), &size)
                          == ERROR_SUCCESS;
        bytes->resize(qsizetype(size));
        return read;
    }

    void restore()
    {
        for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
            if (isUnderCreated(it->view, it->key))
                continue; // removed with its key below
            HKEY handle = nullptr;
            if (::RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(it->key).c_str(), 0, KEY_SET_VALUE | it->view, &handle)
                != ERROR_SUCCESS)
                continue;
            if (it->existed)
                ::RegSetValueExW(handle, wide(it->name).c_str(), 0, it->type,
                                 reinterpret_cast<const BYTE*>(it->bytes.constData()), DWORD(it->bytes.size()));
            else
                ::RegDeleteValueW(handle, wide(it->name).c_str());
            ::RegCloseKey(handle);
        }
        for (auto it = m_created.crbegin(); it != m_created.crend(); ++it) {
            HKEY handle = nullptr;
            if (::RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(it->key).c_str(), 0, KEY_ALL_ACCESS | it->view, &handle)
                == ERROR_SUCCESS) {
                ::RegDeleteTreeW(handle, nullptr);
                ::RegCloseKey(handle);
            }
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(it->key).c_str(), it->view, 0);
        }
        m_saved.clear();
        m_created.clear();
    }

private:
    struct Key
    {
        REGSAM view;
        QString key;
    };
    struct Saved
    {
        REGSAM view;
        QString key;
        QString name;
        bool existed = false;
        DWORD type = REG_NONE;
        QByteArray bytes;
    };

    bool isUnderCreated(REGSAM view, const QString& key) const
    {
        for (const Key& created : m_created) {
            if (created.view == view
                && (key.compare(created.key, Qt::CaseInsensitive) == 0
                    || key.startsWith(created.key + QLatin1Char('\\'), Qt::CaseInsensitive)))
                return true;
        }
        return false;
    }

    // The first state of each value only: restore() puts back what was there before the test.
    void save(REGSAM view, const QString& key, const QString& name)
    {
        for (const Saved& saved : m_saved) {
            if (saved.view == view && saved.key.compare(key, Qt::CaseInsensitive) == 0
                && saved.name.compare(name, Qt::CaseInsensitive) == 0)
                return;
        }
        Saved saved{view, key, name, false, REG_NONE, {}};
        saved.existed = read(view, key, name, &saved.type, &saved.bytes);
        m_saved.append(saved);
    }

    QList<Saved> m_saved;
    QList<Key> m_created;
    LSTATUS m_error = ERROR_SUCCESS;
};

// mars_test_service.exe installed as a demand-start service under `name`, stopped and deleted
// again by the destructor. A service of that name that exists already is left alone.
class TestService
{
public:
    TestService() = default;
    ~TestService() { remove(); }
    TestService(const TestService&) = delete;
    TestService& operator=(const TestService&) = delete;

    // Empty on success, else why the service could not be installed (for a QSKIP).
    QString install(const QString& name, const QString& dependsOn = {})
    {
        m_manager.reset(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT | SC_MANAGER_CREATE_SERVICE));
        if (!m_manager)
            return ::GetLastError() == ERROR_ACCESS_DENIED
                           ? QStringLiteral("Installing a test service needs an elevated run.")
                           : QStringLiteral("The service manager cannot be opened (error %1).").arg(::GetLastError());
        const win::ServiceHandle existing(::OpenServiceW(m_manager.get(), wide(name).c_str(), SERVICE_QUERY_STATUS));
        if (existing)
            return QStringLiteral("A service named %1 exists on this machine already: it is left alone.").arg(name);
        const std::wstring binary = L"\"" + wide(testServicePath()) + L"\"";
        std::wstring dependencies = wide(dependsOn);
        dependencies.push_back(L'\0'); // a list of NUL-terminated names, ended by another NUL
        m_service.reset(::CreateServiceW(m_manager.get(), wide(name).c_str(), wide(name).c_str(), SERVICE_ALL_ACCESS,
                                         SERVICE_WIN32_OWN_PROCESS, SERVICE_DEMAND_START, SERVICE_ERROR_IGNORE,
                                         binary.c_str(), nullptr, nullptr,
                                         dependsOn.isEmpty() ? nullptr : dependencies.c_str(), nullptr, nullptr));
        if (!m_service)
            return QStringLiteral("CreateServiceW failed (error %1).").arg(::GetLastError());
        return {};
    }

    SC_HANDLE handle() const { return m_service.get(); }
    DWORD state() const
    {
        SERVICE_STATUS status{};
        return m_service && ::QueryServiceStatus(m_service.get(), &status) ? status.dwCurrentState : 0;
    }
    // Started and stopped with the service manager directly (not through WindowsSystem), waiting
    // up to 10 s.
    bool start()
    {
        return (::StartServiceW(m_service.get(), 0, nullptr) || state() == SERVICE_RUNNING) && waitFor(SERVICE_RUNNING);
    }
    bool stop()
    {
        SERVICE_STATUS status{};
        ::ControlService(m_service.get(), SERVICE_CONTROL_STOP, &status);
        return waitFor(SERVICE_STOPPED);
    }
    void remove()
    {
        if (!m_service)
            return;
        stop();
        ::DeleteService(m_service.get());
        m_service.reset();
    }

private:
    bool waitFor(DWORD wanted) const
    {
        for (int i = 0; i < 100; ++i) {
            if (state() == wanted)
                return true;
            ::Sleep(100);
        }
        return state() == wanted;
    }

    win::ServiceHandle m_manager;
    win::ServiceHandle m_service;
};

} // namespace mars::test
