// SPDX-License-Identifier: MIT
// I6 scheduled_task_health and its fix enable_scheduled_tasks over healthy-server.json with one
// change each: every verdict (a task or trigger disabled, no trigger, each MultipleInstances
// policy, the principals that pass and those that get guidance, no task before and after
// registration, Task Scheduler not described or unreadable, no agent); the scenario's Task
// Scheduler (folders implied by their tasks, sorted, NotFound; the update action, its rights and
// its refusal of a wrong trigger count); the fix previewed (before -> after per task), applied
// through the FixRunner with the check turning green, journalled and undone with the check
// complaining again; refusals: not elevated, nothing to change, changed since the preview, a
// task changed since the fix, a journal naming a task outside the agent's folder.
#include "ScenarioTestData.h"
#include "ScratchFixTestSupport.h"
#include "catalog/health/EnableScheduledTasksFix.h"
#include "catalog/health/ScheduledTaskHealthCheck.h"
#include "engine/CheckContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;
using namespace mars::test;
using mars::test::scratch::Flow;

namespace {
const QString kTaskPath = QStringLiteral("\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup");

// One task of the agent's folder: the healthy one with `fields` replaced (a JSON object's members).
QByteArray task(const char* fields = "", const char* name = "Microsoft-OnlineBackup")
{
    QByteArray json = R"({"path": "\\Microsoft\\OnlineBackup\\)" + QByteArray(name)
                      + R"(", "enabled": true, "userId": "SYSTEM", "logonType": "service_account",
            "runLevel": "highest", "triggers": [{"type": "weekly", "enabled": true}],
            "multipleInstances": "ignore_new")";
    if (*fields)
        json += ", " + QByteArray(fields);
    return json + "}";
}

QByteArray tasks(const QByteArray& list)
{
    return R"("scheduledTasks": {"tasks": [)" + list + "]}";
}

const char* const kRegistered =
        R"("registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows Azure Backup\\Config",
            "name": "ServiceResourceName", "type": "REG_SZ", "data": "contoso-backup-weu"}])";

QString everything(const Finding& f)
{
    QString all = f.summary + f.detail + f.remedy;
    for (const Evidence& e : f.evidence)
        all += e.label + e.value;
    return all;
}

QStringList changes(const FixPlan& plan)
{
    QStringList list;
    for (const PlannedChange& change : plan.changes)
        list.append(QStringLiteral("%1: %2 -> %3").arg(change.target, change.before, change.after));
    return list;
}

ScheduledTask taskOf(const SystemProbe& system, const QString& path = kTaskPath)
{
    const Probed<QList<ScheduledTask>> listed =
            system.services().scheduledTasks(ScheduledTaskHealthCheck::taskFolder());
    for (const ScheduledTask& t : listed.value) {
        if (t.path == path)
            return t;
    }
    qFatal("task %s not found: %s", qPrintable(path), qPrintable(listed.reason));
    return {};
}
} // namespace

class TestScheduledTaskCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void verdicts_data();
    void verdicts();
    void notInstalledIsNotApplicable();
    void scenarioTaskScheduler();
    void scenarioUpdateAction();
    void fixThroughTheRunnerAndUndo();
    void fixRefusals();
    void undoLeavesATaskChangedSince();
    void undoRefusesAForeignJournal();

private:
    // healthy-server.json with the top-level fields of `patch`.
    std::shared_ptr<SystemProbe> derived(const QByteArray& patch) { return onHealthyServer(patch); }
    CheckContext contextFor(const std::shared_ptr<SystemProbe>& system)
    {
        CheckContext context;
        context.env.system = system;
        context.env.inputs.goal = Goal::Register;
        return context;
    }

    QTemporaryDir m_dir;
};

