// SPDX-License-Identifier: MIT
// enable_tls12_schannel (D1) and enable_tls12_dotnet (D2): the preview lists every key it creates
// and every value it sets (current -> new), the update to install first, the restart and the
// rights; apply through the FixRunner changes the simulated machine, journals the before-state
// and the owning check turns green; undo through the runner puts old data back, deletes the
// values and keys the fix created, and the check complains again; a value changed by someone
// else since the fix is named and left; refusals: not elevated, nothing to change, a value it
// could not put back, the machine changed since the preview, a journal naming another key.
#include "InstallCheckTestSupport.h"
#include "ScratchFixTestSupport.h"
#include "catalog/tls/DotNetStrongCryptoCheck.h"
#include "catalog/tls/EnableTls12Fix.h"
#include "catalog/tls/SchannelTls12Check.h"

#include <QJsonArray>
#include <QTest>

using namespace mars;
using Part = EnableTls12Fix::Part;
using mars::test::scratch::Flow;

namespace {
const QString kProtocols = QStringLiteral("SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols");
const QString kClient = kProtocols + QStringLiteral("\\TLS 1.2\\Client");
const QString kNet = QStringLiteral("SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319");

// Server 2008 R2 whose SCHANNEL has the SSL 2.0 key (as every Windows has) but no TLS 1.2 key,
// the 64-bit .NET key with SchUseStrongCrypto = 0, and the 32-bit SOFTWARE\Microsoft without a
// .NETFramework key. `extra`: more registry entries, `account`: another account.
std::shared_ptr<SystemProbe> machine(const QByteArray& extra = {}, const char* account = nullptr,
                                     const char* os = nullptr)
{
    QByteArray json =
            R"({"os": )"
            + QByteArray(os ? os : R"({"productName": "Windows Server 2008 R2 Standard", "major": 6, "minor": 1,
                                           "build": 7601, "productType": "server"})")
            + R"(, "registry": [
        {"hive": "HKLM", "key": "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 2.0\\Client",
         "name": "Enabled", "type": "REG_DWORD", "data": 0},
        {"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319", "name": "SchUseStrongCrypto",
         "type": "REG_DWORD", "data": 0},
        {"hive": "HKLM", "view": "32", "key": "SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full",
         "name": "Release", "type": "REG_DWORD", "data": 528040})"
            + (extra.isEmpty() ? QByteArray() : ", " + extra) + "]";
    if (account)
        json += QByteArray(R"(, "account": )") + account;
    return mars::test::scenario(json + "}");
}

const char* const kServer2019 =
        R"({"productName": "Windows Server 2019 Standard", "major": 10, "minor": 0, "build": 17763, "productType": "server"})";

CheckContext contextOf(const std::shared_ptr<SystemProbe>& system)
{
    return mars::test::scratch::contextOf(system);
}

Probed<RegistryValue> read(const SystemProbe& system, const QString& key, const char* name,
                           RegistryView view = RegistryView::Native64)
{
    return system.registry().readRegistry(RegistryHive::LocalMachine, key, QString::fromLatin1(name), view);
}

QStringList subkeys(const SystemProbe& system, const QString& key, RegistryView view = RegistryView::Native64)
{
    const Probed<QStringList> listed = system.registry().registrySubkeys(RegistryHive::LocalMachine, key, view);
    return listed.ok() ? listed.value : QStringList{QStringLiteral("(missing)")};
}

QStringList targets(const FixPlan& plan)
{
    QStringList list;
    for (const PlannedChange& change : plan.changes)
        list.append(QStringLiteral("%1: %2 -> %3").arg(change.target, change.before, change.after));
    return list;
}
} // namespace

class TestEnableTls12Fix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewSchannel_data();
    void previewSchannel();
    void previewDotNet();
    void schannelThroughTheRunnerAndUndo();
    void dotNetThroughTheRunnerAndUndo();
    void undoLeavesWhatWasChangedSince();
    void undoRefusesWhenEverythingChangedSince();
    void undoPutsBackAString();
    void refusals();
    void applyRefusesWhenTheMachineChanged();
    void undoRefusesAForeignJournal();
    void twoInstancesTwoOwners();
};

