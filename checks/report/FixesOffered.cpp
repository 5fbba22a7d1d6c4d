// SPDX-License-Identifier: MIT
#include "FixesOffered.h"

#include "engine/CheckCatalog.h"

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
            const FixInfo info = fix->info();
            s << "  " << info.id << " (" << f.checkId << "): " << info.title << '\n';
            for (const FixOption& option : info.options)
                s << "      " << option.id << ": " << option.describe(simulated) << '\n';
        }
    }
    return out;
}

} // namespace mars
