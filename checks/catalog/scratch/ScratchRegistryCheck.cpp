// SPDX-License-Identifier: MIT
#include "ScratchRegistryCheck.h"

#include "ScratchRules.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "catalog/scratch/ScratchRegistryFix.h"
#include "system/SystemProbe.h"

namespace mars {

namespace {
QString regAdd(const QString& key, const QString& folder)
{
    return QStringLiteral("reg add \"HKLM\\%1\" /v %2 /t REG_SZ /d \"%3\" /f").arg(key, agent::scratchValue(), folder);
}

QString folderWords(const ScratchRules::Copy& copy)
{
    using Folder = ScratchRules::Copy::Folder;
    switch (copy.folder) {
    case Folder::Exists: return ScratchRegistryCheck::tr("exists");
    case Folder::Missing: return ScratchRegistryCheck::tr("does not exist");
    case Folder::NotAFolder: return ScratchRegistryCheck::tr("is a file, not a folder");
    case Folder::Unreadable: return ScratchRegistryCheck::tr("could not be read: %1").arg(copy.folderReason);
    case Folder::NotChecked: break;
    }
    return ScratchRegistryCheck::tr("not checked (no value)");
}
} // namespace

CheckInfo ScratchRegistryCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("B1"),
            .phases = Phase::Install | Phase::Register,
            .title = tr("Cache folder in the registry"),
            .whyItMatters = tr("The agent reads its cache folder from two registry values; when they disagree or the "
                               "folder is gone, registration and backups fail."),
            .docUrl = docs::cacheFolderValid(),
            .deadline_ms = 5000};
}