void TestEnableTls12Fix::previewSchannel_data()
{
    QTest::addColumn<QByteArray>("os");
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("update");
    const QString enabled = QStringLiteral("HKLM\\") + kClient + QStringLiteral("\\Enabled");
    const QString byDefault = QStringLiteral("HKLM\\") + kClient + QStringLiteral("\\DisabledByDefault");
    const QString restart = QStringLiteral("Restart of the server: not needed yet -> needed for the change to take "
                                           "effect");
    const QByteArray r2 = R"({"productName": "Windows Server 2008 R2 Standard", "major": 6, "minor": 1, "build": 7601,
                             "productType": "server"})";
    QTest::newRow("2008 R2, no TLS 1.2 key: both keys and both values")
            << r2 << QByteArray()
            << QStringList{QStringLiteral("HKLM\\%1: does not exist -> created").arg(kClient),
                           QStringLiteral("HKLM\\%1\\TLS 1.2: does not exist -> created").arg(kProtocols),
                           enabled + QStringLiteral(": not set -> 1 (REG_DWORD)"),
                           byDefault + QStringLiteral(": not set -> 0 (REG_DWORD)"), restart}
            << "KB3140245";
    QTest::newRow("2019, Enabled 0: only that value, DisabledByDefault stays absent (the default)")
            << QByteArray(kServer2019)
            << QByteArray(
                       R"({"hive": "HKLM", "key": "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client",
                   "name": "Enabled", "type": "REG_DWORD", "data": 0})")
            << QStringList{enabled + QStringLiteral(": 0 -> 1 (REG_DWORD)"), restart} << QString();
    QTest::newRow("2019, DisabledByDefault as text")
            << QByteArray(kServer2019)
            << QByteArray(
                       R"({"hive": "HKLM", "key": "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client",
                   "name": "DisabledByDefault", "type": "REG_SZ", "data": "0"})")
            << QStringList{byDefault + QStringLiteral(": \"0\" (REG_SZ, not a number) -> 0 (REG_DWORD)"), restart}
            << QString();
}

void TestEnableTls12Fix::previewSchannel()
{
    QFETCH(QByteArray, os);
    QFETCH(QByteArray, values);
    QFETCH(QStringList, changes);
    QFETCH(QString, update);
    const auto system = machine(values, nullptr, os.constData());
    const FixPlan plan = EnableTls12Fix(Part::Schannel).preview(contextOf(system));
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.fixId, QStringLiteral("enable_tls12_schannel"));
    QCOMPARE(plan.checkId, SchannelTls12Check::id());
    QCOMPARE(plan.elevation, Elevation::Held);
    QCOMPARE(targets(plan), changes);
    QVERIFY(plan.summary.contains(QStringLiteral("Restart the server")));
    QVERIFY(plan.summary.contains(QStringLiteral("administrator rights")));
    QCOMPARE(plan.summary.contains(QStringLiteral("KB")), !update.isEmpty());
    if (!update.isEmpty())
        QVERIFY(plan.summary.contains(update));
    QVERIFY(plan.reversible);
    QVERIFY(plan.undoDescription.contains(QStringLiteral("deleting the ones it created")));
    // A preview changes nothing.
    QCOMPARE(subkeys(*system, kProtocols).contains(QStringLiteral("TLS 1.2")), !values.isEmpty());
}

void TestEnableTls12Fix::previewDotNet()
{
    const auto system = machine();
    const FixPlan plan = EnableTls12Fix(Part::DotNet).preview(contextOf(system));
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.checkId, DotNetStrongCryptoCheck::id());
    const QString net = QStringLiteral("HKLM\\") + kNet;
    QCOMPARE(targets(plan),
             (QStringList{net + QStringLiteral(" (32-bit view): does not exist -> created"),
                          QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\.NETFramework (32-bit view): does not exist -> "
                                         "created"),
                          net + QStringLiteral("\\SystemDefaultTlsVersions: not set -> 1 (REG_DWORD)"),
                          net + QStringLiteral("\\SchUseStrongCrypto: 0 -> 1 (REG_DWORD)"),
                          net + QStringLiteral("\\SystemDefaultTlsVersions (32-bit view): not set -> 1 (REG_DWORD)"),
                          net + QStringLiteral("\\SchUseStrongCrypto (32-bit view): not set -> 1 (REG_DWORD)"),
                          QStringLiteral("Restart of the server: not needed yet -> needed for the change to take "
                                         "effect")}));
    QCOMPARE(plan.itemCount, 4);
    QVERIFY(plan.summary.contains(QStringLiteral(".NET programs")));
    QVERIFY(!plan.summary.contains(QStringLiteral("KB"))); // the update is SCHANNEL's business
}

