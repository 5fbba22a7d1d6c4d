// SPDX-License-Identifier: MIT
// WindowsSystem: registry reads with an explicit 32/64-bit view (A7, B1, C1, ...; listing a key
// is in WindowsRegistryListing.cpp), the
// pending-reboot markers (A6), writing a string value into an existing key (B1's fix), and
// writing a DWORD (creating its key when asked), deleting a value and deleting an empty key
// (D1/D2's TLS 1.2 fix and its undo).
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <QByteArray>
#include <QtEndian>

#include <windows.h>

#include <cstring>
#include <string>
#include <vector>

namespace mars {

using namespace win;

HKEY win::registryRoot(RegistryHive hive)
{
    switch (hive) {
    case RegistryHive::LocalMachine: return HKEY_LOCAL_MACHINE;
    case RegistryHive::Users: return HKEY_USERS; // "S-1-5-18\..." is the SYSTEM account's hive
    case RegistryHive::CurrentUser: return HKEY_CURRENT_USER;
    }
    return nullptr;
}

QString win::registryHiveName(RegistryHive hive)
{
    switch (hive) {
    case RegistryHive::LocalMachine: return QStringLiteral("HKLM");
    case RegistryHive::Users: return QStringLiteral("HKU");
    case RegistryHive::CurrentUser: return QStringLiteral("HKCU");
    }
    return QStringLiteral("?");
}

REGSAM win::registryViewFlag(RegistryView view)
{
    return view == RegistryView::Wow32 ? KEY_WOW64_32KEY : KEY_WOW64_64KEY;
}

namespace {
// REG_SZ/REG_EXPAND_SZ: the characters without the terminating NUL(s) (a value written
// without one, or with several, reads the same). %VARIABLES% are not expanded.
QString stringFrom(const std::vector<BYTE>& data, DWORD size)
{
    qsizetype count = qsizetype(size / sizeof(wchar_t));
    const auto* chars = reinterpret_cast<const wchar_t*>(data.data());
    while (count > 0 && chars[count - 1] == L'\0')
        --count;
    return fromWide(chars, count);
}

// REG_MULTI_SZ: "a\0b\0\0". Exactly the list terminator is removed (two NULs, or one when the
// writer left it out) so empty strings inside stay: PendingFileRenameOperations uses an
// empty target to mean "delete".
QStringList stringListFrom(const std::vector<BYTE>& data, DWORD size)
{
    qsizetype count = qsizetype(size / sizeof(wchar_t));
    const auto* chars = reinterpret_cast<const wchar_t*>(data.data());
    if (count >= 2 && chars[count - 1] == L'\0' && chars[count - 2] == L'\0')
        count -= 2;
    else if (count >= 1 && chars[count - 1] == L'\0')
        count -= 1;
    if (count == 0)
        return {};
    return fromWide(chars, count).split(QChar(0));
}

Probed<RegistryValue> tooShort(const QString& valueName, const QString& where, DWORD size)
{
    return Probed<RegistryValue>::bad(ProbeStatus::Failed,
                                      WindowsSystem::tr("The registry value %1 in %2 is too short for its type (%3 "
                                                        "bytes).")
                                              .arg(valueName, where)
                                              .arg(size));
}

// True when a PendingFileRenameOperations value holds any work (a non-empty name, any byte).
bool holdsWork(const QVariant& data)
{
    if (data.typeId() == QMetaType::QStringList)
        return !data.toStringList().join(QString()).isEmpty();
    if (data.typeId() == QMetaType::QString)
        return !data.toString().isEmpty();
    const QByteArray bytes = data.toByteArray();
    return bytes.count('\0') != bytes.size();
}

template<typename Int>
Int integerFrom(const std::vector<BYTE>& data)
{
    Int value = 0;
    std::memcpy(&value, data.data(), sizeof value); // the buffer has no alignment guarantee
    return value;
}
} // namespace

Probed<RegistryValue> WindowsRegistry::readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                                    RegistryView view) const
{
    using Result = Probed<RegistryValue>;
    const QString where = registryHiveName(hive) + QLatin1Char('\\') + key;
    RegKey handle;
    const LSTATUS opened = ::RegOpenKeyExW(registryRoot(hive), key.toStdWString().c_str(), 0,
                                           KEY_QUERY_VALUE | registryViewFlag(view), handle.out());
    if (opened != ERROR_SUCCESS) {
        if (opened == ERROR_FILE_NOT_FOUND)
            return Result::bad(ProbeStatus::NotFound, tr("The registry key %1 does not exist.").arg(where),
                               quint32(opened));
        return fromWin32<RegistryValue>(tr("The registry key %1 cannot be opened").arg(where), DWORD(opened));
    }

    // The value may grow between the size query and the read: ask again, a few times.
    const std::wstring name = valueName.toStdWString();
    std::vector<BYTE> data(256);
    DWORD type = REG_NONE;
    DWORD size = 0;
    LSTATUS read = ERROR_MORE_DATA;
    for (int attempt = 0; attempt < 4 && read == ERROR_MORE_DATA; ++attempt) {
        size = DWORD(data.size());
        read = ::RegQueryValueExW(handle.get(), name.c_str(), nullptr, &type, data.data(), &size);
        if (read == ERROR_MORE_DATA)
            data.resize(size_t(size) + sizeof(wchar_t)); // room for a NUL the writer left out
    }
    if (read == ERROR_FILE_NOT_FOUND)
        return Result::bad(ProbeStatus::NotFound,
                           tr("The registry value %1 does not exist in %2.").arg(valueName, where), quint32(read));
    if (read != ERROR_SUCCESS)
        return fromWin32<RegistryValue>(tr("The registry value %1 in %2 cannot be read").arg(valueName, where),
                                        DWORD(read));

    RegistryValue value;
    switch (type) {
    case REG_SZ:
    case REG_EXPAND_SZ:
        value.type = type == REG_SZ ? RegistryValue::Type::String : RegistryValue::Type::ExpandString;
        value.data = stringFrom(data, size);
        break;
    case REG_MULTI_SZ:
        value.type = RegistryValue::Type::MultiString;
        value.data = stringListFrom(data, size);
        break;
    case REG_DWORD:
    case REG_DWORD_BIG_ENDIAN:
        if (size < sizeof(quint32))
            return tooShort(valueName, where, size);
        value.type = RegistryValue::Type::Dword;
        value.data = type == REG_DWORD ? integerFrom<quint32>(data) : qFromBigEndian(integerFrom<quint32>(data));
        break;
    case REG_QWORD:
        if (size < sizeof(quint64))
            return tooShort(valueName, where, size);
        value.type = RegistryValue::Type::Qword;
        value.data = integerFrom<quint64>(data);
        break;
    default: // REG_BINARY, REG_NONE and the rare others: the bytes as stored
        value.type = RegistryValue::Type::Binary;
        value.data = QByteArray(reinterpret_cast<const char*>(data.data()), qsizetype(size));
        break;
    }
    return Result::good(value);
}

