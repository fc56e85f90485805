#pragma once
// Each waiter's time in each state, as 100 % stacked bars.

#include <QElapsedTimer>
#include <vector>

#include "bistro/gui/plots/plot_view.hpp"
#include "bistro/sim/run_statistics.hpp"

class QBarCategoryAxis;
class QBarSet;

namespace bistro::gui {

class WaiterSplitPlot : public PlotView {
    Q_OBJECT

  public:
    explicit WaiterSplitPlot(QWidget* parent = nullptr);
    QString title() const override;
    QString csv() const override;

  protected:
    void rebuild() override;
    void redraw() override;

  private:
    struct Row {
        int source;
        int waiter;  ///< -1: all of that restaurant's waiters together
    };
    /// The bars: one per waiter, or one per restaurant when a brigade is large (unless
    /// `each`, as the CSV always has it).
    std::vector<Row> rows(bool each) const;
    StateTimes times(const Row& r) const;
    /// New rows (waiters came or went): new names, and as many bars.
    void relabel(const std::vector<Row>& rows_now);

    QChartView* view_;
    QChart* chart_ = nullptr;
    std::vector<QBarSet*> sets_;  // one per waiter state
    QBarCategoryAxis* categories_ = nullptr;
    std::size_t shown_rows_ = 0;
};

}  // namespace bistro::gui
