// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace mars {

// Paints one CheckListModel row in two lines:
//   [glyph]  Title  ·  Status word                          1.2 s / 60 s
//            One-line summary, elided (full text in the tooltip)
// The glyph and the status word both come from VerdictAppearance, so status never depends on
// colour alone. The elapsed time ticks while the check runs (the model is refreshed ~4 Hz).
class CheckItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CheckItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // While a check runs: "12 s", past half its limit "40 s of 60 s"; otherwise empty. Public for tests.
    static QString timingText(qint64 elapsed_ms, int deadline_ms, bool running);
};

} // namespace mars
