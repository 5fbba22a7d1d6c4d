// SPDX-License-Identifier: MIT
#pragma once

#include "VaultFileCheck.h"

namespace mars {

// G2 vaultcred_parse — is the file a Backup vault credentials file, and which vault is it for?
//  Probe:    the file's XML (catalog/common/VaultCredentials: QXmlStreamReader, no DTD, bounded):
//            root RSBackupVaultAADCreds in the DataContract namespace, the fields registration
//            needs (SubscriptionId, ResourceName, ManagementCert, AadAuthority, AadTenantId,
//            ServicePrincipalClientId; mars-checks.md §1.7, Azure PowerShell's source).
//  States:   Pass naming the vault, resource group, region, subscription and tenant; Fail with the
//            rule as reason: encoding, not_xml, dtd, too_complex, site_recovery_file (root
//            RSVaultAsrCreds), wrong_root, wrong_namespace, missing_field, cert_not_base64 — the
//            agent's "file is either corrupted…" (34513) or "Unable to read…" (34528);
//            NotApplicable without a file or when it could not be read at all (G1 says why).
//  Deadline: 5 s.
//  Fix:      none (guidance: download a new file from the vault's Backup credentials).
class VaultFileParseCheck final : public VaultFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultFileParseCheck)

public:
    static QString id() { return QStringLiteral("vaultcred_parse"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
