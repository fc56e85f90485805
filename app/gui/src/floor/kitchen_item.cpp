#include "floor/kitchen_item.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

#include "bistro/gui/style/palette.hpp"
#include "floor/look.hpp"
#include "floor/scene.hpp"

namespace bistro::gui {

namespace {
constexpr double name_units = 17 * 4.0 / 3.0;   // "C1" in its disc, at zoom 1
constexpr double title_units = 20 * 4.0 / 3.0;  // "PASS 2", "TICKET RAIL 5"
constexpr double note_units = 18;               // "burnt: again", "leaving"

/// Food cools from hot orange to cold blue-grey over ten minutes at the pass.
QColor foodColour(double waited) {
    const double f = std::clamp(waited / 600.0, 0.0, 1.0);
    const QColor hot = palette::orange, cold{0x7A, 0x95, 0xAD};
    const auto mix = [f](float a, float b) { return static_cast<float>(a + (b - a) * f); };
    return QColor::fromRgbF(mix(hot.redF(), cold.redF()), mix(hot.greenF(), cold.greenF()),
                            mix(hot.blueF(), cold.blueF()));
}
}  // namespace

KitchenItem::KitchenItem(const FloorPlan& plan, const FloorStyle& style)
    : plan_(plan), style_(style) {
    const double corridor = plan.corridor_y() * cm;
    area_ = QRectF(0, corridor + 60, plan.width() * cm, 400);
    setZValue(5);
    // Waiters walk over the pass all the time: the kitchen under them comes from a cache.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);  // paint() sees what is exposed
}

QRectF KitchenItem::boundingRect() const {
    return area_.adjusted(-10, -40, 10, 40);
}

void KitchenItem::restyle() {
    rail_and_pass_look_ = 0;
    update();
}

double KitchenItem::noteWidth() const {
    return QFontMetricsF(style_.font(note_units, true)).horizontalAdvance(QObject::tr("leaving"));
}

KitchenItem::CookRows KitchenItem::cookRows() const {
    // As large as the text asks, in one row, or in two when that lets them be larger:
    // never so close that neighbours overlap.
    const double x0 = std::max(area_.left() + 480.0, plan_.pass().x * cm + 240);
    const double width = area_.right() - 60 - x0;
    const double wanted = style_.badge(name_units);
    const auto n = static_cast<int>(std::max<std::size_t>(1, cooks_.size()));
    const auto layout = [&](int rows) {
        CookRows r;
        r.x0 = x0;
        r.rows = rows;
        r.per_row = (n + rows - 1) / rows;
        r.step = width / r.per_row;
        // Two rows share the height: the discs no larger than the rows' spacing allows.
        r.scale = std::max(0.4, std::min({wanted, r.step / 84, rows == 2 ? 1.25 : 10.0}));
        r.step = std::min(110.0 * r.scale, r.step);
        return r;
    };
    const CookRows one = layout(1), two = layout(2);
    return two.scale > one.scale * 1.1 ? two : one;
}

double KitchenItem::cookScale() const {
    return cookRows().scale;
}

QRectF KitchenItem::cookSceneRect(int id) const {
    for (std::size_t i = 0; i < cooks_.size(); ++i)
        if (cooks_[i].id == id) return mapRectToScene(cookRect(i));
    return {};
}

QRectF KitchenItem::cookDiscSceneRect(int id) const {
    const double r = 42 * cookScale();  // the progress ring's outer edge
    for (std::size_t i = 0; i < cooks_.size(); ++i)
        if (cooks_[i].id == id)
            return mapRectToScene(QRectF(cookAt(i) - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    return {};
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
        const std::uint64_t l = look({c.id, c.busy, c.attempt, c.retiring, progress});
        if (l != cook_looks_[i] && !all) update(cookRect(i));
        cook_looks_[i] = l;
    }
}

QRectF KitchenItem::cookRect(std::size_t i) const {
    const QPointF at = cookAt(i);
    const double k = cookScale(), note = style_.text(note_units) * 1.3;
    const double half = std::max(72 * k, noteWidth() / 2 + 8);
    return {at.x() - half, at.y() - 64 * k, 2 * half, 108 * k + 2 * note};
}

QPointF KitchenItem::cookAt(std::size_t i) const {
    const CookRows r = cookRows();
    const auto column = static_cast<double>(static_cast<int>(i) % r.per_row);
    const auto row = static_cast<int>(i) / r.per_row;
    const double y = r.rows == 1 ? 255 : row == 0 ? 170 : 320;
    return {r.x0 + (column + 0.5) * r.step, area_.top() + y};
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

QRectF KitchenItem::railArea() const {
    const double title = style_.text(title_units) * 1.3;
    return {area_.left() + 30, area_.top() + 186 - title, 12 * 36 + 20, title + 6 + 3 * 50};
}

QRectF KitchenItem::railSceneRect() const {
    return mapRectToScene(railArea());
}

QRectF KitchenItem::passDishSceneRect(std::size_t i) const {
    return i < pass_.size() && i < 22 ? mapRectToScene(passSlot(i)) : QRectF();
}

KitchenItem::Spot KitchenItem::spotAt(QPointF scene) const {
    const QPointF local = mapFromScene(scene);
    for (std::size_t i = 0; i < cooks_.size(); ++i)
        if (cookRect(i).contains(local)) return {Spot::Kind::cook, cooks_[i].id};
    for (std::size_t i = 0; i < pass_.size() && i < 22; ++i)  // as many as are drawn
        if (passSlot(i).adjusted(-4, -4, 4, 4).contains(local))
            return {Spot::Kind::pass_dish, static_cast<int>(i)};
    if (railArea().contains(local)) return {Spot::Kind::rail, 0};
    return {};
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
    p->setPen(style_.ink());
    p->setFont(style_.font(title_units, true));
    const double title = style_.text(title_units) * 1.3;
    // Under the counter, where neither the rail's title nor the cooks reach.
    p->drawText(QRectF(centre - 205, area_.top() + 184, 410, title),
                Qt::AlignHCenter | Qt::AlignTop, QObject::tr("PASS %1").arg(pass_.size()));
    for (std::size_t i = 0; i < pass_.size() && i < 22; ++i) {
        const QRectF r = passSlot(i);
        p->setPen(QPen(pass_[i].party == highlighted_ ? palette::ink : Qt::white,
                       pass_[i].party == highlighted_ ? 5 : 3));
        p->setBrush(foodColour(now_ - pass_[i].since));
        p->drawEllipse(r);
    }
    // The ticket rail: dishes waiting for a cook, oldest first.
    p->setPen(style_.ink());
    p->drawText(QRectF(area_.left() + 40, area_.top() + 186 - title, 600, title),
                Qt::AlignLeft | Qt::AlignBottom, QObject::tr("TICKET RAIL %1").arg(queue_.size()));
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
    // A cook, with the progress of the dish in hand, drawn about its place at scale k.
    const CookView& c = cooks_[i];
    const QPointF at = cookAt(i);
    const double k = cookScale();
    const QColor colour = !c.busy         ? palette::idle_grey
                          : c.attempt > 0 ? palette::burnt
                                          : palette::cooking;
    p->save();
    p->translate(at);
    p->scale(k, k);
    if (c.retiring) p->setOpacity(0.45);  // on the way out: faded, in a dashed ring
    p->setPen(QPen(style_.outline(), 4));
    p->setBrush(colour);
    p->drawEllipse(QPointF(0, 0), 34, 34);
    // A chef's hat.
    p->setPen(QPen(QColor(0x90, 0x90, 0x90), 2));
    p->setBrush(Qt::white);
    p->drawRoundedRect(QRectF(-20, -58, 40, 22), 8, 8);
    p->setPen(Qt::white);
    // The name fits its disc: smaller only when the discs had to shrink to fit.
    const double fit = std::min(1.0, k / style_.badge(name_units));
    p->setFont(itemFont(style_.text(name_units) * fit / k, true));
    p->drawText(QRectF(-40, -34, 80, 68), Qt::AlignCenter, QStringLiteral("C%1").arg(c.id + 1));
    p->setOpacity(1);
    if (c.retiring) {
        p->setPen(QPen(style_.ink(), 3, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QPointF(0, 0), 40, 40);
    }
    if (c.busy && c.ends > c.started)
        progressArc(*p, QRectF(-42, -42, 84, 84), (now_ - c.started) / (c.ends - c.started),
                    style_.ink(), 6);
    p->restore();
    paintCookNote(p, c, at + QPointF(0, 44 * k));
}

void KitchenItem::paintCookNote(QPainter* p, const CookView& c, QPointF top) const {
    QStringList notes;
    if (c.busy && c.attempt > 0) notes << QObject::tr("burnt");
    if (c.retiring) notes << QObject::tr("leaving");
    if (notes.isEmpty()) return;
    p->setPen(c.retiring ? style_.ink() : palette::burnt);
    p->setFont(style_.font(note_units, true));
    const double h = style_.text(note_units) * 1.3;
    const double w = noteWidth() + 16;
    p->drawText(QRectF(top.x() - w / 2, top.y(), w, h * static_cast<double>(notes.size())),
                Qt::AlignHCenter | Qt::AlignTop, notes.join('\n'));
}

}  // namespace bistro::gui