void TestEnableTls12Fix::schannelThroughTheRunnerAndUndo()
{
    const auto system = machine();
    Flow flow(system);
    const auto check = std::make_shared<SchannelTls12Check>();
    const auto fix = std::make_shared<EnableTls12Fix>(Part::Schannel);
    const Finding broken = flow.runCheck(check);
    QCOMPARE(broken.verdict, Verdict::Fail);
    QCOMPARE(broken.fixIds, QStringList{fix->info().id});

    const FixPlan plan = flow.preview(fix);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    const FixOutcome outcome = flow.apply(fix, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    QVERIFY(outcome.summary.contains(QStringLiteral("Restart the server")));
    QCOMPARE(read(*system, kClient, "Enabled").value.data, QVariant(quint32(1)));
    QCOMPARE(read(*system, kClient, "DisabledByDefault").value.data, QVariant(quint32(0)));
    QCOMPARE(read(*system, kClient, "Enabled").value.type, RegistryValue::Type::Dword);
    QTRY_COMPARE(flow.checks.finding(SchannelTls12Check::id()).verdict, Verdict::Pass);

    // The journal: the before-state (keys absent, values not set), the undo object.
    const QList<JournalEntry> entries = flow.journal->entries();
    QCOMPARE(entries.size(), 2);
    const JournalEntry& done = entries.last();
    QCOMPARE(done.result, QStringLiteral("applied"));
    QCOMPARE(done.checkId, SchannelTls12Check::id());
    QCOMPARE(done.before.value(QStringLiteral("HKLM\\") + kClient).toString(), QStringLiteral("key_absent"));
    QCOMPARE(done.before.value(QStringLiteral("HKLM\\") + kProtocols + QStringLiteral("\\TLS 1.2")).toString(),
             QStringLiteral("key_absent"));
    QCOMPARE(done.before.value(QStringLiteral("HKLM\\") + kClient + QStringLiteral("\\Enabled"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
             QStringLiteral("missing"));
    QCOMPARE(done.after.value(QStringLiteral("HKLM\\") + kClient + QStringLiteral("\\Enabled")).toString(),
             QStringLiteral("1"));
    QCOMPARE(done.undo.value(QLatin1String("items")).toArray().size(), 2);
    QCOMPARE(done.undo.value(QLatin1String("createdKeys")).toArray().size(), 2);
    flow.journal->loadIndex();
    QCOMPARE(flow.journal->undoable(SchannelTls12Check::id(), true).size(), 1);

    // Undo through the runner: previewed from the journal entry, journalled as its undo.
    QSignalSpy previewed(&flow.fixes, &FixRunner::previewReady);
    flow.fixes.previewUndo(fix, done, flow.environment);
    QVERIFY(previewed.wait(10000));
    const FixPlan undoPlan = previewed.at(0).at(0).value<FixPlan>();
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.cannotApplyReason));
    QCOMPARE(undoPlan.changes.at(0).before, QStringLiteral("1"));
    QCOMPARE(undoPlan.changes.at(0).after, QStringLiteral("not set (the value is deleted)"));
    QCOMPARE(undoPlan.changes.at(2).after, QStringLiteral("deleted if it is empty again"));
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.undo(fix, done, undoPlan, flow.environment);
    QVERIFY(applied.wait(10000));
    const FixOutcome undone = applied.at(0).at(0).value<FixOutcome>();
    QCOMPARE(undone.result, FixResult::Applied);
    QVERIFY(undone.summary.contains(QStringLiteral("Restart the server")));
    // Values and both keys gone: the machine is as it was.
    QCOMPARE(read(*system, kClient, "Enabled").status, ProbeStatus::NotFound);
    QCOMPARE(subkeys(*system, kProtocols), QStringList{QStringLiteral("SSL 2.0")});
    QTRY_COMPARE(flow.checks.finding(SchannelTls12Check::id()).verdict, Verdict::Fail);
    QVERIFY(!flow.journal->entries().at(1).undoneBy.isEmpty());
    QVERIFY(flow.journal->undoable(SchannelTls12Check::id(), true).isEmpty());
}

void TestEnableTls12Fix::dotNetThroughTheRunnerAndUndo()
{
    const auto system = machine();
    Flow flow(system);
    const auto check = std::make_shared<DotNetStrongCryptoCheck>();
    const auto fix = std::make_shared<EnableTls12Fix>(Part::DotNet);
    QCOMPARE(flow.runCheck(check).verdict, Verdict::Fail); // SchUseStrongCrypto = 0
    const FixOutcome outcome = flow.apply(fix, flow.preview(fix));
    QCOMPARE(outcome.result, FixResult::Applied);
    for (const RegistryView view : {RegistryView::Native64, RegistryView::Wow32}) {
        QCOMPARE(read(*system, kNet, "SchUseStrongCrypto", view).value.data, QVariant(quint32(1)));
        QCOMPARE(read(*system, kNet, "SystemDefaultTlsVersions", view).value.data, QVariant(quint32(1)));
    }
    QTRY_COMPARE(flow.checks.finding(DotNetStrongCryptoCheck::id()).verdict, Verdict::Pass);

    const JournalEntry done = flow.journal->entries().last();
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.undo(fix, done, fix->previewUndo(contextOf(system), done), flow.environment);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.at(0).at(0).value<FixOutcome>().result, FixResult::Applied);
    // The old 0 is back, the values the fix created are gone, so are the 32-bit keys it created.
    QCOMPARE(read(*system, kNet, "SchUseStrongCrypto").value.data, QVariant(quint32(0)));
    QCOMPARE(read(*system, kNet, "SystemDefaultTlsVersions").status, ProbeStatus::NotFound);
    QCOMPARE(subkeys(*system, kNet), QStringList()); // the 64-bit key existed: kept
    QCOMPARE(subkeys(*system, QStringLiteral("SOFTWARE\\Microsoft"), RegistryView::Wow32),
             QStringList{QStringLiteral("NET Framework Setup")});
    QTRY_COMPARE(flow.checks.finding(DotNetStrongCryptoCheck::id()).verdict, Verdict::Fail);
}

