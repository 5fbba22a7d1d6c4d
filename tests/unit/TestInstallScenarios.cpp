// SPDX-License-Identifier: MIT
// Every installation-phase check over every scenario that says what it expects: one fault
// scenario per failure mode (tests/data/scenarios/install/, each extending healthy-server.json
// with one change) and the shipped scenarios. A check the file names must give that verdict
// and its plain sentence must name the cause (the file's "mentions"); every check it does not
// name must pass or not apply, so a fault scenario also proves that one fault does not set off
// unrelated checks, and healthy-server.json proves a healthy machine is all green.
#include "ScenarioMatrix.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/common/RestartNeeded.h"

#include <QTest>

using namespace mars;

namespace {
QStringList scenarioFiles()
{
    return test::scenarioFiles("install",
                               {QStringLiteral("healthy-server.json"), QStringLiteral("broken-install.json")});
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
    test::verifyScenario(file, builtinCatalog(), Phase::Install, Goal::Install);
}

void TestInstallScenarios::everyInstallCheckHasAFaultScenario()
{
    // I9 judges the fix journal (what this tool changed), not a fact of the machine: its cases are
    // in TestRestartAfterChanges.
    test::verifyEveryCheckComplainsOnce(scenarioFiles(), builtinCatalog(), Phase::Install, {restart::checkId()});
}

QTEST_GUILESS_MAIN(TestInstallScenarios)
#include "TestInstallScenarios.moc"
