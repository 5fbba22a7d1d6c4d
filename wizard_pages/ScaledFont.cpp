// SPDX-License-Identifier: MIT
#include "ScaledFont.h"

#include <QEvent>
#include <QWidget>

namespace mars {

namespace {
class ScaledFontKeeper : public QObject
{
public:
    ScaledFontKeeper(QWidget* widget, qreal scale, bool bold)
        : QObject(widget)
        , m_widget(widget)
        , m_scale(scale)
        , m_bold(bold)
    {
        if (QWidget* parent = widget->parentWidget())
            parent->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FontChange && watched == m_widget->parentWidget())
            apply();
        return false;
    }

private:
    void apply()
    {
        const QWidget* parent = m_widget->parentWidget();
        QFont font = parent ? parent->font() : m_widget->font();
        font.setBold(m_bold);
        font.setPointSizeF(font.pointSizeF() * m_scale);
        m_widget->setFont(font);
    }

    QWidget* m_widget;
    qreal m_scale;
    bool m_bold;
};
} // namespace

void keepScaledFont(QWidget* widget, qreal scale, bool bold)
{
    new ScaledFontKeeper(widget, scale, bold); // a child of the widget: goes with it
}

} // namespace mars
