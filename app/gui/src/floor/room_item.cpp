#include "floor/room_item.hpp"

#include <QPainter>

#include "bistro/gui/style/palette.hpp"
#include "floor/scene.hpp"

namespace bistro::gui {

RoomItem::RoomItem(const FloorPlan& plan, const FloorStyle& style) : plan_(plan), style_(style) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setZValue(-10);
}

QRectF RoomItem::boundingRect() const {
    return QRectF(-40, -40, plan_.width() * cm + 80, plan_.corridor_y() * cm + 460 + 80);
}

void RoomItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    const double w = plan_.width() * cm, corridor = plan_.corridor_y() * cm;
    const QRectF dining(0, 0, w, corridor + 60);
    p->setPen(Qt::NoPen);
    p->setBrush(palette::floor_colour);
    p->drawRect(dining);
    // The corridor in front of the kitchen, where waiters walk.
    p->setBrush(QColor(0xF1, 0xEA, 0xDE));
    p->drawRect(QRectF(0, corridor - 60, w, 120));
    // Kitchen.
    const QRectF kitchen(0, corridor + 60, w, 400);
    p->setBrush(palette::kitchen_floor);
    p->drawRect(kitchen);
    p->setPen(QPen(palette::wall, 14));
    p->setBrush(Qt::NoBrush);
    p->drawRect(QRectF(0, 0, w, kitchen.bottom()));
    p->setPen(QPen(palette::wall, 8));
    p->drawLine(QPointF(0, corridor + 60), QPointF(w / 2 - 160, corridor + 60));
    p->drawLine(QPointF(w / 2 + 160, corridor + 60), QPointF(w, corridor + 60));
    // The door: a gap in the left wall.
    const QPointF door = scenePoint(plan_.door());
    p->setPen(QPen(palette::floor_colour, 16));
    p->drawLine(QPointF(0, door.y() - 55), QPointF(0, door.y() + 55));
    p->setPen(style_.muted());  // "DOOR" and its counts: the door's item writes them
    // Bottom left, under the ticket rail: the cooks have the right.
    p->setFont(style_.font(40, true));
    p->drawText(kitchen.adjusted(30, 10, -30, -12), Qt::AlignLeft | Qt::AlignBottom,
                QObject::tr("KITCHEN"));
}

}  // namespace bistro::gui
