// SPDX-License-Identifier: MIT
#include "Verdict.h"

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

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return QStringLiteral("PASS");
    case Verdict::Warning: return QStringLiteral("WARN");
    case Verdict::Fail: return QStringLiteral("FAIL");
    case Verdict::NotApplicable: return QStringLiteral("N/A");
    case Verdict::Error: return QStringLiteral("ERROR");
    case Verdict::TimedOut: return QStringLiteral("TIMEOUT");
    case Verdict::Cancelled: return QStringLiteral("CANCEL");
    case Verdict::NotRun: return QStringLiteral("NOT RUN");
    case Verdict::Invalid: break;
    }
    return QStringLiteral("INVALID");
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