void TestScheduledTaskCheck::verdicts_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("mentions"); // in the summary
    QTest::addColumn<QString>("alsoSays"); // anywhere in the finding (detail, remedy, evidence)
    QTest::addColumn<bool>("fixOffered");
    const auto row = [](const char* name, const QByteArray& patch, Verdict verdict, const QStringList& mentions,
                        const char* alsoSays, bool fix) {
        QTest::newRow(name) << patch << verdict << mentions << QString::fromUtf8(alsoSays) << fix;
    };
    const auto words = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* w : list)
            out.append(QString::fromUtf8(w));
        return out;
    };
    row("healthy", {}, Verdict::Pass, words({"1 scheduled task", "\\Microsoft\\OnlineBackup"}),
        "triggers 1 of 1 enabled; ignore_new", false);
    row("task disabled", tasks(task(R"("enabled": false)")), Verdict::Warning,
        words({"Microsoft-OnlineBackup", "is disabled", "do not run on schedule"}), "choose Enable", true);
    row("a trigger disabled",
        tasks(task(R"("triggers": [{"type": "daily", "enabled": true}, {"type": "daily", "enabled": false}])")),
        Verdict::Warning, words({"1 of the triggers", "Microsoft-OnlineBackup"}), "tick Enabled", true);
    row("no trigger", tasks(task(R"("triggers": [])")), Verdict::Warning, words({"has no trigger", "never starts"}),
        "Schedule Backup", false);
    row("parallel", tasks(task(R"("multipleInstances": "parallel")")), Verdict::Warning,
        words({"Run a new instance in parallel", "another job was in progress"}), "Do not start a new instance", true);
    row("queue", tasks(task(R"("multipleInstances": "queue")")), Verdict::Warning, words({"Queue a new instance"}),
        "If the task is already running", true);
    row("stop existing", tasks(task(R"("multipleInstances": "stop_existing")")), Verdict::Warning,
        words({"Stop the existing instance"}), "", true);
    row("NT AUTHORITY\\SYSTEM", tasks(task(R"("userId": "NT AUTHORITY\\SYSTEM")")), Verdict::Pass, {}, "", false);
    row("S-1-5-18", tasks(task(R"("userId": "S-1-5-18")")), Verdict::Pass, {}, "", false);
    row("Administrators group",
        tasks(task(R"("userId": "", "groupId": "BUILTIN\\Administrators", "logonType": "group")")), Verdict::Pass, {},
        "the group BUILTIN\\Administrators", false);
    row("Administrators by SID", tasks(task(R"("userId": "", "groupId": "S-1-5-32-544", "logonType": "group")")),
        Verdict::Pass, {}, "", false);
    row("a domain user", tasks(task(R"("userId": "CONTOSO\\backupadmin", "logonType": "password")")), Verdict::Warning,
        words({"runs as CONTOSO\\backupadmin", "instead of SYSTEM"}), "Change User or Group", false);
    row("another group", tasks(task(R"("userId": "", "groupId": "Backup Operators", "logonType": "group")")),
        Verdict::Warning, words({"the group Backup Operators"}), "does not change who runs a task", false);
    row("two tasks, the second disabled",
        tasks(task() + ", " + task(R"("enabled": false)", "Microsoft-OnlineBackup-Extra")), Verdict::Warning,
        words({"Microsoft-OnlineBackup-Extra is disabled"}), "2 task(s)", true);
    row("several problems: all named in the detail",
        tasks(task(R"("enabled": false, "multipleInstances": "parallel", "userId": "CONTOSO\\svc")")), Verdict::Warning,
        words({"is disabled"}), "runs as CONTOSO\\svc", true);
    row("not registered, empty folder", R"("scheduledTasks": {"folders": ["\\Microsoft\\OnlineBackup"]})",
        Verdict::NotApplicable, words({"normal before the server is registered"}), "empty", false);
    row("not registered, no folder", R"("scheduledTasks": {"tasks": []})", Verdict::NotApplicable,
        words({"No backup is scheduled yet"}), "does not exist", false);
    row("registered, no folder", QByteArray(kRegistered) + R"(, "scheduledTasks": {"tasks": []})", Verdict::Warning,
        words({"registered", "no backup is scheduled"}), "Schedule Backup", false);
    row("registered, a task", QByteArray(kRegistered), Verdict::Pass, {}, "", false);
    row("Task Scheduler not described", R"("scheduledTasks": null)", Verdict::NotApplicable, words({"cannot be asked"}),
        "does not describe Task Scheduler", false);
    row("Task Scheduler unreadable", R"("scheduledTasks": {"error": "The Task Scheduler service is not running."})",
        Verdict::Error, words({"could not be read"}), "is not running", false);
}

