#include "floor/door_item.hpp"

#include <QPainter>
#include <algorithm>
#include <cmath>

#include "bistro/gui/style/palette.hpp"
#include "floor/look.hpp"
#include "floor/scene.hpp"

namespace bistro::gui {

namespace {
constexpr double count_units = 30;  // "DOOR  waiting 3 · lost 2"
constexpr double note_units = 18;   // "gave up", "+4 more"
constexpr double column = 100;      // two columns of parties outside the door
}  // namespace

DoorItem::DoorItem(const FloorPlan& plan, const FloorStyle& style) : plan_(plan), style_(style) {
    setZValue(5);
}

void DoorItem::restyle() {
    prepareGeometryChange();
    update();
}

QRectF DoorItem::boundingRect() const {
    const QPointF door = scenePoint(plan_.door());
    const double top = door.y() - 8 * column - style_.text(note_units) * 1.4;
    return QRectF(door.x() - 2 * column - 40, top, 2 * column + 1260, door.y() + 470 - top);
}

QRectF DoorItem::area() const {
    // Two columns wide, so that the floor, not the street, fills the view; whatever
    // the size of the text (which depends on the view's scale, which depends on this).
    const QPointF door = scenePoint(plan_.door());
    const double top = door.y() - 8 * column - 40;
    return QRectF(door.x() - 2 * column - 40, top, 2 * column + 30, door.y() + 470 - top);
}

QPointF DoorItem::slot(std::size_t i) const {
    const QPointF door = scenePoint(plan_.door());
    const double col = static_cast<double>(i % 2), row = static_cast<double>(i / 2);
    return {door.x() - 70 - col * column, door.y() - row * column};
}

void DoorItem::show(const std::vector<DoorView>& door, std::uint64_t lost, double now,
                    std::vector<Leaving> leaving) {
    door_ = door;
    leaving_ = std::move(leaving);
    lost_ = lost;
    now_ = now;
    // Patience rings empty in 96 steps; parties walking away move every frame.
    LookBuilder l;
    l.add(static_cast<std::int64_t>(door_.size()));
    l.add(static_cast<std::int64_t>(lost_));
    for (std::size_t i = 0; i < door_.size() && i < 16; ++i) {
        const DoorView& d = door_[i];
        l.add(d.party);
        if (!std::isinf(d.gives_up))
            l.add(static_cast<std::int64_t>(96 * (d.gives_up - now_) /
                                            std::max(1.0, d.gives_up - d.arrived)));
    }
    for (const Leaving& gone : leaving_)
        if (now_ - gone.since >= 0 && now_ - gone.since <= 90)
            l.add(static_cast<std::int64_t>((now_ - gone.since) * 8));
    if (l.h != look_) {
        look_ = l.h;
        update();
    }
}

std::int64_t DoorItem::partyAt(QPointF scene) const {
    for (std::size_t i = 0; i < door_.size() && i < 16; ++i)
        if (QLineF(slot(i), scene).length() < 45) return door_[i].party;
    return -1;
}

void DoorItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    const QPointF door = scenePoint(plan_.door());
    // Inside the room, over the door, where no table stands: "DOOR  waiting 3 · lost 2".
    p->setPen(style_.muted());
    p->setFont(style_.font(count_units, true));
    const double line = style_.text(count_units) * 1.3;
    p->drawText(QRectF(door.x() + 14, door.y() - 62 - line, 1200, line),
                Qt::AlignLeft | Qt::AlignBottom,
                QObject::tr("DOOR  waiting %1 \u00b7 lost %2").arg(door_.size()).arg(lost_));
    for (std::size_t i = 0; i < door_.size() && i < 16; ++i) paintWaiting(p, door_[i], slot(i));
    for (const Leaving& l : leaving_) paintLeaving(p, l, door);
    if (door_.size() > 16) {
        const double h = style_.text(note_units) * 1.3;
        p->setPen(style_.ink());
        p->setFont(style_.font(note_units, true));
        p->drawText(
            QRectF(door.x() - 2 * column - 40, door.y() - 8 * column - h, 2 * column + 20, h),
            Qt::AlignRight, QObject::tr("+%1 more").arg(door_.size() - 16));
    }
}

void DoorItem::paintWaiting(QPainter* p, const DoorView& d, QPointF at) const {
    // Patience left: the ring empties and turns red as the party loses patience.
    const double left =
        std::isinf(d.gives_up) ? 1.0 : (d.gives_up - now_) / std::max(1.0, d.gives_up - d.arrived);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xEE, 0xE6, 0xDA));
    p->drawEllipse(at, 42, 42);
    progressArc(*p, QRectF(at.x() - 42, at.y() - 42, 84, 84), left,
                left < 0.3 ? palette::vermilion : style_.muted(), 6);
    for (int g = 0; g < d.size; ++g) {
        const double angle = 2 * M_PI * g / std::max(1, d.size) - M_PI / 2;
        const QPointF guest =
            d.size == 1 ? at : at + QPointF(std::cos(angle) * 16, std::sin(angle) * 16);
        p->setPen(QPen(Qt::white, 2));
        p->setBrush(QColor(0x6B, 0x5B, 0x4E));
        p->drawEllipse(guest, 11, 11);
    }
}

void DoorItem::paintLeaving(QPainter* p, const Leaving& l, QPointF door) const {
    // Parties that gave up walk away to the left, red, fading over a minute and a half.
    const double age = now_ - l.since;
    if (age < 0 || age > 90) return;
    const QPointF at =
        door + QPointF(-2 * column, 140 + style_.text(count_units) * 2.5 + age * 2.0);
    QColor red = palette::vermilion;
    red.setAlphaF(static_cast<float>(1.0 - age / 90.0));
    p->setPen(QPen(red, 4));
    p->setBrush(Qt::NoBrush);
    for (int g = 0; g < std::max(1, l.size); ++g) p->drawEllipse(at + QPointF(g * 26.0, 0), 11, 11);
    p->setFont(style_.font(note_units, true));
    p->drawText(QRectF(at.x() - 20, at.y() + 14, 2 * column + 20, style_.text(note_units) * 1.3),
                Qt::AlignLeft, QObject::tr("gave up"));
}

}  // namespace bistro::gui
