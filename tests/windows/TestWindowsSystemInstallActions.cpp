// SPDX-License-Identifier: MIT
// The actions the installation fixes added (issue #4) against the real Win32 (or Wine's):
// writeRegistryString() into keys this test creates first under
// HKLM\SOFTWARE\MarsTroubleshooterTest\<random> in both WOW64 views (and HKCU), read back
// independently with RegGetValueW; it never creates a key. stopService()/startService() on a
// do-nothing service this test installs under a random name (mars_test_service.exe) and
// removes again. HKLM and the service manager need an elevated run on Windows: those tests
// skip, naming why, when this process may not write there.
#include "InstallTestSupport.h"
#include "system/WindowsSystem.h"

#include <QScopeGuard>
#include <QTest>
#include <QUuid>

#include <windows.h>
#include <winsvc.h>

using namespace mars;
using namespace mars::test;

namespace {
const wchar_t kTestRoot[] = L"SOFTWARE\\MarsTroubleshooterTest";

REGSAM viewFlag(RegistryView view)
{
    return view == RegistryView::Wow32 ? KEY_WOW64_32KEY : KEY_WOW64_64KEY;
}

// A value exactly as stored: type and bytes (the terminating NUL included).
struct RawValue
{
    LSTATUS status = ERROR_FILE_NOT_FOUND;
    DWORD type = REG_NONE;
    QByteArray bytes;
};

RawValue rawValue(HKEY root, const QString& key, const QString& name, REGSAM view)
{
    RawValue raw;
    DWORD size = 0;
    const DWORD flags =
            RRF_RT_ANY | RRF_NOEXPAND | (view == KEY_WOW64_32KEY ? RRF_SUBKEY_WOW6432KEY : RRF_SUBKEY_WOW6464KEY);
    raw.status = ::RegGetValueW(root, wide(key).c_str(), wide(name).c_str(), flags, &raw.type, nullptr, &size);
    if (raw.status != ERROR_SUCCESS)
        return raw;
    raw.bytes.resize(qsizetype(size));
    raw.status = ::RegGetValueW(root, wide(key).c_str(), wide(name).c_str(), flags, &raw.type, raw.bytes.data(), &size);
    raw.bytes.resize(qsizetype(size));
    return raw;
}

} // namespace

class TestWindowsSystemInstallActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void writeRegistryString_data();
    void writeRegistryString();
    void writeKeepsAnExpandString();
    void writeReplacesAnotherType();
    void writeInCurrentUser();
    void writeNeverCreatesAKey();
    void writeRefusesANul();
    void serviceStopAndStart();
    void stopMissingService();
    void stopServiceOthersDependOn();

private:
    bool createTestKeys();
    QString m_key; // below HKLM, without the hive, in both views
    QString m_skipReason; // set when HKLM is not writable here
};

void TestWindowsSystemInstallActions::init()
{
    m_key = QString::fromWCharArray(kTestRoot) + QLatin1Char('\\') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_skipReason.clear();
}

void TestWindowsSystemInstallActions::cleanup()
{
    for (const REGSAM view : {REGSAM(KEY_WOW64_64KEY), REGSAM(KEY_WOW64_32KEY)}) {
        ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(m_key).c_str(), view, 0);
        ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, kTestRoot, view, 0); // only when no other run's key is left
    }
}

bool TestWindowsSystemInstallActions::createTestKeys()
{
    for (const REGSAM view : {REGSAM(KEY_WOW64_64KEY), REGSAM(KEY_WOW64_32KEY)}) {
        HKEY key = nullptr;
        const LSTATUS created = ::RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(m_key).c_str(), 0, nullptr, 0,
                                                  KEY_ALL_ACCESS | view, nullptr, &key, nullptr);
        if (created == ERROR_ACCESS_DENIED) {
            m_skipReason = QStringLiteral("HKLM\\SOFTWARE is not writable by this process (run the test elevated).");
            return false;
        }
        if (created != ERROR_SUCCESS)
            return false;
        ::RegCloseKey(key);
    }
    return true;
}

