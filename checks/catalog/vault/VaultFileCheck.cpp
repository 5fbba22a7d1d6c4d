// SPDX-License-Identifier: MIT
#include "VaultFileCheck.h"

namespace mars {

bool VaultFileCheck::readVault(const CheckContext& context, Needs needs, VaultFile* vault, Finding* finding) const
{
    const FactsCache::Fact<VaultFile> fact = vaultFile::forRun(context);
    if (!fact.ok()) {
        *finding = probeError(tr("The vault credentials file could not be read."), fact.reason);
        return false;
    }
    *vault = fact.value;
    if (vault->stage == VaultFileStage::NotChosen) {
        *finding = makeFinding(Verdict::NotApplicable,
                               tr("No vault credentials file was chosen: choose it on the first page (or with "
                                  "--vault-credentials) to have it checked before registering."));
        return false;
    }
    if (needs == Needs::Parsed && !vault->parsed()) {
        *finding = makeFinding(Verdict::NotApplicable, tr("The vault credentials file could not be read as one (see "
                                                          "\"Vault credentials file\"), so this does not apply."));
        return false;
    }
    return true;
}

Finding VaultFileCheck::judged(Verdict verdict, const QString& summary, const QString& reason) const
{
    Finding f = makeFinding(verdict, summary);
    f.reason = reason;
    return f;
}

void VaultFileCheck::addNames(const VaultCredentials& c, Finding* f)
{
    const auto add = [f](const char* id, const QString& label, const QString& value) {
        if (!value.isEmpty())
            f->addEvidence(QString::fromLatin1(id), label, value);
    };
    add("vault", tr("Vault"), c.resourceName);
    add("resource_group", tr("Resource group"), c.resourceGroup);
    add("region", tr("Region"), c.location);
    add("subscription", tr("Subscription"), c.subscriptionId);
    add("tenant", tr("Tenant (Entra ID)"), c.aadTenantId);
    add("aad_authority", tr("Entra ID authority"), c.aadAuthority);
    add("backup_service", tr("Backup service address"), c.idMgmtRestEndpoint);
    add("file_version", tr("File format version"), c.version);
}

} // namespace mars
