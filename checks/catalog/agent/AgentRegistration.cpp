// SPDX-License-Identifier: MIT
#include "AgentRegistration.h"

#include "AgentFootprint.h"
#include "system/SystemProbe.h"

#include <QCoreApplication>

namespace mars::agent {

namespace {
// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace,
// which only by chance equals a context given at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::agent)
};

// A REG_SZ of HKLM (64-bit view), trimmed; empty when absent. False with `failure` set when
// the value exists but cannot be read (denied, failed): never a guess past an unreadable value.
bool readValue(const CheckContext& context, const QString& key, const QString& name, QString* value, QString* failure)
{
    const Probed<RegistryValue> read =
            context.system().registry().readRegistry(RegistryHive::LocalMachine, key, name, RegistryView::Native64);
    if (read.ok()) {
        *value = read.value.data.toString().trimmed();
        return true;
    }
    value->clear();
    if (read.status == ProbeStatus::NotFound || read.status == ProbeStatus::NotApplicable)
        return true;
    *failure = Texts::tr("HKLM\\%1\\%2 could not be read: %3").arg(key, name, read.reason);
    return false;
}
} // namespace

QString registrationStateId(Registration::State state)
{
    switch (state) {
    case Registration::State::NotInstalled: return QStringLiteral("not_installed");
    case Registration::State::NotRegistered: return QStringLiteral("not_registered");
    case Registration::State::Registered: return QStringLiteral("registered");
    case Registration::State::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool parseVaultResourceId(const QString& id, QString* subscriptionId, QString* resourceGroup, QString* vaultName)
{
    const QStringList parts = id.trimmed().split(u'/', Qt::SkipEmptyParts);
    const auto is = [&parts](int i, const char* word) {
        return parts.at(i).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    };
    if (parts.size() != 8 || !is(0, "subscriptions") || !is(2, "resourceGroups") || !is(4, "providers")
        || !is(5, "Microsoft.RecoveryServices") || !is(6, "vaults"))
        return false;
    *subscriptionId = parts.at(1);
    *resourceGroup = parts.at(3);
    *vaultName = parts.at(7);
    return true;
}

Registration readRegistration(const CheckContext& context)
{
    Registration r;
    QString failure;
    if (!readValue(context, setupKey(), installPathValue(), &r.installPath, &failure)
        || !readValue(context, configKey(), QStringLiteral("ServiceResourceName"), &r.vaultName, &failure)
        || !readValue(context, configKey(), QStringLiteral("ResourceId"), &r.resourceId, &failure)
        || !readValue(context, configKey(), QStringLiteral("MachineId"), &r.machineId, &failure)) {
        r.state = Registration::State::Unknown;
        r.reason = failure;
        return r;
    }
    parseVaultResourceId(r.resourceId, &r.subscriptionId, &r.resourceGroup, &r.resourceVaultName);
    // The service is evidence (A11 judges it); a service that cannot be queried does not make the
    // registration unknown.
    const Probed<ServiceInfo> service = context.system().services().service(serviceName());
    r.serviceKnown = service.ok() || service.status == ProbeStatus::NotFound;
    r.serviceInstalled = service.ok();
    r.serviceState = service.ok() ? service.value.state : ServiceState::Other;

    if (r.installPath.isEmpty())
        r.state = Registration::State::NotInstalled;
    else
        r.state = r.hasRegistration() ? Registration::State::Registered : Registration::State::NotRegistered;
    return r;
}

Registration registration(const CheckContext& context)
{
    const auto fact = context.facts().obtain<Registration>(QStringLiteral("agent.registration"), context.stopToken(),
                                                           [&context] { return readRegistration(context); });
    if (fact.ok())
        return fact.value;
    Registration unknown;
    unknown.reason = fact.reason;
    return unknown;
}

} // namespace mars::agent
