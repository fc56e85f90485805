#include "bistro/gui/panels/insight_panel.hpp"

#include <QEvent>
#include <QVBoxLayout>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "panels/insight_column.hpp"

namespace bistro::gui {

InsightPanel::InsightPanel(SimulationController& primary, TwinRestaurants& twins, QWidget* parent)
    : QWidget(parent), twins_(twins) {
    setObjectName(QStringLiteral("insightPanel"));
    // One side above the other: the dock stays narrow beside the floors.
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    columns_[0] = new InsightColumn(primary, this);
    columns_[1] = new InsightColumn(twins.twin(), this);
    for (int side = 0; side < 2; ++side) {
        layout->addWidget(columns_[static_cast<std::size_t>(side)]);
        connect(columns_[static_cast<std::size_t>(side)], &InsightColumn::showMeRequested, this,
                [this, side](const InsightFocus& f) { emit showMeRequested(side, f); });
    }
    connect(&twins_, &TwinRestaurants::started, this, &InsightPanel::followTwins);
    connect(&twins_, &TwinRestaurants::stopped, this, &InsightPanel::followTwins);
    layout->addStretch(1);
    followTwins();
}

void InsightPanel::followTwins() {
    const bool on = twins_.isOn();
    columns_[1]->setVisible(on);
    columns_[0]->setTitle(on ? twins_.contrast().nameA() : QString());
    columns_[1]->setTitle(on ? twins_.contrast().nameB() : QString());
    refresh();
}

void InsightPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) followTwins();
    QWidget::changeEvent(event);
}

void InsightPanel::refresh() {
    for (InsightColumn* c : columns_)
        if (c->isVisibleTo(this) || c == columns_[0]) c->refresh();
}

const std::vector<Insight>& InsightPanel::cards(int side) const {
    return columns_[static_cast<std::size_t>(side)]->cards();
}

QStringList InsightPanel::sentences(int side) const {
    return columns_[static_cast<std::size_t>(side)]->sentences();
}

QString InsightPanel::loadText(int side, bool kitchen) const {
    return columns_[static_cast<std::size_t>(side)]->loadText(kitchen);
}

void InsightPanel::showMe(int side, int card) {
    columns_[static_cast<std::size_t>(side)]->showMe(card);
}

}  // namespace bistro::gui
