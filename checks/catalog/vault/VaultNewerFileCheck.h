// SPDX-License-Identifier: MIT
#pragma once

#include "VaultFileCheck.h"

namespace mars {

// G6 vaultcred_multiple_files — is there a newer file for the same vault? Only the most recently
// downloaded vault credentials file is valid (TSG), and a Downloads folder often holds several.
//  Probe:    the *.VaultCredentials files beside the chosen one and in this user's Downloads
//            folder (QStandardPaths; at most kMaxFiles, each read like the chosen one: bounded,
//            no DTD), those naming the same vault (ResourceName, case-insensitive), compared by
//            their certificate's NotBefore (the moment the file was made).
//  States:   Warning reason newer_file naming the newest; Pass otherwise (saying how many others
//            were looked at); NotApplicable without a readable file or certificate.
//  Deadline: 10 s.
//  Fix:      none (guidance: choose the newest file; the catalog's "switch with confirmation" is
//            one click on Browse).
class VaultNewerFileCheck final : public VaultFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultNewerFileCheck)

public:
    static QString id() { return QStringLiteral("vaultcred_multiple_files"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static constexpr int kMaxFiles = 50;
};

} // namespace mars
