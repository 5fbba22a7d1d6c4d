// SPDX-License-Identifier: MIT
// WindowsSystem::readRegistry on keys and values this test writes itself with
// RegCreateKeyExW/RegSetValueExW under HKCU\Software\MarsTroubleshooterTest\<random> (every
// value type read back exactly, missing key and value, HKEY_USERS), the 32/64-bit views of
// HKLM\SOFTWARE, registrySubkeys() (RegEnumKeyExW) on subkeys it creates, and
// pendingRebootReasons() with markers written and removed again, and the actions of the TLS 1.2
// fix: writeRegistryDword (into an existing key, creating missing keys, refusing a missing key),
// deleteRegistryValue and deleteRegistryKeyIfEmpty (a key with a value or a subkey is left), in
// HKCU and in the 32-bit view of HKLM. HKLM needs an elevated run on Windows: those tests skip,
// naming why, when it is not writable.
#include "WindowsTestSupport.h"
#include "system/WindowsSystem.h"

#include <QScopeGuard>
#include <QTest>
#include <QUuid>

#include <windows.h>
#include <sddl.h>

using namespace mars;
using namespace mars::test;

namespace {
const wchar_t kTestRoot[] = L"Software\\MarsTroubleshooterTest";

QByteArray utf16(const QString& text, int terminators)
{
    QByteArray bytes(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    bytes.append(QByteArray(terminators * 2, '\0'));
    return bytes;
}

template<typename Int>
QByteArray bytesOf(Int value)
{
    return QByteArray(reinterpret_cast<const char*>(&value), sizeof value);
}

bool setRaw(HKEY key, const QString& name, DWORD type, const QByteArray& data)
{
    return ::RegSetValueExW(key, wide(name).c_str(), 0, type, reinterpret_cast<const BYTE*>(data.constData()),
                            DWORD(data.size()))
           == ERROR_SUCCESS;
}

// A value as it was before a test wrote it, to put back exactly afterwards.
struct SavedValue
{
    bool existed = false;
    DWORD type = REG_NONE;
    QByteArray data;
};

SavedValue saveValue(HKEY key, const wchar_t* name)
{
    SavedValue saved;
    DWORD size = 0;
    if (::RegQueryValueExW(key, name, nullptr, &saved.type, nullptr, &size) != ERROR_SUCCESS)
        return saved;
    saved.data.resize(qsizetype(size));
    saved.existed =
            ::RegQueryValueExW(key, name, nullptr, &saved.type, reinterpret_cast<BYTE*>(saved.data.data()), &size)
            == ERROR_SUCCESS;
    saved.data.resize(qsizetype(size));
    return saved;
}

void restoreValue(HKEY key, const wchar_t* name, const SavedValue& saved)
{
    if (saved.existed)
        setRaw(key, QString::fromWCharArray(name), saved.type, saved.data);
    else
        ::RegDeleteValueW(key, name);
}

// The SID of this process's user as text ("S-1-5-21-..."), for the HKEY_USERS test.
QString userSid()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    alignas(TOKEN_USER) BYTE buffer[sizeof(TOKEN_USER) + SECURITY_MAX_SID_SIZE];
    DWORD size = 0;
    const bool read = ::GetTokenInformation(token, TokenUser, buffer, sizeof buffer, &size);
    ::CloseHandle(token);
    wchar_t* text = nullptr;
    if (!read || !::ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER*>(buffer)->User.Sid, &text))
        return {};
    const QString sid = QString::fromWCharArray(text);
    ::LocalFree(text);
    return sid;
}
} // namespace

class TestWindowsSystemRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void valuesReadBackExactly_data();
    void valuesReadBackExactly();
    void defaultValue();
    void missingKeyAndValue();
    void hkeyUsersIsTheSameHive();
    void viewsOfCurrentUserAreShared();
    void viewsOfLocalMachine();
    void subkeysAsWritten();
    void subkeysOfMissingAndEmptyKeys();
    void subkeysOfLocalMachineViews();
    void pendingReboot_data();
    void pendingReboot();
    void emptyPendingRenamesAreNoReason();
    void writeDword_data();
    void writeDword();
    void writeDwordIntoAMissingKeyWithoutCreation();
    void deleteValue();
    void deleteKeyOnlyWhenEmpty();
    void writeAndDeleteInTheLocalMachineViews();

private:
    QString m_keyPath; // below HKCU, without the hive
    HKEY m_key = nullptr;
};

void TestWindowsSystemRegistry::init()
{
    m_keyPath =
            QString::fromWCharArray(kTestRoot) + QLatin1Char('\\') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(::RegCreateKeyExW(HKEY_CURRENT_USER, wide(m_keyPath).c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr,
                               &m_key, nullptr),
             LSTATUS(ERROR_SUCCESS));
}

