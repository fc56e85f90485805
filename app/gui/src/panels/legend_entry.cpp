#include "panels/legend_entry.hpp"

#include <QEvent>
#include <QPainter>
#include <tuple>

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

LegendEntry::LegendEntry(QColor colour, std::function<void(QPainter&, const QRectF&)> icon,
                         Words words, QWidget* parent)
    : QWidget(parent), colour_(colour), icon_(std::move(icon)), words_(std::move(words)) {
    retranslate();
}

LegendEntry::LegendEntry(WaiterState s, QWidget* parent)
    : LegendEntry(
          palette::of(s), [s](QPainter& p, const QRectF& r) { glyphs::of(p, r, s); },
          [s] {
              return std::pair{shortLabel(s), palette::label(s)};
          },
          parent) {}

LegendEntry::LegendEntry(PartyState s, QWidget* parent)
    : LegendEntry(
          palette::of(s), [s](QPainter& p, const QRectF& r) { glyphs::of(p, r, s); },
          [s] {
              return std::pair{palette::label(s), palette::label(s)};
          },
          parent) {}

void LegendEntry::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void LegendEntry::retranslate() {
    QString tip;
    std::tie(name_, tip) = words_();
    setToolTip(tip);
    updateGeometry();  // another name, another width
    update();
}

QSize LegendEntry::sizeHint() const {
    const int h = std::max(24, fontMetrics().height() + 6);
    return {h + 6 + fontMetrics().horizontalAdvance(name_), h};
}

void LegendEntry::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double d = std::min(height(), sizeHint().height()) - 2.0;
    const QRectF disc(1, (height() - d) / 2, d, d);
    p.setPen(colour_.lightnessF() > 0.8f ? QPen(palette::ink, 1.5) : QPen(Qt::NoPen));
    p.setBrush(colour_);
    p.drawEllipse(disc);
    p.setPen(QPen(palette::iconOn(colour_), d / 10, Qt::SolidLine, Qt::RoundCap));
    if (icon_) icon_(p, disc.adjusted(d * 0.2, d * 0.2, -d * 0.2, -d * 0.2));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(d + 8, 0, width() - d - 8, height()), Qt::AlignVCenter, name_);
}

}  // namespace bistro::gui
