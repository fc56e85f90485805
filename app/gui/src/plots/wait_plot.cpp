#include "bistro/gui/plots/wait_plot.hpp"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTextStream>
#include <QValueAxis>
#include <algorithm>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "plots/chart_helpers.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
QString waitTitle(PlotRecorder::Wait w) {
    switch (w) {
        case PlotRecorder::Wait::food:
            return QObject::tr("Wait for food");
        case PlotRecorder::Wait::in_restaurant:
            return QObject::tr("Time in the restaurant");
        case PlotRecorder::Wait::table:
            return QObject::tr("Wait for a table");
    }
    return {};
}

/// The histogram's title: the parties, and which of their waits.
QString histogramTitle(PlotRecorder::Wait w) {
    switch (w) {
        case PlotRecorder::Wait::food:
            return QObject::tr("Served, by their wait for food");
        case PlotRecorder::Wait::in_restaurant:
            return QObject::tr("Gone, by time in the restaurant");
        case PlotRecorder::Wait::table:
            return QObject::tr("Seated, by their wait for a table");
    }
    return {};
}
/// "mean 9.8 min so far, with 10 still waiting; finished: 8.2 ± 1.1 min (3 parties)"
QString headlineOf(const Measure& m, double now) {
    if (m.count() == 0 && m.waiting() == 0) return QObject::tr("nobody yet");
    QString text =
        m.waiting() ? QObject::tr("mean <b>%1</b> min so far, with %n still waiting", "",
                                  static_cast<int>(m.waiting()))
                          .arg(decimal(m.everyone(now) / minute, 1))
                    : QObject::tr("mean <b>%1</b> min").arg(decimal(m.everyone(now) / minute, 1));
    if (m.count() == 0) return text + QObject::tr("; none finished yet");
    const QString mean = decimal(m.mean() / minute, 1);
    // One sample has no spread to measure: say so rather than show "± 0.0".
    if (m.count() == 1)
        return text + QObject::tr("; finished: %1 min (1 party: no interval from one)").arg(mean);
    return text + QObject::tr("; finished: %1 ± %2 min (%3)")
                      .arg(mean)
                      .arg(decimal(m.halfWidth() / minute, 1))
                      .arg(QObject::tr("%n parties", nullptr, static_cast<int>(m.count())));
}
}  // namespace

WaitPlot::WaitPlot(PlotRecorder::Wait wait, QWidget* parent) : PlotView(parent), wait_(wait) {
    setObjectName(QStringLiteral("plot-") + title().toLower().replace(' ', '-'));
    histogram_view_ = addChart(makeChart({}));
    running_view_ = addChart(makeChart({}));
}

QString WaitPlot::title() const {
    return waitTitle(wait_);
}

void WaitPlot::rebuild() {
    // Fresh charts: the views own the new ones, the old ones go.
    QChart* old_h = histogram_view_->chart();
    QChart* old_r = running_view_->chart();
    histogram_ = makeChart(histogramTitle(wait_));
    running_ = makeChart(tr("Mean wait so far"));
    hx_ = makeAxis(tr("minutes"), histogram_, Qt::AlignBottom);
    hy_ = makeAxis(tr("parties"), histogram_, Qt::AlignLeft);
    hy_->setLabelFormat(QStringLiteral("%d"));
    setCountRange(hy_, 0);  // whole numbers from the start: never "0, 0, 0, 1"
    rx_ = makeAxis(tr("simulated time (hours)"), running_, Qt::AlignBottom);
    ry_ = makeAxis(tr("minutes"), running_, Qt::AlignLeft);
    lines_.clear();
    for (const PlotSource& s : sources_) lines_.push_back(addLines(s));
    // The headline names the colours; the legend under the charts draws the lines.
    histogram_->legend()->setVisible(false);
    running_->legend()->setVisible(false);
    setLegend(lineKey(sources_));
    histogram_view_->setChart(histogram_);
    running_view_->setChart(running_);
    delete old_h;
    delete old_r;
}

QList<LegendItem> WaitPlot::lineKey(const QList<PlotSource>& sources) {
    // Each restaurant's two lines in its colour, solid and dashed, and the band's patch.
    QList<LegendItem> out;
    for (const PlotSource& s : sources) {
        const QString who = s.name.isEmpty() ? QString() : s.name + ' ';
        out.append({QPen(s.colour, 3), Qt::NoBrush, who + tr("everyone so far")});
        out.append({QPen(s.colour, 1.5, Qt::DashLine), Qt::NoBrush, who + tr("finished only")});
    }
    if (!sources.isEmpty())
        out.append({Qt::NoPen, withAlpha(sources.front().colour, 55), tr("95 % band (finished)")});
    return out;
}

