// SPDX-License-Identifier: MIT
#include "EnableTls12Fix.h"

#include "DotNetStrongCryptoCheck.h"
#include "SchannelTls12Check.h"
#include "TlsRegistry.h"
#include "catalog/common/FixRights.h"
#include "catalog/common/RestartNeeded.h"
#include "logging/Logging.h"
#include "system/SystemProbe.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>

namespace mars {

namespace {
using tls::DwordRead;
using tls::Setting;

QList<Setting> settingsOf(EnableTls12Fix::Part part)
{
    return part == EnableTls12Fix::Part::Schannel ? tls::schannelSettings() : tls::dotNetSettings();
}

QString viewId(RegistryView view)
{
    return view == RegistryView::Wow32 ? QStringLiteral("32") : QStringLiteral("64");
}

// A key the fix creates, named as a sentence names it.
struct KeyRef
{
    QString key;
    RegistryView view = RegistryView::Native64;

    QString where() const { return Setting{key, QString(), view, 0}.keyWhere(); }
    bool operator==(const KeyRef& other) const
    {
        return key.compare(other.key, Qt::CaseInsensitive) == 0 && view == other.view;
    }
    QJsonObject toJson() const { return {{QStringLiteral("key"), key}, {QStringLiteral("view"), viewId(view)}}; }
};

// One value the fix sets: which, and what it held before.
struct Item
{
    Setting setting;
    DwordRead before;
};

// The parent of a registry key ("A\B\C" -> "A\B"), "" at the top.
QString parentKey(const QString& key)
{
    const qsizetype cut = key.lastIndexOf(QLatin1Char('\\'));
    return cut < 0 ? QString() : key.left(cut);
}

// Whether the key exists (registrySubkeys answers NotFound for a missing key only).
Probed<bool> keyExists(const CheckContext& context, const QString& key, RegistryView view)
{
    const Probed<QStringList> listed =
            context.system().registry().registrySubkeys(RegistryHive::LocalMachine, key, view);
    if (listed.ok())
        return Probed<bool>::good(true);
    if (listed.status == ProbeStatus::NotFound)
        return Probed<bool>::good(false);
    return Probed<bool>::bad(listed.status, listed.reason, listed.osError);
}

// What the fix reads, at the preview and again at apply: the values to set and the keys to create.
struct Survey
{
    QList<Item> items;
    QList<KeyRef> createKeys; // deepest first, each key once
    QString problem; // set when the fix cannot go on: why, in words
    QString update; // the KB to install first (SCHANNEL on Windows 6.0 - 6.2)