void TestWindowsSystemRegistry::cleanup()
{
    if (m_key)
        ::RegCloseKey(m_key);
    m_key = nullptr;
    ::RegDeleteTreeW(HKEY_CURRENT_USER, wide(m_keyPath).c_str());
    ::RegDeleteKeyW(HKEY_CURRENT_USER, wide(m_keyPath).c_str());
    ::RegDeleteKeyW(HKEY_CURRENT_USER, kTestRoot); // only when no other run's key is left in it
}

void TestWindowsSystemRegistry::valuesReadBackExactly_data()
{
    QTest::addColumn<uint>("type");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("expectedType");
    QTest::addColumn<QVariant>("expected");
    const int string = int(RegistryValue::Type::String);
    const int expand = int(RegistryValue::Type::ExpandString);
    const int multi = int(RegistryValue::Type::MultiString);
    const int binary = int(RegistryValue::Type::Binary);
    const QString text = QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent – größe");
    QTest::newRow("string") << uint(REG_SZ) << utf16(text, 1) << string << QVariant(text);
    QTest::newRow("string without NUL") << uint(REG_SZ) << utf16(text, 0) << string << QVariant(text);
    QTest::newRow("string with extra NULs") << uint(REG_SZ) << utf16(text, 3) << string << QVariant(text);
    QTest::newRow("empty string") << uint(REG_SZ) << utf16(QString(), 1) << string << QVariant(QString());
    QTest::newRow("zero-length string") << uint(REG_SZ) << QByteArray() << string << QVariant(QString());
    const QString longText(100000, QLatin1Char('L'));
    QTest::newRow("long string") << uint(REG_SZ) << utf16(longText, 1) << string << QVariant(longText);
    QTest::newRow("expand string, not expanded")
            << uint(REG_EXPAND_SZ) << utf16(QStringLiteral("%SystemRoot%\\Temp"), 1) << expand
            << QVariant(QStringLiteral("%SystemRoot%\\Temp"));
    QTest::newRow("multi string")
            << uint(REG_MULTI_SZ)
            << utf16(QStringLiteral("a") + QChar(0) + QStringLiteral("b c") + QChar(0) + QStringLiteral("ü"), 2)
            << multi << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("ü")});
    QTest::newRow("multi string without list terminator")
            << uint(REG_MULTI_SZ) << utf16(QStringLiteral("a") + QChar(0) + QStringLiteral("b"), 1) << multi
            << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    // PendingFileRenameOperations: "source, empty target" means "delete source".
    QTest::newRow("multi string with empty entries")
            << uint(REG_MULTI_SZ)
            << utf16(QStringLiteral("\\??\\C:\\a") + QChar(0) + QChar(0) + QStringLiteral("\\??\\C:\\b") + QChar(0), 2)
            << multi
            << QVariant(
                       QStringList{QStringLiteral("\\??\\C:\\a"), QString(), QStringLiteral("\\??\\C:\\b"), QString()});
    QTest::newRow("empty multi string") << uint(REG_MULTI_SZ) << utf16(QString(), 2) << multi
                                        << QVariant(QStringList());
    QTest::newRow("dword") << uint(REG_DWORD) << bytesOf(quint32(0xDEADBEEF)) << int(RegistryValue::Type::Dword)
                           << QVariant(quint32(0xDEADBEEF));
    QTest::newRow("dword big endian") << uint(REG_DWORD_BIG_ENDIAN) << QByteArray("\x00\x06\x1a\x80", 4)
                                      << int(RegistryValue::Type::Dword) << QVariant(quint32(400000));
    QTest::newRow("qword") << uint(REG_QWORD) << bytesOf(quint64(0x0123456789ABCDEFULL))
                           << int(RegistryValue::Type::Qword) << QVariant(quint64(0x0123456789ABCDEFULL));
    const QByteArray blob("\x46\x00\x00\x00\x03\x00\x00\x00\x01\xff", 10);
    QTest::newRow("binary") << uint(REG_BINARY) << blob << binary << QVariant(blob);
    QTest::newRow("empty binary") << uint(REG_BINARY) << QByteArray() << binary << QVariant(QByteArray());
    QTest::newRow("none") << uint(REG_NONE) << QByteArray("ab", 2) << binary << QVariant(QByteArray("ab", 2));
}

