#include "floor/table_item.hpp"

#include <QCursor>
#include <QPainter>
#include <algorithm>
#include <vector>

#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"
#include "floor/look.hpp"
#include "floor/scene.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
constexpr double M = magnify;
constexpr double label_units = 22;                  // the name and the minutes, at zoom 1
constexpr double seats_reach = (42 + 22 + 17) * M;  // from the centre to the seats' edge
constexpr double half_pitch = FloorPlan::column_pitch * cm / 2 - 10;

QString minutes(double seconds) {
    return decimal(seconds / 60.0, seconds < 600 ? 1 : 0) + QStringLiteral("'");
}

bool waits(const TableView& v) {
    return v.party >= 0 &&
           (v.state == PartyState::waiting_to_order || v.state == PartyState::waiting_for_food ||
            v.state == PartyState::waiting_for_bill);
}
}  // namespace

TableItem::TableItem(const TablePlace& place, int id, const FloorStyle& style)
    : place_(place), id_(id), style_(style) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setPos(scenePoint(place.centre));
    setCursor(Qt::PointingHandCursor);
    mark_ = new WaitMark(*this, this);
}

double TableItem::halfWidth() const {
    return (place_.seats == 4 ? 65 : 42) * M;
}

double TableItem::badgeRadius() const {
    return 30 * M * std::clamp(style_.zoom, 0.7, 1.4);
}

QRectF TableItem::line() const {
    const double h = style_.text(label_units) * 1.25;
    return {-half_pitch, seats_reach + 2, 2 * half_pitch, h};
}

QRectF TableItem::labelRect() const {
    const QFontMetricsF m(style_.font(label_units, true));
    const QString name = QStringLiteral("T%1").arg(id_ + 1);
    const QRectF l = line();
    const double w = m.horizontalAdvance(name);
    const QRectF local = waits(view_) ? QRectF(-6 - w, l.top(), w, l.height())
                                      : QRectF(-w / 2, l.top(), w, l.height());
    return local.translated(pos());
}

QRectF TableItem::captionRect() const {
    if (!waits(view_)) return labelRect();
    const QFontMetricsF m(style_.font(label_units, true));
    const QRectF l = line();
    const double minutes_w = m.horizontalAdvance(QStringLiteral("00.0'"));
    return labelRect().united(QRectF(6, l.top(), minutes_w, l.height()).translated(pos()));
}

void TableItem::restyle() {
    prepareGeometryChange();
    mark_->restyle();
    update();
}

TableItem::WaitMark::WaitMark(const TableItem& table, QGraphicsItem* parent)
    : QGraphicsItem(parent), table_(table) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::NoButton);  // clicks go to the table
}

QRectF TableItem::WaitMark::boundingRect() const {
    const double r = table_.badgeRadius() + 9 * M + 6;
    return QRectF(-r, -r, 2 * r, 2 * r).united(table_.line());
}

void TableItem::WaitMark::restyle() {
    prepareGeometryChange();
    update();
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
    // A ring that fills over 15 minutes of waiting, and the minutes in words.
    const double r = table_.badgeRadius() + 9 * M;
    const QColor colour = waited_ > 600 ? palette::vermilion : table_.style_.ink();
    progressArc(*p, QRectF(-r, -r, 2 * r, 2 * r), waited_ / 900.0, colour, 6);
    p->setPen(colour);
    p->setFont(table_.style_.font(label_units, true));
    const QRectF l = table_.line();
    p->drawText(l.adjusted(l.width() / 2 + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                minutes(waited_));
}

QRectF TableItem::boundingRect() const {
    return QRectF(-half_pitch, -seats_reach - 4, 2 * half_pitch, seats_reach + 4)
        .united(line())
        .united(QRectF(-badgeRadius() - 4, -badgeRadius() - 4, 2 * badgeRadius() + 8,
                       2 * badgeRadius() + 8));
}

void TableItem::show(const TableView& view, double now) {
    view_ = view;
    const std::uint64_t l =
        look({view.party, view.party_size, static_cast<int>(view.state), view.dishes_delivered});
    if (l != look_) {
        look_ = l;
        update();
    }
    mark_->show(waits(view), now - view.since);
}

void TableItem::paintSeats(QPainter* p) const {
    // Above and below the table, filled when a guest sits there.
    const bool occupied = view_.party >= 0;
    const std::vector<double> xs =
        place_.seats == 4 ? std::vector<double>{-32 * M, 32 * M} : std::vector<double>{0};
    int seat = 0;
    for (double y : {-(42 + 22) * M, (42 + 22) * M})
        for (double x : xs) {
            const bool guest = occupied && seat++ < view_.party_size;
            p->setPen(QPen(palette::wood_edge, 3 * M));
            p->setBrush(guest ? QColor(0x6B, 0x5B, 0x4E) : QColor(0xF4, 0xEC, 0xE0));
            p->drawEllipse(QPointF(x, y), 17 * M, 17 * M);
        }
}

void TableItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    p->setRenderHint(QPainter::Antialiasing);
    const double half_w = halfWidth(), half_h = 42 * M;
    paintSeats(p);
    p->setPen(QPen(palette::wood_edge, 4 * M));
    p->setBrush(palette::wood);
    p->drawRoundedRect(QRectF(-half_w, -half_h, 2 * half_w, 2 * half_h), 10 * M, 10 * M);
    p->setPen(style_.muted());
    p->setFont(style_.font(label_units, true));
    p->drawText(labelRect().translated(-pos()), Qt::AlignCenter,
                QStringLiteral("T%1").arg(id_ + 1));
    if (view_.party < 0) return;
    // Plates already on the table.
    for (int d = 0; d < view_.dishes_delivered; ++d) {
        p->setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 2 * M));
        p->setBrush(Qt::white);
        const double x =
            -half_w + 16 * M + d * (2 * half_w - 32 * M) / std::max(1, view_.dishes_total - 1);
        p->drawEllipse(QPointF(view_.dishes_total == 1 ? 0 : x, -half_h + 16 * M), 11 * M, 11 * M);
    }
    // The state: a coloured badge with an icon (always both).
    const QColor colour = palette::of(view_.state);
    const double r = badgeRadius();
    const QRectF badge(-r, -r, 2 * r, 2 * r);
    p->setPen(QPen(colour == palette::empty_plate ? style_.ink() : style_.outline(), 4));
    p->setBrush(colour);
    p->drawEllipse(badge);
    p->setPen(QPen(palette::iconOn(colour), r / 7.5, Qt::SolidLine, Qt::RoundCap));
    glyphs::of(*p, badge.adjusted(r * 0.47, r * 0.47, -r * 0.47, -r * 0.47), view_.state);
}

}  // namespace bistro::gui
