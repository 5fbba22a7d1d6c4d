// SPDX-License-Identifier: MIT
#pragma once

// A simulated machine with the MARS agent's cache (scratch) folder, built field by field on
// top of ScenarioTestData's minimal scenario, and helpers to run and judge the B1-B5 checks.
#include "FailingSystem.h"
#include "ScenarioTestData.h"
#include "engine/Check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace mars::test::scratch {

inline constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;
inline const QString kScratch = test::kInstallDir + QStringLiteral("\\Scratch");
inline const QString kSetup = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup");
inline const QString kConfig = QStringLiteral("SOFTWARE\\Microsoft\\Windows Azure Backup\\Config");
inline const QString kProvider = kConfig + QStringLiteral("\\CloudBackupProvider");
inline const QString kScratchValue = QStringLiteral("ScratchLocation");

// A simulated machine built field by field on top of ScenarioTestData's minimal scenario.
struct Machine
{
    QJsonArray registry, folders, files, disks, services;
    QJsonObject account; // empty: ScenarioTestData's elevated administrator
    QJsonObject clock; // empty: the host's clock

    // An administrator running with the limited (UAC) token.
    Machine& limited()
    {
        account = QJsonObject{{QStringLiteral("user"), QStringLiteral("CONTOSO\\admin")},
                              {QStringLiteral("adminMember"), true},
                              {QStringLiteral("elevation"), QStringLiteral("limited")}};
        return *this;
    }

    Machine& value(const QString& key, const QString& name, const QString& data)
    {
        registry.append(QJsonObject{{QStringLiteral("hive"), QStringLiteral("HKLM")},
                                    {QStringLiteral("key"), key},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("type"), QStringLiteral("REG_SZ")},
                                    {QStringLiteral("data"), data}});
        return *this;
    }
    // A folder last written `ageHours` before the clock (set with clockAt()).
    Machine& folderWritten(const QString& path, double ageHours)
    {
        folders.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("ageHours"), ageHours}});
        return *this;
    }
    Machine& clockAt(const QString& utc)
    {
        clock = QJsonObject{{QStringLiteral("utc"), utc}};
        return *this;
    }
    Machine& folder(const QString& path, const QStringList& attributes = {})
    {
        folders.append(QJsonObject{{QStringLiteral("path"), path},
                                   {QStringLiteral("attributes"), QJsonArray::fromStringList(attributes)}});
        return *this;
    }
    Machine& file(const QString& path)
    {
        files.append(QJsonObject{{QStringLiteral("path"), path}});
        return *this;
    }
    Machine& file(const QString& path, const QStringList& attributes)
    {
        files.append(QJsonObject{{QStringLiteral("path"), path},
                                 {QStringLiteral("attributes"), QJsonArray::fromStringList(attributes)}});
        return *this;
    }
    // Sets a field of the disk whose root is `root` (added with disk() before): "online", "dedup".
    Machine& diskField(const QString& root, const QString& field, const QJsonValue& value)
    {
        for (qsizetype i = 0; i < disks.size(); ++i) {
            QJsonObject disk = disks.at(i).toObject();
            if (disk.value(QStringLiteral("root")).toString() == root) {
                disk.insert(field, value);
                disks.replace(i, disk);
            }
        }
        return *this;
    }
    Machine& disk(const QString& root, qint64 total, qint64 free, const QString& type = QStringLiteral("fixed"),
                  const QString& fileSystem = QStringLiteral("NTFS"))
    {
        disks.append(QJsonObject{{QStringLiteral("root"), root},
                                 {QStringLiteral("totalBytes"), total},
                                 {QStringLiteral("freeBytes"), free},
                                 {QStringLiteral("driveType"), type},
                                 {QStringLiteral("fileSystem"), fileSystem}});
        return *this;
    }
    // The server's C: and D: (fixed, NTFS, online): a folder no disk holds is on a drive that is
    // not there, which the cache-location repair refuses to treat as gone.
    Machine& drives()
    {
        return disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB).disk(QStringLiteral("D:\\"), 512 * kGiB, 256 * kGiB);
    }
    Machine& installed()
    {
        services.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("obengine")},
                                    {QStringLiteral("state"), QStringLiteral("running")}});
        return value(kSetup, QStringLiteral("InstallPath"), test::kInstallDir + QLatin1Char('\\'))
                .folder(test::kInstallDir);
    }
    // A null string leaves the value out.
    Machine& scratch(const QString& config, const QString& provider)
    {
        if (!config.isNull())
            value(kConfig, kScratchValue, config);
        if (!provider.isNull())
            value(kProvider, kScratchValue, provider);
        // Keeps the Config key in existence when both values are missing (an installed agent).
        return value(kConfig, QStringLiteral("MachineId"), QStringLiteral("1234"));
    }
    std::shared_ptr<SystemProbe> system() const
    {
        const QJsonObject patch{{QStringLiteral("registry"), registry},
                                {QStringLiteral("folders"), folders},
                                {QStringLiteral("files"), files},
                                {QStringLiteral("disks"), disks},
                                {QStringLiteral("services"), services}};
        QJsonObject withAccount = patch;
        if (!account.isEmpty())
            withAccount.insert(QStringLiteral("account"), account);
        if (!clock.isEmpty())
            withAccount.insert(QStringLiteral("clock"), clock);
        const QByteArray json = QJsonDocument(withAccount).toJson();
        std::shared_ptr<SystemProbe> built = test::fromPatch(json.constData());
        if (!built)
            qFatal("test machine rejected: %s", json.constData());
        return built;
    }
};

// An installed agent whose cache is the default folder on a roomy NTFS C:.
inline Machine healthy()
{
    Machine m;
    m.installed().scratch(kScratch, kScratch).folder(kScratch).disk(QStringLiteral("C:\\"), 128 * kGiB, 64 * kGiB);
    return m;
}

inline Finding run(const Check& check, const std::shared_ptr<SystemProbe>& system, const CheckInputs& inputs = {})
{
    CheckContext context;
    context.env.system = system;
    context.env.inputs = inputs;
    return check.run(context);
}

// Every finding of these checks: its own id and doc link, evidence rows with values, a next
// step for every problem, no fix on a pass.
inline void verifyShape(const Check& check, const Finding& f)
{
    QCOMPARE(f.checkId, check.info().id);
    QCOMPARE(f.docUrl, check.info().docUrl);
    QVERIFY(!f.summary.isEmpty());
    for (const Evidence& e : f.evidence)
        QVERIFY2(!e.id.isEmpty() && !e.label.isEmpty() && !e.value.isEmpty(), qPrintable(e.id));
    if (f.verdict == Verdict::Warning || f.verdict == Verdict::Fail)
        QVERIFY2(!f.remedy.isEmpty(), qPrintable(f.summary));
    if (f.verdict == Verdict::Pass)
        QVERIFY(f.fixIds.isEmpty());
}

inline std::shared_ptr<FailingSystem> failing(const Machine& machine = healthy())
{
    return std::make_shared<FailingSystem>(machine.system());
}

} // namespace mars::test::scratch
