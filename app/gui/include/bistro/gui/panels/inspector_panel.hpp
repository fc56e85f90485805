#pragma once
// The story of whatever was clicked on the floor: a waiter, a table, a party or
// one of its dishes - when it arrived, who took the order, how long it waited
// and why (in InspectorWords' sentences, each true of the model's state).

#include <QTextBrowser>
#include <cstdint>

#include "bistro/gui/floor/selection.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

class SimulationController;

class InspectorPanel : public QTextBrowser {
    Q_OBJECT

  public:
    explicit InspectorPanel(SimulationController& controller, QWidget* parent = nullptr);

  public slots:
    void show(bistro::gui::Selection s);
    void refresh();

  private:
    QString partyStory(std::int64_t id) const;
    QString waiterStory(int id) const;
    SimulationController& controller_;
    Selection selection_;
    double shown_at_ = -1;
    QString shown_html_;
};

}  // namespace bistro::gui
