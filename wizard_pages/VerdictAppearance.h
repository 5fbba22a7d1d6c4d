// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Verdict.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPainter;
class QRectF;
class QPixmap;

namespace mars {

// How a verdict looks on screen: a glyph drawn with QPainter (no SVG, crisp at any scale), a
// colour family and a word. Status is never told by colour alone: every verdict has its own
// glyph shape AND its own word, so the list reads the same for colour-blind technicians and on
// a washed-out screen share. NotRun is a hollow ring and the words "Not run yet": it can never
// be mistaken for a pass.
//
//   Pass ✓ green · Warning ! amber · Fail ✗ red · Not applicable – grey · Could not run ? red-orange
//   Timed out (clock) amber · Cancelled ⨯ grey ring · Running … blue ring · Not run ○ grey ring
class VerdictAppearance
{
    Q_DECLARE_TR_FUNCTIONS(mars::VerdictAppearance)
public:
    enum class Activity : quint8 { Idle = 1, Running };

    // The word shown next to the glyph ("Passed", "Failed", "Running…", "Not run yet").
    static QString text(Verdict verdict, Activity activity = Activity::Idle);
    static QColor colour(Verdict verdict, Activity activity = Activity::Idle);
    // Paints the glyph centred in `rect` (a circle of the rect's smaller side).
    static void paintGlyph(QPainter* painter, const QRectF& rect, Verdict verdict, Activity activity = Activity::Idle);
    // The glyph as a pixmap, for labels (device-pixel-ratio aware).
    static QPixmap glyphPixmap(Verdict verdict, int size_px, qreal devicePixelRatio);
};

} // namespace mars
