// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace mars {

// A setting a fix asks for before its preview ("only files older than N hours", a proxy's host
// and port, a time source). The fix declares it in FixInfo::options; the fix dialog and the
// command line render it from this description alone, without knowing the fix, and every
// change of a value previews again. The chosen values reach the fix as
// CheckContext::fixOptions (read them with Fix::option()); the fix records what it used in
// its plan, and apply() works from the plan, never from a newer value.
struct FixOption
{
    enum class Kind : quint8 {
        Integer = 1, // a number in [minimum, maximum]
        Text, // one line of text (a host name, a path)
        Choice, // one of `choices`
    };

    QString id; // snake_case, unique within the fix ("older_than_hours")
    Kind kind = Kind::Integer;
    QString label; // translated, shown before the field ("Only files last changed more than")
    QString suffix; // translated, after a number (" hours ago")
    QString minimumText; // translated, shown instead of the minimum ("any time (all .tmp files)")
    int minimum = 0;
    int maximum = 0;
    QStringList choices; // Choice: the values
    QStringList choiceLabels; // Choice: what the user reads, translated, same order
    QVariant defaultValue; // on a real machine
    QVariant simulatedDefault; // on a simulated machine; invalid: defaultValue

    QVariant defaultFor(bool simulated) const
    {
        return simulated && simulatedDefault.isValid() ? simulatedDefault : defaultValue;
    }
    // `value` made valid for this option: a number clamped to its range, a choice that is not
    // one of `choices` replaced by the default; invalid (missing) values give the default.
    QVariant normalized(const QVariant& value, bool simulated) const;
    // One line for a text rendering (the command line) from this description alone: the label,
    // the range or the choices, and the default ("Only files last changed more than 0-720 hours
    // ago (default: 24)").
    QString describe(bool simulated) const;
};

// Chosen values by option id.
using FixOptionValues = QVariantMap;

} // namespace mars
