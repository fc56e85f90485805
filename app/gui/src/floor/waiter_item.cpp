#include "floor/waiter_item.hpp"

#include <QCursor>
#include <QPainter>
#include <cmath>

#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"
#include "floor/look.hpp"
#include "floor/scene.hpp"

namespace bistro::gui {

namespace {
constexpr double number_units = 20 * 4.0 / 3.0 * magnify;  // the waiter's number, at zoom 1
constexpr double leaving_units = 20;
}  // namespace

WaiterItem::WaiterItem(int id, const FloorStyle& style) : id_(id), style_(style) {
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setZValue(10);
    setCursor(Qt::PointingHandCursor);
}

double WaiterItem::scale() const {
    return style_.badge(number_units);
}

QRectF WaiterItem::boundingRect() const {
    const double r = 95 * magnify * scale();
    const double below = 60 * magnify * scale() + style_.text(leaving_units) * 1.3;
    return QRectF(-r, -r, 2 * r, r + std::max(r, below));
}

void WaiterItem::restyle() {
    prepareGeometryChange();
    update();
}

void WaiterItem::setHighlighted(bool on) {
    if (highlighted_ == on) return;
    highlighted_ = on;
    update();
}

void WaiterItem::show(const WaiterView& view, double now) {
    view_ = view;
    now_ = now;
    setPos(scenePoint(view.position));
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
    if (view_.retiring) {  // below the disc, unscaled: the label is sized on its own
        p->setPen(style_.ink());
        p->setFont(style_.font(leaving_units, true));
        const double top = 50 * magnify * scale();
        p->drawText(QRectF(-200, top, 400, style_.text(leaving_units) * 1.3), Qt::AlignCenter,
                    QObject::tr("leaving"));
    }
    p->scale(magnify * scale(), magnify * scale());
    const QColor colour = palette::of(view_.state);
    paintHalo(p);
    if (view_.retiring) p->setOpacity(0.55);  // on its way out: faded, in a dashed ring
    paintBody(p, colour);
    p->setOpacity(1);
    // Progress of timed work (taking an order, drinks, delivering, billing).
    if (view_.until > view_.since && view_.state != WaiterState::walking && now_ < view_.until)
        progressArc(*p, QRectF(-46, -46, 92, 92),
                    (now_ - view_.since) / (view_.until - view_.since), colour.darker(130), 6);
    paintLoad(p);
}

void WaiterItem::paintHalo(QPainter* p) const {
    if (highlighted_) {
        p->setPen(QPen(style_.ink(), 5, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QPointF(0, 0), 62, 62);
    }
    if (view_.state == WaiterState::blocked) {
        // Unmistakable: a pulsing red halo while the waiter is stuck at the pass.
        const double pulse = 0.5 + 0.5 * std::sin((now_ - view_.since) * 0.8);
        QColor halo = palette::vermilion;
        halo.setAlphaF(static_cast<float>(0.25 + 0.35 * pulse));
        p->setPen(Qt::NoPen);
        p->setBrush(halo);
        p->drawEllipse(QPointF(0, 0), 56, 56);
    }
    if (view_.retiring) {
        p->setPen(QPen(style_.ink(), 3, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QPointF(0, 0), 44, 44);
    }
}

void WaiterItem::paintBody(QPainter* p, const QColor& colour) const {
    p->setPen(QPen(style_.outline(), 5));
    p->setBrush(colour);
    p->drawEllipse(QPointF(0, 0), 38, 38);
    p->setPen(palette::iconOn(colour));
    p->setFont(itemFont(number_units / magnify, true));
    p->drawText(QRectF(-38, -38, 76, 76), Qt::AlignCenter, QString::number(id_ + 1));
    // The state's icon in a small white badge (the door's arrow for one leaving).
    const QRectF badge(18, -48, 34, 34);
    p->setPen(QPen(style_.projector ? style_.ink() : colour, 2));
    p->setBrush(Qt::white);
    p->drawEllipse(badge);
    p->setPen(QPen(colour == palette::empty_plate ? style_.ink() : colour, 3.5, Qt::SolidLine,
                   Qt::RoundCap));
    if (view_.retiring)
        glyphs::exit(*p, badge.adjusted(7, 7, -7, -7));
    else
        glyphs::of(*p, badge.adjusted(7, 7, -7, -7), view_.state);
}

void WaiterItem::paintLoad(QPainter* p) const {
    for (int i = 0; i < view_.carrying; ++i) {  // plates carried
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
}

}  // namespace bistro::gui
