#include "floor/scene.hpp"

#include <cmath>

#include "bistro/gui/style/palette.hpp"

namespace bistro::gui {

QFont itemFont(double units, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(units))));
    f.setBold(bold);
    return f;
}

QFont FloorStyle::font(double units, bool bold) const {
    return itemFont(text(units), bold);
}

QColor FloorStyle::ink() const {
    return projector ? palette::projector_ink : palette::ink;
}

QColor FloorStyle::muted() const {
    return projector ? palette::projector_muted_ink : palette::muted_ink;
}

QColor FloorStyle::outline() const {
    return projector ? palette::projector_ink : QColor(Qt::white);
}

std::uint64_t FloorStyle::key() const {
    return static_cast<std::uint64_t>(std::lround(zoom * 100)) * 1000003u +
           static_cast<std::uint64_t>(std::lround(min_text * 10)) * 2 + (projector ? 1 : 0);
}

void progressArc(QPainter& p, const QRectF& r, double fraction, const QColor& colour,
                 double width) {
    QPen pen(colour, width, Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawArc(r, 90 * 16, -static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 360 * 16));
}

}  // namespace bistro::gui
