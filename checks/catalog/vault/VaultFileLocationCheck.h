// SPDX-License-Identifier: MIT
#pragma once

#include "VaultFileCheck.h"

namespace mars {

// G1 vaultcred_file_location — is the chosen file one the agent will accept as a file?
//  Probe:    the file itself (system/InputFile: opened read-only, size first; GetDriveTypeW of
//            its volume on Windows, statfs on Linux).
//  States:   Fail, each with its reason: "unreadable" (missing, a folder, denied: the agent says
//            "Unable to read the vault credentials file provided (ID: 34528)"), "extension" (not
//            .VaultCredentials: the agent rejects a renamed file, TSG 2022), "network_location"
//            (a \\server\share path or a mapped network drive: a documented cause of 34513, old
//            TSG 2019), "too_large" (over 64 KB: not a vault credentials file, never read);
//            Pass otherwise; NotApplicable without a file.
//  Deadline: 5 s.
//  Fix:      none (guidance: download again, or copy it to a local folder).
class VaultFileLocationCheck final : public VaultFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultFileLocationCheck)

public:
    static QString id() { return QStringLiteral("vaultcred_file_location"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