void TestWindowsSystemRegistry::valuesReadBackExactly()
{
    QFETCH(uint, type);
    QFETCH(QByteArray, raw);
    QFETCH(int, expectedType);
    QFETCH(QVariant, expected);
    QVERIFY(setRaw(m_key, QStringLiteral("value"), type, raw));
    const Probed<RegistryValue> read = WindowsSystem().registry().readRegistry(
            RegistryHive::CurrentUser, m_keyPath, QStringLiteral("value"), RegistryView::Native64);
    QVERIFY2(read.ok(), qPrintable(read.reason));
    QCOMPARE(int(read.value.type), expectedType);
    QCOMPARE(read.value.data.typeId(), expected.typeId());
    QCOMPARE(read.value.data, expected);
}

void TestWindowsSystemRegistry::defaultValue()
{
    QVERIFY(setRaw(m_key, QString(), REG_SZ, utf16(QStringLiteral("default"), 1)));
    const Probed<RegistryValue> read = WindowsSystem().registry().readRegistry(RegistryHive::CurrentUser, m_keyPath,
                                                                               QString(), RegistryView::Native64);
    QVERIFY2(read.ok(), qPrintable(read.reason));
    QCOMPARE(read.value.data.toString(), QStringLiteral("default"));
}

void TestWindowsSystemRegistry::missingKeyAndValue()
{
    const WindowsSystem system;
    const Probed<RegistryValue> key = system.registry().readRegistry(
            RegistryHive::CurrentUser, m_keyPath + QStringLiteral("\\No"), QStringLiteral("x"), RegistryView::Native64);
    QCOMPARE(key.status, ProbeStatus::NotFound);
    QVERIFY(key.reason.contains(QStringLiteral("HKCU\\") + m_keyPath + QStringLiteral("\\No")));
    const Probed<RegistryValue> value = system.registry().readRegistry(
            RegistryHive::CurrentUser, m_keyPath, QStringLiteral("missing"), RegistryView::Native64);
    QCOMPARE(value.status, ProbeStatus::NotFound);
    QVERIFY(value.reason.contains(QStringLiteral("missing")));
    // The .NET 4.x key the installer needs does not exist in a fresh Wine prefix; whatever the
    // machine has, the answer is a value or NotFound, never an error.
    const Probed<RegistryValue> dotnet = system.registry().readRegistry(
            RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full"),
            QStringLiteral("Release"), RegistryView::Native64);
    QVERIFY2(dotnet.ok() || dotnet.status == ProbeStatus::NotFound, qPrintable(dotnet.reason));
    if (dotnet.ok())
        QCOMPARE(dotnet.value.type, RegistryValue::Type::Dword);
}

void TestWindowsSystemRegistry::hkeyUsersIsTheSameHive()
{
    const QString sid = userSid();
    QVERIFY(!sid.isEmpty());
    QVERIFY(setRaw(m_key, QStringLiteral("where"), REG_SZ, utf16(QStringLiteral("mine"), 1)));
    const Probed<RegistryValue> read = WindowsSystem().registry().readRegistry(
            RegistryHive::Users, sid + QLatin1Char('\\') + m_keyPath, QStringLiteral("where"), RegistryView::Native64);
    QVERIFY2(read.ok(), qPrintable(read.reason));
    QCOMPARE(read.value.data.toString(), QStringLiteral("mine"));
}

void TestWindowsSystemRegistry::viewsOfCurrentUserAreShared()
{
    // HKCU\Software is not redirected: both views read the same value.
    QVERIFY(setRaw(m_key, QStringLiteral("shared"), REG_DWORD, bytesOf(quint32(7))));
    const WindowsSystem system;
    for (const RegistryView view : {RegistryView::Native64, RegistryView::Wow32}) {
        const Probed<RegistryValue> read =
                system.registry().readRegistry(RegistryHive::CurrentUser, m_keyPath, QStringLiteral("shared"), view);
        QVERIFY2(read.ok(), qPrintable(read.reason));
        QCOMPARE(read.value.data.toUInt(), 7u);
    }
}