WaitPlot::Lines WaitPlot::addLines(const PlotSource& s) {
    Lines l{new QLineSeries(histogram_), new QLineSeries(running_), new QLineSeries(running_),
            new QLineSeries(running_), new QLineSeries(running_)};
    auto* bars = new QAreaSeries(l.bars);
    bars->setName(sourceName(s, tr("parties")));
    bars->setColor(withAlpha(s.colour, sources_.size() > 1 ? 90 : 150));
    bars->setBorderColor(s.colour);
    QPen pen(s.colour);
    pen.setWidthF(1.5);
    bars->setPen(pen);
    histogram_->addSeries(bars);
    bars->attachAxis(hx_);
    bars->attachAxis(hy_);
    auto* band = new QAreaSeries(l.high, l.low);
    band->setName(s.name.isEmpty() ? tr("95 % band") : s.name + tr(" band"));
    band->setColor(withAlpha(s.colour, 55));
    band->setPen(Qt::NoPen);
    running_->addSeries(band);
    band->attachAxis(rx_);
    band->attachAxis(ry_);
    l.mean->setName(s.name.isEmpty() ? tr("finished") : s.name + tr(" finished"));
    QPen meanPen(s.colour);
    meanPen.setWidthF(1.5);
    meanPen.setStyle(Qt::DashLine);
    l.mean->setPen(meanPen);
    running_->addSeries(l.mean);
    l.mean->attachAxis(rx_);
    l.mean->attachAxis(ry_);
    l.everyone->setName(s.name.isEmpty() ? tr("everyone") : s.name + tr(" everyone"));
    QPen everyonePen(s.colour);
    everyonePen.setWidthF(3);
    l.everyone->setPen(everyonePen);
    running_->addSeries(l.everyone);
    l.everyone->attachAxis(rx_);
    l.everyone->attachAxis(ry_);
    return l;
}

double WaitPlot::commonWidth() const {
    double width = LinearHistogram::initial_width;
    for (const PlotSource& s : sources_)
        width = std::max(width, s.recorder->measure(wait_).histogram().width());
    return width;
}

QList<QPointF> WaitPlot::histogramPoints(int source) const {
    const double width = commonWidth();
    const auto bins = sources_[source].recorder->measure(wait_).histogram().at_width(width);
    QList<QPointF> out;
    int last = 0;
    for (int i = 0; i < LinearHistogram::bin_count; ++i)
        if (bins[static_cast<std::size_t>(i)] > 0) last = i + 1;
    out.reserve(2 * last + 2);
    out.append({0.0, 0.0});
    for (int i = 0; i < last; ++i) {
        const double y = static_cast<double>(bins[static_cast<std::size_t>(i)]);
        out.append({i * width / minute, y});
        out.append({(i + 1) * width / minute, y});
    }
    out.append({last * width / minute, 0.0});
    return out;
}

QList<QPointF> WaitPlot::meanPoints(int source) const {
    return scaled(sources_[source].recorder->measure(wait_).meanSeries().points(), hour, minute);
}

QList<QPointF> WaitPlot::everyonePoints(int source) const {
    const PlotSource& s = sources_[source];
    const Measure& m = s.recorder->measure(wait_);
    QList<QPointF> out = scaled(m.everyoneSeries().points(), hour, minute);
    // Those still waiting wait on: the line goes on to now.
    const double now = s.controller->now();
    if (!out.isEmpty() && out.back().x() < now / hour)
        out.append({now / hour, m.everyone(now) / minute});
    return out;
}

void WaitPlot::redraw() {
    double x_max = 0, y_max = 1, t_max = 0, m_max = 0;
    QStringList words;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const PlotSource& s = sources_[static_cast<int>(i)];
        const Measure& m = s.recorder->measure(wait_);
        t_max = std::max(t_max, s.controller->now() / hour);
        Lines& l = lines_[i];
        const QList<QPointF> everyone = everyonePoints(static_cast<int>(i));
        l.everyone->replace(everyone);
        for (const QPointF& p : everyone) m_max = std::max(m_max, p.y());
        if (l.version != s.recorder->version()) {
            l.version = s.recorder->version();
            const QList<QPointF> bars = histogramPoints(static_cast<int>(i));
            l.bars->replace(bars);
            l.mean->replace(meanPoints(static_cast<int>(i)));
            l.low->replace(scaled(m.lowSeries().points(), hour, minute));
            l.high->replace(scaled(m.highSeries().points(), hour, minute));
        }
        for (const QPointF& p : l.bars->points()) {
            x_max = std::max(x_max, p.x());
            y_max = std::max(y_max, p.y());
        }
        m_max = std::max(m_max, m.highSeries().maxY() / minute);
        const QString who = nameTag(s);
        words << who + headlineOf(m, s.controller->now());
    }
    setHeadline(words.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    if (!hx_) return;
    setRange(hx_, std::max(x_max, 10.0));
    setCountRange(hy_, y_max);
    setRange(rx_, std::max(t_max, 0.5));
    setRange(ry_, std::max(m_max, 1.0));
}

QString WaitPlot::csv() const {
    QString out;
    QTextStream s(&out);
    s << "restaurant,series,x,y\n";
    const double width = commonWidth();
    for (int i = 0; i < sources_.size(); ++i) {
        const QString name = csvField(sourceName(sources_[i], QStringLiteral("restaurant")));
        const Measure& m = sources_[i].recorder->measure(wait_);
        const auto bins = m.histogram().at_width(width);
        for (int b = 0; b < LinearHistogram::bin_count; ++b)
            s << name << ",parties_by_wait_min," << b * width / minute << ','
              << bins[static_cast<std::size_t>(b)] << '\n';
        const auto series = [&](const char* label, const TimeSeries& t) {
            for (const QPointF& p : t.points())
                s << name << ',' << label << ',' << p.x() / minute << ',' << p.y() / minute << '\n';
        };
        series("mean_min_by_time_min", m.meanSeries());
        series("band_low_min_by_time_min", m.lowSeries());
        series("band_high_min_by_time_min", m.highSeries());
        series("everyone_mean_min_by_time_min", m.everyoneSeries());
    }
    return out;
}

}  // namespace bistro::gui