Probed<RegistryValue> WindowsRegistry::writeRegistryString(RegistryHive hive, const QString& key,
                                                           const QString& valueName, const QString& data,
                                                           RegistryView view) const
{
    using Result = Probed<RegistryValue>;
    const QString where = registryHiveName(hive) + QLatin1Char('\\') + key;
    // REG_SZ ends at the first NUL: such text would be read back cut short.
    if (data.contains(QChar(0)))
        return Result::bad(ProbeStatus::Failed,
                           tr("The text for the registry value %1 contains a NUL character, which a registry "
                              "string cannot hold.")
                                   .arg(valueName));
    // Opened, never created (RegCreateKeyExW): a missing key means the software that owns it is
    // not installed, and a fix must not invent it.
    RegKey handle;
    const LSTATUS opened = ::RegOpenKeyExW(registryRoot(hive), key.toStdWString().c_str(), 0,
                                           KEY_SET_VALUE | KEY_QUERY_VALUE | registryViewFlag(view), handle.out());
    if (opened != ERROR_SUCCESS) {
        if (opened == ERROR_FILE_NOT_FOUND)
            return Result::bad(ProbeStatus::NotFound, tr("The registry key %1 does not exist.").arg(where),
                               quint32(opened));
        return fromWin32<RegistryValue>(tr("The registry key %1 cannot be opened for writing").arg(where),
                                        DWORD(opened));
    }
    const std::wstring text = data.toStdWString();
    const std::wstring name = valueName.toStdWString();
    // An existing REG_EXPAND_SZ stays one (PSModulePath holds %SystemRoot%...; as REG_SZ those
    // would no longer expand); anything else is written as REG_SZ.
    DWORD type = REG_NONE;
    const LSTATUS typed = ::RegQueryValueExW(handle.get(), name.c_str(), nullptr, &type, nullptr, nullptr);
    const DWORD newType = typed == ERROR_SUCCESS && type == REG_EXPAND_SZ ? REG_EXPAND_SZ : REG_SZ;
    // The size counts the terminating NUL, as RegSetValueExW asks for REG_SZ.
    const LSTATUS written =
            ::RegSetValueExW(handle.get(), name.c_str(), 0, newType, reinterpret_cast<const BYTE*>(text.c_str()),
                             DWORD((text.size() + 1) * sizeof(wchar_t)));
    if (written != ERROR_SUCCESS)
        return fromWin32<RegistryValue>(tr("The registry value %1 in %2 cannot be written").arg(valueName, where),
                                        DWORD(written));
    // What is there now, read the same way every check reads it.
    return readRegistry(hive, key, valueName, view);
}

