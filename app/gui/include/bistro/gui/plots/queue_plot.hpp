#pragma once
// Door queue, kitchen queue and dishes at the pass over simulated time.

#include <array>
#include <cstdint>
#include <vector>

#include "bistro/gui/plots/plot_view.hpp"

class QLineSeries;

namespace bistro::gui {

class QueuePlot : public PlotView {
    Q_OBJECT

  public:
    explicit QueuePlot(QWidget* parent = nullptr);
    QString title() const override;
    QString csv() const override;

  protected:
    void rebuild() override;
    void redraw() override;

  private:
    QChartView* view_;
    QChart* chart_ = nullptr;
    QValueAxis *x_ = nullptr, *y_ = nullptr;
    std::vector<std::array<QLineSeries*, 3>> lines_;
    std::vector<std::uint64_t> versions_;
};

}  // namespace bistro::gui
