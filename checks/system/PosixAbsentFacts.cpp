// SPDX-License-Identifier: MIT
// PosixSystem's answers for what Linux does not have: the registry, Windows services, Windows
// Update, Task Scheduler, WinHTTP, the LocalMachine certificate store, w32tm and elevation by UAC. Each says so
// in a sentence (NotApplicable, or NotSupported for the relaunch), never a silent empty value.
#include "PosixSystem.h"

#include <QCoreApplication>

namespace mars {

Probed<RegistryValue> PosixRegistry::readRegistry(RegistryHive, const QString&, const QString&, RegistryView) const
{
    return Probed<RegistryValue>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows registry."));
}

Probed<QStringList> PosixRegistry::registrySubkeys(RegistryHive, const QString&, RegistryView) const
{
    return Probed<QStringList>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows registry."));
}

Probed<QStringList> PosixRegistry::registryValueNames(RegistryHive, const QString&, RegistryView) const
{
    return Probed<QStringList>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows registry."));
}

Probed<ServiceInfo> PosixServices::service(const QString&) const
{
    return Probed<ServiceInfo>::bad(ProbeStatus::NotApplicable, tr("Windows services do not exist on Linux."));
}

Probed<QList<ScheduledTask>> PosixServices::scheduledTasks(const QString&) const
{
    return Probed<QList<ScheduledTask>>::bad(ProbeStatus::NotApplicable,
                                             tr("Linux has no Windows Task Scheduler (its scheduled jobs are cron "
                                                "entries and systemd timers)."));
}

Probed<ScheduledTask> PosixServices::updateScheduledTask(const QString&, const ScheduledTaskSettings&) const
{
    return Probed<ScheduledTask>::bad(ProbeStatus::NotApplicable, tr("Linux has no Windows Task Scheduler."));
}

Probed<UpdateHistory> PosixMachine::updateHistory() const
{
    return Probed<UpdateHistory>::bad(ProbeStatus::NotApplicable,
                                      tr("Linux has no Windows Update history (its packages are updated by apt)."));
}

Probed<ProxyConfig> PosixNetworkSettings::winHttpProxy() const
{
    return Probed<ProxyConfig>::bad(ProbeStatus::NotApplicable, tr("WinHTTP exists only on Windows."));
}

Probed<QList<QByteArray>> PosixNetworkSettings::localMachineRoots(const QList<QByteArray>&) const
{
    return Probed<QList<QByteArray>>::bad(ProbeStatus::NotApplicable,
                                          tr("Linux has no LocalMachine certificate store (its trusted roots are "
                                             "files such as those in /etc/ssl/certs)."));
}

Probed<QList<StoreCertificate>> PosixNetworkSettings::personalCertificates(CertStoreLocation) const
{
    return Probed<QList<StoreCertificate>>::bad(ProbeStatus::NotApplicable,
                                                tr("Linux has no Windows Personal certificate store."));
}

RelaunchResult PosixMachine::relaunchElevated(const QStringList& arguments) const
{
    // Never run sudo silently: the technician decides, in a terminal they see.
    return {RelaunchStatus::NotSupported,
            tr("On Linux the troubleshooter never asks for root by itself. Close it and start it again as root, "
               "for example: sudo %1 %2")
                    .arg(QCoreApplication::applicationFilePath(), arguments.join(QLatin1Char(' ')))
                    .trimmed()};
}

Probed<ClockResync> PosixMachine::resyncClock(const std::stop_token&) const
{
    return Probed<ClockResync>::bad(ProbeStatus::NotApplicable,
                                    tr("Linux has no Windows Time service (w32tm); its clock is kept by its own time "
                                       "service (systemd-timesyncd, chrony or ntpd)."));
}

Probed<ServiceState> PosixServices::startService(const QString&) const
{
    return Probed<ServiceState>::bad(ProbeStatus::NotApplicable, tr("Windows services do not exist on Linux."));
}

} // namespace mars