void TestWindowsSystemRegistry::viewsOfLocalMachine()
{
    // One key name, two keys: HKLM\SOFTWARE\... (64-bit) and HKLM\SOFTWARE\WOW6432Node\... (32-bit).
    const QString path =
            QStringLiteral("SOFTWARE\\MarsTroubleshooterTest\\") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    HKEY key64 = nullptr;
    const LSTATUS created = ::RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(path).c_str(), 0, nullptr, 0,
                                              KEY_ALL_ACCESS | KEY_WOW64_64KEY, nullptr, &key64, nullptr);
    if (created == ERROR_ACCESS_DENIED)
        QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated to prove the 32/64-bit views).");
    QCOMPARE(created, LSTATUS(ERROR_SUCCESS));
    const auto removeKeys = qScopeGuard([&] {
        ::RegCloseKey(key64);
        for (const REGSAM view : {REGSAM(KEY_WOW64_64KEY), REGSAM(KEY_WOW64_32KEY)}) {
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(path).c_str(), view, 0);
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\MarsTroubleshooterTest", view, 0);
        }
    });
    QVERIFY(setRaw(key64, QStringLiteral("view"), REG_SZ, utf16(QStringLiteral("64"), 1)));
    const WindowsSystem system;

    // Only in the 64-bit view so far: the 32-bit view does not see it.
    const Probed<RegistryValue> only64 = system.registry().readRegistry(RegistryHive::LocalMachine, path,
                                                                        QStringLiteral("view"), RegistryView::Wow32);
    if (only64.ok())
        QSKIP("Registry redirection is not in effect here: the 32-bit view of HKLM\\SOFTWARE shows the 64-bit key.");
    QCOMPARE(only64.status, ProbeStatus::NotFound);

    HKEY key32 = nullptr;
    QCOMPARE(::RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(path).c_str(), 0, nullptr, 0, KEY_ALL_ACCESS | KEY_WOW64_32KEY,
                               nullptr, &key32, nullptr),
             LSTATUS(ERROR_SUCCESS));
    QVERIFY(setRaw(key32, QStringLiteral("view"), REG_SZ, utf16(QStringLiteral("32"), 1)));
    ::RegCloseKey(key32);
    const Probed<RegistryValue> read64 = system.registry().readRegistry(RegistryHive::LocalMachine, path,
                                                                        QStringLiteral("view"), RegistryView::Native64);
    const Probed<RegistryValue> read32 = system.registry().readRegistry(RegistryHive::LocalMachine, path,
                                                                        QStringLiteral("view"), RegistryView::Wow32);
    QVERIFY2(read64.ok(), qPrintable(read64.reason));
    QVERIFY2(read32.ok(), qPrintable(read32.reason));
    QCOMPARE(read64.value.data.toString(), QStringLiteral("64"));
    QCOMPARE(read32.value.data.toString(), QStringLiteral("32"));
}

void TestWindowsSystemRegistry::subkeysAsWritten()
{
    // Names as written (case kept, spaces, braces and non-ASCII), a long one, and only one level.
    const QStringList names{QStringLiteral("0123ABCD4567EF"), QStringLiteral("b key with spaces"),
                            QStringLiteral("{5F8C6C0B-1B4A-4A0E-9D2B-AB12CD34EF56}"), QStringLiteral("Größe"),
                            QString(200, QLatin1Char('k'))};
    for (const QString& name : names) {
        HKEY child = nullptr;
        QCOMPARE(::RegCreateKeyExW(m_key, wide(name + QStringLiteral("\\grandchild")).c_str(), 0, nullptr, 0,
                                   KEY_ALL_ACCESS, nullptr, &child, nullptr),
                 LSTATUS(ERROR_SUCCESS));
        ::RegCloseKey(child);
    }
    QVERIFY(setRaw(m_key, QStringLiteral("a value is no subkey"), REG_SZ, utf16(QStringLiteral("x"), 1)));
    const Probed<QStringList> listed =
            WindowsSystem().registry().registrySubkeys(RegistryHive::CurrentUser, m_keyPath, RegistryView::Native64);
    QVERIFY2(listed.ok(), qPrintable(listed.reason));
    QStringList sortedListed = listed.value;
    QStringList sortedNames = names;
    sortedListed.sort(Qt::CaseInsensitive);
    sortedNames.sort(Qt::CaseInsensitive);
    QCOMPARE(sortedListed, sortedNames);
    // One level down: the grandchild only.
    const Probed<QStringList> below = WindowsSystem().registry().registrySubkeys(
            RegistryHive::CurrentUser, m_keyPath + QLatin1Char('\\') + names.first(), RegistryView::Native64);
    QVERIFY2(below.ok(), qPrintable(below.reason));
    QCOMPARE(below.value, QStringList{QStringLiteral("grandchild")});
}

void TestWindowsSystemRegistry::subkeysOfMissingAndEmptyKeys()
{
    const WindowsSystem system;
    const Probed<QStringList> empty =
            system.registry().registrySubkeys(RegistryHive::CurrentUser, m_keyPath, RegistryView::Native64);
    QVERIFY2(empty.ok(), qPrintable(empty.reason));
    QVERIFY(empty.value.isEmpty());
    const Probed<QStringList> missing = system.registry().registrySubkeys(
            RegistryHive::CurrentUser, m_keyPath + QStringLiteral("\\No"), RegistryView::Native64);
    QCOMPARE(missing.status, ProbeStatus::NotFound);
    QCOMPARE(missing.osError, quint32(ERROR_FILE_NOT_FOUND));
    QVERIFY(missing.reason.contains(QStringLiteral("HKCU\\") + m_keyPath + QStringLiteral("\\No")));
    // A key every Windows (and Wine) has, with subkeys: listing HKLM works without elevation.
    const Probed<QStringList> software = system.registry().registrySubkeys(
            RegistryHive::LocalMachine, QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion"),
            RegistryView::Native64);
    QVERIFY2(software.ok(), qPrintable(software.reason));
    QVERIFY(!software.value.isEmpty());
    for (const QString& name : software.value)
        QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('\\')), qPrintable(name));
}

