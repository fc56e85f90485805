#include "panels/legend_entry.hpp"

#include <QPainter>

#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"

namespace bistro::gui {

namespace {
QString shortLabel(WaiterState s) {
    switch (s) {
        case WaiterState::taking_order:
            return QObject::tr("Taking order");
        case WaiterState::making_drinks:
            return QObject::tr("Own work");
        case WaiterState::blocked:
            return QObject::tr("Blocked");
        default:
            return palette::label(s);
    }
}
}  // namespace

LegendEntry::LegendEntry(WaiterState s, QWidget* parent) : QWidget(parent), state_(s) {
    setMinimumHeight(22);
    setToolTip(palette::label(s));
}

void LegendEntry::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = palette::of(state_);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(2, 2, 22, 22));
    p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
    glyphs::of(p, QRectF(6, 6, 14, 14), state_);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(30, 0, width() - 30, height()), Qt::AlignVCenter, shortLabel(state_));
}

}  // namespace bistro::gui
