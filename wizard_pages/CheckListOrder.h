// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace mars {

// The check list as the technician sees it: once a run has finished, the worst verdicts first
// (Failed, then could not run, then Warning, then the rest), the run's order within one
// verdict; and, when "Problems only" is on, only the rows that need attention or are still
// waiting for an answer. Sorting happens when asked (sortWorstFirst), not on every change: a row
// turning green after its fix stays where the technician saw it, and no row moves under a
// pointer while checks run.
class CheckListOrder : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CheckListOrder(QObject* parent = nullptr);

    void sortWorstFirst(); // sorts now
    void keepRunOrder(); // back to the run's order (a new run)
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace mars