void TestWindowsSystemRegistry::subkeysOfLocalMachineViews()
{
    // The windows_installer_ready check lists HKLM\...\Installer\UserData\S-1-5-18\Products in
    // the 64-bit view: a subkey written to one view is listed in that view only.
    const QString parent =
            QStringLiteral("SOFTWARE\\MarsTroubleshooterTest\\") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    HKEY key64 = nullptr;
    const LSTATUS created = ::RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(parent + QStringLiteral("\\Only64")).c_str(), 0,
                                              nullptr, 0, KEY_ALL_ACCESS | KEY_WOW64_64KEY, nullptr, &key64, nullptr);
    if (created == ERROR_ACCESS_DENIED)
        QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated to prove listing both views).");
    QCOMPARE(created, LSTATUS(ERROR_SUCCESS));
    ::RegCloseKey(key64);
    const auto removeKeys = qScopeGuard([&] {
        for (const REGSAM view : {REGSAM(KEY_WOW64_64KEY), REGSAM(KEY_WOW64_32KEY)}) {
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(parent + QStringLiteral("\\Only64")).c_str(), view, 0);
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(parent + QStringLiteral("\\Only32")).c_str(), view, 0);
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(parent).c_str(), view, 0);
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\MarsTroubleshooterTest", view, 0);
        }
    });
    const WindowsSystem system;
    const Probed<QStringList> in64 =
            system.registry().registrySubkeys(RegistryHive::LocalMachine, parent, RegistryView::Native64);
    QVERIFY2(in64.ok(), qPrintable(in64.reason));
    QCOMPARE(in64.value, QStringList{QStringLiteral("Only64")});
    const Probed<QStringList> in32 =
            system.registry().registrySubkeys(RegistryHive::LocalMachine, parent, RegistryView::Wow32);
    if (in32.ok())
        QSKIP("Registry redirection is not in effect here: the 32-bit view of HKLM\\SOFTWARE shows the 64-bit key.");
    QCOMPARE(in32.status, ProbeStatus::NotFound);

    HKEY key32 = nullptr;
    QCOMPARE(::RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(parent + QStringLiteral("\\Only32")).c_str(), 0, nullptr, 0,
                               KEY_ALL_ACCESS | KEY_WOW64_32KEY, nullptr, &key32, nullptr),
             LSTATUS(ERROR_SUCCESS));
    ::RegCloseKey(key32);
    const Probed<QStringList> after32 =
            system.registry().registrySubkeys(RegistryHive::LocalMachine, parent, RegistryView::Wow32);
    QVERIFY2(after32.ok(), qPrintable(after32.reason));
    QCOMPARE(after32.value, QStringList{QStringLiteral("Only32")});
    QCOMPARE(system.registry().registrySubkeys(RegistryHive::LocalMachine, parent, RegistryView::Native64).value,
             QStringList{QStringLiteral("Only64")});
}

void TestWindowsSystemRegistry::pendingReboot_data()
{
    QTest::addColumn<QString>("key"); // a key marker, or empty for PendingFileRenameOperations
    QTest::addColumn<QString>("named"); // what the reason must mention
    QTest::newRow("Windows Update") << QStringLiteral(
            "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired")
                                    << QStringLiteral("RebootRequired");
    QTest::newRow("component servicing") << QStringLiteral(
            "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending")
                                         << QStringLiteral("RebootPending");
    QTest::newRow("pending file renames") << QString() << QStringLiteral("PendingFileRenameOperations");
}

