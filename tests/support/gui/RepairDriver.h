// SPDX-License-Identifier: MIT
#pragma once

// Clicks every fix a checks page offers, the way a technician would: select a row that needs
// attention, click its fix button, wait for the preview, Apply (or close the dialog when the
// plan cannot apply), wait for the outcome, close, wait for the automatic re-check. Then the
// next row; at the end, once more for the fixes whose plan could not apply. A state machine polled by the caller —
// step() on a timer (the screenshot tour) or inside QTest::qWaitFor (the tests) — so it never spins an event loop of
// its own.
#include "FixDialog.h"
#include "WizardTestSupport.h"

#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QStringList>
#include <QWizardPage>

namespace mars::guitest {

class RepairDriver
{
public:
    explicit RepairDriver(QWizardPage* page)
        : m_page(page)
    {
    }

    // One step; true once every offered fix was tried (or the page went away).
    bool step()
    {
        if (!m_page)
            return true;
        switch (m_state) {
        case State::Pick: return pick();
        case State::Press: return press();
        case State::AwaitReady: return awaitReady();
        case State::AwaitDone: return awaitDone();
        case State::AwaitRecheck: return awaitRecheck();
        }
        return true;
    }

    // "fixId: result" per fix tried, in order ("not_allowed" when its plan could not apply).
    QStringList log() const { return m_log; }

private:
    enum class State : quint8 { Pick, Press, AwaitReady, AwaitDone, AwaitRecheck };

    QListView* list() const { return m_page->findChild<QListView*>(QStringLiteral("checkListView")); }
    FixDialog* dialog() const
    {
        for (FixDialog* d : m_page->findChildren<FixDialog*>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    // Selects the next row that needs attention; its fix buttons appear on a later event-loop
    // pass (a layout shows new children through a queued call), so they are clicked by press().
    bool pick()
    {
        if (!m_page->isComplete() || dialog())
            return false;
        QAbstractItemModel* model = list()->model();
        for (; m_row < model->rowCount(); ++m_row) {
            if (verdictNeedsAttention(verdictAt(model, m_row)))
                break;
        }
        if (m_row >= model->rowCount() && !m_notAllowed.isEmpty() && !m_retried) {
            // As a technician does: a fix that needed what another fix brought (administrator
            // rights: "Restart as administrator" sits lower in a worst-first list) is tried again.
            m_retried = true;
            for (const QString& key : std::as_const(m_notAllowed))
                m_tried.remove(key);
            m_notAllowed.clear();
            m_row = 0;
            return false;
        }
        if (m_row >= model->rowCount())
            return true; // every row visited: nothing left to click
        m_checkId = model->index(m_row, 0).data(CheckListModel::CheckIdRole).toString();
        list()->setCurrentIndex(model->index(m_row, 0));
        m_state = State::Press;
        m_settle = 0;
        return false;
    }

    bool press()
    {
        if (++m_settle < 2)
            return false;
        for (QPushButton* b : m_page->findChildren<QPushButton*>()) {
            const QString name = b->objectName();
            if (!name.startsWith(QLatin1String("fixButton_")) || !b->isVisible() || !b->isEnabled())
                continue;
            const QString key = m_checkId + QLatin1Char('/') + name;
            if (m_tried.contains(key))
                continue;
            m_tried.insert(key);
            m_key = key;
            m_fixId = name.mid(int(qstrlen("fixButton_")));
            b->click();
            m_state = State::AwaitReady;
            return false;
        }
        ++m_row; // every fix of this row tried
        m_state = State::Pick;
        return false;
    }

    bool awaitReady()
    {
        FixDialog* d = dialog();
        if (!d || d->stage() != FixDialog::Stage::Ready)
            return false;
        if (!d->plan().canApply) {
            m_log.append(m_fixId + QStringLiteral(": not_allowed"));
            m_notAllowed.insert(m_key);
            d->reject();
            m_state = State::Pick;
            return false;
        }
        d->findChild<QPushButton*>(QStringLiteral("applyFixButton"))->click();
        m_state = State::AwaitDone;
        return false;
    }

    bool awaitDone()
    {
        FixDialog* d = dialog();
        if (!d || d->stage() != FixDialog::Stage::Done)
            return false;
        m_log.append(m_fixId + QStringLiteral(": done"));
        d->findChild<QPushButton*>(QStringLiteral("closeFixButton"))->click();
        m_state = State::AwaitRecheck;
        m_settle = 0;
        return false;
    }

    bool awaitRecheck()
    {
        // The re-run starts before the outcome arrives; a few polls of "complete" in a row
        // make sure its result is in the list.
        if (dialog() || !m_page->isComplete()) {
            m_settle = 0;
            return false;
        }
        if (++m_settle < 3)
            return false;
        m_state = State::Pick;
        return false;
    }

    QWizardPage* m_page;
    State m_state = State::Pick;
    QSet<QString> m_tried;
    QSet<QString> m_notAllowed; // tried, and its plan could not apply: tried once more at the end
    bool m_retried = false;
    QString m_fixId, m_checkId, m_key;
    QStringList m_log;
    int m_settle = 0;
    int m_row = 0;
};

} // namespace mars::guitest
