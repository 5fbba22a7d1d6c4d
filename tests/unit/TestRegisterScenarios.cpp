// SPDX-License-Identifier: MIT
// Every registration-phase check over every scenario that says what it expects: one fault
// scenario per failure mode of the network, TLS and time checks (tests/data/scenarios/register/,
// each extending healthy-server.json with one change) and the shipped broken-register.json.
// Same rules as TestInstallScenarios (tests/support/ScenarioMatrix.h).
#include "ScenarioMatrix.h"
#include "catalog/BuiltinCatalog.h"
#include "catalog/common/RestartNeeded.h"

#include <QTest>

using namespace mars;

namespace {
QStringList scenarioFiles()
{
    return test::scenarioFiles("register",
                               {QStringLiteral("healthy-server.json"), QStringLiteral("broken-register.json")});
}
// Checks of both phases whose fault scenarios live with the installation phase, and the vault
// credentials file's.
QSet<QString> registerChecksWithoutScenario()
{
    QSet<QString> ids;
    for (const auto& check : builtinCatalog().checksFor(Phase::Install))
        ids.insert(check->info().id);
    // The vault credentials file is the technician's input, not a fact of the machine: its
    // faults are a corpus of files (TestVaultFile), not scenarios.
    for (const auto& check : builtinCatalog().checksFor(Phase::Register)) {
        if (check->info().id.startsWith(QLatin1String("vaultcred_")))
            ids.insert(check->info().id);
    }
    ids.insert(restart::checkId()); // I9 judges the fix journal: TestRestartAfterChanges
    return ids;
}
} // namespace

class TestRegisterScenarios : public QObject
{
    Q_OBJECT
private slots:
    void everyRegisterCheckOverEveryScenario_data();
    void everyRegisterCheckOverEveryScenario();
    void everyRegisterCheckHasAFaultScenario();
};

void TestRegisterScenarios::everyRegisterCheckOverEveryScenario_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = scenarioFiles();
    QVERIFY2(files.size() > 5, "the fault scenarios are missing");
    for (const QString& file : files)
        QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
}

void TestRegisterScenarios::everyRegisterCheckOverEveryScenario()
{
    QFETCH(QString, file);
    test::verifyScenario(file, builtinCatalog(), Phase::Register, Goal::Register);
}

void TestRegisterScenarios::everyRegisterCheckHasAFaultScenario()
{
    test::verifyEveryCheckComplainsOnce(scenarioFiles(), builtinCatalog(), Phase::Register,
                                        registerChecksWithoutScenario());
}

QTEST_GUILESS_MAIN(TestRegisterScenarios)
#include "TestRegisterScenarios.moc"
