// SPDX-License-Identifier: MIT
// WindowsSystem: listing a registry key — its subkeys (RegEnumKeyExW; A12's Windows Installer
// markers) and its value names (RegEnumValueW; I3's Defender exclusions, whose value NAMES are
// the excluded paths). Read-only: keys are opened with query/enumerate rights only.
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <windows.h>

#include <vector>

namespace mars {

using namespace win;

Probed<QStringList> WindowsRegistry::registrySubkeys(RegistryHive hive, const QString& key, RegistryView view) const
{
    using Result = Probed<QStringList>;
    const QString where = registryHiveName(hive) + QLatin1Char('\\') + key;
    RegKey handle;
    const LSTATUS opened =
            ::RegOpenKeyExW(registryRoot(hive), key.toStdWString().c_str(), 0,
                            KEY_ENUMERATE_SUB_KEYS | KEY_QUERY_VALUE | registryViewFlag(view), handle.out());
    if (opened != ERROR_SUCCESS) {
        if (opened == ERROR_FILE_NOT_FOUND)
            return Result::bad(ProbeStatus::NotFound, tr("The registry key %1 does not exist.").arg(where),
                               quint32(opened));
        return fromWin32<QStringList>(tr("The registry key %1 cannot be opened").arg(where), DWORD(opened));
    }
    // The longest subkey name sizes the buffer (a key name is at most 255 characters); a key
    // added while listing may be longer, so ERROR_MORE_DATA grows the buffer and asks again.
    DWORD count = 0;
    DWORD longest = 0;
    const LSTATUS queried = ::RegQueryInfoKeyW(handle.get(), nullptr, nullptr, nullptr, &count, &longest, nullptr,
                                               nullptr, nullptr, nullptr, nullptr, nullptr);
    if (queried != ERROR_SUCCESS)
        return fromWin32<QStringList>(tr("The subkeys of the registry key %1 cannot be counted").arg(where),
                                      DWORD(queried));
    std::vector<wchar_t> name(size_t(qMax<DWORD>(longest, 255)) + 1);
    QStringList names;
    names.reserve(qsizetype(count));
    for (DWORD index = 0;; ++index) {
        DWORD length = DWORD(name.size());
        LSTATUS listed = ::RegEnumKeyExW(handle.get(), index, name.data(), &length, nullptr, nullptr, nullptr, nullptr);
        if (listed == ERROR_MORE_DATA) {
            name.resize(name.size() * 2);
            length = DWORD(name.size());
            listed = ::RegEnumKeyExW(handle.get(), index, name.data(), &length, nullptr, nullptr, nullptr, nullptr);
        }
        if (listed == ERROR_NO_MORE_ITEMS)
            break;
        if (listed != ERROR_SUCCESS)
            return fromWin32<QStringList>(tr("The subkeys of the registry key %1 cannot be listed").arg(where),
                                          DWORD(listed));
        names.append(fromWide(name.data(), qsizetype(length)));
    }
    return Result::good(names);
}

Probed<QStringList> WindowsRegistry::registryValueNames(RegistryHive hive, const QString& key, RegistryView view) const
{
    using Result = Probed<QStringList>;
    const QString where = registryHiveName(hive) + QLatin1Char('\\') + key;
    RegKey handle;
    const LSTATUS opened = ::RegOpenKeyExW(registryRoot(hive), key.toStdWString().c_str(), 0,
                                           KEY_QUERY_VALUE | registryViewFlag(view), handle.out());
    if (opened != ERROR_SUCCESS) {
        if (opened == ERROR_FILE_NOT_FOUND)
            return Result::bad(ProbeStatus::NotFound, tr("The registry key %1 does not exist.").arg(where),
                               quint32(opened));
        return fromWin32<QStringList>(tr("The registry key %1 cannot be opened").arg(where), DWORD(opened));
    }
    // A value name is at most 16,383 characters; the longest one sizes the buffer, and a value
    // added while listing may be longer, so ERROR_MORE_DATA grows the buffer and asks again.
    DWORD count = 0;
    DWORD longest = 0;
    const LSTATUS queried = ::RegQueryInfoKeyW(handle.get(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                                               &count, &longest, nullptr, nullptr, nullptr);
    if (queried != ERROR_SUCCESS)
        return fromWin32<QStringList>(tr("The values of the registry key %1 cannot be counted").arg(where),
                                      DWORD(queried));
    std::vector<wchar_t> name(size_t(qMax<DWORD>(longest, 255)) + 1);
    QStringList names;
    names.reserve(qsizetype(count));
    for (DWORD index = 0;; ++index) {
        DWORD length = DWORD(name.size());
        LSTATUS listed = ::RegEnumValueW(handle.get(), index, name.data(), &length, nullptr, nullptr, nullptr, nullptr);
        if (listed == ERROR_MORE_DATA && name.size() < 32768) {
            name.resize(32768);
            length = DWORD(name.size());
            listed = ::RegEnumValueW(handle.get(), index, name.data(), &length, nullptr, nullptr, nullptr, nullptr);
        }
        if (listed == ERROR_NO_MORE_ITEMS)
            break;
        if (listed != ERROR_SUCCESS)
            return fromWin32<QStringList>(tr("The values of the registry key %1 cannot be listed").arg(where),
                                          DWORD(listed));
        if (length > 0) // the default value has an empty name: it names nothing
            names.append(fromWide(name.data(), qsizetype(length)));
    }
    return Result::good(names);
}

} // namespace mars
