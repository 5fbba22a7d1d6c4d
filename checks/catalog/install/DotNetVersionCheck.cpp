// SPDX-License-Identifier: MIT
#include "DotNetVersionCheck.h"

#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <array>
#include <optional>
#include <utility>

namespace mars {

namespace {
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
            .whyItMatters =
                    tr("The agent's setup installs only on .NET Framework 4.5.2 or later, and registration runs "
                       "on it."),
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
    const QString install = tr("Install .NET Framework 4.8 with the offline installer from %1, restart the server, "
                               "then run the agent's setup again.")
                                    .arg(QLatin1String(kOfflineInstaller));
    if (!lowest) {
        f = makeFinding(Verdict::Fail, tr(".NET Framework 4.5.2 or later is not installed, and the agent needs it."));
        f.remedy = install;
    } else if (*lowest < kFailBelow) {
        f = makeFinding(Verdict::Fail, tr(".NET Framework %1 is installed, but the agent needs 4.5.2 or later.")
                                               .arg(version.isEmpty() ? tr("older than 4.5") : version));
        f.remedy = install;
    } else if (*lowest < kWarnBelow) {
        f = makeFinding(Verdict::Warning, tr(".NET Framework %1 is installed; the agent needs at least 4.5.2, but "
                                             "Microsoft support asks for 4.6.2 or later.")
                                                  .arg(version));
        f.remedy = install;
    } else {
        f = makeFinding(Verdict::Pass, tr(".NET Framework %1 is installed, which the agent supports.").arg(version));
    }
    for (const ViewValue& v : views)
        f.addEvidence(QLatin1String(v.id),
                      v.view == RegistryView::Native64 ? tr("Release (64-bit registry)")
                                                       : tr("Release (32-bit registry)"),
                      v.release ? QString::number(*v.release) : tr("not present"));
    f.addEvidence(QStringLiteral("dotnet_version"), tr(".NET Framework version"),
                  version.isEmpty() ? tr("none 4.5 or later") : version)
            .addEvidence(QStringLiteral("thresholds"), tr("Thresholds"),
                         tr("failure below %1 (4.5.2), warning below %2 (4.6.2)").arg(kFailBelow).arg(kWarnBelow));
    f.detail = tr("Read HKLM\\%1 Release (REG_DWORD) in the 64-bit and the 32-bit registry view; the lower value "
                  "counts. Sources disagree on the minimum (support matrix 4.5, troubleshooting guide 4.5.2, older "
                  "guide and support intake 4.6.2), hence failure below 4.5.2 and a warning below 4.6.2.")
                       .arg(fullKey());
    if (!unreadable.isEmpty())
        f.detail += QLatin1Char(' ') + tr("Not readable: %1.").arg(unreadable.join(QStringLiteral("; ")));
    return f;
}

} // namespace mars