void TestEnableTls12Fix::undoLeavesWhatWasChangedSince()
{
    const auto system = machine();
    const EnableTls12Fix fix(Part::Schannel);
    const CheckContext context = contextOf(system);
    const FixOutcome outcome = fix.apply(context, fix.preview(context));
    QCOMPARE(outcome.result, FixResult::Applied);
    // Someone turns TLS 1.2 off again by hand.
    QVERIFY(system->registry()
                    .writeRegistryDword(RegistryHive::LocalMachine, kClient, QStringLiteral("Enabled"), 0,
                                        RegistryView::Native64, KeyCreation::ExistingKeyOnly)
                    .ok());
    JournalEntry entry;
    entry.fixId = fix.info().id;
    entry.result = QStringLiteral("applied");
    entry.undo = outcome.undo;
    const FixPlan undoPlan = fix.previewUndo(context, entry);
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.cannotApplyReason)); // DisabledByDefault can go back
    QVERIFY2(undoPlan.changes.at(0).after.contains(QStringLiteral("changed since the fix")),
             qPrintable(undoPlan.changes.at(0).after));
    QVERIFY(undoPlan.summary.contains(QStringLiteral("left as they are")));
    const FixOutcome undone = fix.undo(context, outcome.undo);
    QCOMPARE(undone.result, FixResult::PartlyApplied);
    QVERIFY2(undone.summary.contains(QStringLiteral("Enabled was changed since the fix (it is now 0)")),
             qPrintable(undone.summary));
    QVERIFY2(undone.summary.contains(QStringLiteral("is left")), qPrintable(undone.summary));
    QCOMPARE(read(*system, kClient, "Enabled").value.data, QVariant(quint32(0))); // left as the person set it
    QCOMPARE(read(*system, kClient, "DisabledByDefault").status, ProbeStatus::NotFound); // put back
    QCOMPARE(subkeys(*system, kProtocols + QStringLiteral("\\TLS 1.2")), QStringList{QStringLiteral("Client")});
}

