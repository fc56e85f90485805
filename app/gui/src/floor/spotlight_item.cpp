#include "floor/spotlight_item.hpp"

#include <QPainter>

#include "bistro/gui/style/palette.hpp"

namespace bistro::gui {

namespace {
constexpr double outline = 14.0;  // scene units (cm): readable from the back of a room
}

SpotlightItem::SpotlightItem() {
    setZValue(50);  // over waiters (10) and everything else
    setAcceptedMouseButtons(Qt::NoButton);
}

void SpotlightItem::setTargets(std::vector<QRectF> boxes, std::vector<QRectF> rings) {
    if (boxes == boxes_ && rings == rings_) return;
    prepareGeometryChange();
    boxes_ = std::move(boxes);
    rings_ = std::move(rings);
    bounds_ = {};
    for (const auto* list : {&boxes_, &rings_})
        for (const QRectF& r : *list) bounds_ = bounds_.united(r);
    bounds_.adjust(-2 * outline, -2 * outline, 2 * outline, 2 * outline);
    update();
}

void SpotlightItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    p->setBrush(Qt::NoBrush);
    // A wide yellow glow under a dark dashed line: visible on wood, steel and floor alike.
    const QPen glow(palette::yellow, 2.4 * outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen line(palette::ink, outline, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    for (const QPen& pen : {glow, line}) {
        p->setPen(pen);
        for (const QRectF& r : boxes_) p->drawRoundedRect(r, 40, 40);
        for (const QRectF& r : rings_) p->drawEllipse(r);
    }
}

}  // namespace bistro::gui