void TestScheduledTaskCheck::verdicts()
{
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, mentions);
    QFETCH(QString, alsoSays);
    QFETCH(bool, fixOffered);
    const auto system = derived(patch);
    QVERIFY(system);
    const Finding f = ScheduledTaskHealthCheck().run(contextFor(system));
    QVERIFY2(f.verdict == verdict, qPrintable(verdictId(f.verdict) + QStringLiteral(": ") + f.summary));
    QCOMPARE(f.checkId, ScheduledTaskHealthCheck::id());
    QVERIFY(!f.summary.isEmpty());
    for (const QString& word : mentions)
        QVERIFY2(f.summary.contains(word, Qt::CaseInsensitive), qPrintable(f.summary + QStringLiteral(" / ") + word));
    QVERIFY2(everything(f).contains(alsoSays), qPrintable(everything(f) + QStringLiteral(" / ") + alsoSays));
    QCOMPARE(f.fixIds.contains(EnableScheduledTasksFix::id()), fixOffered);
    if (verdict == Verdict::Warning)
        QVERIFY(!f.remedy.isEmpty());
}

void TestScheduledTaskCheck::notInstalledIsNotApplicable()
{
    const auto system =
            derived(R"("registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup",
                        "name": "InstallPath", "remove": true}])");
    QVERIFY(system);
    const Finding f = ScheduledTaskHealthCheck().run(contextFor(system));
    QCOMPARE(f.verdict, Verdict::NotApplicable);
    QVERIFY2(f.summary.contains(QStringLiteral("not installed")), qPrintable(f.summary));
}