void TestWindowsSystemRegistry::pendingReboot()
{
    QFETCH(QString, key);
    QFETCH(QString, named);
    const WindowsSystem system;
    const Probed<QStringList> baseline = system.machine().pendingRebootReasons();
    QVERIFY2(baseline.ok(), qPrintable(baseline.reason));
    if (!baseline.value.filter(named).isEmpty())
        QSKIP(qPrintable(QStringLiteral("This machine already has the marker %1 (a restart is pending): it is left "
                                        "alone and cannot be proven here.")
                                 .arg(named)));

    const std::wstring sessionManager = L"SYSTEM\\CurrentControlSet\\Control\\Session Manager";
    HKEY written = nullptr;
    LSTATUS status = ERROR_SUCCESS;
    if (!key.isEmpty()) {
        status = ::RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), 0, nullptr, 0,
                                   KEY_ALL_ACCESS | KEY_WOW64_64KEY, nullptr, &written, nullptr);
    } else {
        status = ::RegOpenKeyExW(HKEY_LOCAL_MACHINE, sessionManager.c_str(), 0,
                                 KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_WOW64_64KEY, &written);
    }
    if (status == ERROR_ACCESS_DENIED)
        QSKIP("HKLM is not writable by this process (run the test elevated to write the restart markers).");
    QCOMPARE(status, LSTATUS(ERROR_SUCCESS));
    const SavedValue original = key.isEmpty() ? saveValue(written, L"PendingFileRenameOperations") : SavedValue();
    const auto remove = qScopeGuard([&] {
        if (key.isEmpty())
            restoreValue(written, L"PendingFileRenameOperations", original);
        ::RegCloseKey(written);
        if (!key.isEmpty())
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), KEY_WOW64_64KEY, 0);
    });
    if (key.isEmpty()) {
        // Delete a file that does not exist, at the next restart: harmless if it were left.
        const QString operation = QStringLiteral("\\??\\C:\\mars-troubleshooter-test-nonexistent\\x.tmp") + QChar(0);
        QVERIFY(setRaw(written, QStringLiteral("PendingFileRenameOperations"), REG_MULTI_SZ, utf16(operation, 2)));
    }

    const Probed<QStringList> marked = system.machine().pendingRebootReasons();
    QVERIFY2(marked.ok(), qPrintable(marked.reason));
    QCOMPARE(marked.value.size(), baseline.value.size() + 1);
    QCOMPARE(marked.value.filter(named).size(), 1);

    if (key.isEmpty())
        restoreValue(written, L"PendingFileRenameOperations", original);
    else
        QCOMPARE(::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), KEY_WOW64_64KEY, 0), LSTATUS(ERROR_SUCCESS));
    const Probed<QStringList> removed = system.machine().pendingRebootReasons();
    QVERIFY(removed.ok());
    QCOMPARE(removed.value, baseline.value);
}

void TestWindowsSystemRegistry::emptyPendingRenamesAreNoReason()
{
    const WindowsSystem system;
    const Probed<QStringList> baseline = system.machine().pendingRebootReasons();
    QVERIFY2(baseline.ok(), qPrintable(baseline.reason));
    if (!baseline.value.filter(QStringLiteral("PendingFileRenameOperations")).isEmpty())
        QSKIP("This machine has pending file renames: the value is left alone.");
    HKEY key = nullptr;
    const LSTATUS status = ::RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SYSTEM\\CurrentControlSet\\Control\\Session Manager",
                                           0, KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_WOW64_64KEY, &key);
    if (status == ERROR_ACCESS_DENIED)
        QSKIP("HKLM is not writable by this process (run the test elevated).");
    QCOMPARE(status, LSTATUS(ERROR_SUCCESS));
    const SavedValue original = saveValue(key, L"PendingFileRenameOperations");
    const auto remove = qScopeGuard([&] {
        restoreValue(key, L"PendingFileRenameOperations", original);
        ::RegCloseKey(key);
    });
    QVERIFY(setRaw(key, QStringLiteral("PendingFileRenameOperations"), REG_MULTI_SZ, utf16(QString(), 2)));
    const Probed<QStringList> reasons = system.machine().pendingRebootReasons();
    QVERIFY(reasons.ok());
    QCOMPARE(reasons.value, baseline.value);
}

void TestWindowsSystemRegistry::writeDword_data()
{
    QTest::addColumn<QString>("below"); // the key written, below the test key ("" = the test key)
    QTest::addColumn<bool>("created");
    QTest::addColumn<uint>("data");
    QTest::newRow("existing key") << QString() << false << 1u;
    QTest::newRow("existing key, zero") << QString() << false << 0u;
    QTest::newRow("new key") << QStringLiteral("TLS 1.2") << true << 1u;
    QTest::newRow("new key and parent") << QStringLiteral("Protocols\\TLS 1.2\\Client") << true << 0xFFFFFFFFu;
}

