#pragma once
// Insight cards in plain words beside the floor, each with a "Show me" link that
// outlines what it is about; above them the load (rho) of the waiters and of the
// kitchen against the stability limit of 1. In compare mode, a column per side.
// The numbers come from the model (bistro/sim/insights.hpp); this panel words them.

#include <QWidget>
#include <array>
#include <vector>

#include "bistro/sim/insights.hpp"

namespace bistro::gui {

class SimulationController;
class TwinRestaurants;
class InsightColumn;

class InsightPanel : public QWidget {
    Q_OBJECT

  public:
    InsightPanel(SimulationController& primary, TwinRestaurants& twins, QWidget* parent = nullptr);

    /// The cards shown for a side (0: the main restaurant, 1: its twin in compare mode).
    const std::vector<Insight>& cards(int side) const;
    /// Each card's sentence, as shown.
    QStringList sentences(int side) const;
    /// The load line of the waiters or the kitchen, as shown.
    QString loadText(int side, bool kitchen) const;
    /// What clicking "Show me" on a card does.
    void showMe(int side, int card);

  signals:
    /// "Show me" was clicked: outline this on that side's floor.
    void showMeRequested(int side, const bistro::InsightFocus& focus);

  public slots:
    void refresh();  ///< every column, now

  protected:
    void changeEvent(QEvent* event) override;  ///< a new language: the columns' titles

  private:
    void followTwins();

    TwinRestaurants& twins_;
    std::array<InsightColumn*, 2> columns_{};
};

}  // namespace bistro::gui
