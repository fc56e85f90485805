#pragma once
// The floor's legend: what every colour and icon on the floor means, for
// waiters, parties at their tables and cooks; one meaning each.

#include <QWidget>

namespace bistro::gui {

class FloorLegend : public QWidget {
    Q_OBJECT

  public:
    explicit FloorLegend(QWidget* parent = nullptr);
};

}  // namespace bistro::gui
