// SPDX-License-Identifier: MIT
#include "FixOption.h"

namespace mars {

QVariant FixOption::normalized(const QVariant& value, bool simulated) const
{
    const QVariant fallback = defaultFor(simulated);
    if (!value.isValid())
        return fallback;
    switch (kind) {
    case Kind::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        return ok ? QVariant(int(qBound(qlonglong(minimum), number, qlonglong(maximum)))) : fallback;
    }
    case Kind::Text: return value.toString().trimmed();
    case Kind::Choice: return choices.contains(value.toString()) ? QVariant(value.toString()) : fallback;
    }
    return fallback;
}

} // namespace mars
