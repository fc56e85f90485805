#pragma once
// Small vector icons drawn with QPainter, so every state has a shape as well as
// a colour, crisp at any size and with no font dependency.

#include <QPainter>
#include <QRectF>

#include "bistro/sim/entities.hpp"

namespace bistro::gui::glyphs {

void hourglass(QPainter& p, const QRectF& r);
void menu(QPainter& p, const QRectF& r);
void exclamation(QPainter& p, const QRectF& r);
void pencil(QPainter& p, const QRectF& r);
void cutlery(QPainter& p, const QRectF& r);
void bill(QPainter& p, const QRectF& r);
void glass(QPainter& p, const QRectF& r);
void plate(QPainter& p, const QRectF& r);
void footsteps(QPainter& p, const QRectF& r);
void zzz(QPainter& p, const QRectF& r);
void padlock(QPainter& p, const QRectF& r);  ///< a waiter blocked at the pass
void coin(QPainter& p, const QRectF& r);     ///< a party waiting to pay
void exit(QPainter& p, const QRectF& r);     ///< staff let go: an arrow out of a door

/// The icon of a party state / waiter state, drawn in the current pen colour.
void of(QPainter& p, const QRectF& r, PartyState s);
void of(QPainter& p, const QRectF& r, WaiterState s);

}  // namespace bistro::gui::glyphs
