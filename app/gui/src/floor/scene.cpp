#include "floor/scene.hpp"

#include <algorithm>

namespace bistro::gui {

QFont itemFont(double size, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

void progressArc(QPainter& p, const QRectF& r, double fraction, const QColor& colour,
                 double width) {
    QPen pen(colour, width, Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawArc(r, 90 * 16, -static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 360 * 16));
}

}  // namespace bistro::gui
