// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace mars {

// QTreeView asks a delegate for a row's height without the column's width, so wrapped text
// keeps one line and is cut. This one measures the text in its column's width (the fix dialog's
// plan, the support bundle's file list).
class WrappingRowDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingRowDelegate(QTreeView* tree);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_tree;
};

} // namespace mars
