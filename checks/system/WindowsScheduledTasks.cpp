// SPDX-License-Identifier: MIT
// WindowsServices::scheduledTasks() and updateScheduledTask() (I6): the tasks of one Task
// Scheduler folder, read and changed through Task Scheduler 2.0's COM API (taskschd.h; Windows
// Vista / Server 2008 and later): CLSID_TaskScheduler -> ITaskService::Connect (this computer,
// this account) -> GetFolder -> GetTasks(TASK_ENUM_HIDDEN) -> each IRegisteredTask's definition
// (ITaskDefinition: get_Settings, get_Principal, get_Triggers). Learn: "Task Scheduler
// Reference", "ITaskFolder::RegisterTaskDefinition" (TASK_UPDATE; a userId left empty keeps the
// definition's principal).
//
// COM runs on the calling worker thread (multithreaded apartment, uninitialised before the call
// returns; a thread already in another apartment keeps it). Task Scheduler answers by local RPC
// from its own service (Schedule); when the service is not running, Connect fails at once
// (SCHED_E_SERVICE_NOT_RUNNING) rather than waiting.
#include "WindowsCom.h"
#include "WindowsHelpers.h"
#include "WindowsSystem.h"
#include "WindowsUpdateHistory.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <taskschd.h>

#include <algorithm>

namespace mars {

namespace win {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("mars::WindowsSystem", text);
}

// A failed COM call as a probe's answer: the step in words, then Windows' text and the code.
// A missing folder or task (0x80070002/0x80070003) is NotFound, access denied is Denied.
template<typename T>
Probed<T> taskFailure(const QString& step, HRESULT result)
{
    ProbeStatus status = ProbeStatus::Failed;
    if (result == HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) || result == HRESULT_FROM_WIN32(ERROR_PATH_NOT_FOUND))
        status = ProbeStatus::NotFound;
    else if (result == E_ACCESSDENIED)
        status = ProbeStatus::Denied;
    QString reason = QStringLiteral("%1: %2").arg(step, hresultText(result));
    if (result == SCHED_E_SERVICE_NOT_RUNNING)
        reason = translated("The Task Scheduler service (Schedule) is not running.") + QLatin1Char(' ') + reason;
    return Probed<T>::bad(status, reason, quint32(result));
}

TaskInstances instancesFrom(TASK_INSTANCES_POLICY policy)
{
    switch (policy) {
    case TASK_INSTANCES_PARALLEL: return TaskInstances::Parallel;
    case TASK_INSTANCES_QUEUE: return TaskInstances::Queue;
    case TASK_INSTANCES_STOP_EXISTING: return TaskInstances::StopExisting;
    default: return TaskInstances::IgnoreNew;
    }
}

TASK_INSTANCES_POLICY instancesOf(TaskInstances policy)
{
    switch (policy) {
    case TaskInstances::Parallel: return TASK_INSTANCES_PARALLEL;
    case TaskInstances::Queue: return TASK_INSTANCES_QUEUE;
    case TaskInstances::StopExisting: return TASK_INSTANCES_STOP_EXISTING;
    case TaskInstances::IgnoreNew: break;
    }
    return TASK_INSTANCES_IGNORE_NEW;
}

TaskLogonType logonTypeFrom(TASK_LOGON_TYPE type)
{
    switch (type) {
    case TASK_LOGON_PASSWORD: return TaskLogonType::Password;
    case TASK_LOGON_S4U: return TaskLogonType::S4u;
    case TASK_LOGON_INTERACTIVE_TOKEN: return TaskLogonType::InteractiveToken;
    case TASK_LOGON_GROUP: return TaskLogonType::Group;
    case TASK_LOGON_SERVICE_ACCOUNT: return TaskLogonType::ServiceAccount;
    case TASK_LOGON_INTERACTIVE_TOKEN_OR_PASSWORD: return TaskLogonType::InteractiveTokenOrPassword;
    default: return TaskLogonType::None;
    }
}

