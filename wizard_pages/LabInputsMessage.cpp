// SPDX-License-Identifier: MIT
#include "LabInputsMessage.h"

#include "ReadableColour.h"
#include "engine/WorkerPool.h"

#include <QTimer>

namespace mars {

LabInputsMessage::LabInputsMessage(Judge judge, QStringList names, QWidget* parent)
    : QLabel(parent)
    , m_judge(std::move(judge))
    , m_names(std::move(names))
    , m_pool(std::make_unique<WorkerPool>(this, 1))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("labInputsMessageLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    styleAsAlert(this);
    hide();
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &LabInputsMessage::judge);
}

LabInputsMessage::~LabInputsMessage() = default;

void LabInputsMessage::setInputs(const CheckInputs& inputs)
{
    if (inputs.endpointsFile == m_inputs.endpointsFile && inputs.trustedRootsFile == m_inputs.trustedRootsFile
        && inputs.labProxy == m_inputs.labProxy && !m_pending && m_generation > 0)
        return;
    m_inputs = inputs;
    ++m_generation; // a judgement still running answers for older text
    const bool wasBlocking = isBlocking();
    m_problem.clear();
    hide();
    m_pending = m_judge && !inputs.labInputs().isEmpty();
    if (m_pending)
        m_settle->start();
    else
        m_settle->stop();
    if (wasBlocking != isBlocking())
        Q_EMIT blockingChanged();
}

void LabInputsMessage::judge()
{
    const quint64 generation = m_generation;
    const auto mailbox = m_pool->mailbox();
    m_pool->start([this, mailbox, generation, judge = m_judge, inputs = m_inputs, names = m_names] {
        const QString problem = judge(inputs, names);
        mailbox->post([this, generation, problem] {
            if (generation != m_generation)
                return;
            m_pending = false;
            m_problem = problem;
            setText(problem);
            setVisible(!problem.isEmpty());
            Q_EMIT blockingChanged();
        });
    });
}

} // namespace mars