void TestWindowsSystemRegistry::writeDword()
{
    QFETCH(QString, below);
    QFETCH(bool, created);
    QFETCH(uint, data);
    const QString key = below.isEmpty() ? m_keyPath : m_keyPath + QLatin1Char('\\') + below;
    const WindowsSystem system;
    // A REG_SZ of the same name is replaced by the DWORD (only where the key exists already).
    if (below.isEmpty())
        QVERIFY(setRaw(m_key, QStringLiteral("Enabled"), REG_SZ, utf16(QStringLiteral("yes"), 1)));
    const Probed<RegistryWrite> written =
            system.registry().writeRegistryDword(RegistryHive::CurrentUser, key, QStringLiteral("Enabled"), data,
                                                 RegistryView::Native64, KeyCreation::CreateMissingKeys);
    QVERIFY2(written.ok(), qPrintable(written.reason));
    QCOMPARE(written.value.keyCreated, created);
    QCOMPARE(written.value.value.type, RegistryValue::Type::Dword);
    QCOMPARE(written.value.value.data.toUInt(), data);
    // Read back independently, as raw bytes.
    HKEY handle = nullptr;
    QCOMPARE(::RegOpenKeyExW(HKEY_CURRENT_USER, wide(key).c_str(), 0, KEY_QUERY_VALUE, &handle),
             LSTATUS(ERROR_SUCCESS));
    const SavedValue raw = saveValue(handle, L"Enabled");
    ::RegCloseKey(handle);
    QVERIFY(raw.existed);
    QCOMPARE(raw.type, DWORD(REG_DWORD));
    QCOMPARE(raw.data, bytesOf(quint32(data)));
    // The second write finds the key.
    const Probed<RegistryWrite> again =
            system.registry().writeRegistryDword(RegistryHive::CurrentUser, key, QStringLiteral("Enabled"), 1,
                                                 RegistryView::Native64, KeyCreation::CreateMissingKeys);
    QVERIFY2(again.ok(), qPrintable(again.reason));
    QVERIFY(!again.value.keyCreated);
    QCOMPARE(again.value.value.data.toUInt(), 1u);
}

void TestWindowsSystemRegistry::writeDwordIntoAMissingKeyWithoutCreation()
{
    const WindowsSystem system;
    const QString key = m_keyPath + QStringLiteral("\\Missing");
    const Probed<RegistryWrite> written =
            system.registry().writeRegistryDword(RegistryHive::CurrentUser, key, QStringLiteral("Enabled"), 1,
                                                 RegistryView::Native64, KeyCreation::ExistingKeyOnly);
    QCOMPARE(written.status, ProbeStatus::NotFound);
    QCOMPARE(written.osError, quint32(ERROR_FILE_NOT_FOUND));
    QVERIFY(written.reason.contains(QStringLiteral("Missing")));
    QCOMPARE(system.registry().registrySubkeys(RegistryHive::CurrentUser, key, RegistryView::Native64).status,
             ProbeStatus::NotFound); // not created
}

void TestWindowsSystemRegistry::deleteValue()
{
    const WindowsSystem system;
    QVERIFY(setRaw(m_key, QStringLiteral("SchUseStrongCrypto"), REG_DWORD, bytesOf(quint32(1))));
    QVERIFY(setRaw(m_key, QStringLiteral("Other"), REG_DWORD, bytesOf(quint32(7))));
    const Probed<bool> deleted = system.registry().deleteRegistryValue(
            RegistryHive::CurrentUser, m_keyPath, QStringLiteral("SchUseStrongCrypto"), RegistryView::Native64);
    QVERIFY2(deleted.ok() && deleted.value, qPrintable(deleted.reason));
    QCOMPARE(saveValue(m_key, L"SchUseStrongCrypto").existed, false);
    QCOMPARE(saveValue(m_key, L"Other").existed, true); // only that value
    const Probed<bool> again = system.registry().deleteRegistryValue(
            RegistryHive::CurrentUser, m_keyPath, QStringLiteral("SchUseStrongCrypto"), RegistryView::Native64);
    QCOMPARE(again.status, ProbeStatus::NotFound);
    QVERIFY(again.reason.contains(QStringLiteral("SchUseStrongCrypto")));
    const Probed<bool> noKey = system.registry().deleteRegistryValue(
            RegistryHive::CurrentUser, m_keyPath + QStringLiteral("\\No"), QStringLiteral("x"), RegistryView::Native64);
    QCOMPARE(noKey.status, ProbeStatus::NotFound);
}

