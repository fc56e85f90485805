#pragma once
// What the floor's items share: scene units, their font, and the progress arc
// that rings tables, waiters, cooks and parties at the door.

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPointF>
#include <QRectF>

#include "bistro/sim/floor.hpp"

namespace bistro::gui {

inline constexpr double cm = 100.0;  // scene units per metre
inline QPointF scenePoint(Point p) {
    return {p.x * cm, p.y * cm};
}
/// Tables and waiters are drawn a little larger than life, to read from the back of a room.
inline constexpr double magnify = 1.3;

QFont itemFont(double size, bool bold = false);
/// A progress arc around a circle: `fraction` of a full turn, clockwise from 12 o'clock.
void progressArc(QPainter& p, const QRectF& r, double fraction, const QColor& colour, double width);

}  // namespace bistro::gui
