// SPDX-License-Identifier: MIT
#include "HostnameIdentityCheck.h"

#include "catalog/agent/AgentRegistration.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

CheckInfo HostnameIdentityCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("H3"),
            .phases = Phase::Register,
            .title = tr("Computer name and domain"),
            .whyItMatters = tr("The vault knows a server by the name it registered under: after a rename its "
                               "backups stop with \"Resource not provisioned in service stamp\" (ID: 230006)."),
            .docUrl = docs::renamedServer(),
            .deadline_ms = 5000};
}

Finding HostnameIdentityCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const Probed<MachineIdentity> read = context.system().machine().identity();
    if (read.status == ProbeStatus::NotApplicable)
        return makeFinding(Verdict::NotApplicable, tr("This machine's names are not described, so they cannot be "
                                                      "shown."));
    if (!read.ok()) {
        f = probeError(tr("The computer's name and domain could not be read."), read.reason);
        f.remedy = tr("Read them in System Properties (sysdm.cpl, \"Computer Name\" tab) and compare them with the "
                      "name the vault shows under Backup Infrastructure > Protected Servers.");
        return f;
    }
    const MachineIdentity& id = read.value;
    const QString name = id.netbiosName.isEmpty() ? id.dnsHostName : id.netbiosName;
    QString membership;
    switch (id.joinStatus) {
    case JoinStatus::Domain: membership = tr(", a member of the domain %1").arg(id.joinName); break;
    case JoinStatus::Workgroup: membership = tr(", in the workgroup %1").arg(id.joinName); break;
    case JoinStatus::Unjoined: membership = tr(", not joined to a domain or workgroup"); break;
    case JoinStatus::Unknown: break;
    }

    const bool registered = agent::registration(context).state == agent::Registration::State::Registered;
    const bool reregistering = context.inputs().goal == Goal::Reregister;
    QString sentence = tr("This server is %1 (%2)%3").arg(name, id.fqdn, membership);
    if (reregistering)
        sentence += tr("; register it again under the name the vault shows for it, because a renamed server gets "
                       "\"Resource not provisioned in service stamp\" (ID: 230006).");
    else if (registered)
        sentence += tr("; the vault knows it by the name it registered under, so if it was renamed since, its "
                       "backups stop with \"Resource not provisioned in service stamp\" (ID: 230006).");
    else
        sentence += tr("."); // the sentence's own full stop: "。" in Japanese and Chinese
    f = makeFinding(Verdict::Pass, sentence);
    f.addEvidence(QStringLiteral("netbios_name"), tr("Computer name (NetBIOS)"), id.netbiosName)
            .addEvidence(QStringLiteral("dns_host_name"), tr("DNS host name"), id.dnsHostName)
            .addEvidence(QStringLiteral("fqdn"), tr("Full DNS name"), id.fqdn)
            .addEvidence(QStringLiteral("join_status"), tr("Joined to"), joinStatusId(id.joinStatus));
    if (!id.joinName.isEmpty())
        f.addEvidence(QStringLiteral("join_name"), tr("Domain or workgroup"), id.joinName);
    f.detail = tr("The name the vault knows for this server cannot be read here: compare it with the vault's "
                  "Backup Infrastructure > Protected Servers list. A renamed server is registered again under "
                  "its new name, and its first backup is then a full one.");
    if (!id.netbiosName.isEmpty() && id.netbiosName.compare(id.dnsHostName, Qt::CaseInsensitive) != 0)
        f.detail += u' '
                    + tr("The NetBIOS name %1 differs from the DNS host name %2 (NetBIOS keeps at most 15 "
                         "characters).")
                              .arg(id.netbiosName, id.dnsHostName);
    return f;
}

} // namespace mars
