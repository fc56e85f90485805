#include "floor_items.hpp"

#include <QCursor>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

#include "glyphs.hpp"
#include "palette.hpp"

namespace bistro::gui {

namespace {
QFont font(double size, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

/// A progress arc around a circle: `fraction` of a full turn, clockwise from 12 o'clock.
void arc(QPainter& p, const QRectF& r, double fraction, const QColor& colour, double width) {
    QPen pen(colour, width, Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawArc(r, 90 * 16, -static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 360 * 16));
}

/// Food cools from hot orange to cold blue-grey over ten minutes at the pass.
QColor food_colour(double waited) {
    const double f = std::clamp(waited / 600.0, 0.0, 1.0);
    const QColor hot = palette::orange, cold{0x7A, 0x95, 0xAD};
    const auto mix = [f](float a, float b) { return static_cast<float>(a + (b - a) * f); };
    return QColor::fromRgbF(mix(hot.redF(), cold.redF()), mix(hot.greenF(), cold.greenF()),
                            mix(hot.blueF(), cold.blueF()));
}

QString minutes(double seconds) {
    return QString::number(seconds / 60.0, 'f', seconds < 600 ? 1 : 0) + QStringLiteral("'");
}
}  // namespace

// --- the room ------------------------------------------------------------------------------

RoomItem::RoomItem(const FloorPlan& plan) : plan_(plan) {
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
    const QPointF door = scene_point(plan_.door());
    p->setPen(QPen(palette::floor_colour, 16));
    p->drawLine(QPointF(0, door.y() - 55), QPointF(0, door.y() + 55));
    p->setPen(palette::muted_ink);
    p->setFont(font(24, true));
    p->drawText(QRectF(14, door.y() - 100, 240, 44), Qt::AlignLeft, QStringLiteral("DOOR"));
    p->setFont(font(30, true));
    p->drawText(kitchen.adjusted(30, 10, -30, -12), Qt::AlignRight | Qt::AlignBottom,
                QStringLiteral("KITCHEN"));
}

// --- tables ------------------------------------------------------------------------------------

namespace {
/// A compact summary (FNV-1a) of what an item shows, to repaint only when it changes;
/// parts are added one by one, so lists can be summarised too.
struct LookBuilder {
    std::uint64_t h = 0xcbf29ce484222325ull;
    void add(std::int64_t v) { h = (h ^ static_cast<std::uint64_t>(v)) * 0x100000001b3ull; }
};

std::uint64_t look(std::initializer_list<std::int64_t> parts) {
    LookBuilder l;
    for (std::int64_t v : parts) l.add(v);
    return l.h;
}
}  // namespace

// Tables and waiters are drawn a little larger than life, to read from the back of a room.
constexpr double magnify = 1.3;

TableItem::TableItem(const TablePlace& place, int id) : place_(place), id_(id) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setPos(scene_point(place.centre));
    setCursor(Qt::PointingHandCursor);
    mark_ = new WaitMark(place.seats == 4 ? 65 : 42, this);
}

TableItem::WaitMark::WaitMark(double half_w, QGraphicsItem* parent)
    : QGraphicsItem(parent), half_w_(half_w) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::NoButton);  // clicks go to the table
}

QRectF TableItem::WaitMark::boundingRect() const {
    return QRectF((-half_w_ - 78) * magnify, -45 * magnify, (half_w_ + 78 + 45) * magnify,
                  90 * magnify);
}

void TableItem::WaitMark::show(bool waiting, double waited) {
    waiting_ = waiting;
    waited_ = waited;
    // The minutes change their text every 6 s, the ring its length every 10 s.
    const std::uint64_t l =
        look({waiting, waiting ? static_cast<std::int64_t>(waited / 6.0) : 0, waited > 600});
    if (l != look_) {
        look_ = l;
        update();
    }
}

void TableItem::WaitMark::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    if (!waiting_) return;
    p->setRenderHint(QPainter::Antialiasing);
    p->scale(magnify, magnify);
    // A ring that fills over 15 minutes of waiting, and the minutes in words.
    const QRectF badge(-30, -30, 60, 60);
    arc(*p, badge.adjusted(-9, -9, 9, 9), waited_ / 900.0,
        waited_ > 600 ? palette::vermilion : palette::ink, 6);
    p->setPen(waited_ > 600 ? palette::vermilion : palette::ink);
    p->setFont(font(15, true));
    // Left of the table: the right side is where the waiter stands.
    p->drawText(QRectF(-half_w_ - 76, 0, 70, 30), Qt::AlignRight | Qt::AlignVCenter,
                minutes(waited_));
}