void TestWindowsSystemInstallActions::writeRegistryString_data()
{
    QTest::addColumn<RegistryView>("view");
    QTest::addColumn<QString>("valueName");
    QTest::addColumn<QString>("data");
    for (const RegistryView view : {RegistryView::Native64, RegistryView::Wow32}) {
        const char* tag = view == RegistryView::Native64 ? "64-bit" : "32-bit";
        QTest::addRow("%s, scratch path", tag)
                << view << QStringLiteral("ScratchLocation") << QStringLiteral("D:\\MARS\\Scratch");
        QTest::addRow("%s, empty", tag) << view << QStringLiteral("ScratchLocation") << QString();
        QTest::addRow("%s, non-ASCII", tag)
                << view << QStringLiteral("Größe") << QStringLiteral("C:\\Données\\Größe – 缓存 \U0001F600");
        QTest::addRow("%s, long", tag) << view << QStringLiteral("Long") << QString(5000, QLatin1Char('L'));
        QTest::addRow("%s, default value", tag) << view << QString() << QStringLiteral("default");
    }
}

void TestWindowsSystemInstallActions::writeRegistryString()
{
    QFETCH(RegistryView, view);
    QFETCH(QString, valueName);
    QFETCH(QString, data);
    if (!createTestKeys()) {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(m_skipReason));
        QFAIL("The test keys cannot be created.");
    }
    const Probed<RegistryValue> written =
            WindowsSystem().registry().writeRegistryString(RegistryHive::LocalMachine, m_key, valueName, data, view);
    QVERIFY2(written.ok(), qPrintable(written.reason));
    QCOMPARE(written.value.type, RegistryValue::Type::String);
    QCOMPARE(written.value.data.toString(), data);

    // Independently: REG_SZ, exactly the characters and one terminating NUL, in that view only.
    const RawValue raw = rawValue(HKEY_LOCAL_MACHINE, m_key, valueName, viewFlag(view));
    QCOMPARE(raw.status, LSTATUS(ERROR_SUCCESS));
    QCOMPARE(raw.type, DWORD(REG_SZ));
    QCOMPARE(raw.bytes, regSz(data));
    const RegistryView other = view == RegistryView::Native64 ? RegistryView::Wow32 : RegistryView::Native64;
    const RawValue untouched = rawValue(HKEY_LOCAL_MACHINE, m_key, valueName, viewFlag(other));
    QCOMPARE(untouched.status, LSTATUS(ERROR_FILE_NOT_FOUND));
}

void TestWindowsSystemInstallActions::writeKeepsAnExpandString()
{
    // PSModulePath (I7's fix): a REG_EXPAND_SZ stays one, so %SystemRoot% entries still expand.
    if (!createTestKeys())
        QSKIP(qPrintable(m_skipReason.isEmpty() ? QStringLiteral("The test keys cannot be created.") : m_skipReason));
    HKEY key = nullptr;
    QCOMPARE(::RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(m_key).c_str(), 0, KEY_SET_VALUE | KEY_WOW64_64KEY, &key),
             LSTATUS(ERROR_SUCCESS));
    const QByteArray expand = regSz(QStringLiteral("%SystemRoot%\\Modules"));
    QCOMPARE(::RegSetValueExW(key, L"PSModulePath", 0, REG_EXPAND_SZ, reinterpret_cast<const BYTE*>(expand.constData()),
                              DWORD(expand.size())),
             LSTATUS(ERROR_SUCCESS));
    ::RegCloseKey(key);
    const QString data = QStringLiteral("%SystemRoot%\\Modules;C:\\Agent\\bin\\Modules");
    const Probed<RegistryValue> written = WindowsSystem().registry().writeRegistryString(
            RegistryHive::LocalMachine, m_key, QStringLiteral("PSModulePath"), data, RegistryView::Native64);
    QVERIFY2(written.ok(), qPrintable(written.reason));
    QCOMPARE(written.value.type, RegistryValue::Type::ExpandString);
    QCOMPARE(written.value.data.toString(), data); // read unexpanded, as written
    const RawValue raw = rawValue(HKEY_LOCAL_MACHINE, m_key, QStringLiteral("PSModulePath"), KEY_WOW64_64KEY);
    QCOMPARE(raw.type, DWORD(REG_EXPAND_SZ));
    QCOMPARE(raw.bytes, regSz(data));
}

