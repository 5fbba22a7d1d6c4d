// SPDX-License-Identifier: MIT
#include "CheckListOrder.h"

#include "CheckListModel.h"
#include "engine/Verdict.h"

namespace mars {

CheckListOrder::CheckListOrder(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false); // see the class comment: order changes only when asked
}

void CheckListOrder::sortWorstFirst()
{
    sort(0, Qt::AscendingOrder);
}

void CheckListOrder::keepRunOrder()
{
    sort(-1); // the source's order
}

void CheckListOrder::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

bool CheckListOrder::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int a = verdictSeverity(Verdict(left.data(CheckListModel::VerdictRole).toInt()));
    const int b = verdictSeverity(Verdict(right.data(CheckListModel::VerdictRole).toInt()));
    if (a != b)
        return a > b; // worse first
    return left.row() < right.row(); // the run's order
}

bool CheckListOrder::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto verdict = Verdict(index.data(CheckListModel::VerdictRole).toInt());
    return verdict != Verdict::Pass && verdict != Verdict::NotApplicable;
}

} // namespace mars