QRectF TableItem::boundingRect() const {
    return QRectF(-190, -150, 340, 300);
}

void TableItem::show(const TableView& view, double now) {
    view_ = view;
    const std::uint64_t l =
        look({view.party, view.party_size, static_cast<int>(view.state), view.dishes_delivered});
    if (l != look_) {
        look_ = l;
        update();
    }
    const bool waiting = view.party >= 0 && (view.state == PartyState::waiting_to_order ||
                                             view.state == PartyState::waiting_for_food ||
                                             view.state == PartyState::waiting_for_bill);
    mark_->show(waiting, now - view.since);
}

void TableItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    p->scale(magnify, magnify);
    const bool four = place_.seats == 4;
    const double half_w = four ? 65 : 42, half_h = 42;
    const bool occupied = view_.party >= 0;
    // Seats: above and below the table, filled when a guest sits there.
    const std::vector<double> xs = four ? std::vector<double>{-32, 32} : std::vector<double>{0};
    int seat = 0;
    for (double y : {-half_h - 22, half_h + 22})
        for (double x : xs) {
            const bool guest = occupied && seat++ < view_.party_size;
            p->setPen(QPen(palette::wood_edge, 3));
            p->setBrush(guest ? QColor(0x6B, 0x5B, 0x4E) : QColor(0xF4, 0xEC, 0xE0));
            p->drawEllipse(QPointF(x, y), 17, 17);
        }
    p->setPen(QPen(palette::wood_edge, 4));
    p->setBrush(palette::wood);
    p->drawRoundedRect(QRectF(-half_w, -half_h, 2 * half_w, 2 * half_h), 10, 10);
    p->setPen(palette::muted_ink);
    p->setFont(font(13, true));
    p->drawText(QRectF(-half_w - 66, -30, 60, 28), Qt::AlignRight | Qt::AlignVCenter,
                QStringLiteral("T%1").arg(id_ + 1));
    if (!occupied) return;
    // Plates already on the table.
    for (int d = 0; d < view_.dishes_delivered; ++d) {
        p->setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 2));
        p->setBrush(Qt::white);
        const double x = -half_w + 16 + d * (2 * half_w - 32) / std::max(1, view_.dishes_total - 1);
        p->drawEllipse(QPointF(view_.dishes_total == 1 ? 0 : x, -half_h + 16), 11, 11);
    }
    // The state: a coloured badge with an icon, and how long it has lasted.
    const QColor colour = palette::of(view_.state);
    const QRectF badge(-30, -30, 60, 60);
    p->setPen(QPen(Qt::white, 4));
    p->setBrush(colour);
    p->drawEllipse(badge);
    p->setPen(QPen(view_.state == PartyState::waiting_to_order ? palette::ink : Qt::white, 5,
                   Qt::SolidLine, Qt::RoundCap));
    glyphs::of(*p, badge.adjusted(14, 14, -14, -14), view_.state);
}

// --- waiters ------------------------------------------------------------------------------------

WaiterItem::WaiterItem(int id) : id_(id) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setZValue(10);
    setCursor(Qt::PointingHandCursor);
}

QRectF WaiterItem::boundingRect() const {
    return QRectF(-95, -95, 190, 190);
}

void WaiterItem::setHighlighted(bool on) {
    if (highlighted_ == on) return;
    highlighted_ = on;
    update();
}

void WaiterItem::show(const WaiterView& view, double now) {
    view_ = view;
    now_ = now;
    setPos(scene_point(view.position));
    // Progress rings advance in 1/64 steps; the blocked halo pulses in 8 steps.
    const double span = view.until - view.since;
    const auto progress = span > 0 ? static_cast<std::int64_t>(64 * (now - view.since) / span) : 0;
    const auto pulse = view.state == WaiterState::blocked
                           ? static_cast<std::int64_t>((now - view.since) * 0.8 / 0.785)
                           : 0;
    const std::uint64_t l = look(
        {static_cast<int>(view.state), view.carrying, view.retiring, view.ticket, progress, pulse});
    if (l != look_) {
        look_ = l;
        update();
    }
}

void WaiterItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    p->scale(magnify, magnify);
    const QColor colour = palette::of(view_.state);
    const bool blocked = view_.state == WaiterState::blocked;
    if (highlighted_) {
        p->setPen(QPen(palette::ink, 5, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QPointF(0, 0), 62, 62);
    }
    if (blocked) {
        // Unmistakable: a pulsing red halo while the waiter is stuck at the pass.
        const double pulse = 0.5 + 0.5 * std::sin((now_ - view_.since) * 0.8);
        QColor halo = palette::vermilion;
        halo.setAlphaF(static_cast<float>(0.25 + 0.35 * pulse));
        p->setPen(Qt::NoPen);
        p->setBrush(halo);
        p->drawEllipse(QPointF(0, 0), 56, 56);
    }
    p->setPen(QPen(Qt::white, 5));
    p->setBrush(colour);
    p->drawEllipse(QPointF(0, 0), 38, 38);
    p->setPen(Qt::white);
    p->setFont(font(20, true));
    p->drawText(QRectF(-38, -38, 76, 76), Qt::AlignCenter, QString::number(id_ + 1));
    // The state's icon in a small white badge.
    const QRectF badge(18, -48, 34, 34);
    p->setPen(QPen(colour, 2));
    p->setBrush(Qt::white);
    p->drawEllipse(badge);
    p->setPen(QPen(colour, 3.5, Qt::SolidLine, Qt::RoundCap));
    glyphs::of(*p, badge.adjusted(7, 7, -7, -7), view_.state);
    // Progress of timed work (taking an order, drinks, delivering, billing).
    if (view_.until > view_.since && view_.state != WaiterState::walking && now_ < view_.until)
        arc(*p, QRectF(-46, -46, 92, 92), (now_ - view_.since) / (view_.until - view_.since),
            colour.darker(130), 6);
    // Plates carried.
    for (int i = 0; i < view_.carrying; ++i) {
        p->setPen(QPen(QColor(0x90, 0x90, 0x90), 2));
        p->setBrush(Qt::white);
        p->drawEllipse(QPointF(-44 + i * 10, 34 - i * 6), 12, 12);
    }
    if (view_.ticket) {  // the order, on its way to the kitchen
        p->setPen(QPen(QColor(0xB0, 0xA0, 0x70), 2));
        p->setBrush(QColor(0xFF, 0xFB, 0xE8));
        const QRectF ticket(-52, 8, 22, 30);
        p->drawRect(ticket);
        for (double y : {0.3, 0.55, 0.8})
            p->drawLine(QPointF(ticket.left() + 4, ticket.top() + y * ticket.height()),
                        QPointF(ticket.right() - 4, ticket.top() + y * ticket.height()));
    }
    if (view_.retiring) {
        p->setPen(palette::muted_ink);
        p->setFont(font(10));
        p->drawText(QRectF(-60, 40, 120, 20), Qt::AlignCenter, QStringLiteral("leaving"));
    }
}

// --- kitchen -------------------------------------------------------------------------------------

KitchenItem::KitchenItem(const FloorPlan& plan) : plan_(plan) {
    const double corridor = plan.corridor_y() * cm;
    area_ = QRectF(0, corridor + 60, plan.width() * cm, 400);
    setZValue(5);
    // Waiters walk over the pass all the time: the kitchen under them comes from a cache.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);  // paint() sees what is exposed
}

QRectF KitchenItem::boundingRect() const {
    return area_.adjusted(-10, -40, 10, 10);
}

void KitchenItem::show(const Snapshot& s) {
    cooks_ = s.cooks;
    queue_ = s.kitchen_queue;
    pass_ = s.pass;
    now_ = s.time;
    // The rail and the pass change now and then (dishes cool in 32 steps); the cooks'
    // rings every few frames. Each cook's corner is painted again only when it changed.
    LookBuilder fixed;
    fixed.add(highlighted_);
    fixed.add(static_cast<std::int64_t>(queue_.size()));
    fixed.add(static_cast<std::int64_t>(cooks_.size()));
    for (std::size_t i = 0; i < queue_.size() && i < 36; ++i) fixed.add(queue_[i].party);
    fixed.add(static_cast<std::int64_t>(pass_.size()));
    for (std::size_t i = 0; i < pass_.size() && i < 22; ++i) {
        fixed.add(pass_[i].party);
        fixed.add(static_cast<std::int64_t>(std::min(32.0, (now_ - pass_[i].since) / 600 * 32)));
    }
    // (The number of cooks is in `fixed`: when it changes, everything is painted.)
    const bool all = fixed.h != rail_and_pass_look_;
    if (all) update();
    rail_and_pass_look_ = fixed.h;
    cook_looks_.resize(cooks_.size());
    for (std::size_t i = 0; i < cooks_.size(); ++i) {
        const CookView& c = cooks_[i];
        const auto progress =
            c.busy && c.ends > c.started
                ? static_cast<std::int64_t>(96 * (now_ - c.started) / (c.ends - c.started))
                : -1;
        const std::uint64_t l = look({c.id, c.busy, c.attempt, progress});
        if (l != cook_looks_[i] && !all) update(cookRect(i));
        cook_looks_[i] = l;
    }
}