// TASK_TRIGGER_CUSTOM_TRIGGER_01 of the Windows SDK (12), which MinGW-w64's taskschd.h lacks.
constexpr int kCustomTrigger = 12;

QString triggerTypeId(TASK_TRIGGER_TYPE2 type)
{
    switch (int(type)) {
    case TASK_TRIGGER_EVENT: return QStringLiteral("event");
    case TASK_TRIGGER_TIME: return QStringLiteral("time");
    case TASK_TRIGGER_DAILY: return QStringLiteral("daily");
    case TASK_TRIGGER_WEEKLY: return QStringLiteral("weekly");
    case TASK_TRIGGER_MONTHLY: return QStringLiteral("monthly");
    case TASK_TRIGGER_MONTHLYDOW: return QStringLiteral("monthly_dow");
    case TASK_TRIGGER_IDLE: return QStringLiteral("idle");
    case TASK_TRIGGER_REGISTRATION: return QStringLiteral("registration");
    case TASK_TRIGGER_BOOT: return QStringLiteral("boot");
    case TASK_TRIGGER_LOGON: return QStringLiteral("logon");
    case TASK_TRIGGER_SESSION_STATE_CHANGE: return QStringLiteral("session_state_change");
    case kCustomTrigger: return QStringLiteral("custom");
    default: return QStringLiteral("other");
    }
}

// IRegisteredTask::get_LastRunTime gives local time as an OLE DATE; a task that never ran
// answers a date before 2000 (or SCHED_S_TASK_HAS_NOT_RUN as its result): invalid then.
QDateTime lastRunUtc(DATE date)
{
    SYSTEMTIME local{}, utc{};
    if (date < 1.0 || !::VariantTimeToSystemTime(date, &local) || local.wYear < 2000
        || !::TzSpecificLocalTimeToSystemTime(nullptr, &local, &utc))
        return {};
    return QDateTime(QDate(utc.wYear, utc.wMonth, utc.wDay),
                     QTime(utc.wHour, utc.wMinute, utc.wSecond, utc.wMilliseconds), QTimeZone::utc());
}

// A connected Task Scheduler; COM is initialised on this thread by the caller.
Probed<bool> connectScheduler(ComPtr<ITaskService>& service)
{
    HRESULT hr =
            ::CoCreateInstance(CLSID_TaskScheduler, nullptr, CLSCTX_INPROC_SERVER, IID_ITaskService, service.outVoid());
    if (FAILED(hr) || !service)
        return taskFailure<bool>(translated("Creating the Task Scheduler object (CLSID_TaskScheduler)"), hr);
    const Variant none; // this computer, this account
    hr = service->Connect(none.get(), none.get(), none.get(), none.get());
    if (FAILED(hr))
        return taskFailure<bool>(translated("Connecting to Task Scheduler (ITaskService::Connect)"), hr);
    return Probed<bool>::good(true);
}

Probed<bool> openFolder(ITaskService* service, const QString& path, ComPtr<ITaskFolder>& folder)
{
    const Bstr name(path);
    const HRESULT hr = service->GetFolder(name.get(), folder.out());
    if (FAILED(hr) || !folder)
        return taskFailure<bool>(translated("Opening the Task Scheduler folder %1 (GetFolder)").arg(path), hr);
    return Probed<bool>::good(true);
}

