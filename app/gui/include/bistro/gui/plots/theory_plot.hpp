#pragma once
// Theory beside the simulation: when the settings in force reduce the restaurant
// to a textbook queue (bistro/sim/theory.hpp), the theoretical value as a dashed
// line with a badge ("theory: Erlang C 3.06 min") and the simulation's running
// mean with its 95 % band converging on it; otherwise a muted badge naming the
// settings that break the reduction ("no textbook queue here: walking time").

#include <QList>
#include <QPointF>
#include <cstdint>
#include <vector>

#include "bistro/gui/plots/plot_recorder.hpp"
#include "bistro/gui/plots/plot_view.hpp"
#include "bistro/sim/theory.hpp"

class QLineSeries;

namespace bistro::gui {

class TheoryPlot : public PlotView {
    Q_OBJECT

  public:
    explicit TheoryPlot(QWidget* parent = nullptr);
    QString title() const override;
    QString csv() const override;
    /// The metric shown: the first the theory predicts for some restaurant among the
    /// wait to order, a dish's wait for a cook and the share lost; else the wait to order.
    QString metric() const;
    /// Restaurant i's badge as plain text: "theory: Erlang C 3.06 min" or
    /// "no textbook queue here: walking time, menu reading".
    QString badge(int source) const;
    /// Restaurant i's theoretical value in the plot's unit (minutes or %); NaN when none.
    double theoryValue(int source) const;
    /// The running mean of restaurant i as drawn (x hours, y the plot's unit).
    QList<QPointF> meanPoints(int source) const;

  protected:
    void rebuild() override;
    void redraw() override;

  private:
    struct Lines {
        QLineSeries* mean;
        QLineSeries* low;
        QLineSeries* high;
        QLineSeries* theory;
        std::uint64_t version = ~0ull;
    };
    Lines addLines(const PlotSource& s);
    /// Predictions for every restaurant now; true when the measure to show changed.
    bool predict();
    const Prediction& shownPrediction(int source) const;
    QString shortBadge(int source) const;  ///< at most three reasons, for the headline
    QString headline() const;

    QChart* chart_ = nullptr;
    QChartView* view_;
    QValueAxis *x_ = nullptr, *y_ = nullptr;
    std::vector<Lines> lines_;
    std::vector<std::vector<Prediction>> predictions_;
    int shown_ = 0;  ///< which measure: wait to order, kitchen wait, lost share
};

}  // namespace bistro::gui
