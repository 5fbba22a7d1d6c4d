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

namespace {
enum class Listing { Subkeys, Values };

// One loop for both listings: they differ only in the enumeration call, the limit of a name and
// the words of their messages.
Probed<QStringList> listKey(RegistryHive hive, const QString& key, RegistryView view, Listing what)
{
    using Result = Probed<QStringList>;
    const bool subkeys = what == Listing::Subkeys;
    const QString where = registryHiveName(hive) + QLatin1Char('\\') + key;
    const REGSAM rights =
            (subkeys ? KEY_ENUMERATE_SUB_KEYS | KEY_QUERY_VALUE : KEY_QUERY_VALUE) | registryViewFlag(view);
    RegKey handle;
    const LSTATUS opened = ::RegOpenKeyExW(registryRoot(hive), key.toStdWString().c_str(), 0, rights, handle.out());
    if (opened != ERROR_SUCCESS) {
        if (opened == ERROR_FILE_NOT_FOUND)
            return Result::bad(ProbeStatus::NotFound,
                               WindowsRegistry::tr("The registry key %1 does not exist.").arg(where), quint32(opened));
        return fromWin32<QStringList>(WindowsRegistry::tr("The registry key %1 cannot be opened").arg(where),
                                      DWORD(opened));
    }
    // The longest name sizes the buffer; one added while listing may be longer, so
    // ERROR_MORE_DATA grows the buffer to the largest name the registry allows and asks again
    // (a key name is at most 255 characters, a value name at most 16,383).
    const size_t limit = subkeys ? 256 : 16384;
    DWORD count = 0;
    DWORD longest = 0;
    const LSTATUS queried = subkeys ? ::RegQueryInfoKeyW(handle.get(), nullptr, nullptr, nullptr, &count, &longest,
                                                         nullptr, nullptr, nullptr, nullptr, nullptr, nullptr)
                                    : ::RegQueryInfoKeyW(handle.get(), nullptr, nullptr, nullptr, nullptr, nullptr,
                                                         nullptr, &count, &longest, nullptr, nullptr, nullptr);
    if (queried != ERROR_SUCCESS)
        return fromWin32<QStringList>(
                (subkeys ? WindowsRegistry::tr("The subkeys of the registry key %1 cannot be counted")
                         : WindowsRegistry::tr("The values of the registry key %1 cannot be counted"))
                        .arg(where),
                DWORD(queried));
    std::vector<wchar_t> name(size_t(qMax<DWORD>(longest, 255)) + 1);
    const auto enumerate = [&](DWORD index, DWORD* length) {
        return subkeys ? ::RegEnumKeyExW(handle.get(), index, name.data(), length, nullptr, nullptr, nullptr, nullptr)
                       : ::RegEnumValueW(handle.get(), index, name.data(), length, nullptr, nullptr, nullptr, nullptr);
    };
    QStringList names;
    names.reserve(qsizetype(count));
    for (DWORD index = 0;; ++index) {
        DWORD length = DWORD(name.size());
        LSTATUS listed = enumerate(index, &length);
        if (listed == ERROR_MORE_DATA && name.size() < limit) {
            name.resize(limit);
            length = DWORD(name.size());
            listed = enumerate(index, &length);
        }
        if (listed == ERROR_NO_MORE_ITEMS)
            break;
        if (listed != ERROR_SUCCESS)
            return fromWin32<QStringList>(
                    (subkeys ? WindowsRegistry::tr("The subkeys of the registry key %1 cannot be listed")
                             : WindowsRegistry::tr("The values of the registry key %1 cannot be listed"))
                            .arg(where),
                    DWORD(listed));
        if (length > 0) // the default value has an empty name: it names nothing
            names.append(fromWide(name.data(), qsizetype(length)));
    }
    return Result::good(names);
}
} // namespace

Probed<QStringList> WindowsRegistry::registrySubkeys(RegistryHive hive, const QString& key, RegistryView view) const
{
    return listKey(hive, key, view, Listing::Subkeys);
}

Probed<QStringList> WindowsRegistry::registryValueNames(RegistryHive hive, const QString& key, RegistryView view) const
{
    return listKey(hive, key, view, Listing::Values);
}

} // namespace mars
