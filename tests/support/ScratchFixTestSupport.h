// SPDX-License-Identifier: MIT
#pragma once

// For the tests of the cache and install folder fixes: a system that records the actions it
// is asked to take (and can make some fail), and the journal + check runner + fix runner wired
// as the wizard wires them.
#include "ForwardingSystem.h"
#include "ScratchTestMachine.h"
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "logging/Redactor.h"
#include "system/SystemProbe.h"

#include <QJsonArray>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>

namespace mars::test::scratch {

inline const QString kOld = QStringLiteral("D:\\Old\\Scratch");

// Records the actions in order, and can make stopping the service fail or the cache folder
// vanish (after the preview). Its services, registry and files roles forward to the machine's
// and write down what they are asked to do.
class Recorder final : public SystemProbe
{
public:
    explicit Recorder(std::shared_ptr<SystemProbe> inner)
        : SystemProbe(inner->description(), inner->isSimulated(), recordingRoles(*inner, this))
        , m_inner(std::move(inner))
    {
    }
    std::atomic<bool> failStop = false;
    std::atomic<bool> scratchGone = false;

    QStringList calls() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_calls;
    }

private:
    class Services final : public ForwardingServices
    {
    public:
        Services(std::shared_ptr<const ServicesProbe> inner, const Recorder* recorder)
            : ForwardingServices(std::move(inner))
            , m_recorder(recorder)
        {
        }
        Probed<ServiceState> stopService(const QString& name) const override
        {
            m_recorder->log(QStringLiteral("stop ") + name);
            if (m_recorder->failStop)
                return Probed<ServiceState>::bad(ProbeStatus::Failed, QStringLiteral("ControlService: error 1061"),
                                                 1061);
            return ForwardingServices::stopService(name);
        }
        Probed<ServiceState> startService(const QString& name) const override
        {
            m_recorder->log(QStringLiteral("start ") + name);
            return ForwardingServices::startService(name);
        }

    private:
        const Recorder* m_recorder;
    };

    class Registry final : public ForwardingRegistry
    {
    public:
        Registry(std::shared_ptr<const RegistryProbe> inner, const Recorder* recorder)
            : ForwardingRegistry(std::move(inner))
            , m_recorder(recorder)
        {
        }
        Probed<RegistryValue> writeRegistryString(RegistryHive hive, const QString& key, const QString& valueName,
                                                  const QString& data, RegistryView view) const override
        {
            m_recorder->log(QStringLiteral("write %1 = %2").arg(key.section(QLatin1Char('\\'), -1), data));
            return ForwardingRegistry::writeRegistryString(hive, key, valueName, data, view);
        }

    private:
        const Recorder* m_recorder;
    };

    class Files final : public ForwardingFiles
    {
    public:
        Files(std::shared_ptr<const FilesProbe> inner, const Recorder* recorder)
            : ForwardingFiles(std::move(inner))
            , m_recorder(recorder)
        {
        }
        Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                                FileAttributes clear) const override
        {
            m_recorder->log(QStringLiteral("attributes %1 +%2 -%3").arg(path).arg(set.toInt()).arg(clear.toInt()));
            return ForwardingFiles::changeAttributes(path, set, clear);
        }
        Probed<FileAttributes> fileAttributes(const QString& path) const override
        {
            if (m_recorder->scratchGone && path.compare(kScratch, Qt::CaseInsensitive) == 0)
                return Probed<FileAttributes>::bad(ProbeStatus::NotFound, QStringLiteral("not found"), 2);
            return ForwardingFiles::fileAttributes(path);
        }
        Probed<PathDetails> pathDetails(const QString& path) const override
        {
            if (m_recorder->scratchGone && path.compare(kScratch, Qt::CaseInsensitive) == 0)
                return Probed<PathDetails>::bad(ProbeStatus::NotFound, QStringLiteral("not found"), 2);
            return ForwardingFiles::pathDetails(path);
        }

    private:
        const Recorder* m_recorder;
    };

    static SystemRoles recordingRoles(const SystemProbe& inner, const Recorder* recorder)
    {
        SystemRoles roles = inner.roles();
        roles.services = std::make_shared<Services>(roles.services, recorder);
        roles.registry = std::make_shared<Registry>(roles.registry, recorder);
        roles.files = std::make_shared<Files>(roles.files, recorder);
        return roles;
    }

    void log(const QString& call) const
    {
        const QMutexLocker lock(&m_mutex);
        m_calls.append(call);
    }

    std::shared_ptr<SystemProbe> m_inner;
    mutable QMutex m_mutex;
    mutable QStringList m_calls;
};

inline std::shared_ptr<Recorder> recorded(const Machine& machine)
{
    return std::make_shared<Recorder>(machine.system());
}

inline CheckContext contextOf(const std::shared_ptr<SystemProbe>& system)
{
    CheckContext context;
    context.env.system = system;
    return context;
}

inline QString configValue(const SystemProbe& system, const QString& key = kConfig)
{
    const Probed<RegistryValue> v =
            system.registry().readRegistry(RegistryHive::LocalMachine, key, kScratchValue, RegistryView::Native64);
    return v.ok() ? v.value.data.toString() : QStringLiteral("(missing)");
}

inline QStringList attributesOf(const SystemProbe& system, const QString& path)
{
    const Probed<FileAttributes> a = system.files().fileAttributes(path);
    return a.ok() ? fileAttributeNames(a.value) : QStringList{QStringLiteral("(unreadable)")};
}

inline QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

// The journal, the check runner and the fix runner wired as the wizard wires them, around one
// simulated machine and the check that owns the fix.
struct Flow
{
    QTemporaryDir data;
    CheckEnvironment environment;
    std::shared_ptr<FixJournal> journal;
    CheckRunner checks;
    FixRunner fixes;

    explicit Flow(std::shared_ptr<SystemProbe> system)
        : journal(std::make_shared<FixJournal>(data.filePath(QStringLiteral("fix-journal.jsonl")),
                                               QStringLiteral("session-b"), std::make_shared<Redactor>()))
        , fixes(&checks, journal)
    {
        environment.system = std::move(system);
    }

    Finding runCheck(const std::shared_ptr<const Check>& check)
    {
        QSignalSpy finished(&checks, &CheckRunner::runFinished);
        checks.start({check}, environment);
        if (!finished.wait(10000))
            qFatal("the check did not finish");
        return checks.finding(check->info().id);
    }
    FixPlan preview(const std::shared_ptr<const Fix>& fix)
    {
        QSignalSpy previewed(&fixes, &FixRunner::previewReady);
        fixes.preview(fix, environment);
        if (!previewed.wait(10000))
            qFatal("no preview");
        return previewed.at(0).at(0).value<FixPlan>();
    }
    // Applies and waits for the owning check's re-run; returns the outcome.
    FixOutcome apply(const std::shared_ptr<const Fix>& fix, const FixPlan& plan)
    {
        QSignalSpy rechecked(&checks, &CheckRunner::checkFinished);
        QSignalSpy applied(&fixes, &FixRunner::applied);
        fixes.apply(fix, plan, environment);
        if (!applied.wait(10000))
            qFatal("no outcome");
        if (rechecked.isEmpty() && !rechecked.wait(10000))
            qFatal("the owning check was not run again");
        return applied.at(0).at(0).value<FixOutcome>();
    }
};

} // namespace mars::test::scratch
