// SPDX-License-Identifier: MIT
#include "W32TimeServiceCheck.h"

#include "StartTimeServiceFix.h"
#include "catalog/agent/ServiceText.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

namespace {
const QString kParameters = QStringLiteral("SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters");

// A registry string, or empty when absent or unreadable (the check then says "its default").
QString readString(const CheckContext& context, const char* name)
{
    const Probed<RegistryValue> value = context.system().registry().readRegistry(
            RegistryHive::LocalMachine, kParameters, QLatin1String(name), RegistryView::Native64);
    return value.ok() ? value.value.data.toString().trimmed() : QString();
}

// "time.windows.com,0x9 pool.ntp.org,0x8" -> "time.windows.com, pool.ntp.org": the flags mean
// nothing to a helpdesk tech.
QString ntpServers(const QString& value)
{
    QStringList names;
    for (const QString& entry : value.split(u' ', Qt::SkipEmptyParts))
        names.append(entry.section(u',', 0, 0));
    return names.join(QStringLiteral(", "));
}
} // namespace

CheckInfo W32TimeServiceCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("E3"),
            .phases = Phase::Register,
            .title = tr("Windows Time service"),
            .whyItMatters = tr("Windows Time keeps the clock in step with a time source; without it the clock drifts "
                               "until registration fails with \"Invalid vault credentials provided\"."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding W32TimeServiceCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const Probed<ServiceInfo> service = context.system().services().service(serviceName());
    if (!service.ok() && service.status != ProbeStatus::NotFound)
        return probeError(tr("The state of the Windows Time service could not be read."), service.reason);

    const QString type = readString(context, "Type");
    const QString servers = ntpServers(readString(context, "NtpServer"));
    QString source;
    if (type.compare(u"NT5DS", Qt::CaseInsensitive) == 0)
        source = tr("the domain hierarchy (a domain controller)");
    else if (type.compare(u"NTP", Qt::CaseInsensitive) == 0)
        source = servers.isEmpty() ? tr("NTP servers (none listed)") : tr("the NTP servers %1").arg(servers);
    else if (type.compare(u"AllSync", Qt::CaseInsensitive) == 0)
        source = tr("the domain hierarchy or the NTP servers %1").arg(servers);
    else
        source = tr("its default source");

    QList<Problem> problems;
    if (!service.ok()) {
        problems.append({Verdict::Warning,
                         tr("The Windows Time service (W32Time) is not installed, so nothing keeps this server's "
                            "clock right."),
                         tr("As administrator run w32tm /register and net start w32time."),
                         {}});
    } else if (service.value.startType == ServiceStartType::Disabled) {
        problems.append({Verdict::Warning,
                         tr("The Windows Time service is disabled, so nothing keeps this server's clock right."),
                         tr("Ask the customer's administrator why it was disabled; to turn it on, as administrator "
                            "run sc config w32time start= auto and net start w32time."),
                         {}});
    } else if (service.value.state == ServiceState::Stopped && service.value.startType == ServiceStartType::Automatic) {
        problems.append({Verdict::Warning,
                         tr("The Windows Time service is stopped although it is set to start automatically."),
                         tr("Start it (the wizard's fix, or net start w32time as administrator)."),
                         {StartTimeServiceFix::id()}});
    }
    if (type.compare(u"NoSync", Qt::CaseInsensitive) == 0)
        problems.append({Verdict::Warning,
                         tr("Windows Time is set not to synchronise with any source (Type = NoSync)."),
                         tr("On a domain member, as administrator run w32tm /config /syncfromflags:domhier /update; "
                            "otherwise w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update."),
                         {}});

    QString passSentence;
    if (service.ok() && service.value.state == ServiceState::Running)
        passSentence = tr("The Windows Time service is running and takes the time from %1.").arg(source);
    else if (service.ok())
        passSentence = tr("The Windows Time service is %1; Windows starts it when needed, and it takes the time "
                          "from %2.")
                               .arg(serviceStateText(service.value.state), source);
    f = worstOf(problems, passSentence, QString());
    if (!problems.isEmpty()) {
        if (problems.size() > 1) {
            QStringList sentences;
            for (const Problem& p : problems)
                sentences.append(p.sentence);
            f.summary = sentences.join(u' ');
        }
        f.remedy += u' ' + tr("Then, as administrator, run w32tm /resync and run the checks again.");
    }
    f.addEvidence(QStringLiteral("service_state"), tr("Service state"),
                  service.ok() ? serviceStateId(service.value.state) : tr("not installed"))
            .addEvidence(QStringLiteral("start_type"), tr("Start type"),
                         service.ok() ? serviceStartTypeId(service.value.startType) : QString())
            .addEvidence(QStringLiteral("sync_type"), tr("Synchronises with (Parameters\\Type)"),
                         type.isEmpty() ? tr("not set (default)") : type)
            .addEvidence(QStringLiteral("ntp_server"), tr("NTP servers (Parameters\\NtpServer)"),
                         servers.isEmpty() ? tr("not set") : servers);
    f.detail = tr("Whether the last synchronisation worked is not read here (w32tm /query /status shows it); the "
                  "clock check compares the clock with Azure's.");
    return f;
}

} // namespace mars
