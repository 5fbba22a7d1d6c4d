// SPDX-License-Identifier: MIT
#include "ServiceText.h"

#include <QCoreApplication>

namespace mars {

namespace {
// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace, so
// they would never match this context at run time (none of them was translated).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::ServiceText)
};
} // namespace

QString serviceStateId(ServiceState state)
{
    switch (state) {
    case ServiceState::Stopped: return QStringLiteral("stopped");
    case ServiceState::StartPending: return QStringLiteral("start_pending");
    case ServiceState::StopPending: return QStringLiteral("stop_pending");
    case ServiceState::Running: return QStringLiteral("running");
    case ServiceState::Paused: return QStringLiteral("paused");
    case ServiceState::Other: break;
    }
    return QStringLiteral("other");
}

// Each state is read after "is" inside sentences ("The service %1 is %2.", "Start the service %1,
// which is %2 now."): translators write it as a word that fits there (the //: notes say so).
QString serviceStateText(ServiceState state)
{
    switch (state) {
    case ServiceState::Stopped: return Texts::tr("stopped");
    case ServiceState::StartPending: return Texts::tr("starting");
    case ServiceState::StopPending: return Texts::tr("stopping");
    case ServiceState::Running: return Texts::tr("running");
    case ServiceState::Paused: return Texts::tr("paused");
    case ServiceState::Other: break;
    }
    return Texts::tr("in a transitional state");
}

QString serviceStartTypeId(ServiceStartType type)
{
    switch (type) {
    case ServiceStartType::Automatic: return QStringLiteral("automatic");
    case ServiceStartType::Manual: return QStringLiteral("manual");
    case ServiceStartType::Disabled: return QStringLiteral("disabled");
    case ServiceStartType::Other: break;
    }
    return QStringLiteral("other");
}

} // namespace mars
