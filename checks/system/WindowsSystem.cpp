// SPDX-License-Identifier: MIT
// WindowsSystem: construction and the label; WindowsMachine's account (A1/A2) and elevated relaunch.
// Folders are in WindowsFiles.cpp, file versions and log tails in WindowsFileContents.cpp,
// volumes and known folders in WindowsVolumes.cpp, attributes in WindowsAttributes.cpp, the
// deletion in WindowsDeleteFile.cpp, the registry in WindowsRegistry.cpp, OS facts in
// WindowsMachine.cpp, services in WindowsServices.cpp; handles and helpers in
// WindowsHandles.h/WindowsHelpers.h.
#include "WindowsSystem.h"

#include "SocketConnectivity.h"
#include "WindowsHandles.h"

#include <QDir>

#include <windows.h>
#include <objbase.h>
#include <sddl.h>
#include <shellapi.h>

#include <vector>

namespace mars {

using namespace win;

namespace {
// GetTokenInformation for a fixed-size class (TOKEN_ELEVATION, TOKEN_ELEVATION_TYPE, ...).
template<typename T>
bool tokenValue(HANDLE token, TOKEN_INFORMATION_CLASS kind, T* value)
{
    DWORD returned = 0;
    return ::GetTokenInformation(token, kind, value, sizeof(T), &returned) != FALSE;
}

// GetTokenInformation for a variable-size class (TokenUser, TokenGroups): asks for the size first.
std::vector<BYTE> tokenBlob(HANDLE token, TOKEN_INFORMATION_CLASS kind)
{
    DWORD needed = 0;
    ::GetTokenInformation(token, kind, nullptr, 0, &needed);
    std::vector<BYTE> blob(needed);
    if (needed == 0 || !::GetTokenInformation(token, kind, blob.data(), needed, &needed))
        return {};
    return blob;
}

// DOMAIN\user of a SID; the SID string when it cannot be resolved (an orphaned domain account
// on a machine that cannot reach its domain controller).
QString accountName(PSID sid)
{
    wchar_t name[256];
    wchar_t domain[256];
    DWORD nameLength = DWORD(std::size(name));
    DWORD domainLength = DWORD(std::size(domain));
    SID_NAME_USE use = SidTypeUnknown;
    if (::LookupAccountSidW(nullptr, sid, name, &nameLength, domain, &domainLength, &use)) {
        const QString user = fromWide(name, int(nameLength));
        return domainLength > 0 ? fromWide(domain, int(domainLength)) + QLatin1Char('\\') + user : user;
    }
    wchar_t* text = nullptr;
    if (!::ConvertSidToStringSidW(sid, &text))
        return QString();
    const LocalMemory owner(text);
    return fromWide(text);
}

// True when the token's group list holds the Administrators SID marked deny-only: the
// filtered half of a UAC split token, when the linked token cannot be read.
bool hasDenyOnlyGroup(HANDLE token, PSID group)
{
    const std::vector<BYTE> blob = tokenBlob(token, TokenGroups);
    if (blob.empty())
        return false;
    const auto* groups = reinterpret_cast<const TOKEN_GROUPS*>(blob.data());
    for (DWORD i = 0; i < groups->GroupCount; ++i) {
        const SID_AND_ATTRIBUTES& entry = groups->Groups[i];
        if ((entry.Attributes & SE_GROUP_USE_FOR_DENY_ONLY) && ::EqualSid(entry.Sid, group))
            return true;
    }
    return false;
}
} // namespace

namespace {
QString describeWindows()
{
    OsInfo os;
    if (!WindowsMachine::windowsVersion(&os))
        return QStringLiteral("Windows");
    return QStringLiteral("Windows %1.%2.%3").arg(os.major).arg(os.minor).arg(os.build);
}
} // namespace

WindowsSystem::WindowsSystem(QString tempDirOverride)
    : SystemProbe(describeWindows(), false,
                  SystemRoles{.machine = std::make_shared<WindowsMachine>(),
                              .files = std::make_shared<WindowsFiles>(std::move(tempDirOverride)),
                              .registry = std::make_shared<WindowsRegistry>(),
                              .services = std::make_shared<WindowsServices>(),
                              .network = std::make_shared<WindowsNetworkSettings>(),
                              .connectivity = std::make_shared<SocketConnectivity>()})
{
}

Probed<AccountInfo> WindowsMachine::account() const
{
    UniqueHandle token;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, token.out()))
        return fromLastError<AccountInfo>([&] { return tr("Cannot read this program's access token"); });

    AccountInfo info;
    const std::vector<BYTE> user = tokenBlob(token.get(), TokenUser);
    if (!user.empty())
        info.userName = accountName(reinterpret_cast<const TOKEN_USER*>(user.data())->User.Sid);

    alignas(DWORD) BYTE sidBuffer[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof sidBuffer;
    const PSID admins = sidBuffer;
    if (!::CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, admins, &sidSize))
        return fromLastError<AccountInfo>([&] { return tr("Cannot build the Administrators group's SID"); });

    TOKEN_ELEVATION elevation{};
    TOKEN_ELEVATION_TYPE type = TokenElevationTypeDefault;
    if (!tokenValue(token.get(), ::TokenElevation, &elevation) || !tokenValue(token.get(), TokenElevationType, &type))
        return fromLastError<AccountInfo>([&] { return tr("Cannot read whether this program runs elevated"); });

    BOOL member = FALSE;
    if (type == TokenElevationTypeLimited) {
        // In the filtered UAC token the Administrators SID is deny-only, so CheckTokenMembership
        // says no; the full token linked to it is the one that tells. For a process that is not
        // elevated it comes back as an identification token, which is enough for the check.
        TOKEN_LINKED_TOKEN linked{};
        if (tokenValue(token.get(), TokenLinkedToken, &linked)) {
            const UniqueHandle full(linked.LinkedToken);
            if (!::CheckTokenMembership(full.get(), admins, &member))
                return fromLastError<AccountInfo>(
                        [&] { return tr("Cannot check the Administrators group membership"); });
            info.adminSource = tr("Administrators group in the full token linked to this filtered (UAC) token");
        } else {
            member = hasDenyOnlyGroup(token.get(), admins);
            info.adminSource = tr("Administrators group listed as deny-only in this filtered (UAC) token");
        }
    } else {
        // nullptr: the calling thread's token (the process token when not impersonating).
        if (!::CheckTokenMembership(nullptr, admins, &member))
            return fromLastError<AccountInfo>([&] { return tr("Cannot check the Administrators group membership"); });
        info.adminSource = type == TokenElevationTypeFull
                                   ? tr("Administrators group enabled in this elevated token")
                                   : tr("Administrators group in this process's token (no UAC split token)");
    }
    info.adminMember = member != FALSE;

    // "Default" with the Administrators group enabled is a full token without a split: UAC is
    // off, or the built-in Administrator without Admin Approval Mode.
    // Elevated means a full *administrator* token (SystemTypes.h): an elevated token of an account
    // outside Administrators (e.g. Backup Operators) cannot do what the fixes need.
    if (info.adminMember
        && (elevation.TokenIsElevated || type == TokenElevationTypeFull || type == TokenElevationTypeDefault))
        info.elevation = TokenElevation::Elevated;
    else if (type == TokenElevationTypeLimited && info.adminMember)
        info.elevation = TokenElevation::Limited;
    else
        info.elevation = TokenElevation::NotAdmin; // also a split token of, say, Backup Operators
    return Probed<AccountInfo>::good(info);
}

