// SPDX-License-Identifier: MIT
#include "KnownError.h"

#include "logging/Logging.h"

#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace mars {

namespace {
constexpr qsizetype kMaxText = 4000;

// Where `code` first stands on its own in `text` (not inside a longer number or word), or -1.
qsizetype codePosition(const QString& text, const QString& code)
{
    const QRegularExpression re(QStringLiteral("(?<![0-9A-Za-z])") + QRegularExpression::escape(code)
                                        + QStringLiteral("(?![0-9A-Za-z])"),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.capturedStart() : -1;
}
} // namespace

ErrorMatch matchKnownError(const QList<KnownError>& errors, const QString& text)
{
    const QString cut = text.left(kMaxText).simplified();
    ErrorMatch result;
    if (cut.isEmpty())
        return result;
    result.kind = ErrorMatch::Kind::Unknown;

    qsizetype best = -1;
    for (const KnownError& error : errors) {
        for (const QString& code : error.codes) {
            const qsizetype at = codePosition(cut, code);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                result.kind = ErrorMatch::Kind::Known;
                result.error = error;
                result.matchedBy = code;
            }
        }
    }
    if (best >= 0)
        return result;

    qsizetype bestScore = 0;
    for (const KnownError& error : errors) {
        qsizetype score = 0;
        QString firstHit;
        for (const QString& phrase : error.phrases) {
            if (cut.contains(phrase, Qt::CaseInsensitive)) {
                score += phrase.size();
                if (firstHit.isEmpty())
                    firstHit = phrase;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            result.kind = ErrorMatch::Kind::Known;
            result.error = error;
            result.matchedBy = firstHit;
        }
    }
    return result;
}

bool catalogRefCovers(const QString& ref, const QString& checkRef)
{
    if (ref.isEmpty() || !checkRef.startsWith(ref, Qt::CaseInsensitive))
        return false;
    // "A1" covers "A1" and "A1a", never "A10".
    return checkRef.size() == ref.size() || checkRef.at(ref.size()).isLetter();
}

namespace {
bool explains(const Check& check, const KnownError& error)
{
    const QString checkRef = check.info().catalogRef;
    return std::any_of(error.catalogRefs.cbegin(), error.catalogRefs.cend(),
                       [&](const QString& ref) { return catalogRefCovers(ref, checkRef); });
}
} // namespace

QList<std::shared_ptr<const Check>> checksExplaining(const QList<std::shared_ptr<const Check>>& checks,
                                                     const KnownError& error)
{
    QList<std::shared_ptr<const Check>> result;
    for (const auto& check : checks) {
        if (explains(*check, error))
            result.append(check);
    }
    return result;
}

QList<std::shared_ptr<const Check>> explainingChecksFirst(const QList<std::shared_ptr<const Check>>& checks,
                                                          const KnownError& error)
{
    QList<std::shared_ptr<const Check>> first;
    QList<std::shared_ptr<const Check>> rest;
    for (const auto& check : checks)
        (explains(*check, error) ? first : rest).append(check);
    return first + rest;
}

QList<std::shared_ptr<const Check>> runOrderFor(const QList<KnownError>& errors,
                                                const QList<std::shared_ptr<const Check>>& checks, const QString& text)
{
    const ErrorMatch match = matchKnownError(errors, text);
    const auto log = Logging::logger(QStringLiteral("checks"));
    switch (match.kind) {
    case ErrorMatch::Kind::Empty: return checks;
    case ErrorMatch::Kind::Unknown:
        log->info("reported error: not in the table of known errors ({} characters); checks run in catalog order",
                  text.size());
        return checks;
    case ErrorMatch::Kind::Known: break;
    }
    const QList<std::shared_ptr<const Check>> first = checksExplaining(checks, match.error);
    log->info("reported error: matched {} by \"{}\"; its {} check(s) of this run start first",
              match.error.id.toStdString(), match.matchedBy.toStdString(), first.size());
    return explainingChecksFirst(checks, match.error);
}

ErrorExplanation explainError(const QList<std::shared_ptr<const Check>>& checks, const KnownError& error,
                              const QList<Finding>& findings)
{
    ErrorExplanation result;
    QStringList warnings;
    for (const auto& check : checksExplaining(checks, error)) {
        const QString id = check->info().id;
        const auto found =
                std::find_if(findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.checkId == id; });
        const Verdict verdict = found == findings.cend() ? Verdict::NotRun : found->verdict;
        switch (verdict) {
        case Verdict::Fail: result.explainedBy.append(id); break;
        case Verdict::Warning: warnings.append(id); break;
        case Verdict::Pass:
        case Verdict::NotApplicable: result.cleared.append(id); break;
        default: result.undecided.append(id); break;
        }
    }
    result.explainedBy += warnings;
    return result;
}

} // namespace mars
