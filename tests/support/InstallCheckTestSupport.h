// SPDX-License-Identifier: MIT
#pragma once

// Shared by the tests of the install-phase checks A3-A12 and their fixes: contexts over patched
// minimal scenarios (ScenarioTestData.h), an installed agent, and what every finding must satisfy.
#include "FailingSystem.h"
#include "ScenarioTestData.h"
#include "engine/Check.h"

#include <QTest>

#include <memory>

namespace mars::test {

inline CheckContext contextOf(std::shared_ptr<SystemProbe> system, Goal goal = Goal::Install)
{
    CheckContext context;
    context.env.system = std::move(system);
    context.env.inputs.goal = goal;
    return context;
}

// kBase patched with `patchJson`; a patch the parser rejects ends the test run.
inline std::shared_ptr<SystemProbe> scenario(const QByteArray& patchJson)
{
    std::shared_ptr<SystemProbe> system = fromPatch(patchJson.constData());
    if (!system)
        qFatal("test scenario rejected: %s", patchJson.constData());
    return system;
}

// A scenario patch with one "os" object (TestOsChecks, TestOsUpdateChecks).
inline QByteArray osPatch(const char* productName, int major, int minor, int build, const char* productType,
                          const char* extra = "")
{
    return QByteArray(R"({"os": {"productName": ")") + productName + R"(", "major": )" + QByteArray::number(major)
           + R"(, "minor": )" + QByteArray::number(minor) + R"(, "build": )" + QByteArray::number(build)
           + R"(, "productType": ")" + productType + "\"" + extra + "}}";
}

inline const char* const kElevated = R"({"user": "CONTOSO\\admin", "adminMember": true, "elevation": "elevated"})";
inline const char* const kLimited = R"({"user": "CONTOSO\\admin", "adminMember": true, "elevation": "limited"})";
inline const QString kEngine = kInstallDir + QStringLiteral("\\bin\\cbengine.exe");

// A scenario patch with an installed agent: InstallPath (with the trailing backslash the
// installer writes), the service obengine in `state` (none when null), and `account` instead of
// the elevated administrator when given.
inline QByteArray installedAgent(const char* state, const char* startType = "automatic", const char* account = nullptr)
{
    QByteArray json = R"({"registry": [{"hive": "HKLM", "key": "SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup",
        "name": "InstallPath", "type": "REG_SZ", "data": "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\"}])";
    if (state)
        json += R"(, "services": [{"name": "obengine", "displayName": "Microsoft Azure Recovery Services Agent",
            "state": ")"
                + QByteArray(state) + R"(", "startType": ")" + startType + "\"}]";
    if (account)
        json += QByteArray(", \"account\": ") + account;
    return json + '}';
}

// `inner`, with the agent's engine file answering `version` ("" = the file is missing).
inline std::shared_ptr<FailingSystem> withEngine(std::shared_ptr<SystemProbe> inner, const QString& version)
{
    auto system = std::make_shared<FailingSystem>(std::move(inner));
    system->versionAnswer = [version](const QString& path) {
        if (path.compare(kEngine, Qt::CaseInsensitive) != 0 || version.isEmpty())
            return Probed<QString>::bad(ProbeStatus::NotFound, path + QStringLiteral(" does not exist"), 2);
        return Probed<QString>::good(version);
    };
    return system;
}

// Every finding: the check's id and doc link, a sentence and a detail, a remedy exactly when
// there is something to do, no fix on a pass, and no evidence row without a value.
inline void verifyShape(const Finding& f, const Check& check)
{
    QCOMPARE(f.checkId, check.info().id);
    QCOMPARE(f.docUrl, check.info().docUrl);
    QVERIFY(!f.summary.isEmpty());
    QVERIFY(!f.detail.isEmpty());
    const bool nothingToDo =
            f.verdict == Verdict::Pass || f.verdict == Verdict::NotApplicable || f.verdict == Verdict::Error;
    QVERIFY2(f.remedy.isEmpty() == nothingToDo, qPrintable(f.summary));
    if (f.verdict == Verdict::Pass)
        QVERIFY(f.fixIds.isEmpty());
    for (const Evidence& e : f.evidence)
        QVERIFY2(!e.id.isEmpty() && !e.label.isEmpty() && !e.value.isEmpty(), qPrintable(e.id));
}

} // namespace mars::test
