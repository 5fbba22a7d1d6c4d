// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// A1 admin_membership — is the account running the tool a member of the local
// Administrators group? Installing and registering the agent need it.
//  Probe:    SystemProbe::account() (Win32: CheckTokenMembership against BUILTIN\Administrators;
//            Linux: euid 0 or membership of sudo/wheel/admin).
//  States:   Pass member; Fail not a member; Error when the token cannot be read.
//  Deadline: 5 s (a token query; anything longer means the OS is in trouble).
//  Fix:      none (guidance: log on with an account in local Administrators).
class AdminMembershipCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(AdminMembershipCheck)

public:
    static QString id() { return QStringLiteral("admin_membership"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
