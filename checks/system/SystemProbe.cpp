// SPDX-License-Identifier: MIT
#include "SystemProbe.h"

namespace mars {

SystemProbe::SystemProbe(QString description, bool simulated, SystemRoles roles)
    : m_description(std::move(description))
    , m_simulated(simulated)
    , m_roles(std::move(roles))
{
    // Every role is required: a missing one would crash a check far from its cause.
    Q_ASSERT(m_roles.machine && m_roles.files && m_roles.registry && m_roles.services && m_roles.network);
}

SystemProbe::~SystemProbe() = default;

} // namespace mars
