#include "panels/floor_legend.hpp"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>

#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"
#include "panels/legend_entry.hpp"

namespace bistro::gui {

namespace {
QLabel* heading(QWidget* parent) {
    auto* l = new QLabel(parent);
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
    grid->addWidget(headings_[0] = heading(this), row++, 0, 1, 2);
    for (int s = 0; s < waiter_state_count; ++s, row += s % 2 == 0)
        grid->addWidget(new LegendEntry(static_cast<WaiterState>(s), this), row, s % 2);
    grid->addWidget(new LegendEntry(
                        palette::idle_grey, glyphs::exit,
                        [] {
                            return std::pair{tr("Leaving (faded)"),
                                             tr("Let go: leaves when the task in hand is done")};
                        },
                        this),
                    row++, 1);
    grid->addWidget(headings_[1] = heading(this), row++, 0, 1, 2);
    for (int s = 1; s < party_state_count;
         ++s)  // from reading the menu to paying (at the door: see the door)
        grid->addWidget(new LegendEntry(static_cast<PartyState>(s), this), row + (s - 1) / 2,
                        (s - 1) % 2);
    row += 4;
    grid->addWidget(headings_[2] = heading(this), row++, 0, 1, 2);
    grid->addWidget(new LegendEntry(
                        palette::cooking, cookIcon,
                        [] {
                            return std::pair{tr("Cooking"), tr("A cook at work on a dish")};
                        },
                        this),
                    row, 0);
    grid->addWidget(new LegendEntry(
                        palette::burnt, cookIcon,
                        [] {
                            return std::pair{
                                tr("A burnt dish again"),
                                tr("The dish burnt: cooked again (a failing request retried)")};
                        },
                        this),
                    row++, 1);
    grid->addWidget(new LegendEntry(
                        palette::idle_grey, cookIcon,
                        [] {
                            return std::pair{tr("Idle"), tr("A free cook")};
                        },
                        this),
                    row, 0);
    grid->addWidget(new LegendEntry(
                        palette::idle_grey, glyphs::exit,
                        [] {
                            return std::pair{tr("Leaving (faded)"),
                                             tr("Let go: leaves when the dish in hand is done")};
                        },
                        this),
                    row++, 1);
    grid->setRowStretch(row, 1);
    retranslate();
}

void FloorLegend::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();  // the entries word themselves
    QWidget::changeEvent(event);
}

void FloorLegend::retranslate() {
    const QString bold = QStringLiteral("<b>%1</b>");
    headings_[0]->setText(bold.arg(tr("Waiters")));
    headings_[1]->setText(bold.arg(tr("Parties at their tables")));
    headings_[2]->setText(bold.arg(tr("Cooks (the kitchen: I/O)")));
}

}  // namespace bistro::gui
