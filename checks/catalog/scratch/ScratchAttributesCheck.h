// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// B3 scratch_attributes — does the cache folder, or anything in it, carry an attribute the agent
// does not support (FAQ, ms.date 08/14/2023: Encrypted, De-duplicated, Compressed, Sparse,
// Reparse-Point)?
//  Probe:    SystemProbe::fileAttributes() on the cache folder (ScratchRules::locate()); when it
//            does not exist yet, on its nearest existing parent, whose compression and EFS new
//            folders inherit. forEachEntry() walks the folder (never into a link; at most
//            ScratchRules::kMaxContentEntries entries and kMaxContentDepth levels, polling the
//            cancel token) and counts compressed and encrypted files and folders inside.
//            volumeDeduplicated() on its drive (the Dedup minifilter, see WindowsVolumes.cpp).
//  States:   Fail the folder is compressed, encrypted, sparse or a reparse point (or a file),
//            something inside is compressed or encrypted, or its drive is deduplicated;
//            Warning the parent it would be created in is compressed or encrypted, or the walk
//            reached its bound without finding anything; Pass none; NotApplicable off Windows;
//            Error when the location, the attributes, a folder inside or the deduplication
//            state cannot be read; Cancelled when cancelled during the walk.
//  Deadline: 10 s.
//  Fix:      clear_scratch_attributes (FolderAttributesFix), offered only when the folder's own
//            compressed/encrypted flag is the whole problem (the walk saw everything and found
//            nothing inside); undone by setting the same bits again. Compressed or encrypted
//            files inside, a link, a sparse folder or a deduplicated drive get the documented
//            move procedure instead (B5): clearing the flag alone would leave the cache as it
//            is while the check turned green (#19).
class ScratchAttributesCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(ScratchAttributesCheck)

public:
    static QString id() { return QStringLiteral("scratch_attributes"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
