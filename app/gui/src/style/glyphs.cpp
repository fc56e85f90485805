#include "bistro/gui/style/glyphs.hpp"

#include <QPainterPath>

namespace bistro::gui::glyphs {

namespace {
QPointF at(const QRectF& r, double fx, double fy) {
    return {r.left() + fx * r.width(), r.top() + fy * r.height()};
}
}  // namespace

void hourglass(QPainter& p, const QRectF& r) {
    QPainterPath path;
    path.moveTo(at(r, 0.2, 0.1));
    path.lineTo(at(r, 0.8, 0.1));
    path.lineTo(at(r, 0.5, 0.5));
    path.lineTo(at(r, 0.8, 0.9));
    path.lineTo(at(r, 0.2, 0.9));
    path.lineTo(at(r, 0.5, 0.5));
    path.closeSubpath();
    p.save();
    p.setBrush(p.pen().color());
    p.drawPath(path);
    p.restore();
}

void menu(QPainter& p, const QRectF& r) {
    for (double y : {0.25, 0.5, 0.75}) p.drawLine(at(r, 0.2, y), at(r, 0.8, y));
}

void exclamation(QPainter& p, const QRectF& r) {
    p.save();
    QPen pen = p.pen();
    pen.setWidthF(pen.widthF() * 1.5);
    p.setPen(pen);
    p.drawLine(at(r, 0.5, 0.12), at(r, 0.5, 0.6));
    p.drawPoint(at(r, 0.5, 0.85));
    p.restore();
}

void pencil(QPainter& p, const QRectF& r) {
    p.drawLine(at(r, 0.25, 0.75), at(r, 0.75, 0.25));
    p.drawLine(at(r, 0.2, 0.85), at(r, 0.25, 0.75));
    p.drawLine(at(r, 0.2, 0.85), at(r, 0.32, 0.8));
    p.drawLine(at(r, 0.65, 0.18), at(r, 0.82, 0.35));
}

void cutlery(QPainter& p, const QRectF& r) {
    p.drawLine(at(r, 0.33, 0.15), at(r, 0.33, 0.85));  // fork
    p.drawLine(at(r, 0.22, 0.15), at(r, 0.22, 0.38));
    p.drawLine(at(r, 0.44, 0.15), at(r, 0.44, 0.38));
    p.drawLine(at(r, 0.22, 0.38), at(r, 0.44, 0.38));
    QPainterPath knife;  // knife
    knife.moveTo(at(r, 0.68, 0.85));
    knife.lineTo(at(r, 0.68, 0.15));
    knife.quadTo(at(r, 0.82, 0.3), at(r, 0.72, 0.5));
    knife.lineTo(at(r, 0.68, 0.5));
    p.drawPath(knife);
}

void bill(QPainter& p, const QRectF& r) {
    p.drawRect(QRectF(at(r, 0.25, 0.12), at(r, 0.75, 0.88)));
    for (double y : {0.32, 0.5, 0.68}) p.drawLine(at(r, 0.35, y), at(r, 0.65, y));
}

void glass(QPainter& p, const QRectF& r) {
    QPainterPath path;
    path.moveTo(at(r, 0.2, 0.15));
    path.lineTo(at(r, 0.8, 0.15));
    path.lineTo(at(r, 0.5, 0.5));
    path.closeSubpath();
    p.drawPath(path);
    p.drawLine(at(r, 0.5, 0.5), at(r, 0.5, 0.85));
    p.drawLine(at(r, 0.3, 0.85), at(r, 0.7, 0.85));
}

void plate(QPainter& p, const QRectF& r) {
    p.drawEllipse(
        r.adjusted(r.width() * 0.1, r.height() * 0.1, -r.width() * 0.1, -r.height() * 0.1));
    p.drawEllipse(
        r.adjusted(r.width() * 0.3, r.height() * 0.3, -r.width() * 0.3, -r.height() * 0.3));
}

void footsteps(QPainter& p, const QRectF& r) {
    p.save();
    p.setBrush(p.pen().color());
    p.drawEllipse(QRectF(at(r, 0.2, 0.45), QSizeF(r.width() * 0.22, r.height() * 0.38)));
    p.drawEllipse(QRectF(at(r, 0.55, 0.15), QSizeF(r.width() * 0.22, r.height() * 0.38)));
    p.restore();
}

void zzz(QPainter& p, const QRectF& r) {
    auto z = [&](double x, double y, double s) {
        p.drawLine(at(r, x, y), at(r, x + s, y));
        p.drawLine(at(r, x + s, y), at(r, x, y + s));
        p.drawLine(at(r, x, y + s), at(r, x + s, y + s));
    };
    z(0.2, 0.5, 0.3);
    z(0.55, 0.2, 0.22);
}

void padlock(QPainter& p, const QRectF& r) {
    p.save();
    p.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(at(r, 0.3, 0.5));
    shackle.lineTo(at(r, 0.3, 0.32));
    shackle.arcTo(QRectF(at(r, 0.3, 0.1), at(r, 0.7, 0.52)), 180, -180);
    shackle.lineTo(at(r, 0.7, 0.5));
    p.drawPath(shackle);
    p.setBrush(p.pen().color());
    p.drawRoundedRect(QRectF(at(r, 0.18, 0.48), at(r, 0.82, 0.92)), r.width() * 0.08,
                      r.width() * 0.08);
    p.restore();
}

void coin(QPainter& p, const QRectF& r) {
    // A coin with a euro sign: money, where the bill itself means paying.
    p.save();
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(at(r, 0.08, 0.08), at(r, 0.92, 0.92)));
    QPen thin = p.pen();
    thin.setWidthF(thin.widthF() * 0.8);
    p.setPen(thin);
    p.drawArc(QRectF(at(r, 0.3, 0.28), at(r, 0.72, 0.72)), 50 * 16, 260 * 16);
    p.drawLine(at(r, 0.24, 0.45), at(r, 0.54, 0.45));
    p.drawLine(at(r, 0.24, 0.57), at(r, 0.54, 0.57));
    p.restore();
}