// One registered task, read completely. Its last run is optional (left invalid when Task
// Scheduler does not say); everything else must be read, else the task is a failure.
Probed<ScheduledTask> readTask(IRegisteredTask* registered)
{
    ScheduledTask task;
    Bstr name, path;
    VARIANT_BOOL enabled = VARIANT_FALSE;
    HRESULT hr = registered->get_Name(name.out());
    if (FAILED(hr))
        return taskFailure<ScheduledTask>(translated("Reading a task's name (IRegisteredTask::get_Name)"), hr);
    task.name = name.text();
    const auto fail = [&task](const char* step, HRESULT result) {
        return taskFailure<ScheduledTask>(translated(step).arg(task.name), result);
    };
    if (FAILED(hr = registered->get_Path(path.out())))
        return fail(QT_TRANSLATE_NOOP("mars::WindowsSystem", "Reading the path of the task %1 (get_Path)"), hr);
    task.path = path.text();
    if (FAILED(hr = registered->get_Enabled(&enabled)))
        return fail(QT_TRANSLATE_NOOP("mars::WindowsSystem", "Reading whether the task %1 is enabled (get_Enabled)"),
                    hr);
    task.enabled = enabled != VARIANT_FALSE;
    DATE lastRun = 0;
    LONG lastResult = 0;
    if (SUCCEEDED(registered->get_LastTaskResult(&lastResult)))
        task.lastResult = quint32(lastResult);
    if (SUCCEEDED(registered->get_LastRunTime(&lastRun)) && quint32(lastResult) != quint32(SCHED_S_TASK_HAS_NOT_RUN))
        task.lastRunUtc = lastRunUtc(lastRun);

    ComPtr<ITaskDefinition> definition;
    if (FAILED(hr = registered->get_Definition(definition.out())) || !definition)
        return fail(QT_TRANSLATE_NOOP("mars::WindowsSystem", "Reading the definition of the task %1 (get_Definition)"),
                    hr);
    ComPtr<ITaskSettings> settings;
    TASK_INSTANCES_POLICY policy = TASK_INSTANCES_IGNORE_NEW;
    if (FAILED(hr = definition->get_Settings(settings.out())) || !settings
        || FAILED(hr = settings->get_MultipleInstances(&policy)))
        return fail(QT_TRANSLATE_NOOP("mars::WindowsSystem",
                                      "Reading the settings of the task %1 (get_Settings, get_MultipleInstances)"),
                    hr);
    task.multipleInstances = instancesFrom(policy);

    ComPtr<IPrincipal> principal;
    Bstr userId, groupId;
    TASK_LOGON_TYPE logon = TASK_LOGON_NONE;
    TASK_RUNLEVEL_TYPE runLevel = TASK_RUNLEVEL_LUA;
    if (FAILED(hr = definition->get_Principal(principal.out())) || !principal
        || FAILED(hr = principal->get_UserId(userId.out())) || FAILED(hr = principal->get_GroupId(groupId.out()))
        || FAILED(hr = principal->get_LogonType(&logon)) || FAILED(hr = principal->get_RunLevel(&runLevel)))
        return fail(QT_TRANSLATE_NOOP("mars::WindowsSystem",
                                      "Reading who runs the task %1 (get_Principal: user, group, logon type, run "
                                      "level)"),
                    hr);
    task.userId = userId.text();
    task.groupId = groupId.text();
    task.logonType = logonTypeFrom(logon);
    task.runLevel = runLevel == TASK_RUNLEVEL_HIGHEST ? TaskRunLevel::Highest : TaskRunLevel::Limited;

    ComPtr<ITriggerCollection> triggers;
    LONG count = 0;
    if (FAILED(hr = definition->get_Triggers(triggers.out())) || !triggers || FAILED(hr = triggers->get_Count(&count)))
        return fail(QT_TRANSLATE_NOOP("mars::WindowsSystem", "Reading the triggers of the task %1 (get_Triggers)"), hr);
    for (LONG i = 1; i <= count; ++i) { // the collection counts from 1
        ComPtr<ITrigger> trigger;
        VARIANT_BOOL on = VARIANT_FALSE;
        if (FAILED(hr = triggers->get_Item(i, trigger.out())) || !trigger || FAILED(hr = trigger->get_Enabled(&on)))
            return fail(
                    QT_TRANSLATE_NOOP("mars::WindowsSystem", "Reading whether the triggers of the task %1 are enabled"),
                    hr);
        TASK_TRIGGER_TYPE2 type{};
        task.triggers.append(
                ScheduledTrigger{SUCCEEDED(trigger->get_Type(&type)) ? triggerTypeId(type) : QStringLiteral("other"),
                                 on != VARIANT_FALSE});
    }
    return Probed<ScheduledTask>::good(task);
}