void TestWindowsSystemInstallActions::writeReplacesAnotherType()
{
    // Any type but REG_EXPAND_SZ becomes REG_SZ (a DWORD here).
    if (!createTestKeys())
        QSKIP(qPrintable(m_skipReason.isEmpty() ? QStringLiteral("The test keys cannot be created.") : m_skipReason));
    HKEY key = nullptr;
    QCOMPARE(::RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(m_key).c_str(), 0, KEY_SET_VALUE | KEY_WOW64_64KEY, &key),
             LSTATUS(ERROR_SUCCESS));
    const DWORD number = 7;
    QCOMPARE(::RegSetValueExW(key, L"ScratchLocation", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&number),
                              DWORD(sizeof number)),
             LSTATUS(ERROR_SUCCESS));
    ::RegCloseKey(key);
    const Probed<RegistryValue> written = WindowsSystem().registry().writeRegistryString(
            RegistryHive::LocalMachine, m_key, QStringLiteral("ScratchLocation"), QStringLiteral("C:\\Scratch"),
            RegistryView::Native64);
    QVERIFY2(written.ok(), qPrintable(written.reason));
    QCOMPARE(written.value.type, RegistryValue::Type::String);
    const RawValue raw = rawValue(HKEY_LOCAL_MACHINE, m_key, QStringLiteral("ScratchLocation"), KEY_WOW64_64KEY);
    QCOMPARE(raw.type, DWORD(REG_SZ));
    QCOMPARE(raw.bytes, regSz(QStringLiteral("C:\\Scratch")));
}

void TestWindowsSystemInstallActions::writeInCurrentUser()
{
    // HKCU needs no elevation, so this part runs everywhere.
    const QString key =
            QStringLiteral("Software\\MarsTroubleshooterTest\\") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    HKEY created = nullptr;
    QCOMPARE(::RegCreateKeyExW(HKEY_CURRENT_USER, wide(key).c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, &created,
                               nullptr),
             LSTATUS(ERROR_SUCCESS));
    ::RegCloseKey(created);
    const auto remove = qScopeGuard([&] {
        ::RegDeleteKeyW(HKEY_CURRENT_USER, wide(key).c_str());
        ::RegDeleteKeyW(HKEY_CURRENT_USER, L"Software\\MarsTroubleshooterTest");
    });
    const Probed<RegistryValue> written = WindowsSystem().registry().writeRegistryString(
            RegistryHive::CurrentUser, key, QStringLiteral("value"), QStringLiteral("mine"), RegistryView::Native64);
    QVERIFY2(written.ok(), qPrintable(written.reason));
    QCOMPARE(written.value.data.toString(), QStringLiteral("mine"));
    const RawValue raw = rawValue(HKEY_CURRENT_USER, key, QStringLiteral("value"), KEY_WOW64_64KEY);
    QCOMPARE(raw.bytes, regSz(QStringLiteral("mine")));
}

void TestWindowsSystemInstallActions::writeNeverCreatesAKey()
{
    // The parent exists (in HKLM when writable, else HKCU); the key below it does not.
    const bool machine = createTestKeys();
    const RegistryHive hive = machine ? RegistryHive::LocalMachine : RegistryHive::CurrentUser;
    const HKEY root = machine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
    const QString missing = m_key + QStringLiteral("\\Config\\CloudBackupProvider");
    for (const RegistryView view : {RegistryView::Native64, RegistryView::Wow32}) {
        const Probed<RegistryValue> written = WindowsSystem().registry().writeRegistryString(
                hive, missing, QStringLiteral("ScratchLocation"), QStringLiteral("C:\\Scratch"), view);
        QCOMPARE(written.status, ProbeStatus::NotFound);
        QVERIFY2(written.reason.contains(QStringLiteral("CloudBackupProvider")), qPrintable(written.reason));
        HKEY key = nullptr;
        QCOMPARE(::RegOpenKeyExW(root, wide(missing).c_str(), 0, KEY_READ | viewFlag(view), &key),
                 LSTATUS(ERROR_FILE_NOT_FOUND));
    }
}

