// SPDX-License-Identifier: MIT
#include "Os64BitCheck.h"

#include "WindowsRelease.h"
#include "catalog/common/DocLinks.h"

namespace mars {

CheckInfo Os64BitCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A4"),
            .phases = Phase::Install,
            .title = tr("64-bit Windows"),
            .whyItMatters = tr("The agent is built for 64-bit (x64) Windows only; its installer does not run on 32-bit "
                               "Windows."),
            .docUrl = docs::supportMatrix(),
            .deadline_ms = 5000};
}

Finding Os64BitCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const QString arch = os.architecture.trimmed().toLower();
    if (arch.isEmpty())
        return probeError(tr("Windows did not report its processor architecture, so it is not known whether it is "
                             "64-bit."),
                          tr("The native architecture (GetNativeSystemInfo) came back empty."));
    if (arch == QLatin1String("amd64")) {
        f = makeFinding(Verdict::Pass, tr("Windows is 64-bit (x64), as the agent needs."));
    } else if (arch == QLatin1String("arm64")) {
        f = makeFinding(Verdict::Warning, tr("Windows runs on an ARM64 processor, which the agent's support matrix "
                                             "does not list, so the x64 agent may not install or work."));
        f.remedy = tr("Install the agent on a server with an x64 (Intel or AMD 64-bit) processor. If it has to be "
                      "this machine, ask Microsoft Support whether ARM64 is supported before relying on its "
                      "backups.");
    } else if (arch == QLatin1String("x86")) {
        f = makeFinding(Verdict::Fail, tr("Windows is 32-bit (x86), and the agent installs only on 64-bit Windows."));
        f.remedy = tr("Install the agent on a server running 64-bit Windows. A 32-bit Windows cannot be changed to "
                      "64-bit in place: it has to be reinstalled with the x64 edition.");
    } else {
        f = makeFinding(Verdict::Fail,
                        tr("Windows runs on a %1 processor, and the agent installs only on 64-bit x64 Windows.")
                                .arg(os.architecture));
        f.remedy = tr("Install the agent on a server running 64-bit (x64) Windows.");
    }
    f.addEvidence(QStringLiteral("architecture"), tr("Native architecture"), arch)
            .addEvidence(QStringLiteral("product_name"), tr("Product name"), windows::orNotRecorded(os.productName));
    f.detail = tr("Native processor architecture as Windows reports it (IsWow64Process2 / GetNativeSystemInfo, so a "
                  "32-bit troubleshooter on 64-bit Windows still sees amd64): %1. The support matrix requires 64-bit "
                  "operating systems and lists no ARM64 support.")
                       .arg(arch);
    return f;
}

} // namespace mars
