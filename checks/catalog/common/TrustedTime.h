// SPDX-License-Identifier: MIT
#pragma once
// "Now" as Azure sees it, for rules with a deadline (the vault certificate's validity): the Date
// of an HTTPS answer from an Azure address in the run's network survey, moved on by the time
// since; this server's clock when no Azure address answered. Says which it used.

#include "engine/CheckContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mars {

struct TrustedTime
{
    QDateTime utc; // invalid only when not even the local clock could be read
    bool fromAzure = false;
    QString source; // "Azure's clock (the Date of login.microsoftonline.com's answer)" / "this server's clock"
    QString why; // when invalid
};

namespace trustedTime {
TrustedTime now(const CheckContext& context);
}

} // namespace mars
