#include "panels/floor_legend.hpp"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"
#include "panels/legend_entry.hpp"

namespace bistro::gui {

namespace {
QLabel* heading(const QString& text, QWidget* parent) {
    auto* l = new QLabel(QStringLiteral("<b>%1</b>").arg(text), parent);
    l->setContentsMargins(0, 6, 0, 0);
    return l;
}

void cookIcon(QPainter& p, const QRectF& r) {  // a chef's hat
    p.drawRoundedRect(r.adjusted(0, 0, 0, -r.height() * 0.45), r.width() * 0.2, r.width() * 0.2);
    p.drawLine(QPointF(r.left() + r.width() * 0.2, r.bottom()),
               QPointF(r.right() - r.width() * 0.2, r.bottom()));
}
}  // namespace

FloorLegend::FloorLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("floorLegend"));
    auto* grid = new QGridLayout(this);
    int row = 0;
    grid->addWidget(heading(tr("Waiters"), this), row++, 0, 1, 2);
    for (int s = 0; s < waiter_state_count; ++s, row += s % 2 == 0)
        grid->addWidget(new LegendEntry(static_cast<WaiterState>(s), this), row, s % 2);
    grid->addWidget(new LegendEntry(palette::idle_grey, glyphs::exit, tr("Leaving (faded)"),
                                    tr("Let go: leaves when the task in hand is done"), this),
                    row++, 1);
    grid->addWidget(heading(tr("Parties at their tables"), this), row++, 0, 1, 2);
    for (int s = 1; s < party_state_count;
         ++s)  // from reading the menu to paying (at the door: see the door)
        grid->addWidget(new LegendEntry(static_cast<PartyState>(s), this), row + (s - 1) / 2,
                        (s - 1) % 2);
    row += 4;
    grid->addWidget(heading(tr("Cooks (the kitchen: I/O)"), this), row++, 0, 1, 2);
    grid->addWidget(new LegendEntry(palette::cooking, cookIcon, tr("Cooking"),
                                    tr("A cook at work on a dish"), this),
                    row, 0);
    grid->addWidget(
        new LegendEntry(palette::burnt, cookIcon, tr("A burnt dish again"),
                        tr("The dish burnt: cooked again (a failing request retried)"), this),
        row++, 1);
    grid->addWidget(
        new LegendEntry(palette::idle_grey, cookIcon, tr("Idle"), tr("A free cook"), this), row, 0);
    grid->addWidget(new LegendEntry(palette::idle_grey, glyphs::exit, tr("Leaving (faded)"),
                                    tr("Let go: leaves when the dish in hand is done"), this),
                    row++, 1);
    grid->setRowStretch(row, 1);
}

}  // namespace bistro::gui
