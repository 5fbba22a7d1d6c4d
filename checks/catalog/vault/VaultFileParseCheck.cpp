// SPDX-License-Identifier: MIT
#include "VaultFileParseCheck.h"

#include "catalog/common/DocLinks.h"

namespace mars {

CheckInfo VaultFileParseCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("G2"),
            .phases = Phase::Register,
            .title = tr("Vault credentials file: contents"),
            .whyItMatters = tr("The file tells the agent which vault, subscription and tenant to register with. A "
                               "damaged, edited or wrong kind of file gives \"Invalid vault credentials provided. The "
                               "file is either corrupted…\" (ID: 34513)."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding VaultFileParseCheck::run(const CheckContext& context) const
{
    VaultFile vault;
    Finding f;
    if (!readVault(context, Needs::File, &vault, &f))
        return f;
    if (vault.stage != VaultFileStage::Parsed)
        return makeFinding(Verdict::NotApplicable, tr("The file could not be read at all (see \"Vault credentials "
                                                      "file: name and place\"), so its contents were not checked."));
    const VaultCredentials& c = vault.parse.credentials;
    Finding result;
    if (!vault.parse.ok) {
        result = judged(Verdict::Fail, vault.parse.sentence, vault.parse.reason);
        result.remedy = tr("Download a new vault credentials file in the Azure portal (the Recovery Services vault > "
                           "Properties > Backup Credentials > Download, from the primary region) and choose it "
                           "without opening or editing it.");
    } else {
        result = judged(Verdict::Pass,
                        tr("The file is a Backup vault credentials file for the vault \"%1\" (resource group %2, "
                           "region %3).")
                                .arg(c.resourceName, c.resourceGroup.isEmpty() ? tr("not named") : c.resourceGroup,
                                     c.location.isEmpty() ? tr("not named") : c.location),
                        QString());
        result.detail = tr("Tenant restrictions on a proxy must allow the tenant %1 for registration to sign in.")
                                .arg(c.aadTenantId);
    }
    addNames(c, &result);
    return result;
}

} // namespace mars