void TestScheduledTaskCheck::scenarioTaskScheduler()
{
    const auto system = fromPatch(R"({"scheduledTasks": {"folders": ["\\Empty\\"], "tasks": [
        {"path": "\\Microsoft\\OnlineBackup\\b-task", "userId": "SYSTEM", "lastRunAgeHours": 3, "lastResult": 2147942402},
        {"path": "\\Microsoft\\OnlineBackup\\A-task", "groupId": "Administrators", "logonType": "group", "enabled": false,
         "runLevel": "limited", "multipleInstances": "queue",
         "triggers": [{"type": "boot"}, {"type": "monthly_dow", "enabled": false}]},
        {"path": "\\Other", "userId": "SYSTEM"}]}})");
    QVERIFY(system);
    const ServicesProbe& services = system->services();
    // Sorted by name, whatever the case; the folder matched without regard to case or a trailing \.
    const Probed<QList<ScheduledTask>> listed = services.scheduledTasks(QStringLiteral("\\microsoft\\onlinebackup\\"));
    QVERIFY2(listed.ok(), qPrintable(listed.reason));
    QCOMPARE(listed.value.size(), 2);
    const ScheduledTask& a = listed.value.at(0);
    QCOMPARE(a.name, QStringLiteral("A-task"));
    QCOMPARE(a.path, QStringLiteral("\\Microsoft\\OnlineBackup\\A-task"));
    QVERIFY(!a.enabled);
    QCOMPARE(a.userId, QString());
    QCOMPARE(a.groupId, QStringLiteral("Administrators"));
    QCOMPARE(a.logonType, TaskLogonType::Group);
    QCOMPARE(a.runLevel, TaskRunLevel::Limited);
    QCOMPARE(a.multipleInstances, TaskInstances::Queue);
    QCOMPARE(a.triggers.size(), 2);
    QCOMPARE(a.triggers.at(0).type, QStringLiteral("boot"));
    QVERIFY(a.triggers.at(0).enabled);
    QCOMPARE(a.triggers.at(1).type, QStringLiteral("monthly_dow"));
    QVERIFY(!a.triggers.at(1).enabled);
    QVERIFY(!a.lastRunUtc.isValid());
    const ScheduledTask& b = listed.value.at(1);
    QCOMPARE(b.name, QStringLiteral("b-task"));
    QCOMPARE(b.logonType, TaskLogonType::ServiceAccount); // the defaults: the agent's own task
    QCOMPARE(b.runLevel, TaskRunLevel::Highest);
    QCOMPARE(b.multipleInstances, TaskInstances::IgnoreNew);
    QVERIFY(b.enabled);
    QCOMPARE(b.lastResult, quint32(0x80070002));
    QVERIFY(b.lastRunUtc.isValid());
    QVERIFY(b.lastRunUtc <= QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 + 60));

    // The folders above a task's folder exist; a listed folder exists empty; the root holds \Other.
    QVERIFY(services.scheduledTasks(QStringLiteral("\\Microsoft")).ok());
    QVERIFY(services.scheduledTasks(QStringLiteral("\\Microsoft")).value.isEmpty());
    QVERIFY(services.scheduledTasks(QStringLiteral("\\Empty")).ok());
    QCOMPARE(services.scheduledTasks(QStringLiteral("\\")).value.size(), 1);
    const Probed<QList<ScheduledTask>> missing = services.scheduledTasks(QStringLiteral("\\Microsoft\\Windows"));
    QCOMPARE(missing.status, ProbeStatus::NotFound);
    QVERIFY2(missing.reason.contains(QStringLiteral("\\Microsoft\\Windows")), qPrintable(missing.reason));

    // Not described: NotApplicable; an error: Failed with it, for every folder.
    QCOMPARE(fromPatch("{}")->services().scheduledTasks(QStringLiteral("\\")).status, ProbeStatus::NotApplicable);
    const auto broken = fromPatch(R"({"scheduledTasks": {"error": "RPC server unavailable"}})");
    const Probed<QList<ScheduledTask>> failed = broken->services().scheduledTasks(QStringLiteral("\\Microsoft"));
    QCOMPARE(failed.status, ProbeStatus::Failed);
    QCOMPARE(failed.reason, QStringLiteral("RPC server unavailable"));
}

void TestScheduledTaskCheck::scenarioUpdateAction()
{
    const char* const tasksJson =
            R"("scheduledTasks": {"tasks": [{"path": "\\A\\t", "userId": "SYSTEM", "enabled": false,
        "multipleInstances": "parallel", "triggers": [{"type": "daily", "enabled": false}, {"type": "time"}]}]})";
    const auto system = fromPatch(QByteArray(QByteArray("{") + tasksJson + "}").constData());
    QVERIFY(system);
    ScheduledTaskSettings wanted{true, {true, true}, TaskInstances::IgnoreNew};
    const Probed<ScheduledTask> updated = system->services().updateScheduledTask(QStringLiteral("\\a\\T"), wanted);
    QVERIFY2(updated.ok(), qPrintable(updated.reason));
    QVERIFY(updated.value.enabled);
    QVERIFY(updated.value.triggers.at(0).enabled);
    QCOMPARE(updated.value.multipleInstances, TaskInstances::IgnoreNew);
    const ScheduledTask now = system->services().scheduledTasks(QStringLiteral("\\A")).value.at(0);
    QVERIFY(now.enabled); // the machine itself changed, so a re-run of the check sees it
    QCOMPARE(now.triggers.at(0).type, QStringLiteral("daily"));
    QVERIFY(now.triggers.at(0).enabled);

    const Probed<ScheduledTask> wrongCount = system->services().updateScheduledTask(
            QStringLiteral("\\A\\t"), ScheduledTaskSettings{false, {false}, TaskInstances::Queue});
    QCOMPARE(wrongCount.status, ProbeStatus::Failed);
    QVERIFY(system->services().scheduledTasks(QStringLiteral("\\A")).value.at(0).enabled); // nothing changed
    QCOMPARE(system->services().updateScheduledTask(QStringLiteral("\\A\\gone"), wanted).status, ProbeStatus::NotFound);

    const QByteArray limitedJson = QByteArray(R"({"account": {"user": "CONTOSO\\admin", "adminMember": true,
        "elevation": "limited"}, )")
                                   + tasksJson + "}";
    const auto limited = fromPatch(limitedJson.constData());
    QVERIFY(limited);
    const Probed<ScheduledTask> denied = limited->services().updateScheduledTask(QStringLiteral("\\A\\t"), wanted);
    QCOMPARE(denied.status, ProbeStatus::Denied);
    QVERIFY(!limited->services().scheduledTasks(QStringLiteral("\\A")).value.at(0).enabled);
}

