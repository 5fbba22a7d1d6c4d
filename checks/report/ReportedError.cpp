// SPDX-License-Identifier: MIT
#include "ReportedError.h"

#include <algorithm>

namespace mars {

ReportedError describeReportedError(const CheckCatalog& catalog, const QString& text, const QList<Finding>& findings)
{
    ReportedError result;
    result.text = text.trimmed().left(CheckInputs::kMaxReportedError);
    const ErrorMatch match = matchKnownError(catalog.knownErrors(), result.text);
    if (match.kind != ErrorMatch::Kind::Known)
        return result;
    result.id = match.error.id;
    result.matchedBy = match.matchedBy;
    result.shownText = match.error.shownText;
    result.meaning = match.error.meaning;

    QList<std::shared_ptr<const Check>> ran;
    for (const Finding& f : findings) {
        if (auto check = catalog.check(f.checkId))
            ran.append(check);
    }
    for (const auto& check : checksExplaining(ran, match.error))
        result.checkIds.append(check->info().id);
    const ErrorExplanation explanation = explainError(ran, match.error, findings);
    result.explainedBy = explanation.explainedBy;
    result.cleared = explanation.cleared;
    result.undecided = explanation.undecided;
    return result;
}

QString ReportedErrorText::headline(const ReportedError& error)
{
    if (!error.entered())
        return {};
    if (!error.known())
        return tr("The error you entered is not one this tool knows, so every check ran in the usual order.");
    return tr("The error you entered: \"%1\". What it means: %2").arg(error.shownText, error.meaning);
}

QString ReportedErrorText::verdict(const ReportedError& error, const CheckCatalog& catalog,
                                   const QList<Finding>& findings)
{
    if (!error.known())
        return {};
    if (error.checkIds.isEmpty())
        return tr("None of the checks that can explain this error ran in this phase; the error belongs to another step "
                  "(see its meaning above).");
    const auto titled = [&](const QString& id) {
        const auto check = catalog.check(id);
        const QString title = check ? check->info().title : id;
        const auto found =
                std::find_if(findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.checkId == id; });
        return found == findings.cend() ? title : tr("%1 (%2)").arg(title, verdictLabel(found->verdict));
    };
    if (!error.explainedBy.isEmpty()) {
        QStringList names;
        for (const QString& id : error.explainedBy)
            names.append(titled(id));
        return tr("This is what explains it: %1. Deal with that first, then try again.")
                .arg(names.join(QStringLiteral("; ")));
    }
    if (!error.undecided.isEmpty()) {
        QStringList names;
        for (const QString& id : error.undecided)
            names.append(titled(id));
        return tr("None of the %1 checks for this error found a problem, but these could not finish: %2. Run them "
                  "again before you look elsewhere.")
                .arg(error.checkIds.size())
                .arg(names.join(QStringLiteral("; ")));
    }
    return tr("None of the %1 checks for this error found a problem on this server. Give the report and the agent's "
              "logs (the agent's Temp folder) to support.")
            .arg(error.checkIds.size());
}

} // namespace mars
