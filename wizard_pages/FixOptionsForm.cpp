// SPDX-License-Identifier: MIT
#include "FixOptionsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

namespace mars {

FixOptionsForm::FixOptionsForm(const QList<FixOption>& options, bool simulated, QWidget* parent)
    : QWidget(parent)
    , m_options(options)
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("fixOptionsForm"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(400);
    connect(m_delay, &QTimer::timeout, this, &FixOptionsForm::valuesChanged);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const FixOption& option : options) {
        const QVariant initial = option.defaultFor(simulated);
        QWidget* field = nullptr;
        switch (option.kind) {
        case FixOption::Kind::Integer: {
            auto* spin = new QSpinBox(this);
            spin->setRange(option.minimum, option.maximum);
            spin->setSuffix(option.suffix);
            spin->setSpecialValueText(option.minimumText);
            spin->setValue(initial.toInt());
            spin->setAccessibleDescription(tr("A number from %1 to %2; the preview follows the value.")
                                                   .arg(option.minimum)
                                                   .arg(option.maximum));
            connect(spin, &QSpinBox::valueChanged, m_delay, qOverload<>(&QTimer::start));
            field = spin;
            break;
        }
        case FixOption::Kind::Text: {
            auto* edit = new QLineEdit(initial.toString(), this);
            edit->setAccessibleDescription(tr("The preview follows what you type."));
            connect(edit, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
            field = edit;
            break;
        }
        case FixOption::Kind::Choice: {
            auto* combo = new QComboBox(this);
            for (qsizetype i = 0; i < option.choices.size(); ++i)
                combo->addItem(option.choiceLabels.value(i, option.choices.at(i)), option.choices.at(i));
            combo->setCurrentIndex(qMax(0, combo->findData(initial.toString())));
            combo->setAccessibleDescription(tr("The preview follows the choice."));
            connect(combo, &QComboBox::currentIndexChanged, m_delay, qOverload<>(&QTimer::start));
            field = combo;
            break;
        }
        }
        field->setObjectName(QStringLiteral("fixOption_%1").arg(option.id));
        field->setAccessibleName(option.label);
        auto* label = new QLabel(option.label, this);
        label->setBuddy(field);
        form->addRow(label, field);
        m_fields.append(field);
    }
}

FixOptionValues FixOptionsForm::values() const
{
    FixOptionValues values;
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        QWidget* field = m_fields.at(i);
        QVariant value;
        if (const auto* spin = qobject_cast<QSpinBox*>(field))
            value = spin->value();
        else if (const auto* edit = qobject_cast<QLineEdit*>(field))
            value = edit->text();
        else if (const auto* combo = qobject_cast<QComboBox*>(field))
            value = combo->currentData();
        values.insert(m_options.at(i).id, value);
    }
    return values;
}

} // namespace mars