void TestScheduledTaskCheck::fixThroughTheRunnerAndUndo()
{
    const auto system = derived(tasks(task(R"("enabled": false, "multipleInstances": "queue",
                "triggers": [{"type": "weekly", "enabled": true}, {"type": "daily", "enabled": false}])")
                                      + ", " + task("", "Microsoft-OnlineBackup-Fine")));
    QVERIFY(system);
    Flow flow(system);
    const auto check = std::make_shared<ScheduledTaskHealthCheck>();
    const auto fix = std::make_shared<EnableScheduledTasksFix>();
    QCOMPARE(fix->info().checkId, ScheduledTaskHealthCheck::id());
    const Finding broken = flow.runCheck(check);
    QCOMPARE(broken.verdict, Verdict::Warning);
    QCOMPARE(broken.fixIds, QStringList{EnableScheduledTasksFix::id()});

    // The preview names the one task that needs it, before -> after, and changes nothing.
    const FixPlan plan = flow.preview(fix);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.elevation, Elevation::Held);
    QVERIFY(plan.reversible);
    QCOMPARE(changes(plan),
             QStringList{QStringLiteral("Scheduled task %1: disabled; triggers 1 of 2 enabled; Queue a new instance -> "
                                        "enabled; triggers 2 of 2 enabled; Do not start a new instance")
                                 .arg(kTaskPath)});
    QVERIFY2(plan.summary.contains(QStringLiteral("Who runs each task is not changed")), qPrintable(plan.summary));
    QVERIFY(!taskOf(*system).enabled);

    const FixOutcome outcome = flow.apply(fix, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    QVERIFY2(outcome.summary.contains(QStringLiteral("restarting the server")), qPrintable(outcome.summary));
    const ScheduledTask fixed = taskOf(*system);
    QVERIFY(fixed.enabled);
    QVERIFY(fixed.triggers.at(1).enabled);
    QCOMPARE(fixed.multipleInstances, TaskInstances::IgnoreNew);
    QCOMPARE(fixed.userId, QStringLiteral("SYSTEM")); // never touched
    QTRY_COMPARE(flow.checks.finding(ScheduledTaskHealthCheck::id()).verdict, Verdict::Pass);

    // The journal: each task's before-state and the undo object.
    const QList<JournalEntry> entries = flow.journal->entries();
    QCOMPARE(entries.size(), 2);
    const JournalEntry& done = entries.last();
    QCOMPARE(done.result, QStringLiteral("applied"));
    QCOMPARE(done.checkId, ScheduledTaskHealthCheck::id());
    const QJsonObject before = done.before.value(QStringLiteral("Scheduled task ") + kTaskPath).toObject();
    QCOMPARE(before.value(QLatin1String("enabled")).toBool(true), false);
    QCOMPARE(before.value(QLatin1String("multipleInstances")).toString(), QStringLiteral("queue"));
    QCOMPARE(before.value(QLatin1String("triggersEnabled")).toArray(), (QJsonArray{true, false}));
    QCOMPARE(done.undo.value(QLatin1String("tasks")).toArray().size(), 1);
    flow.journal->loadIndex();
    QCOMPARE(flow.journal->undoable(ScheduledTaskHealthCheck::id(), true).size(), 1);

    // Undo through the runner: previewed from the entry, the old flags and policy come back.
    QSignalSpy previewed(&flow.fixes, &FixRunner::previewReady);
    flow.fixes.previewUndo(fix, done, flow.environment);
    QVERIFY(previewed.wait(10000));
    const FixPlan undoPlan = previewed.at(0).at(0).value<FixPlan>();
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.cannotApplyReason));
    QCOMPARE(changes(undoPlan),
             QStringList{QStringLiteral("Scheduled task %1: enabled; triggers 2 of 2 enabled; Do not start a new "
                                        "instance -> disabled; triggers 1 of 2 enabled; Queue a new instance")
                                 .arg(kTaskPath)});
    QSignalSpy applied(&flow.fixes, &FixRunner::applied);
    flow.fixes.undo(fix, done, undoPlan, flow.environment);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.at(0).at(0).value<FixOutcome>().result, FixResult::Applied);
    const ScheduledTask back = taskOf(*system);
    QVERIFY(!back.enabled);
    QVERIFY(back.triggers.at(0).enabled);
    QVERIFY(!back.triggers.at(1).enabled);
    QCOMPARE(back.multipleInstances, TaskInstances::Queue);
    QTRY_COMPARE(flow.checks.finding(ScheduledTaskHealthCheck::id()).verdict, Verdict::Warning);
    QVERIFY(flow.journal->undoable(ScheduledTaskHealthCheck::id(), true).isEmpty());
}

