// SPDX-License-Identifier: MIT
// WindowsSystem's machine facts against the running OS (Win32, or Wine's implementation of
// it), each cross-checked with an independent call: the account and its token, the clock and
// time zone, the version and architecture, free space, services, the WinHTTP proxy (written
// and restored when the machine lets us), the default temp folder, the trusted root store
// (under Wine, against the host's CA bundle); the clock's resync where it cannot change the clock
// (w32tm missing, as under Wine, or a stop requested before the start); the computer's names
// (GetComputerNameExW against GetComputerNameW) and its workgroup or domain.
#include "WindowsTestSupport.h"
#include "catalog/time/ResyncClockFix.h"
#include "system/WindowsSystem.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>

#include <windows.h>
#include <winhttp.h>

using namespace mars;
using namespace mars::test;

namespace {
const wchar_t kConnections[] = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections";

// The native machine as IsWow64Process2 reports it (kernel32 exports it from Windows 10 1511).
QString expectedArchitecture()
{
    using Fn = BOOL(WINAPI*)(HANDLE, USHORT*, USHORT*);
    const auto function = reinterpret_cast<Fn>(
            reinterpret_cast<void (*)()>(::GetProcAddress(::GetModuleHandleW(L"kernel32.dll"), "IsWow64Process2")));
    USHORT process = 0, native = 0;
    if (function && function(::GetCurrentProcess(), &process, &native) && native == IMAGE_FILE_MACHINE_ARM64)
        return QStringLiteral("arm64");
    return QStringLiteral("amd64"); // this test is built for x86_64 only
}
} // namespace

class TestWindowsSystemMachine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void account();
    void clock();
    void osInfo();
    void identity();
    void description();
    void diskSpaceOfTheTempFolder();
    void missingService();
    void existingService();
    void startingARunningService();
    void winHttpProxy();
    void winHttpNamedProxy();
    void resyncClock();
    void localMachineRoots();
};

void TestWindowsSystemMachine::account()
{
    const Probed<AccountInfo> account = WindowsSystem().machine().account();
    QVERIFY2(account.ok(), qPrintable(account.reason));
    const AccountInfo& a = account.value;
    qInfo("account %s, admin %d (%s), elevation %d", qPrintable(a.userName), a.adminMember, qPrintable(a.adminSource),
          int(a.elevation));
    // DOMAIN\user, and the user part is the one GetUserNameW gives.
    QVERIFY2(a.userName.contains(QLatin1Char('\\')), qPrintable(a.userName));
    wchar_t user[256];
    DWORD length = DWORD(std::size(user));
    QVERIFY(::GetUserNameW(user, &length));
    QCOMPARE(a.userName.section(QLatin1Char('\\'), -1).compare(QString::fromWCharArray(user), Qt::CaseInsensitive), 0);
    QVERIFY(!a.adminSource.isEmpty());
    // Consistency: an elevated or filtered administrator token belongs to an administrator.
    if (a.elevation == TokenElevation::Elevated || a.elevation == TokenElevation::Limited)
        QVERIFY(a.adminMember);
    else
        QVERIFY(!a.adminMember);
    // The token's own elevation flag agrees.
    HANDLE token = nullptr;
    QVERIFY(::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token));
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const bool read = ::GetTokenInformation(token, ::TokenElevation, &elevation, sizeof elevation, &size);
    ::CloseHandle(token);
    QVERIFY(read);
    if (elevation.TokenIsElevated)
        QCOMPARE(a.elevation, TokenElevation::Elevated);
}

