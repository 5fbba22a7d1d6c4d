// SPDX-License-Identifier: MIT
#include "Verdict.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace mars {

namespace {
constexpr std::array<std::pair<Verdict, const char*>, 8> kIds{{
        {Verdict::Pass, "pass"},
        {Verdict::Warning, "warning"},
        {Verdict::Fail, "fail"},
        {Verdict::NotApplicable, "not_applicable"},
        {Verdict::Error, "error"},
        {Verdict::TimedOut, "timed_out"},
        {Verdict::Cancelled, "cancelled"},
        {Verdict::NotRun, "not_run"},
}};
} // namespace

QString verdictId(Verdict verdict)
{
    for (const auto& [v, id] : kIds) {
        if (v == verdict)
            return QString::fromLatin1(id);
    }
    return QStringLiteral("invalid");
}

Verdict verdictFromId(const QString& id)
{
    for (const auto& [v, name] : kIds) {
        if (id == QLatin1String(name))
            return v;
    }
    return Verdict::Invalid;
}

// Translated: the console table is read by people. JSON and logs use verdictId().
QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    //: Verdict labels of the console table: short, upper case.
    case Verdict::Pass: return QCoreApplication::translate("mars::Verdict", "PASS");
    case Verdict::Warning: return QCoreApplication::translate("mars::Verdict", "WARN");
    case Verdict::Fail: return QCoreApplication::translate("mars::Verdict", "FAIL");
    case Verdict::NotApplicable: return QCoreApplication::translate("mars::Verdict", "N/A");
    //: The check itself could not run (the probe failed), as opposed to FAIL.
    case Verdict::Error: return QCoreApplication::translate("mars::Verdict", "ERROR");
    case Verdict::TimedOut: return QCoreApplication::translate("mars::Verdict", "TIMEOUT");
    case Verdict::Cancelled: return QCoreApplication::translate("mars::Verdict", "CANCEL");
    case Verdict::NotRun: return QCoreApplication::translate("mars::Verdict", "NOT RUN");
    case Verdict::Invalid: break;
    }
    return QCoreApplication::translate("mars::Verdict", "INVALID");
}

bool verdictNeedsAttention(Verdict verdict)
{
    return verdict == Verdict::Warning || verdict == Verdict::Fail || verdict == Verdict::Error
           || verdict == Verdict::TimedOut;
}

int verdictSeverity(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return 0;
    case Verdict::NotApplicable: return 1;
    case Verdict::Warning: return 2;
    case Verdict::Cancelled: return 3;
    case Verdict::NotRun: return 4;
    case Verdict::TimedOut: return 5;
    case Verdict::Error: return 6;
    case Verdict::Fail: return 7;
    case Verdict::Invalid: break;
    }
    return 8;
}

} // namespace mars
