#pragma once
// What the plots share: time units, axis ranges on round numbers, CSV fields.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

class QValueAxis;

namespace bistro::gui {

inline constexpr double minute = 60.0, hour = 3600.0;

QColor withAlpha(QColor c, int alpha);
/// Grows (or, when far too large, shrinks) an axis to hold `high`, on round numbers.
void setRange(QValueAxis* axis, double high);
/// A count axis (parties): whole numbers only, on steps of 1, 2, 5, 10...
void setCountRange(QValueAxis* axis, double high);
/// A field of a CSV row, quoted when it must be.
QString csvField(const QString& s);
/// The points with x divided by `sx` and y by `sy` (seconds to hours or minutes).
QList<QPointF> scaled(const QList<QPointF>& points, double sx, double sy);

}  // namespace bistro::gui