void TestWindowsSystemRegistry::deleteKeyOnlyWhenEmpty()
{
    const WindowsSystem system;
    const QString withValue = m_keyPath + QStringLiteral("\\WithValue");
    const QString withSubkey = m_keyPath + QStringLiteral("\\WithSubkey");
    const QString empty = m_keyPath + QStringLiteral("\\Empty");
    for (const QString& key : QStringList{withValue, withSubkey + QStringLiteral("\\Child"), empty}) {
        HKEY child = nullptr;
        QCOMPARE(::RegCreateKeyExW(HKEY_CURRENT_USER, wide(key).c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, &child,
                                   nullptr),
                 LSTATUS(ERROR_SUCCESS));
        if (key == withValue)
            QVERIFY(setRaw(child, QStringLiteral("Enabled"), REG_DWORD, bytesOf(quint32(1))));
        ::RegCloseKey(child);
    }
    for (const QString& key : {withValue, withSubkey}) {
        const Probed<bool> kept =
                system.registry().deleteRegistryKeyIfEmpty(RegistryHive::CurrentUser, key, RegistryView::Native64);
        QVERIFY2(kept.ok(), qPrintable(kept.reason));
        QVERIFY2(!kept.value, qPrintable(key)); // left, with what it holds
        QVERIFY(system.registry().registrySubkeys(RegistryHive::CurrentUser, key, RegistryView::Native64).ok());
    }
    QCOMPARE(system.registry()
                     .readRegistry(RegistryHive::CurrentUser, withValue, QStringLiteral("Enabled"),
                                   RegistryView::Native64)
                     .value.data.toUInt(),
             1u);
    const Probed<bool> deleted =
            system.registry().deleteRegistryKeyIfEmpty(RegistryHive::CurrentUser, empty, RegistryView::Native64);
    QVERIFY2(deleted.ok() && deleted.value, qPrintable(deleted.reason));
    QCOMPARE(system.registry().registrySubkeys(RegistryHive::CurrentUser, empty, RegistryView::Native64).status,
             ProbeStatus::NotFound);
    const Probed<bool> gone =
            system.registry().deleteRegistryKeyIfEmpty(RegistryHive::CurrentUser, empty, RegistryView::Native64);
    QCOMPARE(gone.status, ProbeStatus::NotFound);
    const Probed<bool> root =
            system.registry().deleteRegistryKeyIfEmpty(RegistryHive::CurrentUser, QString(), RegistryView::Native64);
    QCOMPARE(root.status, ProbeStatus::Failed);
}

void TestWindowsSystemRegistry::writeAndDeleteInTheLocalMachineViews()
{
    // The .NET values of the TLS 1.2 fix live in both views of HKLM\SOFTWARE: a key created in
    // the 32-bit view (WOW6432Node) is not seen in the 64-bit view, and is deleted there again.
    const QString parent =
            QStringLiteral("SOFTWARE\\MarsTroubleshooterTest\\") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = parent + QStringLiteral("\\v4.0.30319");
    const auto removeKeys = qScopeGuard([&] {
        for (const REGSAM view : {REGSAM(KEY_WOW64_64KEY), REGSAM(KEY_WOW64_32KEY)}) {
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(key).c_str(), view, 0);
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(parent).c_str(), view, 0);
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\MarsTroubleshooterTest", view, 0);
        }
    });
    const WindowsSystem system;
    const Probed<RegistryWrite> written =
            system.registry().writeRegistryDword(RegistryHive::LocalMachine, key, QStringLiteral("SchUseStrongCrypto"),
                                                 1, RegistryView::Wow32, KeyCreation::CreateMissingKeys);
    if (written.status == ProbeStatus::Denied)
        QSKIP("HKLM\\SOFTWARE is not writable by this process (run the test elevated to prove the views).");
    QVERIFY2(written.ok(), qPrintable(written.reason));
    QVERIFY(written.value.keyCreated);
    QCOMPARE(written.value.value.data.toUInt(), 1u);
    const Probed<RegistryValue> in64 = system.registry().readRegistry(
            RegistryHive::LocalMachine, key, QStringLiteral("SchUseStrongCrypto"), RegistryView::Native64);
    if (in64.ok())
        QSKIP("Registry redirection is not in effect here: the 32-bit view of HKLM\\SOFTWARE is the 64-bit one.");
    QCOMPARE(in64.status, ProbeStatus::NotFound);
    // Delete the value, then the emptied key, in the 32-bit view.
    const Probed<bool> value = system.registry().deleteRegistryValue(
            RegistryHive::LocalMachine, key, QStringLiteral("SchUseStrongCrypto"), RegistryView::Wow32);
    QVERIFY2(value.ok() && value.value, qPrintable(value.reason));
    const Probed<bool> removed =
            system.registry().deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, key, RegistryView::Wow32);
    QVERIFY2(removed.ok() && removed.value, qPrintable(removed.reason));
    QCOMPARE(system.registry().registrySubkeys(RegistryHive::LocalMachine, key, RegistryView::Wow32).status,
             ProbeStatus::NotFound);
    const Probed<bool> parentGone =
            system.registry().deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, parent, RegistryView::Wow32);
    QVERIFY2(parentGone.ok() && parentGone.value, qPrintable(parentGone.reason));
}

QTEST_GUILESS_MAIN(TestWindowsSystemRegistry)
#include "TestWindowsSystemRegistry.moc"
