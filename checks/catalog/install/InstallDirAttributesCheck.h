// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"
#include "system/SystemTypes.h"

namespace mars {

// A10 install_dir_attributes — the install folder must not be System, Hidden, Compressed or
// Encrypted (SELFHELP; the rule is not repeated on Learn, so narrow-sourced but documented).
//  Probe:    agent::installDir() (typed folder, else InstallPath, else %ProgramFiles%\Microsoft
//            Azure Recovery Services Agent) and agent::nearestExisting(): the folder's own
//            attributes when it exists, else its nearest existing parent's (NTFS compression and
//            EFS are inherited by new folders; hidden and system are not).
//  States:   Fail any of the four on the folder itself; Warning the folder does not exist yet and
//            the parent is compressed or encrypted; Pass otherwise; NotApplicable off Windows;
//            Error when the folder cannot be worked out or its attributes cannot be read.
//  Deadline: 10 s.
//  Fix:      clear_install_dir_attributes (FolderAttributesFix) on the folder itself: clears the
//            bits, previewed first; undone from the journal by setting them again. Parents are
//            never changed automatically: the remedy gives the compact / cipher commands.
class InstallDirAttributesCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(InstallDirAttributesCheck)

public:
    static QString id() { return QStringLiteral("install_dir_attributes"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // The four attributes the installer refuses, in attrib's order.
    static FileAttributes forbidden();
};

} // namespace mars