    // What apply compares with the plan: every value's before-state and every key to create.
    QJsonObject fingerprint() const
    {
        QJsonArray values, keys;
        for (const Item& item : items)
            values.append(QJsonObject{{QStringLiteral("key"), item.setting.key},
                                      {QStringLiteral("name"), item.setting.name},
                                      {QStringLiteral("view"), viewId(item.setting.view)},
                                      {QStringLiteral("before"), item.before.toJson()}});
        for (const KeyRef& key : createKeys)
            keys.append(key.toJson());
        return {{QStringLiteral("items"), values}, {QStringLiteral("createKeys"), keys}};
    }
};

Survey survey(const CheckContext& context, EnableTls12Fix::Part part)
{
    Survey s;
    bool defaultsOn = false;
    if (part == EnableTls12Fix::Part::Schannel) {
        const Probed<OsInfo> os = context.system().machine().osInfo();
        if (!os.ok()) {
            s.problem = EnableTls12Fix::tr("The Windows version could not be read: %1").arg(os.reason);
            return s;
        }
        if (!os.value.isWindows) {
            s.problem = EnableTls12Fix::tr("This computer does not run Windows.");
            return s;
        }
        if (os.value.major < 6) {
            s.problem = EnableTls12Fix::tr("%1 cannot use TLS 1.2; no registry setting changes that.")
                                .arg(tls::windowsName(os.value));
            return s;
        }
        defaultsOn = tls::schannelDefaultsOn(os.value);
        s.update = tls::tls12Update(os.value);
    }
    for (const Setting& setting : settingsOf(part)) {
        const DwordRead read = tls::readDword(context, setting);
        if (read.state == DwordRead::State::Unreadable) {
            s.problem = EnableTls12Fix::tr("%1 could not be read: %2").arg(setting.where(), read.reason);
            return s;
        }
        const bool ok = part == EnableTls12Fix::Part::Schannel ? tls::schannelValueOk(setting, read, defaultsOn)
                                                               : tls::dotNetValueOk(read);
        if (ok)
            continue;
        // Only what can be put back exactly is changed: a number, a string, or nothing.
        if (read.state == DwordRead::State::OtherType && read.raw.type != RegistryValue::Type::String) {
            s.problem = EnableTls12Fix::tr("%1 holds %2, which this fix could not put back exactly if it were undone. "
                                           "Change it by hand with Registry Editor (as administrator) to a REG_DWORD "
                                           "of %3.")
                                .arg(setting.where(), read.text())
                                .arg(setting.wanted);
            return s;
        }
        s.items.append({setting, read});
        if (read.state != DwordRead::State::Missing)
            continue;
        // The value is missing: its key, and keys above it, may be missing too.
        for (QString key = setting.key; !key.isEmpty(); key = parentKey(key)) {
            const KeyRef ref{key, setting.view};
            if (s.createKeys.contains(ref))
                break;
            const Probed<bool> exists = keyExists(context, key, setting.view);
            if (!exists.ok()) {
                s.problem = EnableTls12Fix::tr("Whether the registry key %1 exists could not be read: %2")
                                    .arg(ref.where(), exists.reason);
                return s;
            }
            if (exists.value)
                break;
            s.createKeys.append(ref);
        }
    }
    // Deepest first, so an undo deletes a key before the (then empty) key above it.
    std::stable_sort(s.createKeys.begin(), s.createKeys.end(), [](const KeyRef& a, const KeyRef& b) {
        return a.key.count(QLatin1Char('\\')) > b.key.count(QLatin1Char('\\'));
    });
    return s;
}

// The setting of this part named by a journal entry, or nullptr: the journal is a file on disk,
// so an undo only ever touches the values (and their keys) this fix writes.
std::optional<Setting> knownSetting(EnableTls12Fix::Part part, const QJsonObject& o)
{
    const QString key = o.value(QLatin1String("key")).toString();
    const QString name = o.value(QLatin1String("name")).toString();
    const QString view = o.value(QLatin1String("view")).toString();
    for (const Setting& setting : settingsOf(part)) {
        if (setting.key == key && setting.name == name && viewId(setting.view) == view)
            return setting;
    }
    return std::nullopt;
}

std::optional<KeyRef> knownKey(EnableTls12Fix::Part part, const QJsonObject& o)
{
    const QString key = o.value(QLatin1String("key")).toString();
    const QString view = o.value(QLatin1String("view")).toString();
    for (const Setting& setting : settingsOf(part)) {
        const bool ancestor = setting.key == key || setting.key.startsWith(key + QLatin1Char('\\'));
        if (!key.isEmpty() && ancestor && viewId(setting.view) == view)
            return KeyRef{key, setting.view};
    }
    return std::nullopt;
}

// An undo's view of the journal: the values written (with their old state) and the keys created.
struct UndoData
{
    struct Value
    {
        Setting setting;
        QJsonObject old; // DwordRead::toJson() of the value before the fix
        quint32 written = 0;
    };
    QList<Value> values;
    QList<KeyRef> createdKeys;
    bool valid = false;
};

UndoData parseUndo(EnableTls12Fix::Part part, const QJsonObject& undo)
{
    UndoData data;
    for (const QJsonValue& v : undo.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<Setting> setting = knownSetting(part, o);
        const QJsonObject old = o.value(QLatin1String("old")).toObject();
        const QString state = old.value(QLatin1String("state")).toString();
        const bool oldOk = state == QLatin1String("missing") || state == QLatin1String("dword")
                           || state == QLatin1String("string");
        if (!setting || !oldOk || !o.value(QLatin1String("written")).isDouble())
            return {};
        data.values.append({*setting, old, quint32(o.value(QLatin1String("written")).toInteger())});
    }
    for (const QJsonValue& v : undo.value(QLatin1String("createdKeys")).toArray()) {
        const std::optional<KeyRef> key = knownKey(part, v.toObject());
        if (!key)
            return {};
        data.createdKeys.append(*key);
    }
    data.valid = !data.values.isEmpty();
    return data;
}

// How a sentence names a value's old state: "0", "not set", "\"yes\" (REG_SZ)".
QString oldText(const QJsonObject& old)
{
    const QString state = old.value(QLatin1String("state")).toString();
    if (state == QLatin1String("dword"))
        return QString::number(old.value(QLatin1String("data")).toInteger());
    if (state == QLatin1String("string"))
        return EnableTls12Fix::tr("\"%1\" (REG_SZ)").arg(old.value(QLatin1String("data")).toString());
    return EnableTls12Fix::tr("not set (the value is deleted)");
}

// Puts one value back as it was before the fix; answers why not in words.
QString restore(const CheckContext& context, const UndoData::Value& value)
{
    const RegistryProbe& registry = context.system().registry();
    const Setting& setting = value.setting;
    const QString state = value.old.value(QLatin1String("state")).toString();
    if (state == QLatin1String("missing")) {
        const Probed<bool> deleted =
                registry.deleteRegistryValue(RegistryHive::LocalMachine, setting.key, setting.name, setting.view);
        return deleted.ok() || deleted.status == ProbeStatus::NotFound ? QString() : deleted.reason;
    }
    if (state == QLatin1String("dword")) {
        const quint32 old = quint32(value.old.value(QLatin1String("data")).toInteger());
        const Probed<RegistryWrite> written = registry.writeRegistryDword(
                RegistryHive::LocalMachine, setting.key, setting.name, old, setting.view, KeyCreation::ExistingKeyOnly);
        if (!written.ok())
            return written.reason;
        return written.value.value.type == RegistryValue::Type::Dword && written.value.value.data.toUInt() == old
                       ? QString()
                       : EnableTls12Fix::tr("%1 reads back differently after the write.").arg(setting.where());
    }
    const QString old = value.old.value(QLatin1String("data")).toString();
    const Probed<RegistryValue> written =
            registry.writeRegistryString(RegistryHive::LocalMachine, setting.key, setting.name, old, setting.view);
    if (!written.ok())
        return written.reason;
    return written.value.data.toString() == old
                   ? QString()
                   : EnableTls12Fix::tr("%1 reads back differently after the write.").arg(setting.where());
}

QString restartSentence()
{
    return EnableTls12Fix::tr("Restart the server for the change to take effect: Windows and the agent read these "
                              "settings when they start.");
}
} // namespace

QString EnableTls12Fix::title(Part part)
{
    return part == Part::Schannel ? tr("Turn on TLS 1.2 in Windows (SCHANNEL)") : tr("Turn on TLS 1.2 for .NET");
}

EnableTls12Fix::EnableTls12Fix(Part part)
    : m_part(part)
{
}

FixInfo EnableTls12Fix::info() const
{
    return {.id = id(m_part),
            .checkId = m_part == Part::Schannel ? SchannelTls12Check::id() : DotNetStrongCryptoCheck::id(),
            .title = title(m_part)};
}

FixPlan EnableTls12Fix::preview(const CheckContext& context) const
{
    FixPlan plan;
    plan.ifInterrupted = tr("Some of the TLS 1.2 registry values may be set and others not: run the check again and "
                            "apply the fix again if it still fails.");
    plan.fixId = info().id;
    plan.checkId = info().checkId;
    const Survey s = survey(context, m_part);
    if (!s.problem.isEmpty()) {
        plan.summary = tr("The TLS 1.2 settings cannot be changed by this fix.");
        plan.cannotApplyReason = s.problem;
        return plan;
    }
    if (s.items.isEmpty()) {
        plan.summary = tr("The TLS 1.2 settings are already as Microsoft asks.");
        plan.cannotApplyReason = tr("There is nothing to change.");
        return plan;
    }
    for (const KeyRef& key : s.createKeys)
        plan.changes.append({key.where(), tr("does not exist"), tr("created")});
    for (const Item& item : s.items)
        plan.changes.append({item.setting.where(), item.before.text(), tr("%1 (REG_DWORD)").arg(item.setting.wanted)});
    plan.changes.append(
            {tr("Restart of the server"), tr("not needed yet"), tr("needed for the change to take effect")});
    plan.itemCount = s.items.size();
    plan.summary = m_part == Part::Schannel
                           ? tr("Set %n SCHANNEL value(s) so that Windows offers TLS 1.2 for the connections this "
                                "server makes.",
                                nullptr, int(s.items.size()))
                           : tr("Set %n .NET value(s) so that .NET programs such as the agent use TLS 1.2.", nullptr,
                                int(s.items.size()));
    if (!s.createKeys.isEmpty())
        plan.summary += QLatin1Char(' ')
                        + tr("%n missing registry key(s) are created for them.", nullptr, int(s.createKeys.size()));
    plan.summary += QLatin1Char(' ') + tr("This needs administrator rights.") + QLatin1Char(' ') + restartSentence();
    if (!s.update.isEmpty())
        plan.summary += QLatin1Char(' ')
                        + tr("On this Windows version the values work only once update %1 is installed: install it "
                             "first if it is not.")
                                  .arg(s.update);
    plan.parameters = s.fingerprint().toVariantMap();
    restart::markNeeded(plan);
    plan.reversible = true;
    plan.undoDescription =
            tr("Undo puts back each value the fix changed (deleting the ones it created) and deletes the "
               "keys it created when they are empty again; a value someone changed since is left as it "
               "is. The undo also needs a restart to take effect.");
    FixRights::settle(plan, context, tr("Changing the TLS settings in HKLM"));
    return plan;
}

FixOutcome EnableTls12Fix::apply(const CheckContext& context, const FixPlan& plan) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    // Apply only what was shown: the machine must still be as the preview read it.
    const Survey s = survey(context, m_part);
    if (!s.problem.isEmpty()) {
        outcome.summary = tr("%1 Nothing was changed.").arg(s.problem);
        return outcome;
    }
    if (QJsonObject::fromVariantMap(plan.parameters) != s.fingerprint()) {
        outcome.summary = tr("The TLS settings changed since the preview; nothing was changed. Preview the fix again.");
        return outcome;
    }
    if (s.items.isEmpty()) {
        outcome.result = FixResult::NothingToDo;
        outcome.summary = tr("The TLS 1.2 settings are already as Microsoft asks; nothing was changed.");
        return outcome;
    }
    for (const KeyRef& key : s.createKeys)
        outcome.before.insert(key.where(), QStringLiteral("key_absent"));
    for (const Item& item : s.items)
        outcome.before.insert(item.setting.where(), item.before.toJson());