Probed<RegistryWrite> WindowsRegistry::writeRegistryDword(RegistryHive hive, const QString& key,
                                                          const QString& valueName, quint32 data, RegistryView view,
                                                          KeyCreation creation) const
{
    using Result = Probed<RegistryWrite>;
    const QString where = registryHiveName(hive) + QLatin1Char('\\') + key;
    const std::wstring path = key.toStdWString();
    RegKey handle;
    RegistryWrite written;
    if (creation == KeyCreation::CreateMissingKeys) {
        // RegCreateKeyExW (learn.microsoft.com/windows/win32/api/winreg/nf-winreg-regcreatekeyexw)
        // opens the key or creates it and every missing key above it; the disposition says
        // whether the named key itself was new.
        DWORD disposition = 0;
        const LSTATUS created = ::RegCreateKeyExW(registryRoot(hive), path.c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                                  KEY_SET_VALUE | KEY_QUERY_VALUE | registryViewFlag(view), nullptr,
                                                  handle.out(), &disposition);
        if (created != ERROR_SUCCESS)
            return fromWin32<RegistryWrite>(tr("The registry key %1 cannot be opened or created").arg(where),
                                            DWORD(created));
        written.keyCreated = disposition == REG_CREATED_NEW_KEY;
    } else {
        const LSTATUS opened = ::RegOpenKeyExW(registryRoot(hive), path.c_str(), 0,
                                               KEY_SET_VALUE | KEY_QUERY_VALUE | registryViewFlag(view), handle.out());
        if (opened == ERROR_FILE_NOT_FOUND)
            return Result::bad(ProbeStatus::NotFound, tr("The registry key %1 does not exist.").arg(where),
                               quint32(opened));
        if (opened != ERROR_SUCCESS)
            return fromWin32<RegistryWrite>(tr("The registry key %1 cannot be opened for writing").arg(where),
                                            DWORD(opened));
    }
    // RegSetValueExW with REG_DWORD: four bytes, little-endian (REG_DWORD_LITTLE_ENDIAN).
    const DWORD value = DWORD(data);
    const LSTATUS set = ::RegSetValueExW(handle.get(), valueName.toStdWString().c_str(), 0, REG_DWORD,
                                         reinterpret_cast<const BYTE*>(&value), DWORD(sizeof value));
    if (set != ERROR_SUCCESS)
        return fromWin32<RegistryWrite>(tr("The registry value %1 in %2 cannot be written").arg(valueName, where),
                                        DWORD(set));
    // What is there now, read the same way every check reads it.
    const Probed<RegistryValue> readBack = readRegistry(hive, key, valueName, view);
    if (!readBack.ok())
        return Result::bad(readBack.status, readBack.reason, readBack.osError);
    written.value = readBack.value;
    return Result::good(written);
}

Probed<bool> WindowsRegistry::deleteRegistryValue(RegistryHive hive, const QString& key, const QString& valueName,
                                                  RegistryView view) const
{
    using Result = Probed<bool>;
    const QString where = registryHiveName(hive) + QLatin1Char('\\') + key;
    RegKey handle;
    const LSTATUS opened = ::RegOpenKeyExW(registryRoot(hive), key.toStdWString().c_str(), 0,
                                           KEY_SET_VALUE | registryViewFlag(view), handle.out());
    if (opened == ERROR_FILE_NOT_FOUND)
        return Result::bad(ProbeStatus::NotFound, tr("The registry key %1 does not exist.").arg(where),
                           quint32(opened));
    if (opened != ERROR_SUCCESS)
        return fromWin32<bool>(tr("The registry key %1 cannot be opened for writing").arg(where), DWORD(opened));
    // RegDeleteValueW (learn.microsoft.com/windows/win32/api/winreg/nf-winreg-regdeletevaluew).
    const LSTATUS deleted = ::RegDeleteValueW(handle.get(), valueName.toStdWString().c_str());
    if (deleted == ERROR_FILE_NOT_FOUND)
        return Result::bad(ProbeStatus::NotFound,
                           tr("The registry value %1 does not exist in %2.").arg(valueName, where), quint32(deleted));
    if (deleted != ERROR_SUCCESS)
        return fromWin32<bool>(tr("The registry value %1 in %2 cannot be deleted").arg(valueName, where),
                               DWORD(deleted));
    return Result::good(true);
}

