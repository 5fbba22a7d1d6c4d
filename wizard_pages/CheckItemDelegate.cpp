// SPDX-License-Identifier: MIT
#include "CheckItemDelegate.h"

#include "CheckListModel.h"
#include "ReadableColour.h"
#include "VerdictAppearance.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace mars {

namespace {
constexpr int kPadding = 8;
constexpr int kGlyphSize = 26; // at the default font; grows with it (presenter mode)
int glyphSize(const QFont& font)
{
    return qMax(kGlyphSize, qRound(QFontMetrics(font).height() * 1.6));
}
constexpr int kLineGap = 3;

QString seconds(qint64 ms, int decimals)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', decimals);
}
} // namespace

CheckItemDelegate::CheckItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString CheckItemDelegate::timingText(qint64 elapsed_ms, int deadline_ms, bool running)
{
    // Shown only while a check runs: how long it has taken so far, and once past half its time
    // limit, the limit (so a slow check visibly heads for "Timed out"). A finished row needs no
    // number: its verdict says it all.
    if (!running)
        return {};
    if (elapsed_ms * 2 < deadline_ms)
        return tr("%1 s").arg(seconds(elapsed_ms, 0));
    return tr("%1 s of %2 s").arg(seconds(elapsed_ms, 0), seconds(deadline_ms, 0));
}

void CheckItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto verdict = Verdict(index.data(CheckListModel::VerdictRole).toInt());
    const bool running = index.data(CheckListModel::RunningRole).toBool();
    const auto activity = running ? VerdictAppearance::Activity::Running : VerdictAppearance::Activity::Idle;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
            opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const int size = glyphSize(option.font);
    const QRect glyph(area.left(), area.top() + (area.height() - size) / 2, size, size);
    VerdictAppearance::paintGlyph(painter, glyph, verdict, activity);

    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics bodyMetrics(opt.font);

    const QString timing = timingText(index.data(CheckListModel::ElapsedRole).toLongLong(),
                                      index.data(CheckListModel::DeadlineRole).toInt(), running);
    const int timingWidth = timing.isEmpty() ? 0 : bodyMetrics.horizontalAdvance(timingText(999000, 999000, true));

    const int textLeft = glyph.right() + kPadding + 4;
    const QRect textArea(textLeft, area.top(), area.right() - textLeft - timingWidth - kPadding, area.height());
    const QRect line1(textArea.left(), textArea.top(), textArea.width(), titleMetrics.height());
    const QRect line2(textArea.left(), line1.bottom() + 1 + kLineGap, textArea.width(), bodyMetrics.height());

    painter->save();
    // Line 1: title, then the status word (coloured, and always spelled out).
    const QString status = VerdictAppearance::text(verdict, activity);
    const int statusWidth = titleMetrics.horizontalAdvance(status);
    const QString separator = QStringLiteral("  ·  ");
    const int titleMax = qMax(0, line1.width() - statusWidth - bodyMetrics.horizontalAdvance(separator));
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleMax);
    painter->setFont(titleFont);
    painter->setPen(ink);
    painter->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, title);
    const int afterTitle = line1.left() + titleMetrics.horizontalAdvance(title);
    painter->setFont(opt.font);
    painter->drawText(QRect(afterTitle, line1.top(), line1.right() - afterTitle, line1.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, separator);
    const int statusLeft = afterTitle + bodyMetrics.horizontalAdvance(separator);
    painter->setFont(titleFont);
    painter->setPen(
            selected ? ink
                     : readableOn(VerdictAppearance::colour(verdict, activity), opt.palette.color(QPalette::Base)));
    painter->drawText(QRect(statusLeft, line1.top(), line1.right() - statusLeft, line1.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, status);

    // Line 2: the summary, elided; the full text is in the tooltip and the detail panel.
    QColor muted = ink;
    if (!selected)
        muted.setAlphaF(0.75);
    painter->setPen(muted);
    painter->setFont(opt.font);
    const QString summary =
            bodyMetrics.elidedText(index.data(CheckListModel::SummaryRole).toString(), Qt::ElideRight, line2.width());
    painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, summary);

    // Right column: elapsed against the deadline.
    const QRect timingRect(area.right() - timingWidth, area.top(), timingWidth, area.height());
    painter->setPen(muted);
    painter->drawText(timingRect, Qt::AlignRight | Qt::AlignVCenter, timing);
    painter->restore();
}

QSize CheckItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int textHeight = QFontMetrics(titleFont).height() + kLineGap + QFontMetrics(option.font).height();
    const int height = qMax(glyphSize(option.font), textHeight) + 2 * kPadding;
    return {400, height};
}

} // namespace mars