void TestWindowsSystemInstallActions::writeRefusesANul()
{
    if (!createTestKeys())
        QSKIP(qPrintable(m_skipReason.isEmpty() ? QStringLiteral("The test keys cannot be created.") : m_skipReason));
    const QString data = QStringLiteral("C:\\Scratch") + QChar(0) + QStringLiteral("D:\\Other");
    const Probed<RegistryValue> written = WindowsSystem().registry().writeRegistryString(
            RegistryHive::LocalMachine, m_key, QStringLiteral("ScratchLocation"), data, RegistryView::Native64);
    QCOMPARE(written.status, ProbeStatus::Failed);
    QVERIFY(written.reason.contains(QStringLiteral("NUL")));
    QCOMPARE(rawValue(HKEY_LOCAL_MACHINE, m_key, QStringLiteral("ScratchLocation"), KEY_WOW64_64KEY).status,
             LSTATUS(ERROR_FILE_NOT_FOUND));
}

void TestWindowsSystemInstallActions::serviceStopAndStart()
{
    QVERIFY2(exists(testServicePath()), qPrintable(testServicePath()));
    const QString name = QStringLiteral("MarsTroubleshooterTest-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    TestService service;
    const QString notInstalled = service.install(name);
    if (!notInstalled.isEmpty())
        QSKIP(qPrintable(notInstalled));

    const WindowsSystem system;
    const Probed<ServiceState> started = system.services().startService(name);
    QVERIFY2(started.ok(), qPrintable(started.reason));
    QCOMPARE(started.value, ServiceState::Running);
    QCOMPARE(service.state(), DWORD(SERVICE_RUNNING));

    const Probed<ServiceState> stopped = system.services().stopService(name);
    QVERIFY2(stopped.ok(), qPrintable(stopped.reason));
    QCOMPARE(stopped.value, ServiceState::Stopped);
    QCOMPARE(service.state(), DWORD(SERVICE_STOPPED));
    QCOMPARE(system.services().service(name).value.state, ServiceState::Stopped);

    // Stopping a stopped service is what was wanted: no error.
    const Probed<ServiceState> again = system.services().stopService(name);
    QVERIFY2(again.ok(), qPrintable(again.reason));
    QCOMPARE(again.value, ServiceState::Stopped);

    // And it starts again (the fix restarts obengine after changing its settings).
    const Probed<ServiceState> restarted = system.services().startService(name);
    QVERIFY2(restarted.ok(), qPrintable(restarted.reason));
    QCOMPARE(restarted.value, ServiceState::Running);
    QCOMPARE(system.services().stopService(name).value, ServiceState::Stopped);
}

void TestWindowsSystemInstallActions::stopMissingService()
{
    const QString name = QStringLiteral("MarsTroubleshooterNoSuchService");
    const Probed<ServiceState> stopped = WindowsSystem().services().stopService(name);
    QCOMPARE(stopped.status, ProbeStatus::NotFound);
    QCOMPARE(stopped.osError, quint32(ERROR_SERVICE_DOES_NOT_EXIST));
    QVERIFY(stopped.reason.contains(name));
}

void TestWindowsSystemInstallActions::stopServiceOthersDependOn()
{
    QVERIFY2(exists(testServicePath()), qPrintable(testServicePath()));
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString base = QStringLiteral("MarsTroubleshooterTestBase-") + suffix;
    const QString user = QStringLiteral("MarsTroubleshooterTestUser-") + suffix;
    TestService baseService; // declared first: removed after the service that depends on it
    TestService userService;
    QString notInstalled = baseService.install(base);
    if (notInstalled.isEmpty())
        notInstalled = userService.install(user, base);
    if (!notInstalled.isEmpty())
        QSKIP(qPrintable(notInstalled));
    const WindowsSystem system;
    // `base` first: Windows would start it for `user` anyway, Wine does not.
    QCOMPARE(system.services().startService(base).value, ServiceState::Running);
    QCOMPARE(system.services().startService(user).value, ServiceState::Running);
    const Probed<ServiceState> stopped = system.services().stopService(base);
    if (stopped.ok())
        QSKIP("The service manager here stops a service other running services depend on (Wine does not check).");
    QCOMPARE(stopped.status, ProbeStatus::Failed);
    QCOMPARE(stopped.osError, quint32(ERROR_DEPENDENT_SERVICES_RUNNING));
    QVERIFY2(stopped.reason.contains(QStringLiteral("depend")), qPrintable(stopped.reason));
    QCOMPARE(baseService.state(), DWORD(SERVICE_RUNNING));
}

QTEST_GUILESS_MAIN(TestWindowsSystemInstallActions)
#include "TestWindowsSystemInstallActions.moc"
