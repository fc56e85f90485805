#pragma once
// The floor's legend: what every colour and icon on the floor means, for
// waiters, parties at their tables and cooks; one meaning each.

#include <QWidget>
#include <array>

class QLabel;

namespace bistro::gui {

class FloorLegend : public QWidget {
    Q_OBJECT

  public:
    explicit FloorLegend(QWidget* parent = nullptr);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();  ///< the headings
    std::array<QLabel*, 3> headings_{};
};

}  // namespace bistro::gui