void TestEnableTls12Fix::undoRefusesWhenEverythingChangedSince()
{
    const auto system = machine();
    const EnableTls12Fix fix(Part::Schannel);
    const CheckContext context = contextOf(system);
    const FixOutcome outcome = fix.apply(context, fix.preview(context));
    for (const char* name : {"Enabled", "DisabledByDefault"})
        QVERIFY(system->registry()
                        .deleteRegistryValue(RegistryHive::LocalMachine, kClient, QString::fromLatin1(name),
                                             RegistryView::Native64)
                        .ok());
    JournalEntry entry;
    entry.fixId = fix.info().id;
    entry.result = QStringLiteral("applied");
    entry.undo = outcome.undo;
    const FixPlan undoPlan = fix.previewUndo(context, entry);
    QVERIFY(!undoPlan.canApply);
    QVERIFY(undoPlan.cannotApplyReason.contains(QStringLiteral("changed again")));
    const FixOutcome undone = fix.undo(context, outcome.undo);
    QCOMPARE(undone.result, FixResult::NotAllowed);
    QVERIFY2(undone.summary.contains(QStringLiteral("Nothing was put back")), qPrintable(undone.summary));
    // Refused as a whole: even the keys the fix created are left.
    QCOMPARE(subkeys(*system, kProtocols), (QStringList{QStringLiteral("SSL 2.0"), QStringLiteral("TLS 1.2")}));
}

void TestEnableTls12Fix::undoPutsBackAString()
{
    const auto system = machine(
            R"({"hive": "HKLM", "key": "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client",
        "name": "Enabled", "type": "REG_SZ", "data": "1"})",
            nullptr, kServer2019);
    const EnableTls12Fix fix(Part::Schannel);
    const CheckContext context = contextOf(system);
    const FixOutcome outcome = fix.apply(context, fix.preview(context));
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(read(*system, kClient, "Enabled").value.type, RegistryValue::Type::Dword);
    QCOMPARE(read(*system, kClient, "DisabledByDefault").status, ProbeStatus::NotFound); // absent is fine on 2019
    QCOMPARE(fix.undo(context, outcome.undo).result, FixResult::Applied);
    const Probed<RegistryValue> back = read(*system, kClient, "Enabled");
    QCOMPARE(back.value.type, RegistryValue::Type::String);
    QCOMPARE(back.value.data, QVariant(QStringLiteral("1")));
}

void TestEnableTls12Fix::refusals()
{
    const CheckContext limited =
            contextOf(machine({}, R"({"user": "CONTOSO\\admin", "adminMember": true, "elevation": "limited"})"));
    const FixPlan notElevated = EnableTls12Fix(Part::Schannel).preview(limited);
    QVERIFY(!notElevated.canApply);
    QCOMPARE(notElevated.elevation, Elevation::Needed);
    QVERIFY(notElevated.cannotApplyReason.contains(QStringLiteral("administrator")));
    QVERIFY(!notElevated.changes.isEmpty()); // the plan is still shown

    const std::shared_ptr<SystemProbe> healthy = mars::test::load(mars::test::shipped("healthy-server.json"));
    for (const Part part : {Part::Schannel, Part::DotNet}) {
        const FixPlan nothing = EnableTls12Fix(part).preview(contextOf(healthy));
        QVERIFY(!nothing.canApply);
        QVERIFY(nothing.cannotApplyReason.contains(QStringLiteral("nothing to change")));
    }

    // A value this fix could not put back exactly is not touched.
    const auto binary = machine(R"({"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319",
        "name": "SystemDefaultTlsVersions", "type": "REG_BINARY", "data": "01 00"})");
    const FixPlan refused = EnableTls12Fix(Part::DotNet).preview(contextOf(binary));
    QVERIFY(!refused.canApply);
    QVERIFY2(refused.cannotApplyReason.contains(QStringLiteral("REG_BINARY")), qPrintable(refused.cannotApplyReason));

    // Not Windows at all.
    auto linux = std::make_shared<mars::test::FailingSystem>(machine());
    linux->osAnswer = [] { return Probed<OsInfo>::good(OsInfo{}); };
    QVERIFY(!EnableTls12Fix(Part::Schannel).preview(contextOf(std::shared_ptr<SystemProbe>(linux))).canApply);
}

