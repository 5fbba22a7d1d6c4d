// SPDX-License-Identifier: MIT
#include "PsModulePathCheck.h"

#include "AddModulePathFix.h"
#include "MsOnlineBackupModuleCheck.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <algorithm>

namespace mars {

namespace {
const QString kEnvironment = QStringLiteral("SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment");
const QString kPolicyKey = QStringLiteral("SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell");
const QString kShellKey = QStringLiteral("SOFTWARE\\Microsoft\\PowerShell\\1\\ShellIds\\Microsoft.PowerShell");

Probed<RegistryValue> read(const CheckContext& context, const QString& key, const char* name)
{
    return context.system().registry().readRegistry(RegistryHive::LocalMachine, key, QLatin1String(name),
                                                    RegistryView::Native64);
}

// %SystemRoot%, %windir%, %ProgramFiles% and %ProgramW6432% from the known folders (the
// variables a machine PSModulePath uses); anything else stays as written.
QString expand(const CheckContext& context, QString entry)
{
    const FilesProbe& files = context.system().files();
    const auto replace = [&](const char* variable, KnownFolder folder) {
        const QLatin1String name(variable);
        if (!entry.contains(name, Qt::CaseInsensitive))
            return;
        const Probed<QString> path = files.knownFolder(folder);
        if (path.ok())
            entry.replace(name, path.value, Qt::CaseInsensitive);
    };
    replace("%SystemRoot%", KnownFolder::Windows);
    replace("%windir%", KnownFolder::Windows);
    replace("%ProgramFiles%", KnownFolder::ProgramFiles);
    replace("%ProgramW6432%", KnownFolder::ProgramFiles);
    return entry;
}

// The spelling PowerShell uses ("remotesigned" -> "RemoteSigned"); empty for Undefined or blank.
QString canonicalPolicy(const QString& value)
{
    for (const char* known : {"Restricted", "AllSigned", "RemoteSigned", "Unrestricted", "Bypass"}) {
        if (value.trimmed().compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return QLatin1String(known);
    }
    const QString trimmed = value.trimmed();
    return trimmed.compare(u"Undefined", Qt::CaseInsensitive) == 0 ? QString() : trimmed;
}
} // namespace

QString PsModulePathCheck::defaultPolicy(const OsInfo& os)
{
    const bool server =
            os.productType == OsInfo::ProductType::Server || os.productType == OsInfo::ProductType::DomainController;
    const bool since2012R2 = os.major > 6 || (os.major == 6 && os.minor >= 3);
    return server && since2012R2 ? QStringLiteral("RemoteSigned") : QStringLiteral("Restricted");
}

QString PsModulePathCheck::environmentKey()
{
    return kEnvironment;
}

bool PsModulePathCheck::listsAgentModules(const CheckContext& context, const QString& psModulePath,
                                          const QString& installDir)
{
    const QString modules = MsOnlineBackupModuleCheck::modulesFolder(installDir);
    const QString module = MsOnlineBackupModuleCheck::moduleFolder(installDir);
    const QStringList entries = psModulePath.split(u';', Qt::SkipEmptyParts);
    return std::any_of(entries.cbegin(), entries.cend(), [&](const QString& entry) {
        const QString expanded = agent::tidyPath(expand(context, entry));
        return agent::samePath(expanded, modules) || agent::samePath(expanded, module);
    });
}

CheckInfo PsModulePathCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("I7"),
            .phases = Phase::Register,
            .title = tr("PowerShell module path and execution policy"),
            .whyItMatters = tr("The agent's scheduled backups run its PowerShell cmdlets; PowerShell must find its "
                               "module and be allowed to load it."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding PsModulePathCheck::run(const CheckContext& context) const
{
    QString installDir;
    OsInfo os;
    Finding f;
    if (!readInstalledAgent(context, &installDir, &f, &os))
        return f;
    const QString restart = tr("Then restart the server, so the agent's service and tasks see the change.");
    QList<Problem> problems;

    // --- the module path -------------------------------------------------------------------
    const QString modules = MsOnlineBackupModuleCheck::modulesFolder(installDir);
    const QString module = MsOnlineBackupModuleCheck::moduleFolder(installDir);
    const Probed<RegistryValue> path = read(context, kEnvironment, "PSModulePath");
    bool pathFound = false;
    if (!path.ok() && path.status != ProbeStatus::NotFound) {
        problems.append(
                {Verdict::Error, tr("The machine's PSModulePath could not be read: %1").arg(path.reason), {}, {}});
    } else {
        pathFound = path.ok() && listsAgentModules(context, path.value.data.toString(), installDir);
        // The fix appends to the value there is; a machine without one (or with one that is not
        // text) is left to a person.
        const bool fixable = path.ok()
                             && (path.value.type == RegistryValue::Type::ExpandString
                                 || path.value.type == RegistryValue::Type::String);
        if (!pathFound)
            problems.append({Verdict::Warning,
                             tr("The machine's PSModulePath does not name the agent's module folder %1, so PowerShell "
                                "may not find the agent's cmdlets and scheduled backups can fail.")
                                     .arg(modules),
                             tr("As administrator add %1 to the system environment variable PSModulePath (System "
                                "Properties > Advanced > Environment Variables; keep the entries already there).")
                                             .arg(modules)
                                     + u' ' + restart,
                             fixable ? QStringList{AddModulePathFix::id()} : QStringList()});
    }

    // --- the execution policy --------------------------------------------------------------
    QString policy, source;
    bool byGroupPolicy = false, defaultOnly = false;
    const Probed<RegistryValue> enable = read(context, kPolicyKey, "EnableScripts");
    const Probed<RegistryValue> gpo = read(context, kPolicyKey, "ExecutionPolicy");
    const Probed<RegistryValue> local = read(context, kShellKey, "ExecutionPolicy");
    for (const Probed<RegistryValue>* value : {&enable, &gpo, &local}) {
        if (!value->ok() && value->status != ProbeStatus::NotFound)
            problems.append({Verdict::Error,
                             tr("The PowerShell execution policy could not be read: %1").arg(value->reason),
                             {},
                             {}});
    }
    if (enable.ok()) {
        byGroupPolicy = true;
        source = tr("Group Policy \"Turn on Script Execution\" (MachinePolicy)");
        policy = enable.value.data.toUInt() == 0 ? QStringLiteral("Restricted")
                                                 : canonicalPolicy(gpo.ok() ? gpo.value.data.toString() : QString());
    }
    if (policy.isEmpty() && local.ok() && !canonicalPolicy(local.value.data.toString()).isEmpty()) {
        byGroupPolicy = false;
        policy = canonicalPolicy(local.value.data.toString());
        source = tr("the computer's setting (LocalMachine)");
    }
    if (policy.isEmpty()) {
        byGroupPolicy = false;
        defaultOnly = true;
        policy = defaultPolicy(os);
        source = tr("Windows' default, as no scope sets one");
    }
    const QString setPolicy = byGroupPolicy ? tr("The policy comes from Group Policy: ask the customer's administrator "
                                                 "to set \"Turn on Script Execution\" to \"Allow local scripts and "
                                                 "remote signed scripts\" for this server.")
                                            : tr("As administrator run: Set-ExecutionPolicy RemoteSigned -Scope "
                                                 "LocalMachine");
    if (policy == QLatin1String("Restricted")) {
        // Documented for clients (Restricted) and explicit settings; the default of servers
        // before 2012 R2 is known from a third-party table only.
        const bool unconfirmed = defaultOnly && os.productType != OsInfo::ProductType::Workstation;
        problems.append({unconfirmed ? Verdict::Warning : Verdict::Fail,
                         tr("PowerShell's execution policy on this server is Restricted (%1), so the agent's module "
                            "cannot load and its scheduled backups fail.")
                                 .arg(source),
                         setPolicy + u' ' + restart,
                         {}});
    } else if (policy == QLatin1String("AllSigned")) {
        problems.append({Verdict::Warning,
                         tr("PowerShell's execution policy is AllSigned (%1); Microsoft's troubleshooting guide asks "
                            "for RemoteSigned or Unrestricted for the agent's backup tasks.")
                                 .arg(source),
                         setPolicy + u' ' + restart,
                         {}});
    } else if (policy != QLatin1String("RemoteSigned") && policy != QLatin1String("Unrestricted")
               && policy != QLatin1String("Bypass")) {
        problems.append({Verdict::Warning,
                         tr("PowerShell's execution policy is \"%1\" (%2), which is not a policy PowerShell knows.")
                                 .arg(policy, source),
                         setPolicy + u' ' + restart,
                         {}});
    }

    f = worstOf(problems,
                tr("PowerShell finds the agent's module (PSModulePath) and may load it: the execution policy is %1 "
                   "(%2).")
                        .arg(policy, source),
                tr("The PowerShell settings the agent needs could not be read completely."));
    f.addEvidence(QStringLiteral("psmodulepath"), tr("PSModulePath (machine)"),
                  path.ok() ? path.value.data.toString() : tr("not set"))
            .addEvidence(QStringLiteral("module_path_listed"), tr("Agent module folder listed"),
                         pathFound ? tr("yes") : tr("no"))
            .addEvidence(QStringLiteral("execution_policy"), tr("Execution policy"), policy)
            .addEvidence(QStringLiteral("execution_policy_source"), tr("Set by"), source);
    if (f.verdict != Verdict::Error)
        f.detail = tr("The module path passes with %1 or %2: Microsoft's troubleshooting guide names the module "
                      "folder, its PowerShell automation page the folder above it, and which one the agent needs is "
                      "not documented. Per-user execution policies are not read: the agent's tasks run as SYSTEM.")
                           .arg(modules, module);
    return f;
}

} // namespace mars