    QJsonArray written;
    QStringList problems;
    for (const Item& item : s.items) {
        const Setting& setting = item.setting;
        const Probed<RegistryWrite> write = context.system().registry().writeRegistryDword(
                RegistryHive::LocalMachine, setting.key, setting.name, setting.wanted, setting.view,
                KeyCreation::CreateMissingKeys);
        if (!write.ok()) {
            problems.append(tr("Writing %1 failed: %2").arg(setting.where(), write.reason));
            break; // the rest is not attempted: what was written can still be undone
        }
        written.append(QJsonObject{{QStringLiteral("key"), setting.key},
                                   {QStringLiteral("name"), setting.name},
                                   {QStringLiteral("view"), viewId(setting.view)},
                                   {QStringLiteral("old"), item.before.toJson()},
                                   {QStringLiteral("written"), qint64(setting.wanted)}});
        const RegistryValue& back = write.value.value;
        if (back.type != RegistryValue::Type::Dword || back.data.toUInt() != setting.wanted)
            problems.append(tr("%1 reads back as %2 instead of %3.")
                                    .arg(setting.where(), back.data.toString())
                                    .arg(setting.wanted));
    }
    // The keys that exist now were created by this fix (they were missing at the preview and
    // just before the writes).
    QJsonArray created;
    for (const KeyRef& key : s.createKeys) {
        const Probed<bool> exists = keyExists(context, key.key, key.view);
        if (exists.ok() && exists.value)
            created.append(key.toJson());
    }
    for (const Item& item : s.items)
        outcome.after.insert(item.setting.where(), tls::readDword(context, item.setting).text());
    if (!written.isEmpty()) {
        outcome.undo.insert(QStringLiteral("items"), written);
        outcome.undo.insert(QStringLiteral("createdKeys"), created);
    }
    if (problems.isEmpty()) {
        outcome.result = FixResult::Applied;
        outcome.summary = tr("Set %n registry value(s) for TLS 1.2.", nullptr, int(written.size())) + QLatin1Char(' ')
                          + restartSentence();
    } else {
        outcome.result = written.isEmpty() ? FixResult::Failed : FixResult::PartlyApplied;
        outcome.summary = problems.join(QLatin1Char(' '));
        if (!written.isEmpty())
            outcome.summary += QLatin1Char(' ') + tr("The values already written can be undone.");
    }
    Logging::logger(QStringLiteral("audit"))
            ->info("{}: {} value(s) written, {} key(s) created: {}", info().id.toStdString(), written.size(),
                   created.size(), fixResultId(outcome.result).toStdString());
    return outcome;
}