void TestScheduledTaskCheck::fixRefusals()
{
    const EnableScheduledTasksFix fix;
    // Not elevated: the plan says so and cannot be applied.
    const auto limited =
            derived(R"("account": {"user": "CONTOSO\\admin", "adminMember": true, "elevation": "limited"}, )"
                    + tasks(task(R"("enabled": false)")));
    QVERIFY(limited);
    const FixPlan notElevated = fix.preview(contextFor(limited));
    QVERIFY(!notElevated.canApply);
    QCOMPARE(notElevated.elevation, Elevation::Needed);
    QCOMPARE(notElevated.changes.size(), 1);
    QVERIFY(!fix.apply(contextFor(limited), notElevated).summary.isEmpty());
    QVERIFY(!taskOf(*limited).enabled);

    // Nothing to change: healthy, and a principal problem only (the fix never changes principals).
    for (const QByteArray& patch : {QByteArray(), tasks(task(R"("userId": "CONTOSO\\svc")"))}) {
        const auto system = derived(patch);
        const FixPlan plan = fix.preview(contextFor(system));
        QVERIFY(!plan.canApply);
        QCOMPARE(plan.cannotApplyReason, QStringLiteral("There is nothing to change."));
    }
    // No folder, or Task Scheduler unreadable: the reason is given.
    const FixPlan noFolder = fix.preview(contextFor(derived(R"("scheduledTasks": {"tasks": []})")));
    QVERIFY(!noFolder.canApply);
    QVERIFY2(noFolder.cannotApplyReason.contains(QStringLiteral("no folder")), qPrintable(noFolder.cannotApplyReason));
    const FixPlan unreadable = fix.preview(contextFor(derived(R"("scheduledTasks": {"error": "service down"})")));
    QVERIFY(!unreadable.canApply);
    QVERIFY(unreadable.cannotApplyReason.contains(QStringLiteral("service down")));

    // Changed between the preview and the apply: refused, nothing changed.
    const auto system = derived(tasks(task(R"("enabled": false, "multipleInstances": "parallel")")));
    const CheckContext context = contextFor(system);
    const FixPlan plan = fix.preview(context);
    QVERIFY(plan.canApply);
    QVERIFY(system->services()
                    .updateScheduledTask(kTaskPath, ScheduledTaskSettings{false, {true}, TaskInstances::Queue})
                    .ok());
    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Failed);
    QVERIFY2(outcome.summary.contains(QStringLiteral("changed since the preview")), qPrintable(outcome.summary));
    QCOMPARE(taskOf(*system).multipleInstances, TaskInstances::Queue);
}

