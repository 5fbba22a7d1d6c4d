// SPDX-License-Identifier: MIT
#pragma once

// What TestInstallScenarios and TestRegisterScenarios share: every check of a phase run over a
// scenario file, held against the file's "expected" block (docs/scenario-schema.md).
#include "ScenarioTestData.h"
#include "engine/CheckCatalog.h"
#include "engine/CheckContext.h"
#include "engine/Verdict.h"
#include "system/ScenarioSystem.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace mars::test {

// The fault scenarios of one folder under tests/data/scenarios, plus the shipped ones named.
inline QStringList scenarioFiles(const char* folder, const QStringList& shippedFiles)
{
    QStringList files;
    const QDir dir(QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/") + QLatin1String(folder));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    for (const QString& shippedFile : shippedFiles)
        files.append(QStringLiteral(MARS_SOURCE_DIR "/resources/scenarios/") + shippedFile);
    return files;
}

// Runs every check of `phase` over `file`: a check the file names must give that verdict and
// name the words; every other check must pass or not apply. QVERIFY inside.
inline void verifyScenario(const QString& file, const CheckCatalog& catalog, Phase phase, Goal goal)
{
    std::shared_ptr<ScenarioSystem> system = test::load(file);
    QVERIFY2(system, qPrintable(file));
    const QList<ScenarioExpectation> expected = system->expectations();
    const bool healthy = file.endsWith(QLatin1String("healthy-server.json"));
    QVERIFY2(healthy || !expected.isEmpty(), "a fault scenario must say what the checks should find");

    QSet<QString> phaseChecks;
    for (const auto& check : catalog.checksFor(phase))
        phaseChecks.insert(check->info().id);
    for (const ScenarioExpectation& e : expected)
        QVERIFY2(phaseChecks.contains(e.checkId), qPrintable(QStringLiteral("unknown check %1").arg(e.checkId)));

    for (const auto& check : catalog.checksFor(phase)) {
        const QString id = check->info().id;
        CheckContext context;
        context.env.system = system;
        context.env.inputs.goal = goal;
        const Finding finding = check->run(context);
        const QString where = QStringLiteral("%1: %2 -> %3: %4")
                                      .arg(QFileInfo(file).fileName(), id, verdictId(finding.verdict), finding.summary);
        QVERIFY2(!finding.summary.isEmpty(), qPrintable(where));
        auto want = std::find_if(expected.cbegin(), expected.cend(),
                                 [&](const ScenarioExpectation& e) { return e.checkId == id; });
        if (want == expected.cend()) {
            QVERIFY2(finding.verdict == Verdict::Pass || finding.verdict == Verdict::NotApplicable,
                     qPrintable(QStringLiteral("unexpected finding, ") + where));
            continue;
        }
        QVERIFY2(finding.verdict == verdictFromId(want->verdictId),
                 qPrintable(QStringLiteral("expected %1, ").arg(verdictId(verdictFromId(want->verdictId))) + where));
        for (const QString& word : want->mentions)
            QVERIFY2(finding.summary.contains(word, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("summary does not name \"%1\", ").arg(word) + where));
        if (verdictNeedsAttention(finding.verdict)) {
            // Something to do: the way out is spelled out, as a button, a remedy, or both.
            QVERIFY2(!finding.fixIds.isEmpty() || !finding.remedy.isEmpty(), qPrintable(where));
            QVERIFY2(!finding.docUrl.isEmpty(), qPrintable(where));
        }
    }
}

// "One scenario per failure mode": every check of the phase complains in at least one file.
inline void verifyEveryCheckComplainsOnce(const QStringList& files, const CheckCatalog& catalog, Phase phase,
                                          const QSet<QString>& exempt = {})
{
    QSet<QString> complained;
    for (const QString& file : files) {
        std::shared_ptr<ScenarioSystem> system = test::load(file);
        QVERIFY2(system, qPrintable(file));
        for (const ScenarioExpectation& e : system->expectations()) {
            if (verdictNeedsAttention(verdictFromId(e.verdictId)))
                complained.insert(e.checkId);
        }
    }
    for (const auto& check : catalog.checksFor(phase)) {
        const QString id = check->info().id;
        QVERIFY2(complained.contains(id) || exempt.contains(id),
                 qPrintable(QStringLiteral("no fault scenario makes %1 complain").arg(id)));
    }
}

} // namespace mars::test