Probed<QList<ScheduledTask>> listTasks(const QString& folderPath)
{
    ComPtr<ITaskService> service;
    if (const Probed<bool> connected = connectScheduler(service); !connected.ok())
        return Probed<QList<ScheduledTask>>::bad(connected.status, connected.reason, connected.osError);
    ComPtr<ITaskFolder> folder;
    if (const Probed<bool> opened = openFolder(service.get(), folderPath, folder); !opened.ok())
        return Probed<QList<ScheduledTask>>::bad(opened.status, opened.reason, opened.osError);
    ComPtr<IRegisteredTaskCollection> collection;
    LONG count = 0;
    HRESULT hr = folder->GetTasks(TASK_ENUM_HIDDEN, collection.out());
    if (FAILED(hr) || !collection)
        return taskFailure<QList<ScheduledTask>>(
                translated("Listing the tasks of %1 (ITaskFolder::GetTasks)").arg(folderPath), hr);
    if (FAILED(hr = collection->get_Count(&count)))
        return taskFailure<QList<ScheduledTask>>(
                translated("Counting the tasks of %1 (IRegisteredTaskCollection::get_Count)").arg(folderPath), hr);
    QList<ScheduledTask> tasks;
    for (LONG i = 1; i <= count; ++i) { // the collection counts from 1
        ComPtr<IRegisteredTask> registered;
        const Variant index(i);
        if (FAILED(hr = collection->get_Item(index.get(), registered.out())) || !registered)
            return taskFailure<QList<ScheduledTask>>(
                    translated("Reading task %1 of %2 (IRegisteredTaskCollection::get_Item)").arg(i).arg(folderPath),
                    hr);
        const Probed<ScheduledTask> task = readTask(registered.get());
        if (!task.ok())
            return Probed<QList<ScheduledTask>>::bad(task.status, task.reason, task.osError);
        tasks.append(task.value);
    }
    std::sort(tasks.begin(), tasks.end(), [](const ScheduledTask& a, const ScheduledTask& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return Probed<QList<ScheduledTask>>::good(tasks);
}

Probed<ScheduledTask> updateTask(const QString& taskPath, const ScheduledTaskSettings& wanted)
{
    const qsizetype cut = taskPath.lastIndexOf(QLatin1Char('\\'));
    const QString folderPath = cut <= 0 ? QStringLiteral("\\") : taskPath.left(cut);
    const QString name = taskPath.mid(cut + 1);
    ComPtr<ITaskService> service;
    if (const Probed<bool> connected = connectScheduler(service); !connected.ok())
        return Probed<ScheduledTask>::bad(connected.status, connected.reason, connected.osError);
    ComPtr<ITaskFolder> folder;
    if (const Probed<bool> opened = openFolder(service.get(), folderPath, folder); !opened.ok())
        return Probed<ScheduledTask>::bad(opened.status, opened.reason, opened.osError);
    ComPtr<IRegisteredTask> registered;
    const Bstr taskName(name);
    HRESULT hr = folder->GetTask(taskName.get(), registered.out());
    if (FAILED(hr) || !registered)
        return taskFailure<ScheduledTask>(translated("Opening the task %1 (ITaskFolder::GetTask)").arg(taskPath), hr);

    ComPtr<ITaskDefinition> definition;
    ComPtr<ITaskSettings> settings;
    ComPtr<IPrincipal> principal;
    ComPtr<ITriggerCollection> triggers;
    TASK_LOGON_TYPE logon = TASK_LOGON_NONE;
    LONG count = 0;
    const char* step = nullptr; // the call that failed, named in the answer
    if (FAILED(hr = registered->get_Definition(definition.out())) || !definition)
        step = "IRegisteredTask::get_Definition";
    else if (FAILED(hr = definition->get_Settings(settings.out())) || !settings)
        step = "ITaskDefinition::get_Settings";
    else if (FAILED(hr = definition->get_Principal(principal.out())) || !principal)
        step = "ITaskDefinition::get_Principal";
    else if (FAILED(hr = principal->get_LogonType(&logon)))
        step = "IPrincipal::get_LogonType";
    else if (FAILED(hr = definition->get_Triggers(triggers.out())) || !triggers)
        step = "ITaskDefinition::get_Triggers";
    else if (FAILED(hr = triggers->get_Count(&count)))
        step = "ITriggerCollection::get_Count";
    if (step)
        return taskFailure<ScheduledTask>(
                translated("Reading the definition of the task %1 (%2)").arg(taskPath, QLatin1String(step)), hr);
    if (count != LONG(wanted.triggersEnabled.size()))
        return Probed<ScheduledTask>::bad(ProbeStatus::Failed,
                                          translated("The task %1 has %2 trigger(s), but the change names %3; "
                                                     "nothing was changed.")
                                                  .arg(taskPath)
                                                  .arg(count)
                                                  .arg(wanted.triggersEnabled.size()));
    const auto flag = [](bool on) { return on ? VARIANT_TRUE : VARIANT_FALSE; };
    for (LONG i = 1; i <= count; ++i) {
        ComPtr<ITrigger> trigger;
        if (FAILED(hr = triggers->get_Item(i, trigger.out())) || !trigger
            || FAILED(hr = trigger->put_Enabled(flag(wanted.triggersEnabled.at(i - 1)))))
            return taskFailure<ScheduledTask>(
                    translated("Changing trigger %1 of the task %2 (ITrigger::put_Enabled)").arg(i).arg(taskPath), hr);
    }
    if (FAILED(hr = settings->put_Enabled(flag(wanted.enabled)))
        || FAILED(hr = settings->put_MultipleInstances(instancesOf(wanted.multipleInstances))))
        return taskFailure<ScheduledTask>(
                translated("Changing the settings of the task %1 (put_Enabled, put_MultipleInstances)").arg(taskPath),
                hr);
    // Registered again as an update of itself; no user or password given, so the definition's
    // own principal stays (a task that stores a password cannot be updated this way: Windows
    // refuses, and that answer is passed on).
    const Variant none;
    ComPtr<IRegisteredTask> updated;
    if (FAILED(hr = folder->RegisterTaskDefinition(taskName.get(), definition.get(), TASK_UPDATE, none.get(),
                                                   none.get(), logon, none.get(), updated.out()))
        || !updated)
        return taskFailure<ScheduledTask>(
                translated("Saving the changed task %1 (ITaskFolder::RegisterTaskDefinition, TASK_UPDATE)")
                        .arg(taskPath),
                hr);
    return readTask(updated.get());
}

} // namespace

} // namespace win

Probed<QList<ScheduledTask>> WindowsServices::scheduledTasks(const QString& folder) const
{
    const win::ComApartment com;
    if (!com.usable())
        return win::taskFailure<QList<ScheduledTask>>(tr("Starting COM for Task Scheduler (CoInitializeEx)"),
                                                      com.result());
    return win::listTasks(folder); // every interface is released before COM ends here
}

Probed<ScheduledTask> WindowsServices::updateScheduledTask(const QString& taskPath,
                                                           const ScheduledTaskSettings& settings) const
{
    const win::ComApartment com;
    if (!com.usable())
        return win::taskFailure<ScheduledTask>(tr("Starting COM for Task Scheduler (CoInitializeEx)"), com.result());
    return win::updateTask(taskPath, settings);
}

} // namespace mars
