// SPDX-License-Identifier: MIT
#include "AdminMembershipCheck.h"

#include "catalog/common/AccountText.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

CheckInfo AdminMembershipCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("A1"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Administrator account"),
            .whyItMatters =
                    tr("Installing and registering the agent need an account in the local Administrators group."),
            .docUrl = docs::installAgent(),
            .deadline_ms = 5000};
}

Finding AdminMembershipCheck::run(const CheckContext& context) const
{
    const Probed<AccountInfo> account = context.system().machine().account();
    if (!account.ok()) {
        Finding f = makeFinding(Verdict::Error, tr("Could not find out whether this account is an administrator."));
        f.detail = account.reason;
        f.remedy = tr("Check the account in Computer Management > Local Users and Groups > Administrators.");
        return f;
    }
    const AccountInfo& a = account.value;
    Finding f = a.adminMember
                        ? makeFinding(Verdict::Pass,
                                      tr("The account %1 is an administrator on this machine.").arg(a.userName))
                        : makeFinding(Verdict::Fail,
                                      tr("The account %1 is not an administrator, so it cannot install or register "
                                         "the backup agent.")
                                              .arg(a.userName));
    f.addEvidence(QStringLiteral("account"), tr("Account"), a.userName)
            .addEvidence(QStringLiteral("administrators_group"), tr("Administrators group"),
                         a.adminMember ? tr("member") : tr("not a member"))
            .addEvidence(QStringLiteral("determined_by"), tr("How it was determined"), a.adminSource);
    f.detail = tr("Token membership in BUILTIN\\Administrators: %1 (%2).")
                       .arg(a.adminMember ? tr("yes") : tr("no"), a.adminSource);
    if (!a.adminMember)
        f.remedy = tr("Sign in with an account that is a member of the local Administrators group (or ask the "
                      "customer's IT team to add this account), then start the troubleshooter again.");
    return f;
}

} // namespace mars
