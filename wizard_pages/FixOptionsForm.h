// SPDX-License-Identifier: MIT
#pragma once

#include "engine/FixOption.h"

#include <QWidget>

class QTimer;

namespace mars {

// Renders a fix's options (FixInfo::options) from their description alone: an Integer as a
// spin box, Text as a line edit, a Choice as a combo box, each named "fixOption_<id>" for
// tests and accessibility, with its label as buddy. Starts at each option's default for this
// machine (real or simulated). valuesChanged() is debounced: typing "48" previews once, not
// twice (a preview of a folder with 70,000 files is not free).
class FixOptionsForm : public QWidget
{
    Q_OBJECT
public:
    FixOptionsForm(const QList<FixOption>& options, bool simulated, QWidget* parent = nullptr);

    FixOptionValues values() const;
    bool isEmpty() const { return m_options.isEmpty(); }

Q_SIGNALS:
    void valuesChanged();

private:
    QList<FixOption> m_options;
    QList<QWidget*> m_fields; // same order as m_options
    QTimer* m_delay = nullptr;
};

} // namespace mars
