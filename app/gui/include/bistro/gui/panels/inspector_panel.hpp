#pragma once
// The story of whatever was clicked on the floor: a waiter, a table, a party or
// one of its dishes - when it arrived, who took the order, how long it waited
// and why (in InspectorWords' sentences, each true of the model's state).

#include <QColor>
#include <QMetaObject>
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

    /// Which restaurant the stories come from; in compare mode `name` ("sync", "4 cooks")
    /// and `side` ("left") head every story in its colour, so nobody wonders which it is.
    void describe(SimulationController& controller, const QString& name = {},
                  const QColor& colour = {}, const QString& side = {});
    const SimulationController& described() const { return *controller_; }

  public slots:
    void show(bistro::gui::Selection s);
    void refresh();

  private:
    QString partyStory(std::int64_t id) const;
    QString waiterStory(int id) const;
    QString restaurantLine() const;
    SimulationController* controller_;
    QString name_, side_;
    QColor colour_;
    QMetaObject::Connection frames_, scenarios_;
    Selection selection_;
    double shown_at_ = -1;
    QString shown_html_;
};

}  // namespace bistro::gui
