#pragma once
// One row of the live numbers' legend: a waiter state's colour, its icon and name.

#include <QWidget>

#include "bistro/sim/entities.hpp"

namespace bistro::gui {

class LegendEntry : public QWidget {
  public:
    LegendEntry(WaiterState s, QWidget* parent);

  protected:
    void paintEvent(QPaintEvent*) override;

  private:
    WaiterState state_;
};

}  // namespace bistro::gui
