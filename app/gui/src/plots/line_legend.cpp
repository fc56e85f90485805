#include "plots/line_legend.hpp"

#include <QPainter>

#include "bistro/gui/style/palette.hpp"

namespace bistro::gui {

namespace {
constexpr int gap = 6, spacing = 18;
}

LineLegend::LineLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lineLegend"));
    QFont f = font();
    f.setPointSizeF(10);
    setFont(f);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LineLegend::setItems(const QList<LegendItem>& items) {
    items_ = items;
    QStringList words;
    for (const LegendItem& i : items_) words << i.text;
    setAccessibleName(tr("Legend: %1").arg(words.join(QStringLiteral(", "))));
    setVisible(!items_.isEmpty());
    updateGeometry();
    update();
}

QList<QRect> LineLegend::places(int width) const {
    const QFontMetrics fm = fontMetrics();
    const int row = std::max(fm.height(), 16) + 4;
    QList<QRect> out;
    int x = 0, y = 0;
    for (const LegendItem& i : items_) {
        const int w = swatch_width + gap + fm.horizontalAdvance(i.text);
        if (x > 0 && x + w > width) {  // next line
            x = 0;
            y += row;
        }
        out.append(QRect(x, y, w, row));
        x += w + spacing;
    }
    return out;
}

QList<QRect> LineLegend::swatches(int width) const {
    QList<QRect> out;
    for (const QRect& r : places(width))
        out.append(QRect(r.left(), r.top() + 2, swatch_width, r.height() - 4));
    return out;
}

int LineLegend::heightForWidth(int width) const {
    const QList<QRect> p = places(width);
    return p.isEmpty() ? 0 : p.back().bottom() + 1;
}

QSize LineLegend::sizeHint() const {
    return {300, heightForWidth(width() > 0 ? width() : 300)};
}

QSize LineLegend::minimumSizeHint() const {
    return {swatch_width * 2, heightForWidth(width() > 0 ? width() : 300)};
}

void LineLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> all = places(width());
    for (int k = 0; k < items_.size(); ++k) {
        const LegendItem& i = items_[k];
        const QRect s(all[k].left(), all[k].top() + 2, swatch_width, all[k].height() - 4);
        if (i.fill.style() != Qt::NoBrush) {
            p.setPen(i.pen.style() == Qt::NoPen ? Qt::NoPen : QPen(i.pen.color(), 1.2));
            p.setBrush(i.fill);
            p.drawRect(QRectF(s).adjusted(2, 2, -2, -2));
        } else {
            QPen pen = i.pen;
            pen.setCapStyle(Qt::FlatCap);
            p.setPen(pen);
            p.drawLine(QPointF(s.left(), s.center().y() + 0.5),
                       QPointF(s.right(), s.center().y() + 0.5));
        }
        p.setPen(palette::ink);
        p.drawText(QRect(s.right() + gap, all[k].top(), all[k].width(), all[k].height()),
                   Qt::AlignLeft | Qt::AlignVCenter, i.text);
    }
}

}  // namespace bistro::gui