QRectF KitchenItem::cookRect(std::size_t i) const {
    const QPointF at = cookAt(i);
    return {at.x() - 72, at.y() - 64, 144, 140};
}

QPointF KitchenItem::cookAt(std::size_t i) const {
    const double centre = plan_.pass().x * cm;
    const double x0 = std::max(area_.left() + 480.0, centre + 240);
    const double step =
        std::min(110.0, (area_.right() - 60 - x0) /
                            static_cast<double>(std::max<std::size_t>(1, cooks_.size())));
    return {x0 + (static_cast<double>(i) + 0.5) * step, area_.top() + 270};
}

QRectF KitchenItem::passSlot(std::size_t i) const {
    const double centre = plan_.pass().x * cm;
    const int per_row = 11;
    const double x = centre - 175 + static_cast<double>(i % per_row) * 35;
    const double y = area_.top() + 112 + static_cast<double>(i / per_row) * 34;
    return QRectF(x - 15, y, 30, 30);
}

QRectF KitchenItem::railSlot(std::size_t i) const {
    const int per_row = 12;
    return QRectF(area_.left() + 40 + static_cast<double>(i % per_row) * 36,
                  area_.top() + 192 + static_cast<double>(i / per_row) * 50, 30, 42);
}

std::int64_t KitchenItem::partyAt(QPointF scene) const {
    const QPointF local = mapFromScene(scene);
    for (std::size_t i = 0; i < pass_.size(); ++i)
        if (passSlot(i).adjusted(-4, -4, 4, 4).contains(local)) return pass_[i].party;
    for (std::size_t i = 0; i < queue_.size(); ++i)
        if (railSlot(i).contains(local)) return queue_[i].party;
    return -1;
}

void KitchenItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    // Usually only one cook's corner is exposed: the rest is not drawn at all.
    const QRectF exposed = option->exposedRect;
    // The rail (left) and the pass (centre) lie left of the cooks.
    const double centre = plan_.pass().x * cm;
    const QRectF rail_and_pass(area_.left(), area_.top() + 90,
                               std::max(480.0, centre + 215 - area_.left()), 250);
    if (exposed.intersects(rail_and_pass)) paintPassAndRail(p);
    for (std::size_t i = 0; i < cooks_.size(); ++i)
        if (exposed.intersects(cookRect(i))) paintCook(p, i);
}

void KitchenItem::paintPassAndRail(QPainter* p) const {
    // The pass: a steel counter where finished dishes wait for a waiter.
    const double centre = plan_.pass().x * cm;
    p->setPen(QPen(QColor(0x8A, 0x96, 0xA0), 3));
    p->setBrush(palette::steel);
    p->drawRoundedRect(QRectF(centre - 205, area_.top() + 100, 410, 80), 8, 8);
    p->setPen(palette::ink);
    p->setFont(font(20, true));
    p->drawText(QRectF(centre - 510, area_.top() + 120, 290, 40), Qt::AlignRight | Qt::AlignVCenter,
                QStringLiteral("PASS %1").arg(pass_.size()));
    for (std::size_t i = 0; i < pass_.size() && i < 22; ++i) {
        const QRectF r = passSlot(i);
        p->setPen(QPen(pass_[i].party == highlighted_ ? palette::ink : Qt::white,
                       pass_[i].party == highlighted_ ? 5 : 3));
        p->setBrush(food_colour(now_ - pass_[i].since));
        p->drawEllipse(r);
    }
    // The ticket rail: dishes waiting for a cook, oldest first.
    p->setPen(palette::ink);
    p->setFont(font(20, true));
    p->drawText(QRectF(area_.left() + 40, area_.top() + 150, 500, 36), Qt::AlignLeft,
                QStringLiteral("TICKET RAIL %1").arg(queue_.size()));
    for (std::size_t i = 0; i < queue_.size() && i < 36; ++i) {  // three rows at most
        const QRectF r = railSlot(i);
        p->setPen(QPen(queue_[i].party == highlighted_ ? palette::ink : QColor(0xC8, 0xC0, 0xA0),
                       queue_[i].party == highlighted_ ? 4 : 2));
        p->setBrush(QColor(0xFF, 0xFB, 0xE8));
        p->drawRect(r);
        p->setPen(QPen(QColor(0xA0, 0xA0, 0xA0), 2));
        for (double y : {0.3, 0.5, 0.7})
            p->drawLine(QPointF(r.left() + 5, r.top() + y * r.height()),
                        QPointF(r.right() - 5, r.top() + y * r.height()));
    }
}

