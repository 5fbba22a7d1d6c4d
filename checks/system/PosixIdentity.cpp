// SPDX-License-Identifier: MIT
// PosixMachine::identity(): the host name (gethostname) and a best-effort DNS domain without
// any lookup on the network (the host name's own suffix, else the resolver's configured domain
// that QHostInfo::localDomainName() reads from resolv.conf). Linux has no NetBIOS name and no
// Windows domain membership: those stay empty and "unknown".
#include "PosixSystem.h"

#include <QHostInfo>

#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

namespace mars {

Probed<MachineIdentity> PosixMachine::identity() const
{
    char name[HOST_NAME_MAX + 1] = {};
    if (::gethostname(name, sizeof name - 1) != 0) {
        const int error = errno;
        return Probed<MachineIdentity>::bad(ProbeStatus::Failed,
                                            tr("The host name could not be read (gethostname): %1")
                                                    .arg(QString::fromLocal8Bit(std::strerror(error))),
                                            quint32(error));
    }
    const QString host = QString::fromLocal8Bit(name).trimmed();
    MachineIdentity identity;
    identity.dnsHostName = host.section(QLatin1Char('.'), 0, 0);
    identity.dnsDomain =
            host.contains(QLatin1Char('.')) ? host.section(QLatin1Char('.'), 1) : QHostInfo::localDomainName();
    identity.fqdn = identity.dnsDomain.isEmpty() ? identity.dnsHostName
                                                 : identity.dnsHostName + QLatin1Char('.') + identity.dnsDomain;
    identity.joinStatus = JoinStatus::Unknown;
    return Probed<MachineIdentity>::good(identity);
}

} // namespace mars