RelaunchResult WindowsMachine::relaunchElevated(const QStringList& arguments) const
{
    std::vector<wchar_t> path(MAX_PATH);
    for (;;) {
        const DWORD length = ::GetModuleFileNameW(nullptr, path.data(), DWORD(path.size()));
        if (length == 0)
            return {RelaunchStatus::Failed, tr("Cannot find this program's file: %1").arg(errorText(::GetLastError()))};
        if (length < path.size())
            break;
        if (path.size() >= 32768)
            return {RelaunchStatus::Failed, tr("Cannot find this program's file: the path is too long.")};
        path.resize(path.size() * 2); // truncated: try again with a larger buffer
    }
    const std::wstring parameters = commandLineArguments(arguments).toStdWString();
    // The elevated process would otherwise start in System32; keep the folder relative paths
    // in the arguments were meant for.
    const std::wstring directory = QDir::toNativeSeparators(QDir::currentPath()).toStdWString();

    // ShellExecuteExW may hand the request to shell extensions that need COM on this thread.
    const HRESULT com = ::CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE);
    SHELLEXECUTEINFOW execute{};
    execute.cbSize = sizeof execute;
    execute.fMask = SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI; // errors come back here, not in a dialog
    // The prompt's owner: the window the technician just clicked in, so the prompt comes to the
    // front instead of blinking in the taskbar.
    execute.hwnd = ::GetForegroundWindow();
    execute.lpVerb = L"runas";
    execute.lpFile = path.data();
    execute.lpParameters = parameters.c_str();
    execute.lpDirectory = directory.c_str();
    execute.nShow = SW_SHOWNORMAL;
    // Returns once the technician has answered the UAC prompt.
    const BOOL started = ::ShellExecuteExW(&execute);
    const DWORD error = started ? ERROR_SUCCESS : ::GetLastError();
    if (SUCCEEDED(com))
        ::CoUninitialize();

    if (started)
        return {RelaunchStatus::Started,
                tr("The troubleshooter is starting again with administrator rights; this window closes.")};
    if (error == ERROR_CANCELLED)
        return {RelaunchStatus::DeclinedByUser,
                tr("Windows did not start the troubleshooter as administrator because the prompt was declined.")};
    return {RelaunchStatus::Failed,
            tr("Windows could not start the troubleshooter as administrator: %1").arg(errorText(error))};
}

} // namespace mars
