// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// B3 scratch_attributes — does the cache folder carry an attribute the agent does not support
// (FAQ: Encrypted, De-duplicated, Compressed, Sparse, Reparse-Point)?
//  Probe:    SystemProbe::fileAttributes() on the cache folder (ScratchRules::locate()); when it
//            does not exist yet, on its nearest existing parent, whose compression and EFS new
//            folders inherit. Data Deduplication of the volume is not probed yet.
//  States:   Fail the folder is compressed, encrypted, sparse or a reparse point (or a file);
//            Warning the parent it would be created in is compressed or encrypted; Pass none;
//            NotApplicable off Windows; Error when the location or attributes cannot be read.
//  Deadline: 5 s.
//  Fix:      clear_scratch_attributes (FolderAttributesFix) for compressed/encrypted: clears
//            them on the folder itself; undone by setting the same bits again. A reparse point or
//            sparse folder gets guidance to move the cache (B5).
class ScratchAttributesCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(ScratchAttributesCheck)

public:
    static QString id() { return QStringLiteral("scratch_attributes"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
