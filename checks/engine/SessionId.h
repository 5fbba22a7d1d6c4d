// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace mars {

// A readable id for one run of the tool: UTC start time plus 6 random hex digits
// ("20261123-093200-4f1c2a"). It is on every log line, in every export and in the journal,
// so second-line support can match them up.
QString newSessionId();

} // namespace mars
