#include "bistro/gui/plots/queue_plot.hpp"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTextStream>
#include <QValueAxis>
#include <algorithm>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/plots/plot_recorder.hpp"
#include "bistro/gui/style/palette.hpp"
#include "plots/chart_helpers.hpp"

namespace bistro::gui {

namespace {
// Two restaurants make six lines: short names, and the line style says which queue.
const char* const queue_short_names[] = {QT_TRANSLATE_NOOP("bistro::gui::QueuePlot", "door"),
                                         QT_TRANSLATE_NOOP("bistro::gui::QueuePlot", "kitchen"),
                                         QT_TRANSLATE_NOOP("bistro::gui::QueuePlot", "pass")};
const char* const queue_names[] = {
    QT_TRANSLATE_NOOP("bistro::gui::QueuePlot", "parties at the door"),
    QT_TRANSLATE_NOOP("bistro::gui::QueuePlot", "dishes waiting for a cook"),
    QT_TRANSLATE_NOOP("bistro::gui::QueuePlot", "dishes waiting at the pass")};
const char* const queue_keys[] = {"door_queue", "kitchen_queue", "at_pass"};

const TimeSeries& queueOf(const PlotRecorder& r, int q) {
    return q == 0 ? r.doorQueue() : q == 1 ? r.kitchenQueue() : r.atPass();
}
}  // namespace

QueuePlot::QueuePlot(QWidget* parent) : PlotView(parent) {
    setObjectName(QStringLiteral("plot-queues"));
    view_ = addChart(makeChart({}));
}

QString QueuePlot::title() const {
    return tr("Queues");
}

void QueuePlot::rebuild() {
    QChart* old = view_->chart();
    const bool twins = sources_.size() > 1;
    chart_ = makeChart(tr("The longest queue in each interval"));
    x_ = makeAxis(tr("simulated time (hours)"), chart_, Qt::AlignBottom);
    y_ = makeAxis(tr("waiting"), chart_, Qt::AlignLeft);
    lines_.clear();
    versions_.assign(static_cast<std::size_t>(sources_.size()), ~0ull);
    const QColor single[] = {palette::reddish_purple, palette::orange, palette::sky_blue};
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    QList<LegendItem> legend;
    for (const PlotSource& s : sources_) {
        std::array<QLineSeries*, 3> l{};
        for (int q = 0; q < 3; ++q) {
            l[q] = new QLineSeries(chart_);
            l[q]->setName(twins ? s.name + " " + tr(queue_short_names[q]) : tr(queue_names[q]));
            QPen pen(twins ? s.colour : single[q]);
            pen.setWidthF(2.2);
            pen.setStyle(twins ? styles[q] : Qt::SolidLine);
            l[q]->setPen(pen);
            chart_->addSeries(l[q]);
            l[q]->attachAxis(x_);
            l[q]->attachAxis(y_);
            legend.append({pen, Qt::NoBrush, l[q]->name()});
        }
        lines_.push_back(l);
    }
    // The legend draws each line's own pen: the line style says which queue in compare mode.
    chart_->legend()->setVisible(false);
    setLegend(legend);
    view_->setChart(chart_);
    delete old;
}

void QueuePlot::redraw() {
    if (!chart_) return;
    double t_max = 0, y_max = 1;
    QStringList words;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const PlotSource& s = sources_[static_cast<int>(i)];
        t_max = std::max(t_max, s.controller->now() / hour);
        if (versions_[i] != s.recorder->version()) {
            versions_[i] = s.recorder->version();
            for (int q = 0; q < 3; ++q)
                lines_[i][static_cast<std::size_t>(q)]->replace(
                    scaled(queueOf(*s.recorder, q).points(), hour, 1.0));
        }
        for (int q = 0; q < 3; ++q) y_max = std::max(y_max, queueOf(*s.recorder, q).maxY());
        const RunStatistics& st = s.controller->restaurant().statistics();
        words << nameTag(s) + tr("door %1 · kitchen %2 · pass %3 now")
                                  .arg(st.door_queue.value())
                                  .arg(st.kitchen_queue.value())
                                  .arg(st.at_pass.value());
    }
    setHeadline(words.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    setRange(x_, std::max(t_max, 0.5));
    setRange(y_, y_max);
}

QString QueuePlot::csv() const {
    QString out;
    QTextStream s(&out);
    s << "restaurant,series,time_min,value\n";
    for (const PlotSource& src : sources_) {
        const QString name = csvField(sourceName(src, QStringLiteral("restaurant")));
        for (int q = 0; q < 3; ++q)
            for (const QPointF& p : queueOf(*src.recorder, q).points())
                s << name << ',' << queue_keys[q] << ',' << p.x() / minute << ',' << p.y() << '\n';
    }
    return out;
}

}  // namespace bistro::gui
