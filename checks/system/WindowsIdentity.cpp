// SPDX-License-Identifier: MIT
// WindowsMachine::identity() (H3): the computer's names as Windows answers them
// (GetComputerNameExW: NetBIOS name, DNS host name, primary DNS suffix, fully qualified name)
// and its domain or workgroup (NetGetJoinInformation, netapi32; its buffer is freed with
// NetApiBufferFree). All local: neither call asks a domain controller or a DNS server.
#include "WindowsHandles.h"
#include "WindowsHelpers.h"
#include "WindowsSystem.h"

#include <windows.h>
#include <lm.h>

#include <vector>

namespace mars {

using namespace win;

namespace {
// One name of GetComputerNameExW: asked for its size first (ERROR_MORE_DATA), then read. An
// empty name (no primary DNS suffix) is an answer, not an error.
bool computerName(COMPUTER_NAME_FORMAT format, QString* name, DWORD* error)
{
    DWORD size = 0;
    if (::GetComputerNameExW(format, nullptr, &size)) {
        name->clear();
        return true;
    }
    *error = ::GetLastError();
    if (*error != ERROR_MORE_DATA || size == 0)
        return false;
    std::vector<wchar_t> buffer(size + 1, L'\0');
    DWORD length = DWORD(buffer.size());
    if (!::GetComputerNameExW(format, buffer.data(), &length)) {
        *error = ::GetLastError();
        return false;
    }
    *name = fromWide(buffer.data(), qsizetype(length));
    return true;
}

JoinStatus joinStatusFrom(NETSETUP_JOIN_STATUS status)
{
    switch (status) {
    case NetSetupUnjoined: return JoinStatus::Unjoined;
    case NetSetupWorkgroupName: return JoinStatus::Workgroup;
    case NetSetupDomainName: return JoinStatus::Domain;
    default: return JoinStatus::Unknown;
    }
}
} // namespace

Probed<MachineIdentity> WindowsMachine::identity() const
{
    MachineIdentity identity;
    struct Part
    {
        COMPUTER_NAME_FORMAT format;
        const char* call;
        QString* target;
    };
    const Part parts[] = {
            {ComputerNameNetBIOS, "GetComputerNameExW(ComputerNameNetBIOS)", &identity.netbiosName},
            {ComputerNameDnsHostname, "GetComputerNameExW(ComputerNameDnsHostname)", &identity.dnsHostName},
            {ComputerNameDnsDomain, "GetComputerNameExW(ComputerNameDnsDomain)", &identity.dnsDomain},
            {ComputerNameDnsFullyQualified, "GetComputerNameExW(ComputerNameDnsFullyQualified)", &identity.fqdn},
    };
    for (const Part& part : parts) {
        DWORD error = ERROR_SUCCESS;
        if (!computerName(part.format, part.target, &error))
            return fromWin32<MachineIdentity>(tr("Cannot read the computer's name (%1)").arg(QLatin1String(part.call)),
                                              error);
    }

    LPWSTR name = nullptr;
    NETSETUP_JOIN_STATUS status = NetSetupUnknownStatus;
    const NET_API_STATUS joined = ::NetGetJoinInformation(nullptr, &name, &status);
    if (joined != NERR_Success) {
        if (name)
            ::NetApiBufferFree(name);
        return fromWin32<MachineIdentity>(tr("Cannot read the domain or workgroup (NetGetJoinInformation)"),
                                          DWORD(joined));
    }
    identity.joinStatus = joinStatusFrom(status);
    if (name && (identity.joinStatus == JoinStatus::Workgroup || identity.joinStatus == JoinStatus::Domain))
        identity.joinName = fromWide(name);
    if (name)
        ::NetApiBufferFree(name);
    return Probed<MachineIdentity>::good(identity);
}

} // namespace mars
