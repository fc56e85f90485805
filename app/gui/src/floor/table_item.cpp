#include "floor/table_item.hpp"

#include <QCursor>
#include <QPainter>
#include <algorithm>
#include <vector>

#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"
#include "floor/look.hpp"
#include "floor/scene.hpp"

namespace bistro::gui {

namespace {
QString minutes(double seconds) {
    return QString::number(seconds / 60.0, 'f', seconds < 600 ? 1 : 0) + QStringLiteral("'");
}
}  // namespace

TableItem::TableItem(const TablePlace& place, int id) : place_(place), id_(id) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setPos(scenePoint(place.centre));
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
    progressArc(*p, badge.adjusted(-9, -9, 9, 9), waited_ / 900.0,
                waited_ > 600 ? palette::vermilion : palette::ink, 6);
    p->setPen(waited_ > 600 ? palette::vermilion : palette::ink);
    p->setFont(itemFont(15, true));
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

void TableItem::paintSeats(QPainter* p, double half_h) const {
    // Above and below the table, filled when a guest sits there.
    const bool occupied = view_.party >= 0;
    const std::vector<double> xs =
        place_.seats == 4 ? std::vector<double>{-32, 32} : std::vector<double>{0};
    int seat = 0;
    for (double y : {-half_h - 22, half_h + 22})
        for (double x : xs) {
            const bool guest = occupied && seat++ < view_.party_size;
            p->setPen(QPen(palette::wood_edge, 3));
            p->setBrush(guest ? QColor(0x6B, 0x5B, 0x4E) : QColor(0xF4, 0xEC, 0xE0));
            p->drawEllipse(QPointF(x, y), 17, 17);
        }
}

void TableItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    p->scale(magnify, magnify);
    const double half_w = place_.seats == 4 ? 65 : 42, half_h = 42;
    paintSeats(p, half_h);
    p->setPen(QPen(palette::wood_edge, 4));
    p->setBrush(palette::wood);
    p->drawRoundedRect(QRectF(-half_w, -half_h, 2 * half_w, 2 * half_h), 10, 10);
    p->setPen(palette::muted_ink);
    p->setFont(itemFont(13, true));
    p->drawText(QRectF(-half_w - 66, -30, 60, 28), Qt::AlignRight | Qt::AlignVCenter,
                QStringLiteral("T%1").arg(id_ + 1));
    if (view_.party < 0) return;
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

}  // namespace bistro::gui
