#pragma once
// A live plot: one or two restaurants overlaid (compare mode), redrawn at most
// once per frame and only when shown, exported to PNG, SVG and CSV. The plots
// themselves (waits, the waiters' time, queues) derive from it.

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPen>
#include <QPointer>
#include <QString>
#include <QWidget>

class QBoxLayout;
class QChart;
class QToolButton;
class QAction;
class QChartView;
class QLabel;
class QScrollArea;
class QValueAxis;

namespace bistro::gui {

class LineLegend;
class PlotRecorder;
class SimulationController;

/// One entry of a plot's legend: a stretch of a line's own pen, or a patch of a fill.
struct LegendItem {
    QPen pen;     ///< the line's pen (colour, width, dash); Qt::NoPen for a patch
    QBrush fill;  ///< a patch's fill (a band, bars); Qt::NoBrush for a line
    QString text;
};

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
    explicit PlotView(QWidget* parent);

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
    /// Its name (the panel's title), in the interface's language.
    virtual QString title() const = 0;
    /// The legend under the charts (empty: none), and where each swatch is drawn in it.
    QList<LegendItem> legendItems() const;
    QWidget* legend() const;
    QList<QRect> legendSwatches() const;
    /// Each chart at least this big: room for its title, ticks and axis titles in full.
    static constexpr int chart_min_width = 300, chart_min_height = 210;
    /// The charts' titles, ticks and legends at the interface's font size (the zoom).
    void styleCharts();

  protected:
    virtual void rebuild() = 0;  ///< new sources: new series
    virtual void redraw() = 0;   ///< new data: new points
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    /// A chart styled like every other plot of the app.
    static QChart* makeChart(const QString& title);
    static QValueAxis* makeAxis(const QString& title, QChart* chart, Qt::Alignment where);
    QChartView* addChart(QChart* chart);
    void setHeadline(const QString& html);
    void setLegend(const QList<LegendItem>& items);
    QString pictureHeadline() const;
    static QString sourceName(const PlotSource& s, const QString& fallback);
    /// "sync: " in its colour, for headlines; empty when there is one restaurant.
    static QString nameTag(const PlotSource& s);

    QList<PlotSource> sources_;

  private:
    /// The buttons' words, and the charts built again with theirs (the data stays).
    void retranslate();
    bool fail(const QString& what);
    void chooseAndExport(const QString& suffix);

    QWidget* buildCanvas();  ///< the charts and their legend, in a scroll area
    void arrangeCharts();    ///< side by side when wide enough, else one above the other

    QToolButton *export_, *copy_;
    QAction *png_, *svg_, *csv_;
    QScrollArea* scroll_;
    QWidget* canvas_;
    QBoxLayout* charts_;
    LineLegend* legend_;
    QLabel* headline_;
    bool pending_ = false;
    static constexpr qint64 redraw_every_ms = 100;  // while playing
    qint64 last_drawn_ms_ = -1;
    int phase_ms_ = 0;  // this plot's turn within the 100 ms
    QString last_error_;
};

}  // namespace bistro::gui
