// SPDX-License-Identifier: MIT
// Every check of both phases (installation and registration) over every scenario that says what
// it expects: one fault scenario per failure mode (tests/data/scenarios/install/, each extending
// healthy-server.json with one change) and the shipped scenarios, broken-register.json included. A check the file names
// must give that verdict and its plain sentence must name the cause (the file's "mentions"); every check it does not
// name must pass or not apply, so a fault scenario also proves that one fault does not set off
// unrelated checks, and healthy-server.json proves a healthy machine is all green.
#include "ScenarioTestData.h"
#include "catalog/BuiltinCatalog.h"
#include "engine/CheckCatalog.h"
#include "system/ScenarioSystem.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace mars;

namespace {
QString installFaults()
{
    return QStringLiteral(MARS_SOURCE_DIR "/tests/data/scenarios/install");
}

QStringList scenarioFiles()
{
    QStringList files;
    const QDir dir(installFaults());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    files.append(test::shipped("healthy-server.json"));
    files.append(test::shipped("broken-install.json"));
    files.append(test::shipped("broken-register.json"));
    return files;
}

// Both phases' checks: a registration-only check runs on the fault scenarios too, so one fault
// must not set it off either (and healthy-server.json must pass it).
constexpr Phases kPhases = Phases(Phase::Install) | Phase::Register;

Finding runCheck(const Check& check, const std::shared_ptr<SystemProbe>& system)
{
    CheckContext context;
    context.env.system = system;
    context.env.inputs.goal = check.info().phases.testFlag(Phase::Install) ? Goal::Install : Goal::Register;
    return check.run(context);
}
} // namespace

class TestInstallScenarios : public QObject
{
    Q_OBJECT
private slots:
    void everyInstallCheckOverEveryScenario_data();
    void everyInstallCheckOverEveryScenario();
    void everyInstallCheckHasAFaultScenario();
};

void TestInstallScenarios::everyInstallCheckOverEveryScenario_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = scenarioFiles();
    QVERIFY2(files.size() > 20, "the fault scenarios are missing");
    for (const QString& file : files)
        QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
}

void TestInstallScenarios::everyInstallCheckOverEveryScenario()
{
    QFETCH(QString, file);
    std::shared_ptr<ScenarioSystem> system = test::load(file);
    QVERIFY2(system, qPrintable(file));
    const CheckCatalog catalog = builtinCatalog();
    const QList<ScenarioExpectation> expected = system->expectations();
    const bool healthy = file.endsWith(QLatin1String("healthy-server.json"));
    QVERIFY2(healthy || !expected.isEmpty(), "a fault scenario must say what the checks should find");

    QSet<QString> installChecks;
    for (const auto& check : catalog.checksFor(kPhases))
        installChecks.insert(check->info().id);
    for (const ScenarioExpectation& e : expected)
        QVERIFY2(installChecks.contains(e.checkId), qPrintable(QStringLiteral("unknown check %1").arg(e.checkId)));

    for (const auto& check : catalog.checksFor(kPhases)) {
        const QString id = check->info().id;
        const Finding finding = runCheck(*check, system);
        const QString context =
                QStringLiteral("%1: %2 -> %3: %4")
                        .arg(QFileInfo(file).fileName(), id, verdictId(finding.verdict), finding.summary);
        QVERIFY2(!finding.summary.isEmpty(), qPrintable(context));
        auto want = std::find_if(expected.cbegin(), expected.cend(),
                                 [&](const ScenarioExpectation& e) { return e.checkId == id; });
        if (want == expected.cend()) {
            QVERIFY2(finding.verdict == Verdict::Pass || finding.verdict == Verdict::NotApplicable,
                     qPrintable(QStringLiteral("unexpected finding, ") + context));
            continue;
        }
        QVERIFY2(finding.verdict == verdictFromId(want->verdictId),
                 qPrintable(QStringLiteral("expected %1, ").arg(verdictId(verdictFromId(want->verdictId))) + context));
        for (const QString& word : want->mentions)
            QVERIFY2(finding.summary.contains(word, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("summary does not name \"%1\", ").arg(word) + context));
        if (verdictNeedsAttention(finding.verdict)) {
            // Something to do: the way out is spelled out, as a button, a remedy, or both.
            QVERIFY2(!finding.fixIds.isEmpty() || !finding.remedy.isEmpty(), qPrintable(context));
            QVERIFY2(!finding.docUrl.isEmpty(), qPrintable(context));
        }
    }
}

void TestInstallScenarios::everyInstallCheckHasAFaultScenario()
{
    // "One scenario per failure mode": at least every install check is made to complain once.
    QSet<QString> complained;
    for (const QString& file : scenarioFiles()) {
        std::shared_ptr<ScenarioSystem> system = test::load(file);
        QVERIFY2(system, qPrintable(file));
        for (const ScenarioExpectation& e : system->expectations()) {
            if (verdictNeedsAttention(verdictFromId(e.verdictId)))
                complained.insert(e.checkId);
        }
    }
    for (const auto& check : builtinCatalog().checksFor(kPhases))
        QVERIFY2(complained.contains(check->info().id),
                 qPrintable(QStringLiteral("no fault scenario makes %1 complain").arg(check->info().id)));
}

QTEST_GUILESS_MAIN(TestInstallScenarios)
#include "TestInstallScenarios.moc"
