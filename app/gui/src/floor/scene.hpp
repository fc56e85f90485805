#pragma once
// What the floor's items share: scene units, how text and badges are sized and
// coloured at the view's size, zoom and palette, and the progress arc that rings
// tables, waiters, cooks and parties at the door.

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPointF>
#include <QRectF>
#include <algorithm>
#include <cstdint>

#include "bistro/sim/floor.hpp"

namespace bistro::gui {

inline constexpr double cm = 100.0;  // scene units per metre
inline QPointF scenePoint(Point p) {
    return {p.x * cm, p.y * cm};
}
/// Tables and waiters are drawn a little larger than life, to read from the back of a room.
inline constexpr double magnify = 1.3;
/// The smallest text the floor draws ("gave up", "leaving", "burnt"), in scene units at zoom 1.
inline constexpr double smallest_label_units = 18;
/// The largest the smallest text may grow to (scene units): the gap between two rows of tables.
inline constexpr double max_label_units = 52;

/// How one view draws its floor: the zoom, the smallest text that still reads at
/// the view's size, and the palette (the desk's, or the projector's). Shared by
/// the items of that view, which read it when they paint.
struct FloorStyle {
    double zoom = 1.0;       ///< Ctrl+plus / minus: text and badges grow with it
    double min_text = 0.0;   ///< the smallest text, in scene units, that reads at 12 px x zoom
    bool projector = false;  ///< presenter mode: darker ink, outlined badges
    /// A label's height in scene units: its own size times the zoom, never under min_text.
    double text(double units) const { return std::max(units * zoom, min_text); }
    /// A badge (waiter, cook, table state) grows with the zoom and, when the floor is
    /// drawn small, with its label, up to what the aisles leave room for.
    double badge(double label_units) const {
        return std::clamp(text(label_units) / label_units, zoom, std::max(zoom, 1.6));
    }
    QFont font(double units, bool bold = false) const;
    QColor ink() const;    ///< text on the floor
    QColor muted() const;  ///< secondary text
    /// The ring round a coloured badge: white on the desk, ink on a projector,
    /// where light colours wash out against a light floor.
    QColor outline() const;
    std::uint64_t key() const;  ///< changes whenever anything above does
};

/// A font of `units` scene units (pixels at scale 1), bold or not.
QFont itemFont(double units, bool bold = false);
/// A progress arc around a circle: `fraction` of a full turn, clockwise from 12 o'clock.
void progressArc(QPainter& p, const QRectF& r, double fraction, const QColor& colour, double width);

}  // namespace bistro::gui
