// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// B2 scratch_volume_type — is the agent's cache folder (or the folder it will be created in)
// on a local, fixed NTFS volume? The FAQ rules out network shares, removable media and offline
// volumes for the cache.
//  Probe:    the cache folder from ScratchRules::locate() (registry, else <install folder>\Scratch
//            before installation); SystemProbe::volumeInfo() on it or its nearest existing parent
//            (GetVolumePathNameW, GetDriveTypeW, GetVolumeInformationW).
//  States:   Fail network share (UNC or DRIVE_REMOTE), removable, CD-ROM; Warning RAM disk or
//            unknown drive type, or a file system other than NTFS (UNCONFIRMED whether ReFS
//            works); Pass local fixed NTFS; NotApplicable off Windows; Error when the location or
//            the volume cannot be read.
//  Deadline: 10 s (a disconnected network drive can take a while to answer).
//  Fix:      none in place: the remedy points to B5's documented move procedure. Nothing to undo.
class ScratchVolumeCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(ScratchVolumeCheck)

public:
    static QString id() { return QStringLiteral("scratch_volume_type"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
