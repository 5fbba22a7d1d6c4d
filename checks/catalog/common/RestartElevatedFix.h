// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Fix.h"

#include <QCoreApplication>
#include <QLocale>

namespace mars {

// restart_as_administrator (for A2 process_elevated; the check is in a section, so the catalog
// passes its id in: catalog/common/ never includes a section).
//  Changes:  nothing on the machine; starts this program again elevated (Windows: ShellExecuteEx
//            verb "runas", the consent prompt shows) and asks this instance to close.
//            On Linux it refuses with an explanation: the tool never runs sudo by itself.
//            On a scenario it switches the simulated token to elevated. The copy gets this
//            program's command line, with the language shown now (relaunchArguments).
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

    // `arguments` (the command line without the program) with any --language replaced by the
    // language shown now (`shown`, QLocale's default: what --language or the wizard's language
    // menu chose), so the elevated copy speaks the same language; a "C" locale adds none.
    static QStringList relaunchArguments(const QStringList& arguments, const QLocale& shown);

private:
    QString m_checkId;
};

} // namespace mars