FixPlan EnableTls12Fix::previewUndo(const CheckContext& context, const JournalEntry& entry) const
{
    FixPlan plan = Fix::previewUndo(context, entry); // ids, the entry, "already undone" and the like
    plan.ifInterrupted = tr("Some of the TLS 1.2 registry values may be back as they were and others not: run the "
                            "check again and compare with the journal's before-state.");
    if (!plan.canApply)
        return plan;
    restart::markNeeded(plan);
    plan.canApply = false;
    plan.changes.clear();
    const UndoData data = parseUndo(m_part, entry.undo);
    if (!data.valid) {
        plan.summary = tr("The journal entry does not say which TLS settings to put back.");
        plan.cannotApplyReason = plan.summary;
        return plan;
    }
    int restorable = 0;
    for (const UndoData::Value& value : data.values) {
        const DwordRead now = tls::readDword(context, value.setting);
        if (now.is(value.written)) {
            ++restorable;
            plan.changes.append({value.setting.where(), now.text(), oldText(value.old)});
        } else {
            plan.changes.append({value.setting.where(), now.text(),
                                 tr("left as it is: changed since the fix (it wrote %1)").arg(value.written)});
        }
    }
    for (const KeyRef& key : data.createdKeys)
        plan.changes.append({key.where(), tr("created by the fix"), tr("deleted if it is empty again")});
    plan.changes.append(
            {tr("Restart of the server"), tr("not needed yet"), tr("needed for the change to take effect")});
    plan.itemCount = restorable;
    plan.reversible = true;
    plan.undoDescription = tr("Running the fix again sets the values again.");
    if (restorable == 0) {
        plan.summary = tr("Every value this fix wrote was changed again since; the undo would change nothing.");
        plan.cannotApplyReason = plan.summary;
        return plan;
    }
    plan.summary = tr("Put %n TLS setting(s) back as they were before the fix.", nullptr, restorable) + QLatin1Char(' ')
                   + restartSentence();
    if (restorable < data.values.size())
        plan.summary += QLatin1Char(' ') + tr("Values changed by someone else since the fix are left as they are.");
    FixRights::settle(plan, context, tr("Changing the TLS settings in HKLM"));
    return plan;
}

