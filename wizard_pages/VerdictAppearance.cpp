// SPDX-License-Identifier: MIT
#include "VerdictAppearance.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace mars {

namespace {
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kAmber(0xf0, 0xa8, 0x00);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kRedOrange(0xd8, 0x43, 0x15);
const QColor kGrey(0x75, 0x75, 0x75);
const QColor kBlue(0x15, 0x65, 0xc0);
const QColor kInk(0x21, 0x21, 0x21);

QPen strokePen(const QColor& colour, qreal width)
{
    QPen pen(colour, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}
} // namespace

QString VerdictAppearance::text(Verdict verdict, Activity activity)
{
    if (activity == Activity::Running)
        return tr("Running…");
    switch (verdict) {
    case Verdict::Pass: return tr("Passed");
    case Verdict::Warning: return tr("Warning");
    case Verdict::Fail: return tr("Failed");
    case Verdict::NotApplicable: return tr("Not applicable");
    case Verdict::Error: return tr("Could not run");
    case Verdict::TimedOut: return tr("Timed out");
    case Verdict::Cancelled: return tr("Cancelled");
    case Verdict::NotRun: return tr("Not run yet");
    case Verdict::Invalid: break;
    }
    return tr("Unknown");
}

QColor VerdictAppearance::colour(Verdict verdict, Activity activity)
{
    if (activity == Activity::Running)
        return kBlue;
    switch (verdict) {
    case Verdict::Pass: return kGreen;
    case Verdict::Warning:
    case Verdict::TimedOut: return QColor(0x9a, 0x5b, 0x00); // darker amber: readable as text
    case Verdict::Fail: return kRed;
    case Verdict::Error: return kRedOrange;
    case Verdict::NotApplicable:
    case Verdict::Cancelled:
    case Verdict::NotRun:
    case Verdict::Invalid: break;
    }
    return kGrey;
}

void VerdictAppearance::paintGlyph(QPainter* painter, const QRectF& rect, Verdict verdict, Activity activity)
{
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF circle = box.adjusted(1, 1, -1, -1);
    const QPointF c = circle.center();
    const qreal r = circle.width() / 2;
    const qreal stroke = qMax(1.5, r * 0.2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    auto filled = [&](const QColor& fill) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawEllipse(circle);
        painter->setBrush(Qt::NoBrush);
    };
    auto ring = [&](const QColor& colour) {
        painter->setPen(strokePen(colour, qMax(1.2, r * 0.14)));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(circle.adjusted(r * 0.08, r * 0.08, -r * 0.08, -r * 0.08));
    };
    auto cross = [&](const QColor& colour, qreal size, qreal width) {
        painter->setPen(strokePen(colour, width));
        painter->drawLine(c + QPointF(-size, -size), c + QPointF(size, size));
        painter->drawLine(c + QPointF(size, -size), c + QPointF(-size, size));
    };

    if (activity == Activity::Running) {
        ring(kBlue);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kBlue);
        const qreal dot = r * 0.14;
        for (int i = -1; i <= 1; ++i)
            painter->drawEllipse(c + QPointF(i * r * 0.42, 0), dot, dot);
        painter->restore();
        return;
    }

    switch (verdict) {
    case Verdict::Pass: {
        filled(kGreen);
        QPainterPath tick;
        tick.moveTo(c + QPointF(-r * 0.45, r * 0.02));
        tick.lineTo(c + QPointF(-r * 0.12, r * 0.35));
        tick.lineTo(c + QPointF(r * 0.48, -r * 0.32));
        painter->setPen(strokePen(Qt::white, stroke));
        painter->drawPath(tick);
        break;
    }
    case Verdict::Warning:
        filled(kAmber);
        painter->setPen(strokePen(kInk, stroke));
        painter->drawLine(c + QPointF(0, -r * 0.5), c + QPointF(0, r * 0.12));
        painter->setPen(Qt::NoPen);
        painter->setBrush(kInk);
        painter->drawEllipse(c + QPointF(0, r * 0.45), stroke * 0.6, stroke * 0.6);
        break;
    case Verdict::Fail:
        filled(kRed);
        cross(Qt::white, r * 0.36, stroke);
        break;
    case Verdict::NotApplicable:
        filled(kGrey);
        painter->setPen(strokePen(Qt::white, stroke));
        painter->drawLine(c + QPointF(-r * 0.42, 0), c + QPointF(r * 0.42, 0));
        break;
    case Verdict::Error: {
        filled(kRedOrange);
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(r * 1.3)));
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case Verdict::TimedOut:
        filled(kAmber);
        painter->setPen(strokePen(kInk, stroke * 0.7));
        painter->drawEllipse(c, r * 0.58, r * 0.58);
        painter->drawLine(c, c + QPointF(0, -r * 0.4));
        painter->drawLine(c, c + QPointF(r * 0.3, 0));
        break;
    case Verdict::Cancelled:
        ring(kGrey);
        cross(kGrey, r * 0.28, stroke * 0.8);
        break;
    case Verdict::NotRun:
    case Verdict::Invalid: ring(kGrey); break;
    }
    painter->restore();
}

QPixmap VerdictAppearance::glyphPixmap(Verdict verdict, int size_px, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size_px, size_px) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintGlyph(&painter, QRectF(0, 0, size_px, size_px), verdict);
    return pixmap;
}

} // namespace mars
