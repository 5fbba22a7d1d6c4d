// SPDX-License-Identifier: MIT
#include "FixesOffered.h"

#include "engine/CheckCatalog.h"
#include "engine/Fix.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

namespace mars {

QString fixesOfferedText(const QList<Finding>& findings, const CheckCatalog& catalog, bool simulated)
{
    QString out;
    QTextStream s(&out);
    QSet<QString> listed;
    for (const Finding& f : findings) {
        if (!verdictNeedsAttention(f.verdict))
            continue;
        for (const QString& fixId : f.fixIds) {
            const std::shared_ptr<const Fix> fix = catalog.fix(fixId);
            if (!fix || listed.contains(fixId))
                continue;
            listed.insert(fixId);
            if (listed.size() == 1)
                s << QCoreApplication::translate("mars::FixesOffered",
                                                 "Fixes the wizard offers (each change is previewed before it is "
                                                 "made):")
                  << '\n';
            // Titles, as the wizard shows them: the ids stay in the JSON report.
            const FixInfo info = fix->info();
            const auto check = catalog.check(f.checkId);
            s << "  " << info.title << " ("
              << QCoreApplication::translate("mars::FixesOffered", "for \"%1\"")
                            .arg(check ? check->info().title : f.checkId)
              << ")\n";
            for (const FixOption& option : info.options)
                s << "      " << option.describe(simulated) << '\n';
        }
    }
    return out;
}

} // namespace mars