FixOutcome EnableTls12Fix::undo(const CheckContext& context, const QJsonObject& undoData) const
{
    FixOutcome outcome;
    outcome.fixId = info().id;
    const UndoData data = parseUndo(m_part, undoData);
    if (!data.valid) {
        outcome.summary = tr("The journal entry does not say which TLS settings to put back; nothing was changed.");
        return outcome;
    }
    // The machine as it is now: a value no longer holding what the fix wrote was changed by
    // someone else and is left alone.
    QStringList left, failed;
    QList<bool> ours;
    for (const UndoData::Value& value : data.values) {
        const DwordRead now = tls::readDword(context, value.setting);
        outcome.before.insert(value.setting.where(), now.toJson());
        ours.append(now.is(value.written));
        if (!ours.last())
            left.append(tr("%1 was changed since the fix (it is now %2) and is left as it is.")
                                .arg(value.setting.where(), now.text()));
    }
    if (!ours.contains(true)) {
        outcome.result = FixResult::NotAllowed;
        outcome.summary = left.join(QLatin1Char(' ')) + QLatin1Char(' ') + tr("Nothing was put back.");
        return outcome;
    }
    int restored = 0;
    // Last written first, then the keys, deepest first: the reverse of the fix.
    for (qsizetype i = data.values.size() - 1; i >= 0; --i) {
        if (!ours.at(i))
            continue;
        const UndoData::Value* it = &data.values.at(i);
        const QString problem = restore(context, *it);
        if (problem.isEmpty())
            ++restored;
        else
            failed.append(tr("%1 could not be put back: %2").arg(it->setting.where(), problem));
    }
    for (const KeyRef& key : data.createdKeys) {
        const Probed<bool> deleted =
                context.system().registry().deleteRegistryKeyIfEmpty(RegistryHive::LocalMachine, key.key, key.view);
        if (deleted.ok() && !deleted.value)
            left.append(tr("The key %1 holds values or keys added since the fix and is left.").arg(key.where()));
        else if (!deleted.ok() && deleted.status != ProbeStatus::NotFound)
            failed.append(tr("The key %1 could not be deleted: %2").arg(key.where(), deleted.reason));
    }
    for (const UndoData::Value& value : data.values)
        outcome.after.insert(value.setting.where(), tls::readDword(context, value.setting).toJson());

    if (restored == 0) {
        outcome.result = FixResult::Failed;
        outcome.summary = (failed + left).join(QLatin1Char(' '));
    } else {
        outcome.result = left.isEmpty() && failed.isEmpty() ? FixResult::Applied : FixResult::PartlyApplied;
        outcome.summary = tr("Put %n TLS setting(s) back as they were before the fix.", nullptr, restored);
        if (!failed.isEmpty() || !left.isEmpty())
            outcome.summary += QLatin1Char(' ') + (failed + left).join(QLatin1Char(' '));
        outcome.summary += QLatin1Char(' ') + restartSentence();
    }
    Logging::logger(QStringLiteral("audit"))
            ->info("undo {}: {} value(s) put back, {} left, {} failed: {}", info().id.toStdString(), restored,
                   left.size(), failed.size(), fixResultId(outcome.result).toStdString());
    return outcome;
}

} // namespace mars
