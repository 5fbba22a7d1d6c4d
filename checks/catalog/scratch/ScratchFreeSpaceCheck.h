// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// B4 scratch_free_space — is there room on the cache folder's volume? The FAQ asks for free
// space of 5-10 % of the backed-up data; the self-help articles add "at least 2.5 GB".
//  Probe:    SystemProbe::diskSpace() (GetDiskFreeSpaceExW) on the cache folder or, before
//            installation, its nearest existing parent.
//  States:   Fail free < 2.5 GB (2.5 * 1024^3 bytes); Warning free < 5 % of the volume (the data
//            size is unknown here: wizard heuristic, catalog B4); Pass otherwise; NotApplicable
//            off Windows; Error when the location or the space cannot be read.
//  Deadline: 10 s.
//  Fix:      none in place (free space, extend the volume, or move the cache: B5). Nothing to undo.
class ScratchFreeSpaceCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(ScratchFreeSpaceCheck)

public:
    static QString id() { return QStringLiteral("scratch_free_space"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