void TestScheduledTaskCheck::undoLeavesATaskChangedSince()
{
    const auto system =
            derived(tasks(task(R"("enabled": false)") + ", " + task(R"("multipleInstances": "parallel")", "Second")));
    const EnableScheduledTasksFix fix;
    const CheckContext context = contextFor(system);
    const FixOutcome outcome = fix.apply(context, fix.preview(context));
    QCOMPARE(outcome.result, FixResult::Applied);
    QCOMPARE(outcome.undo.value(QLatin1String("tasks")).toArray().size(), 2);
    // Someone sets the second task to queue by hand.
    const QString second = QStringLiteral("\\Microsoft\\OnlineBackup\\Second");
    QVERIFY(system->services()
                    .updateScheduledTask(second, ScheduledTaskSettings{true, {true}, TaskInstances::Queue})
                    .ok());
    JournalEntry entry;
    entry.fixId = fix.info().id;
    entry.result = QStringLiteral("applied");
    entry.undo = outcome.undo;
    const FixPlan undoPlan = fix.previewUndo(context, entry);
    QVERIFY2(undoPlan.canApply, qPrintable(undoPlan.cannotApplyReason));
    QCOMPARE(undoPlan.itemCount, 1);
    QVERIFY2(undoPlan.summary.contains(QStringLiteral("left as they are")), qPrintable(undoPlan.summary));
    const FixOutcome undone = fix.undo(context, outcome.undo);
    QCOMPARE(undone.result, FixResult::PartlyApplied);
    QVERIFY2(undone.summary.contains(QStringLiteral("Second was changed since the fix")), qPrintable(undone.summary));
    QVERIFY(!taskOf(*system).enabled); // put back
    QCOMPARE(taskOf(*system, second).multipleInstances, TaskInstances::Queue); // left as the person set it

    // Everything changed since: nothing to put back.
    QVERIFY(system->services()
                    .updateScheduledTask(kTaskPath, ScheduledTaskSettings{true, {false}, TaskInstances::IgnoreNew})
                    .ok());
    QVERIFY(!fix.previewUndo(context, entry).canApply);
    QCOMPARE(fix.undo(context, outcome.undo).result, FixResult::NotAllowed);
}

void TestScheduledTaskCheck::undoRefusesAForeignJournal()
{
    const auto system = derived(tasks(task(R"("enabled": false)")));
    const EnableScheduledTasksFix fix;
    const CheckContext context = contextFor(system);
    const FixOutcome outcome = fix.apply(context, fix.preview(context));
    QCOMPARE(outcome.result, FixResult::Applied);
    const auto foreign = [&outcome](const QString& path) {
        QJsonArray items = outcome.undo.value(QLatin1String("tasks")).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(QStringLiteral("path"), path);
        items.replace(0, item);
        return QJsonObject{{QStringLiteral("tasks"), items}};
    };
    for (const char* path : {"\\Microsoft\\Windows\\Defrag\\ScheduledDefrag", "\\Microsoft\\OnlineBackup\\Sub\\Task",
                             "\\Microsoft\\OnlineBackup\\"}) {
        const FixOutcome refused = fix.undo(context, foreign(QString::fromLatin1(path)));
        QCOMPARE(refused.result, FixResult::Failed);
        QVERIFY2(refused.summary.contains(QStringLiteral("does not say")), qPrintable(refused.summary));
    }
    QVERIFY(taskOf(*system).enabled); // untouched
}

QTEST_GUILESS_MAIN(TestScheduledTaskCheck)
#include "TestScheduledTaskCheck.moc"
