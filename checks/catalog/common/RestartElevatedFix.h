// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>

namespace mars {

// restart_as_administrator (for A2 process_elevated; the check is in a section, so the catalog
// passes its id in: catalog/common/ never includes a section).
//  Changes:  nothing on the machine; starts this program again elevated (Windows: ShellExecuteEx
//            verb "runas", the consent prompt shows) and asks this instance to close.
//            On Linux it refuses with an explanation: the tool never runs sudo by itself.
//            On a scenario it switches the simulated token to elevated.
//  Undo:     not applicable (close the elevated window).
class RestartElevatedFix final : public Fix
{
    Q_DECLARE_TR_FUNCTIONS(RestartElevatedFix)

public:
    static QString id() { return QStringLiteral("restart_as_administrator"); }
    explicit RestartElevatedFix(QString checkId); // the check that offers it: ProcessElevatedCheck::id()

    FixInfo info() const override;
    FixPlan preview(const CheckContext& context) const override;
    FixOutcome apply(const CheckContext& context, const FixPlan& plan) const override;

private:
    QString m_checkId;
};

} // namespace mars
