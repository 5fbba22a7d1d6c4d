// SPDX-License-Identifier: MIT
#include "DotNetVersionCheck.h"

#include "WindowsRelease.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <array>
#include <optional>
#include <utility>

namespace mars {

namespace {
// The .NET Framework 4.8 offline installer (Microsoft's download link for 4.8).
const char* const kOfflineInstaller = "https://go.microsoft.com/fwlink/?linkid=2088631";

// The lowest Release value of each version (DOTNET, "Determine which .NET Framework versions are
// installed"), newest first.
constexpr std::array<std::pair<quint32, const char*>, 11> kReleases{{
        {533320, "4.8.1"},
        {528040, "4.8"},
        {461808, "4.7.2"},
        {461308, "4.7.1"},
        {460798, "4.7"},
        {394802, "4.6.2"},
        {394254, "4.6.1"},
        {393295, "4.6"},
        {379893, "4.5.2"},
        {378675, "4.5.1"},
        {378389, "4.5"},
}};
} // namespace

QString DotNetVersionCheck::versionOf(quint32 release)
{
    for (const auto& [minimum, name] : kReleases) {
        if (release >= minimum)
            return QString::fromLatin1(name);
    }
    return {};
}

QString DotNetVersionCheck::fullKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full");
}

CheckInfo DotNetVersionCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A7"),
            .phases = Phase::Install | Phase::Register,
            .title = tr(".NET Framework version"),
            .whyItMatters = tr("The current agent's setup installs only when .NET Framework 4.8 or later is "
                               "installed (earlier agents needed 4.5), and the agent runs on it."),
            .docUrl = docs::dotNetVersions(),
            .deadline_ms = 5000};
}

Finding DotNetVersionCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;

    struct ViewValue
    {
        const char* id;
        RegistryView view;
        Probed<RegistryValue> read;
        std::optional<quint32> release;
    };
    std::array<ViewValue, 2> views{{{"release_64bit_view", RegistryView::Native64, {}, {}},
                                    {"release_32bit_view", RegistryView::Wow32, {}, {}}}};
    std::optional<quint32> lowest;
    QStringList unreadable;
    for (ViewValue& v : views) {
        v.read = context.system().registry().readRegistry(RegistryHive::LocalMachine, fullKey(),
                                                          QStringLiteral("Release"), v.view);
        if (v.read.ok()) {
            bool number = false;
            const quint32 value = v.read.value.data.toUInt(&number);
            if (number) {
                v.release = value;
                lowest = lowest ? qMin(*lowest, value) : value;
            } else {
                unreadable.append(
                        tr("%1 holds \"%2\", not a number").arg(QLatin1String(v.id), v.read.value.data.toString()));
            }
        } else if (v.read.status != ProbeStatus::NotFound) {
            unreadable.append(QStringLiteral("%1: %2").arg(QLatin1String(v.id), v.read.reason));
        }
    }
    if (!lowest && !unreadable.isEmpty())
        return probeError(tr("The installed .NET Framework version could not be read."),
                          unreadable.join(QStringLiteral("; ")));

    const QString version = lowest ? versionOf(*lowest) : QString();
    // Install guide (08/2025): setup requires .NET 4.8 and "you might need to install the .NET
    // Framework 4.8 manually when upgrading from version 4.5".
    QString install = tr("Install .NET Framework 4.8 with the offline installer from %1 (it needs administrator "
                         "rights), restart the server when its setup asks for it, then run the agent's setup again.")
                              .arg(QLatin1String(kOfflineInstaller));
    if (!windows::runsDotNet48(os))
        install = tr("%1 cannot run .NET Framework 4.8, so the current agent cannot be installed on it; see the "
                     "Windows version check for what to do.")
                          .arg(windows::classify(os).name);
    if (!lowest) {
        f = makeFinding(Verdict::Fail, tr(".NET Framework 4.8 is not installed, and the agent's setup needs it."));
        f.remedy = install;
    } else if (*lowest < kFailBelow) {
        f = makeFinding(Verdict::Fail, tr(".NET Framework %1 is installed, but the agent's setup needs .NET Framework "
                                          "4.8 or later.")
                                               .arg(version.isEmpty() ? tr("older than 4.5") : version));
        f.remedy = install;
    } else {
        f = makeFinding(Verdict::Pass,
                        tr(".NET Framework %1 is installed, as the agent needs (4.8 or later).").arg(version));
    }
    for (const ViewValue& v : views)
        f.addEvidence(QLatin1String(v.id),
                      v.view == RegistryView::Native64 ? tr("Release (64-bit registry)")
                                                       : tr("Release (32-bit registry)"),
                      v.release ? QString::number(*v.release) : tr("not present"));
    f.addEvidence(QStringLiteral("dotnet_version"), tr(".NET Framework version"),
                  version.isEmpty() ? tr("none 4.5 or later") : version)
            .addEvidence(QStringLiteral("thresholds"), tr("Threshold"), tr("failure below %1 (4.8)").arg(kFailBelow));
    f.detail = tr("Read HKLM\\%1 Release (REG_DWORD) in the 64-bit and the 32-bit registry view; the lower value "
                  "counts. Microsoft's install guide (08/2025) and support matrix (11/2025) say the current agent "
                  "requires .NET Framework 4.8 (Release %2 or higher); older agents needed 4.5.")
                       .arg(fullKey())
                       .arg(kFailBelow);
    if (!unreadable.isEmpty())
        f.detail += QLatin1Char(' ') + tr("Not readable: %1.").arg(unreadable.join(QStringLiteral("; ")));
    return f;
}

} // namespace mars