Finding ScratchRegistryCheck::run(const CheckContext& context) const
{
    const Probed<RegistryValue> installed = context.system().registry().readRegistry(
            RegistryHive::LocalMachine, agent::setupKey(), agent::installPathValue(), RegistryView::Native64);
    if (installed.status == ProbeStatus::NotApplicable) {
        Finding f = makeFinding(Verdict::NotApplicable, tr("This computer is not running Windows, so the agent's "
                                                           "cache registry values do not exist here."));
        f.detail = installed.reason;
        return f;
    }
    const QString installPath = installed.ok() ? installed.value.data.toString().trimmed() : QString();
    if (installed.status == ProbeStatus::NotFound || (installed.ok() && installPath.isEmpty())) {
        Finding f = makeFinding(Verdict::NotApplicable,
                                tr("The agent is not installed yet, so its cache location is not set."));
        f.detail = tr("HKLM\\%1\\%2: %3").arg(agent::setupKey(), agent::installPathValue(), installed.reason);
        return f;
    }
    if (!installed.ok()) {
        Finding f = makeFinding(Verdict::Error, tr("Could not find out whether the agent is installed, so its cache "
                                                   "location was not checked."));
        f.detail = installed.reason;
        return f;
    }

    const ScratchRules::RegistryState state = ScratchRules::readRegistry(context);
    const ScratchRules::Copy& config = state.config;
    const ScratchRules::Copy& provider = state.provider;
    if (config.readFailed() || provider.readFailed()) {
        Finding f = makeFinding(Verdict::Error, tr("The agent's cache location could not be read from the registry."));
        f.detail = QStringLiteral("%1: %2 %3: %4")
                           .arg(config.where(), config.reason, provider.where(), provider.reason)
                           .trimmed();
        f.remedy = tr("Restart the troubleshooter as administrator and run this check again.");
        return f;
    }

    Finding f;
    const bool bothPresent = config.present() && provider.present();
    const bool same = bothPresent && agent::samePath(config.value, provider.value);
    using Folder = ScratchRules::Copy::Folder;
    const QString movedOrDeleted =
            tr("If the cache folder was moved, set both values to its new place as administrator (%1 and %2, with "
               "the folder), then run net stop obengine and net start obengine. If it was deleted, the agent's cache "
               "and key file are gone: contact Microsoft support; the server may have to be registered again with "
               "its original passphrase.")
                    .arg(regAdd(agent::configKey(), tr("<folder>")), regAdd(agent::providerKey(), tr("<folder>")));
    if (same && config.folder == Folder::Exists) {
        f = makeFinding(Verdict::Pass,
                        tr("Both registry values point to the cache folder %1, and it exists.").arg(config.value));
    } else if (same && config.folder == Folder::Unreadable) {
        f = makeFinding(Verdict::Error,
                        tr("The cache folder %1 named in the registry could not be checked.").arg(config.value));
        f.detail = config.folderReason;
        f.remedy = tr("Restart the troubleshooter as administrator and run this check again.");
    } else if (same) {
        f = makeFinding(Verdict::Fail, config.folder == Folder::NotAFolder
                                               ? tr("The cache folder %1 named in the registry is a file, not a "
                                                    "folder, so the agent cannot use its cache.")
                                                         .arg(config.value)
                                               : tr("The cache folder %1 named in the registry does not exist, so "
                                                    "the agent cannot use its cache.")
                                                         .arg(config.value));
        f.remedy = movedOrDeleted;
    } else if (!config.present() && !provider.present()) {
        f = makeFinding(Verdict::Fail, tr("The agent is installed, but both registry values that say where its cache "
                                          "folder is are missing."));
        f.remedy = movedOrDeleted;
    } else if (!bothPresent) {
        const ScratchRules::Copy& missing = config.present() ? provider : config;
        f = makeFinding(Verdict::Fail, tr("The registry value %1 is missing, so the agent's two cache-location "
                                          "values do not match.")
                                               .arg(missing.where()));
    } else {
        f = makeFinding(Verdict::Fail, tr("The agent's two cache-location registry values disagree (%1 and %2), so "
                                          "the agent may not find its cache.")
                                               .arg(config.value, provider.value));
    }

    if (f.verdict == Verdict::Fail && !same && (config.present() || provider.present())) {
        const ScratchRules::Copy* source = state.source();
        const ScratchRules::Copy* target = state.target();
        // A folder on a drive that is away or offline is not known to be gone (#19): no repair
        // and no "deleted" advice for it.
        const ScratchRules::Copy* away = nullptr;
        QString driveProblem;
        for (const ScratchRules::Copy* copy : {&config, &provider}) {
            if (!away && copy->present() && copy->folder != Folder::Exists) {
                driveProblem = ScratchRules::driveProblem(context, copy->value);
                away = driveProblem.isEmpty() ? nullptr : copy;
            }
        }
        if (away) {
            f.detail = driveProblem;
            f.remedy = tr("Bring the drive of %1 back online and run this check again; do not point the agent at "
                          "another folder while its cache may only be out of reach. If the drive is gone for good, "
                          "move the cache as documented (the \"Cache folder location\" item lists the steps).")
                               .arg(away->value);
        } else if (source) {
            f.fixIds = QStringList{ScratchRegistryFix::id()};
            f.remedy = tr("The wizard's \"Repair the cache location in the registry\" sets %1 to %2, the folder that "
                          "exists (the agent service is restarted), or as administrator run %3, then net stop "
                          "obengine and net start obengine.")
                               .arg(target->where(), source->value, regAdd(target->key, source->value));
        } else if (config.folder == Folder::Exists && provider.folder == Folder::Exists) {
            f.remedy = tr("Both folders exist, so the troubleshooter cannot tell which one the agent uses. Find the "
                          "one with the agent's current cache (recently changed files), then as administrator run "
                          "%1 and %2 with that folder, then net stop obengine and net start obengine.")
                               .arg(regAdd(agent::configKey(), tr("<folder>")),
                                    regAdd(agent::providerKey(), tr("<folder>")));
        } else {
            f.remedy = movedOrDeleted;
        }
    }

    f.addEvidence(QStringLiteral("install_path"), tr("Agent install folder"), installPath)
            .addEvidence(QStringLiteral("config_scratch_location"), config.where(), ScratchRules::valueText(config))
            .addEvidence(QStringLiteral("provider_scratch_location"), provider.where(),
                         ScratchRules::valueText(provider));
    if (config.present())
        f.addEvidence(QStringLiteral("config_folder"), tr("Folder of the Config value"), folderWords(config));
    if (provider.present() && !same)
        f.addEvidence(QStringLiteral("provider_folder"), tr("Folder of the CloudBackupProvider value"),
                      folderWords(provider));
    if (f.detail.isEmpty())
        f.detail = tr("Both values must name the same existing folder (FAQ \"How to check if scratch folder is valid "
                      "and accessible\"). Compared as Windows compares paths: case-insensitively, trailing "
                      "backslash ignored.");
    return f;
}

} // namespace mars
