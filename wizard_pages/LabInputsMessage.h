// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckInputs.h"

#include <QLabel>

#include <functional>
#include <memory>

class QTimer;

namespace mars {

class WorkerPool;

// The sentence under the Welcome page's lab inputs (objectName "labInputsMessageLabel"): each
// time they change, and once typing has settled, they are judged on a worker with the command
// line's rules (WizardSession::labInputsProblem). While a problem stands, or the judgement is
// still running, isBlocking() is true and the page keeps Next disabled: a mistyped lab file is
// said where it was typed, not found as odd findings later.
class LabInputsMessage : public QLabel
{
    Q_OBJECT
public:
    using Judge = std::function<QString(const CheckInputs& inputs, const QStringList& names)>;
    LabInputsMessage(Judge judge, QStringList names, QWidget* parent = nullptr);
    ~LabInputsMessage() override;

    void setInputs(const CheckInputs& inputs);
    bool isBlocking() const { return m_pending || !m_problem.isEmpty(); }

Q_SIGNALS:
    void blockingChanged();

private:
    void judge();

    Judge m_judge;
    QStringList m_names;
    std::unique_ptr<WorkerPool> m_pool;
    QTimer* m_settle = nullptr;
    CheckInputs m_inputs;
    quint64 m_generation = 0;
    bool m_pending = false;
    QString m_problem;
};

} // namespace mars