void KitchenItem::paintCook(QPainter* p, std::size_t i) const {
    // A cook, with the progress of the dish in hand.
    const CookView& c = cooks_[i];
    const QPointF at = cookAt(i);
    const QColor colour =
        c.busy ? (c.attempt > 0 ? palette::vermilion : palette::orange) : palette::idle_grey;
    p->setPen(QPen(Qt::white, 4));
    p->setBrush(colour);
    p->drawEllipse(at, 34, 34);
    // A chef's hat.
    p->setPen(QPen(QColor(0x90, 0x90, 0x90), 2));
    p->setBrush(Qt::white);
    p->drawRoundedRect(QRectF(at.x() - 20, at.y() - 58, 40, 22), 8, 8);
    p->setPen(Qt::white);
    p->setFont(font(17, true));
    p->drawText(QRectF(at.x() - 34, at.y() - 34, 68, 68), Qt::AlignCenter,
                QStringLiteral("C%1").arg(c.id + 1));
    if (c.busy && c.ends > c.started)
        arc(*p, QRectF(at.x() - 42, at.y() - 42, 84, 84), (now_ - c.started) / (c.ends - c.started),
            palette::ink, 6);
    if (c.busy && c.attempt > 0) {
        p->setPen(palette::vermilion);
        p->setFont(font(14, true));
        p->drawText(QRectF(at.x() - 70, at.y() + 44, 140, 26), Qt::AlignCenter,
                    QStringLiteral("burnt: again"));
    }
}

// --- door
// ---------------------------------------------------------------------------------------------

DoorItem::DoorItem(const FloorPlan& plan) : plan_(plan) {
    setZValue(5);
}

QRectF DoorItem::boundingRect() const {
    const QPointF door = scene_point(plan_.door());
    return QRectF(door.x() - 460, door.y() - 420, 440, 620);
}

QPointF DoorItem::slot(std::size_t i) const {
    const QPointF door = scene_point(plan_.door());
    const double col = static_cast<double>(i % 4), row = static_cast<double>(i / 4);
    return {door.x() - 90 - col * 100, door.y() - row * 100};
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
    const QPointF door = scene_point(plan_.door());
    p->setPen(palette::muted_ink);
    p->setFont(font(20, true));
    p->drawText(QRectF(door.x() - 500, door.y() + 50, 420, 36), Qt::AlignRight,
                QStringLiteral("waiting %1 \u00b7 lost %2").arg(door_.size()).arg(lost_));
    for (std::size_t i = 0; i < door_.size() && i < 16; ++i) {
        const DoorView& d = door_[i];
        const QPointF at = slot(i);
        // Patience left: the ring empties and turns red as the party loses patience.
        const double left = std::isinf(d.gives_up)
                                ? 1.0
                                : (d.gives_up - now_) / std::max(1.0, d.gives_up - d.arrived);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xEE, 0xE6, 0xDA));
        p->drawEllipse(at, 42, 42);
        arc(*p, QRectF(at.x() - 42, at.y() - 42, 84, 84), left,
            left < 0.3 ? palette::vermilion : palette::muted_ink, 6);
        for (int g = 0; g < d.size; ++g) {
            const double angle = 2 * M_PI * g / std::max(1, d.size) - M_PI / 2;
            const QPointF guest =
                d.size == 1 ? at : at + QPointF(std::cos(angle) * 16, std::sin(angle) * 16);
            p->setPen(QPen(Qt::white, 2));
            p->setBrush(QColor(0x6B, 0x5B, 0x4E));
            p->drawEllipse(guest, 11, 11);
        }
    }
    // Parties that gave up walk away to the left, red, fading over a minute and a half.
    for (const Leaving& l : leaving_) {
        const double age = now_ - l.since;
        if (age < 0 || age > 90) continue;
        const QPointF at = door + QPointF(-90 - age * 4.0, 150);
        QColor red = palette::vermilion;
        red.setAlphaF(static_cast<float>(1.0 - age / 90.0));
        p->setPen(QPen(red, 4));
        p->setBrush(Qt::NoBrush);
        for (int g = 0; g < std::max(1, l.size); ++g)
            p->drawEllipse(at + QPointF(g * 26.0, 0), 11, 11);
        p->setFont(font(14, true));
        p->drawText(QRectF(at.x() - 20, at.y() + 14, 160, 26), Qt::AlignLeft,
                    QStringLiteral("gave up"));
    }
    if (door_.size() > 16) {
        p->setPen(palette::ink);
        p->setFont(font(14, true));
        p->drawText(QRectF(door.x() - 450, door.y() - 420, 420, 30), Qt::AlignRight,
                    QStringLiteral("+%1 more").arg(door_.size() - 16));
    }
}

}  // namespace bistro::gui