Probed<bool> WindowsRegistry::deleteRegistryKeyIfEmpty(RegistryHive hive, const QString& key, RegistryView view) const
{
    using Result = Probed<bool>;
    const QString where = registryHiveName(hive) + QLatin1Char('\\') + key;
    const std::wstring path = key.toStdWString();
    if (key.split(QLatin1Char('\\'), Qt::SkipEmptyParts).isEmpty())
        return Result::bad(ProbeStatus::Failed, tr("The root of a registry hive cannot be deleted."));
    {
        RegKey handle;
        const LSTATUS opened = ::RegOpenKeyExW(registryRoot(hive), path.c_str(), 0,
                                               KEY_QUERY_VALUE | registryViewFlag(view), handle.out());
        if (opened == ERROR_FILE_NOT_FOUND)
            return Result::bad(ProbeStatus::NotFound, tr("The registry key %1 does not exist.").arg(where),
                               quint32(opened));
        if (opened != ERROR_SUCCESS)
            return fromWin32<bool>(tr("The registry key %1 cannot be opened").arg(where), DWORD(opened));
        DWORD subkeys = 0;
        DWORD values = 0;
        const LSTATUS queried = ::RegQueryInfoKeyW(handle.get(), nullptr, nullptr, nullptr, &subkeys, nullptr, nullptr,
                                                   &values, nullptr, nullptr, nullptr, nullptr);
        if (queried != ERROR_SUCCESS)
            return fromWin32<bool>(tr("The content of the registry key %1 cannot be counted").arg(where),
                                   DWORD(queried));
        if (subkeys != 0 || values != 0)
            return Result::good(false);
    }
    // RegDeleteKeyExW (learn.microsoft.com/windows/win32/api/winreg/nf-winreg-regdeletekeyexw)
    // refuses a key with subkeys but would take its values with it: the count above is what
    // keeps a value written in the moment between the two calls the only (tiny) window.
    const LSTATUS deleted = ::RegDeleteKeyExW(registryRoot(hive), path.c_str(), registryViewFlag(view), 0);
    if (deleted == ERROR_FILE_NOT_FOUND)
        return Result::bad(ProbeStatus::NotFound, tr("The registry key %1 does not exist.").arg(where),
                           quint32(deleted));
    if (deleted != ERROR_SUCCESS)
        return fromWin32<bool>(tr("The registry key %1 cannot be deleted").arg(where), DWORD(deleted));
    return Result::good(true);
}

// WindowsMachine's, kept here beside the registry handles and helpers it shares.
Probed<QStringList> WindowsMachine::pendingRebootReasons() const
{
    // The three markers of mars-checks.md A6. A key marker counts when the key exists; "access
    // denied" on opening it also means it exists (only a missing key answers "not found").
    struct KeyMarker
    {
        const wchar_t* key;
        QString reason;
    };
    const KeyMarker keys[] = {
            {L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired",
             tr("Windows Update is waiting for a restart (registry key ...\\WindowsUpdate\\Auto Update\\"
                "RebootRequired).")},
            {L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending",
             tr("Installed Windows components or updates are waiting for a restart (registry key ...\\Component "
                "Based Servicing\\RebootPending).")},
    };
    QStringList reasons;
    for (const KeyMarker& marker : keys) {
        RegKey handle;
        const LSTATUS opened =
                ::RegOpenKeyExW(HKEY_LOCAL_MACHINE, marker.key, 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, handle.out());
        if (opened == ERROR_SUCCESS || opened == ERROR_ACCESS_DENIED)
            reasons.append(marker.reason);
        else if (opened != ERROR_FILE_NOT_FOUND)
            return fromWin32<QStringList>(tr("The restart marker HKLM\\%1 cannot be read").arg(fromWide(marker.key)),
                                          DWORD(opened));
    }

    const Probed<RegistryValue> renames = m_registry.readRegistry(
            RegistryHive::LocalMachine, QStringLiteral("SYSTEM\\CurrentControlSet\\Control\\Session Manager"),
            QStringLiteral("PendingFileRenameOperations"), RegistryView::Native64);
    if (renames.ok()) {
        // Pairs of source and target; any non-empty entry means work is waiting for the restart.
        if (holdsWork(renames.value.data))
            reasons.append(tr("Files are waiting to be replaced or deleted at the next restart (registry value "
                              "PendingFileRenameOperations in ...\\Control\\Session Manager)."));
    } else if (renames.status != ProbeStatus::NotFound) {
        return Probed<QStringList>::bad(renames.status, renames.reason, renames.osError);
    }
    return Probed<QStringList>::good(reasons);
}

} // namespace mars