void TestEnableTls12Fix::applyRefusesWhenTheMachineChanged()
{
    const auto system = machine();
    const EnableTls12Fix fix(Part::DotNet);
    const CheckContext context = contextOf(system);
    const FixPlan plan = fix.preview(context);
    QVERIFY(plan.canApply);
    // Between preview and apply, someone sets one value by hand.
    QVERIFY(system->registry()
                    .writeRegistryDword(RegistryHive::LocalMachine, kNet, QStringLiteral("SystemDefaultTlsVersions"), 1,
                                        RegistryView::Native64, KeyCreation::ExistingKeyOnly)
                    .ok());
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY(outcome.summary.contains(QStringLiteral("changed since the preview")));
    QVERIFY(outcome.undo.isEmpty());
    QCOMPARE(read(*system, kNet, "SchUseStrongCrypto").value.data, QVariant(quint32(0))); // untouched
    QCOMPARE(subkeys(*system, QStringLiteral("SOFTWARE\\Microsoft"), RegistryView::Wow32),
             QStringList{QStringLiteral("NET Framework Setup")});
}

void TestEnableTls12Fix::undoRefusesAForeignJournal()
{
    const auto system = machine();
    const EnableTls12Fix fix(Part::Schannel);
    const CheckContext context = contextOf(system);
    const FixOutcome outcome = fix.apply(context, fix.preview(context));
    QCOMPARE(outcome.result, FixResult::Applied);
    // The journal is a file: an entry naming another key, or the other part's values, is refused.
    QJsonObject foreign = outcome.undo;
    QJsonArray items = foreign.value(QLatin1String("items")).toArray();
    QJsonObject item = items.at(0).toObject();
    item.insert(QStringLiteral("key"), QStringLiteral("SYSTEM\\CurrentControlSet\\Services\\obengine"));
    items.replace(0, item);
    foreign.insert(QStringLiteral("items"), items);
    QCOMPARE(fix.undo(context, foreign).result, FixResult::Failed);
    QCOMPARE(EnableTls12Fix(Part::DotNet).undo(context, outcome.undo).result, FixResult::Failed);
    QJsonObject keys = outcome.undo;
    keys.insert(QStringLiteral("createdKeys"),
                QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("SYSTEM\\CurrentControlSet\\Services")},
                                       {QStringLiteral("view"), QStringLiteral("64")}}});
    QCOMPARE(fix.undo(context, keys).result, FixResult::Failed);
    QCOMPARE(read(*system, kClient, "Enabled").value.data, QVariant(quint32(1))); // nothing changed
}

void TestEnableTls12Fix::twoInstancesTwoOwners()
{
    // Each check offers the instance that writes its own values, so its re-run verifies the fix.
    QCOMPARE(EnableTls12Fix(Part::Schannel).info().checkId, SchannelTls12Check::id());
    QCOMPARE(EnableTls12Fix(Part::DotNet).info().checkId, DotNetStrongCryptoCheck::id());
    QCOMPARE(EnableTls12Fix(Part::Schannel).info().id, EnableTls12Fix::id(Part::Schannel));
    QCOMPARE(EnableTls12Fix(Part::DotNet).info().id, EnableTls12Fix::id(Part::DotNet));
    QVERIFY(EnableTls12Fix::id(Part::Schannel) != EnableTls12Fix::id(Part::DotNet));
}

QTEST_GUILESS_MAIN(TestEnableTls12Fix)
#include "TestEnableTls12Fix.moc"
