#pragma once
// A wait: its histogram over completed parties, and its running mean: of every
// party, the ones still waiting with their wait so far (the line to read), and
// of the finished waits alone with a 95 % band (dashed).

#include <QList>
#include <QPointF>
#include <cstdint>
#include <vector>

#include "bistro/gui/plots/plot_recorder.hpp"
#include "bistro/gui/plots/plot_view.hpp"

class QLineSeries;

namespace bistro::gui {

class WaitPlot : public PlotView {
    Q_OBJECT

  public:
    WaitPlot(PlotRecorder::Wait wait, QWidget* parent = nullptr);
    QString title() const override;
    QString csv() const override;
    /// What is drawn, in minutes: the histogram's bars and the running mean of source i.
    QList<QPointF> histogramPoints(int source) const;
    QList<QPointF> meanPoints(int source) const;
    /// The mean of everyone, those still waiting too, up to now (minutes by hours).
    QList<QPointF> everyonePoints(int source) const;
    /// The histogram's chart: its title, its count axis (for tests and people).
    const QChart& histogram() const { return *histogram_; }

  protected:
    void rebuild() override;
    void redraw() override;

  private:
    struct Lines {
        QLineSeries* bars;
        QLineSeries* mean;
        QLineSeries* low;
        QLineSeries* high;
        QLineSeries* everyone;
        std::uint64_t version = ~0ull;
    };
    Lines addLines(const PlotSource& s);  ///< one restaurant's series, on the new charts
    static QList<LegendItem> lineKey(const QList<PlotSource>& sources);
    double commonWidth() const;

    PlotRecorder::Wait wait_;
    QChart* histogram_ = nullptr;
    QChart* running_ = nullptr;
    QChartView* histogram_view_;
    QChartView* running_view_;
    QValueAxis *hx_ = nullptr, *hy_ = nullptr, *rx_ = nullptr, *ry_ = nullptr;
    std::vector<Lines> lines_;
};

}  // namespace bistro::gui
