// SPDX-License-Identifier: MIT
#include "ProcessElevatedCheck.h"

#include "catalog/common/AccountText.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/RestartElevatedFix.h"
#include "system/SystemProbe.h"

namespace mars {

CheckInfo ProcessElevatedCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A2"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Running as administrator"),
            .whyItMatters = tr("Without the full administrator token, several checks see less and fixes that change "
                               "the system cannot run."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding ProcessElevatedCheck::run(const CheckContext& context) const
{
    const Probed<AccountInfo> account = context.system().machine().account();
    if (!account.ok()) {
        Finding f =
                makeFinding(Verdict::Error, tr("Could not find out whether the troubleshooter runs as administrator."));
        f.detail = account.reason;
        return f;
    }
    const AccountInfo& a = account.value;
    Finding f;
    switch (a.elevation) {
    case TokenElevation::Elevated:
        f = makeFinding(Verdict::Pass, tr("The troubleshooter is running with administrator rights."));
        break;
    case TokenElevation::Limited:
        f = makeFinding(Verdict::Warning, tr("The troubleshooter is not running as administrator, so some checks and "
                                             "fixes cannot work: restart it as administrator."));
        f.remedy =
                tr("Start the troubleshooter again as administrator: the wizard's \"Restart as administrator\", then "
                   "accept the Windows prompt; or right-click the program and choose \"Run as administrator\".");
        f.fixIds = QStringList{RestartElevatedFix::id()};
        break;
    case TokenElevation::NotAdmin:
        f = makeFinding(Verdict::Fail, tr("The troubleshooter cannot get administrator rights, because this account "
                                          "is not an administrator."));
        f.remedy =
                tr("Sign in with an account in the local Administrators group, then start the troubleshooter again.");
        break;
    }
    f.addEvidence(QStringLiteral("account"), tr("Account"), a.userName)
            .addEvidence(QStringLiteral("token"), tr("Token"), elevationId(a.elevation));
    f.detail = tr("Process token elevation: %1; administrator membership: %2.")
                       .arg(elevationId(a.elevation), a.adminSource);
    return f;
}

} // namespace mars
