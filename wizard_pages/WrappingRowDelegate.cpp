// SPDX-License-Identifier: MIT
#include "WrappingRowDelegate.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

namespace mars {

WrappingRowDelegate::WrappingRowDelegate(QTreeView* tree)
    : QStyledItemDelegate(tree)
    , m_tree(tree)
{
}

QSize WrappingRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int margin = m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1;
    const int width = m_tree->header()->sectionSize(index.column()) - 2 * margin;
    if (width <= 0)
        return size;
    const QRect text =
            option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                                            index.data(Qt::DisplayRole).toString());
    size.setHeight(qMax(size.height(), text.height() + 2 * margin));
    return size;
}

} // namespace mars