void exit(QPainter& p, const QRectF& r) {
    p.save();
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(
        QPolygonF({at(r, 0.45, 0.2), at(r, 0.2, 0.2), at(r, 0.2, 0.8), at(r, 0.45, 0.8)}));
    p.drawLine(at(r, 0.4, 0.5), at(r, 0.88, 0.5));
    p.drawPolyline(QPolygonF({at(r, 0.7, 0.32), at(r, 0.88, 0.5), at(r, 0.7, 0.68)}));
    p.restore();
}

void of(QPainter& p, const QRectF& r, PartyState s) {
    switch (s) {
        case PartyState::at_door:
            footsteps(p, r);
            break;
        case PartyState::reading_menu:
            menu(p, r);
            break;
        case PartyState::waiting_to_order:
            exclamation(p, r);
            break;
        case PartyState::ordering:
            pencil(p, r);
            break;
        case PartyState::waiting_for_food:
            hourglass(p, r);
            break;
        case PartyState::eating:
            cutlery(p, r);
            break;
        case PartyState::waiting_for_bill:
            coin(p, r);
            break;
        case PartyState::paying:
            bill(p, r);
            break;
    }
}

void of(QPainter& p, const QRectF& r, WaiterState s) {
    switch (s) {
        case WaiterState::idle:
            zzz(p, r);
            break;
        case WaiterState::walking:
            footsteps(p, r);
            break;
        case WaiterState::taking_order:
            pencil(p, r);
            break;
        case WaiterState::making_drinks:
            glass(p, r);
            break;
        case WaiterState::blocked:
            padlock(p, r);
            break;
        case WaiterState::delivering:
            plate(p, r);
            break;
        case WaiterState::billing:
            bill(p, r);
            break;
    }
}

}  // namespace bistro::gui::glyphs
