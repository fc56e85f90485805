#pragma once
// The live plots: waits (histogram and running mean with its band), the
// waiters' time split, and the queues over time. Each overlays one or two
// restaurants (compare mode), redraws at most once per frame and only when
// shown, and exports to PNG, SVG and CSV.

#include <QColor>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <vector>

#include "plot_recorder.hpp"

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QAreaSeries;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace bistro::gui {

class SimulationController;

/// One restaurant as the plots see it.
struct PlotSource {
    QPointer<SimulationController> controller;
    const PlotRecorder* recorder = nullptr;
    QString name;  ///< "sync", "async", "cooks 4"...; empty when there is one restaurant
    QColor colour;
};

class PlotView : public QWidget {
    Q_OBJECT

  public:
    PlotView(const QString& title, QWidget* parent);

    /// The restaurants to draw (one, or two in compare mode).
    void setSources(const QList<PlotSource>& sources);
    /// Schedules one redraw for the next pass of the event loop (batches a frame's calls).
    void requestRefresh();
    /// Redraws now (if shown).
    void refreshNow();

    /// The picture at `scale` times the widget's size, for files and slides.
    QImage image(qreal scale = 2.0);
    /// The data behind the picture, one row per point.
    virtual QString csv() const = 0;
    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);
    bool exportCsv(const QString& path);
    void copyImage();
    QString lastError() const { return last_error_; }
    QString title() const { return title_; }

  protected:
    virtual void rebuild() = 0;  ///< new sources: new series
    virtual void redraw() = 0;   ///< new data: new points
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    /// A chart styled like every other plot of the app.
    static QChart* makeChart(const QString& title);
    static QValueAxis* makeAxis(const QString& title, QChart* chart, Qt::Alignment where);
    QChartView* addChart(QChart* chart);
    void setHeadline(const QString& html);
    QString pictureHeadline() const;
    static QString sourceName(const PlotSource& s, const QString& fallback);
    /// "sync: " in its colour, for headlines; empty when there is one restaurant.
    static QString nameTag(const PlotSource& s);

    QList<PlotSource> sources_;

  private:
    bool fail(const QString& what);
    void chooseAndExport(const QString& suffix);

    QString title_;
    QWidget* canvas_;
    QLabel* headline_;
    bool pending_ = false;
    QString last_error_;
};

/// A wait: its histogram over completed parties, and its running mean with a band.
class WaitPlot : public PlotView {
    Q_OBJECT

  public:
    WaitPlot(PlotRecorder::Wait wait, QWidget* parent = nullptr);
    QString csv() const override;
    /// What is drawn, in minutes: the histogram's bars and the running mean of source i.
    QList<QPointF> histogramPoints(int source) const;
    QList<QPointF> meanPoints(int source) const;

  protected:
    void rebuild() override;
    void redraw() override;

  private:
    struct Lines {
        QLineSeries* bars;
        QLineSeries* mean;
        QLineSeries* low;
        QLineSeries* high;
        std::uint64_t version = ~0ull;
    };
    double commonWidth() const;

    PlotRecorder::Wait wait_;
    QChart* histogram_ = nullptr;
    QChart* running_ = nullptr;
    QChartView* histogram_view_;
    QChartView* running_view_;
    QValueAxis *hx_ = nullptr, *hy_ = nullptr, *rx_ = nullptr, *ry_ = nullptr;
    std::vector<Lines> lines_;
};

/// Each waiter's time in each state, as 100 % stacked bars.
class WaiterSplitPlot : public PlotView {
    Q_OBJECT

  public:
    explicit WaiterSplitPlot(QWidget* parent = nullptr);
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

    QChartView* view_;
    QChart* chart_ = nullptr;
    std::vector<QBarSet*> sets_;  // one per waiter state
    QBarCategoryAxis* categories_ = nullptr;
    std::size_t shown_rows_ = 0;
    QElapsedTimer since_;
};

/// Door queue, kitchen queue and dishes at the pass over simulated time.
class QueuePlot : public PlotView {
    Q_OBJECT

  public:
    explicit QueuePlot(QWidget* parent = nullptr);
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
