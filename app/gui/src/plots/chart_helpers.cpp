#include "plots/chart_helpers.hpp"

#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace bistro::gui {

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

void setRange(QValueAxis* axis, double high) {
    if (high <= axis->max() && high >= axis->max() * 0.4) return;  // steady: no jitter
    axis->setRange(0, high * 1.05);
    axis->applyNiceNumbers();
}

void setCountRange(QValueAxis* axis, double high) {
    if (high <= axis->max() && high >= axis->max() * 0.4) return;
    double step = 1;
    for (double decade = 1; high / step > 5; decade *= 10)
        for (double m : {1.0, 2.0, 5.0})
            if (high / step > 5) step = m * decade;
    const double top = step * std::max(1.0, std::ceil(high * 1.05 / step));
    axis->setRange(0, top);
    axis->setTickCount(static_cast<int>(std::lround(top / step)) + 1);
}

QString csvField(const QString& s) {
    if (!s.contains(',') && !s.contains('"')) return s;
    return '"' + QString(s).replace('"', QStringLiteral("\"\"")) + '"';
}

QList<QPointF> scaled(const QList<QPointF>& points, double sx, double sy) {
    QList<QPointF> out;
    out.reserve(points.size());
    for (const QPointF& p : points) out.append({p.x() / sx, p.y() / sy});
    return out;
}

}  // namespace bistro::gui