void TestWindowsSystemMachine::clock()
{
    const Probed<ClockInfo> clock = WindowsSystem().machine().clock();
    QVERIFY2(clock.ok(), qPrintable(clock.reason));
    qInfo("time zone %s, offset %d s", qPrintable(clock.value.timeZoneId), clock.value.utcOffset_s);
    QVERIFY(!clock.value.timeZoneId.isEmpty());
    QCOMPARE(clock.value.utcNow.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(clock.value.utcNow.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    QCOMPARE(clock.value.utcOffset_s, QDateTime::currentDateTime().offsetFromUtc());
    // I9: the time since Windows (or the Wine prefix's host) started, never unknown here.
    QVERIFY2(clock.value.uptime_s > 0, qPrintable(QString::number(clock.value.uptime_s)));
}

void TestWindowsSystemMachine::osInfo()
{
    const Probed<OsInfo> os = WindowsSystem().machine().osInfo();
    QVERIFY2(os.ok(), qPrintable(os.reason));
    const OsInfo& o = os.value;
    qInfo("%s / %s / %s %d.%d.%d type %d %s", qPrintable(o.productName), qPrintable(o.editionId),
          qPrintable(o.installationType), o.major, o.minor, o.build, int(o.productType), qPrintable(o.architecture));
    QVERIFY(o.isWindows);
    QVERIFY(o.major >= 10); // Qt 6 needs Windows 10; Wine must be in "win10" mode
    QVERIFY(o.build > 0);
    QVERIFY(o.productType != OsInfo::ProductType::Other);
    QVERIFY(!o.productName.isEmpty());
    QCOMPARE(o.architecture, expectedArchitecture());
}

void TestWindowsSystemMachine::identity()
{
    const Probed<MachineIdentity> read = WindowsSystem().machine().identity();
    QVERIFY2(read.ok(), qPrintable(read.reason));
    const MachineIdentity& id = read.value;
    // GetComputerNameW is the older, independent call for the NetBIOS name.
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD size = MAX_COMPUTERNAME_LENGTH + 1;
    QVERIFY(::GetComputerNameW(name, &size));
    QCOMPARE(id.netbiosName, QString::fromWCharArray(name, int(size)));
    QVERIFY(!id.netbiosName.isEmpty() && id.netbiosName.size() <= MAX_COMPUTERNAME_LENGTH);
    QVERIFY(!id.dnsHostName.isEmpty());
    QVERIFY(!id.dnsHostName.contains(u'.'));
    QCOMPARE(id.fqdn, id.dnsDomain.isEmpty() ? id.dnsHostName : id.dnsHostName + u'.' + id.dnsDomain);
    // Wine answers "Workgroup" (a semi-stub); a real server is in a workgroup or a domain, and
    // then names it.
    const bool named = id.joinStatus == JoinStatus::Workgroup || id.joinStatus == JoinStatus::Domain;
    QVERIFY2(named || id.joinStatus == JoinStatus::Unjoined, qPrintable(joinStatusId(id.joinStatus)));
    QCOMPARE(id.joinName.isEmpty(), !named);
    qInfo("%s (%s), %s %s", qPrintable(id.netbiosName), qPrintable(id.fqdn), qPrintable(joinStatusId(id.joinStatus)),
          qPrintable(id.joinName));
}

void TestWindowsSystemMachine::description()
{
    const Probed<OsInfo> os = WindowsSystem().machine().osInfo();
    QVERIFY(os.ok());
    QCOMPARE(WindowsSystem().description(),
             QStringLiteral("Windows %1.%2.%3").arg(os.value.major).arg(os.value.minor).arg(os.value.build));
}

void TestWindowsSystemMachine::diskSpaceOfTheTempFolder()
{
    const Probed<QString> temp = WindowsSystem().files().systemTempDir();
    QVERIFY2(temp.ok(), qPrintable(temp.reason));
    const Probed<DiskSpace> space = WindowsSystem().files().diskSpace(temp.value);
    QVERIFY2(space.ok(), qPrintable(space.reason));
    QVERIFY(space.value.free_bytes > 0);
    QVERIFY(space.value.total_bytes >= space.value.free_bytes);
    QVERIFY(temp.value.startsWith(space.value.volumeRoot, Qt::CaseInsensitive));
}

void TestWindowsSystemMachine::missingService()
{
    const QString name = QStringLiteral("MarsTroubleshooterNoSuchService");
    const Probed<ServiceInfo> info = WindowsSystem().services().service(name);
    QCOMPARE(info.status, ProbeStatus::NotFound);
    QCOMPARE(info.osError, quint32(ERROR_SERVICE_DOES_NOT_EXIST));
    QVERIFY(info.reason.contains(name));
    const Probed<ServiceState> started = WindowsSystem().services().startService(name);
    QCOMPARE(started.status, ProbeStatus::NotFound);
}

void TestWindowsSystemMachine::existingService()
{
    // The RPC service exists on every Windows and in every Wine prefix.
    const Probed<ServiceInfo> info = WindowsSystem().services().service(QStringLiteral("RpcSs"));
    QVERIFY2(info.ok(), qPrintable(info.reason));
    qInfo("RpcSs: '%s' state %d start %d account '%s'", qPrintable(info.value.displayName), int(info.value.state),
          int(info.value.startType), qPrintable(info.value.account));
    QCOMPARE(info.value.name, QStringLiteral("RpcSs"));
    QVERIFY(!info.value.displayName.isEmpty());
    QVERIFY(info.value.startType != ServiceStartType::Disabled);
    // Independently: the same state from QueryServiceStatus.
    SC_HANDLE manager = ::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    QVERIFY(manager);
    SC_HANDLE service = ::OpenServiceW(manager, L"RpcSs", SERVICE_QUERY_STATUS);
    SERVICE_STATUS status{};
    const bool read = service && ::QueryServiceStatus(service, &status);
    if (service)
        ::CloseServiceHandle(service);
    ::CloseServiceHandle(manager);
    QVERIFY(read);
    QCOMPARE(info.value.state == ServiceState::Running, status.dwCurrentState == SERVICE_RUNNING);
}

void TestWindowsSystemMachine::startingARunningService()
{
    // Windows runs RpcSs always; Wine starts it with the prefix. "Already running" is success.
    const Probed<ServiceState> started = WindowsSystem().services().startService(QStringLiteral("RpcSs"));
    if (started.status == ProbeStatus::Denied)
        QSKIP(qPrintable(QStringLiteral("This account may not start RpcSs: ") + started.reason));
    QVERIFY2(started.ok(), qPrintable(started.reason));
    QCOMPARE(started.value, ServiceState::Running);
}

void TestWindowsSystemMachine::winHttpProxy()
{
    const Probed<ProxyConfig> proxy = WindowsSystem().network().winHttpProxy();
    QVERIFY2(proxy.ok(), qPrintable(proxy.reason));
    WINHTTP_PROXY_INFO info{};
    QVERIFY(::WinHttpGetDefaultProxyConfiguration(&info));
    const bool named = info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && info.lpszProxy && *info.lpszProxy;
    if (info.lpszProxy)
        ::GlobalFree(info.lpszProxy);
    if (info.lpszProxyBypass)
        ::GlobalFree(info.lpszProxyBypass);
    QCOMPARE(proxy.value.direct, !named);
}

void TestWindowsSystemMachine::winHttpNamedProxy()
{
    // Set a proxy the way `netsh winhttp set proxy` does, read it back, then put the stored
    // setting back byte for byte.
    HKEY connections = nullptr;
    DWORD disposition = 0;
    LSTATUS status =
            ::RegCreateKeyExW(HKEY_LOCAL_MACHINE, kConnections, 0, nullptr, 0,
                              KEY_QUERY_VALUE | KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, &connections, &disposition);
    if (status == ERROR_ACCESS_DENIED)
        QSKIP("The WinHTTP proxy is machine-wide: changing it needs an elevated run.");
    QCOMPARE(status, LSTATUS(ERROR_SUCCESS));
    DWORD type = REG_NONE, size = 0;
    const bool existed =
            ::RegQueryValueExW(connections, L"WinHttpSettings", nullptr, &type, nullptr, &size) == ERROR_SUCCESS;
    QByteArray saved(qsizetype(size), '\0');
    if (existed)
        QCOMPARE(::RegQueryValueExW(connections, L"WinHttpSettings", nullptr, &type,
                                    reinterpret_cast<BYTE*>(saved.data()), &size),
                 LSTATUS(ERROR_SUCCESS));
    const auto restore = qScopeGuard([&] {
        if (existed)
            ::RegSetValueExW(connections, L"WinHttpSettings", 0, type, reinterpret_cast<const BYTE*>(saved.constData()),
                             DWORD(saved.size()));
        else
            ::RegDeleteValueW(connections, L"WinHttpSettings");
        ::RegCloseKey(connections);
        if (disposition == REG_CREATED_NEW_KEY)
            ::RegDeleteKeyExW(HKEY_LOCAL_MACHINE, kConnections, KEY_WOW64_64KEY, 0);
    });

    wchar_t server[] = L"proxy.example.test:8080";
    wchar_t bypass[] = L"<local>;*.contoso.test";
    WINHTTP_PROXY_INFO info{WINHTTP_ACCESS_TYPE_NAMED_PROXY, server, bypass};
    if (!::WinHttpSetDefaultProxyConfiguration(&info)) {
        const DWORD error = ::GetLastError();
        if (error == ERROR_ACCESS_DENIED)
            QSKIP("The WinHTTP proxy is machine-wide: changing it needs an elevated run.");
        QFAIL(qPrintable(QStringLiteral("WinHttpSetDefaultProxyConfiguration failed: %1").arg(error)));
    }
    const Probed<ProxyConfig> proxy = WindowsSystem().network().winHttpProxy();
    QVERIFY2(proxy.ok(), qPrintable(proxy.reason));
    QVERIFY(!proxy.value.direct);
    QCOMPARE(proxy.value.proxyServer, QStringLiteral("proxy.example.test:8080"));
    QCOMPARE(proxy.value.bypassList, QStringLiteral("<local>;*.contoso.test"));
}

void TestWindowsSystemMachine::resyncClock()
{
    wchar_t folder[MAX_PATH + 1] = {};
    const UINT length = ::GetSystemDirectoryW(folder, MAX_PATH + 1);
    QVERIFY(length > 0 && length <= MAX_PATH);
    const QString program = QString::fromWCharArray(folder, int(length)) + QStringLiteral("\\w32tm.exe");
    const bool present = QFileInfo::exists(program);
    qInfo("w32tm: %s %s", qPrintable(program), present ? "exists" : "is missing");

    // Stopped before the start: nothing runs, whatever this machine has.
    std::stop_source stop;
    stop.request_stop();
    const Probed<ClockResync> stopped = WindowsSystem().machine().resyncClock(stop.get_token());
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.value.command, program + QStringLiteral(" /resync /force"));
    QVERIFY2(stopped.reason.contains(present ? QStringLiteral("stopped") : program), qPrintable(stopped.reason));
    if (present)
        QSKIP("w32tm.exe exists here: running it would set this machine's clock, which a test does not do.");

    // No w32tm (Wine has none): NotFound with a sentence naming it, nothing started.
    const Probed<ClockResync> resync = WindowsSystem().machine().resyncClock({});
    QCOMPARE(resync.status, ProbeStatus::NotFound);
    QCOMPARE(resync.osError, quint32(ERROR_FILE_NOT_FOUND));
    QVERIFY2(resync.reason.contains(QStringLiteral("is not on this computer")), qPrintable(resync.reason));
    QVERIFY(resync.value.output.isEmpty());

    // The fix on this machine: a failed result with that sentence, never a crash.
    CheckContext context;
    context.env.system = std::make_shared<WindowsSystem>();
    context.env.inputs.goal = Goal::Register;
    FixPlan plan;
    plan.fixId = ResyncClockFix::id();
    plan.canApply = true;
    const FixOutcome outcome = ResyncClockFix().apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY2(outcome.summary.contains(QStringLiteral("is not on this computer")), qPrintable(outcome.summary));
    QCOMPARE(outcome.after.value(QLatin1String("command")).toString(), program + QStringLiteral(" /resync /force"));
}

void TestWindowsSystemMachine::localMachineRoots()
{
    // A thumbprint no certificate has is not found; the real one is looked up in either case.
    const QByteArray fake(40, '0');
    const QByteArray g2 = "df3c24f9bfd666761b268073fe06d1cc8d4f82a4"; // DigiCert Global Root G2
    const Probed<QList<QByteArray>> roots = WindowsSystem().network().localMachineRoots({fake, g2.toUpper()});
    QVERIFY2(roots.ok(), qPrintable(roots.reason));
    QVERIFY(!roots.value.contains(fake));
    QVERIFY(roots.value.size() <= 1);
    // Something that is not a thumbprint is refused, not looked for.
    const Probed<QList<QByteArray>> bad = WindowsSystem().network().localMachineRoots({QByteArray("df3c24f9")});
    QCOMPARE(bad.status, ProbeStatus::Failed);
    QVERIFY(bad.reason.contains(QStringLiteral("df3c24f9")));

    // Whether G2 is there is known only under Wine, whose crypt32 fills the machine's root store
    // from the host's CA bundle; real Windows may not have fetched it yet.
    if (!::GetProcAddress(::GetModuleHandleW(L"ntdll.dll"), "wine_get_version"))
        QSKIP("Not under Wine: whether LocalMachine\\Root holds DigiCert Global Root G2 depends on this "
              "machine (Windows fetches it on first use).");
    if (!QFile::exists(QStringLiteral("Z:/etc/ssl/certs/DigiCert_Global_Root_G2.pem")))
        QSKIP("The Wine host has no /etc/ssl/certs/DigiCert_Global_Root_G2.pem, so Wine's root store has no "
              "DigiCert Global Root G2 to find.");
    QCOMPARE(roots.value, QList<QByteArray>{g2}); // lower case, as the interface promises
}

QTEST_GUILESS_MAIN(TestWindowsSystemMachine)
#include "TestWindowsSystemMachine.moc"
