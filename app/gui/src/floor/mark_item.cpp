#include "floor/mark_item.hpp"

#include <QPainter>

#include "bistro/gui/style/palette.hpp"

namespace bistro::gui {

namespace {
constexpr double width = 12.0;  // scene units (cm): seen from the back of a room
}

MarkItem::MarkItem(Kind kind) : kind_(kind) {
    setZValue(kind == Kind::keyboard ? 60 : 55);  // over the spotlight (50) and waiters
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF MarkItem::boundingRect() const {
    if (target_.isEmpty()) return {};
    return target_.adjusted(-3 * width, -3 * width, 3 * width, 3 * width);
}

void MarkItem::setTarget(const QRectF& target, bool round) {
    if (target == target_ && round == round_) return;
    prepareGeometryChange();
    target_ = target;
    round_ = round;
    update();
}

void MarkItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    if (target_.isEmpty()) return;
    p->setRenderHint(QPainter::Antialiasing);
    p->setBrush(Qt::NoBrush);
    const QRectF r = target_.adjusted(-width, -width, width, width);
    // Dark on a white edge: visible on the wooden floor, the steel kitchen and any badge.
    const bool keys = kind_ == Kind::keyboard;
    const QPen edge(Qt::white, (keys ? 2.2 : 1.8) * width, Qt::SolidLine, Qt::RoundCap);
    const QPen line(keys ? palette::ink : palette::blue, width, keys ? Qt::SolidLine : Qt::DashLine,
                    Qt::RoundCap);
    for (const QPen& pen : {edge, line}) {
        p->setPen(pen);
        if (round_)
            p->drawEllipse(r);
        else
            p->drawRoundedRect(r, 24, 24);
    }
}

}  // namespace bistro::gui
