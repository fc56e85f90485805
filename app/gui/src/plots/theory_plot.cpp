#include "bistro/gui/plots/theory_plot.hpp"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTextStream>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/style/palette.hpp"
#include "bistro/gui/window/sim_words.hpp"
#include "plots/chart_helpers.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
/// A measure the plot can show: its metric, where the recorder keeps it, and its unit.
struct Shown {
    const char* metric;
    PlotRecorder::Queue queue;
    double per_unit;  ///< the metric's value of one unit drawn: 60 s a minute, 0.01 a per cent
    const char* unit;
    const char* what;
};
const Shown shown_measures[] = {
    {"wait_order.mean", PlotRecorder::Queue::order, minute, "min",
     QT_TRANSLATE_NOOP("bistro::gui::TheoryPlot", "Wait for a waiter to take the order")},
    {"kitchen_wait.mean", PlotRecorder::Queue::kitchen, minute, "min",
     QT_TRANSLATE_NOOP("bistro::gui::TheoryPlot", "A dish's wait for a cook")},
    {"lost_share", PlotRecorder::Queue::lost, 0.01, "%",
     QT_TRANSLATE_NOOP("bistro::gui::TheoryPlot", "Share of parties lost at the door")},
};
constexpr int shown_count = 3;

QString valueText(double value, const Shown& m) {
    const double v = value / m.per_unit;
    if (m.per_unit == minute) return QObject::tr("%1 min").arg(decimal(v, 2));
    return QObject::tr("%1 % lost").arg(decimal(v, 1));
}
}  // namespace

TheoryPlot::TheoryPlot(QWidget* parent) : PlotView(parent) {
    setObjectName(QStringLiteral("plot-theory"));
    view_ = addChart(makeChart({}));
}

QString TheoryPlot::title() const {
    return tr("Theory");
}

bool TheoryPlot::predict() {
    predictions_.clear();
    for (const PlotSource& s : sources_)
        predictions_.push_back(bistro::predict(s.controller->restaurant()));
    int shown = 0;
    for (int m = shown_count - 1; m >= 0; --m)
        for (const auto& all : predictions_)
            if (find_prediction(all, shown_measures[m].metric)->reduces()) shown = m;
    const bool changed = shown != shown_;
    shown_ = shown;
    return changed;
}

const Prediction& TheoryPlot::shownPrediction(int source) const {
    return *find_prediction(predictions_[static_cast<std::size_t>(source)],
                            shown_measures[shown_].metric);
}

QString TheoryPlot::metric() const {
    return QString::fromLatin1(shown_measures[shown_].metric);
}

QString TheoryPlot::badge(int source) const {
    const Prediction& p = shownPrediction(source);
    if (p.reduces())
        return tr("theory: %1 %2")
            .arg(QString::fromStdString(p.model), valueText(p.value, shown_measures[shown_]));
    QStringList why;
    for (const Words& b : p.breakers) why << translated(b);
    return tr("no textbook queue here: %1").arg(why.join(QStringLiteral(", ")));
}

QString TheoryPlot::shortBadge(int source) const {
    // The headline has two lines: the first three reasons, the rest on hover.
    const Prediction& p = shownPrediction(source);
    constexpr std::size_t shown_reasons = 3;
    if (p.reduces() || p.breakers.size() <= shown_reasons) return badge(source);
    QStringList why;
    for (std::size_t i = 0; i < shown_reasons; ++i) why << translated(p.breakers[i]);
    return tr("no textbook queue here: %1 and %2 more")
        .arg(why.join(QStringLiteral(", ")))
        .arg(p.breakers.size() - shown_reasons);
}

double TheoryPlot::theoryValue(int source) const {
    const Prediction& p = shownPrediction(source);
    if (!p.reduces()) return std::numeric_limits<double>::quiet_NaN();
    return p.value / shown_measures[shown_].per_unit;
}

void TheoryPlot::rebuild() {
    predict();
    QChart* old = view_->chart();
    const Shown& m = shown_measures[shown_];
    // The plot's own legend draws the lines: the title stays short enough to read in full.
    chart_ = makeChart(
        QCoreApplication::translate("bistro::gui::TheoryPlot", m.what));  // its context, above
    chart_->legend()->setVisible(false);
    x_ = makeAxis(tr("simulated time (hours)"), chart_, Qt::AlignBottom);
    y_ = makeAxis(m.per_unit == minute ? tr("minutes") : tr("% lost"), chart_, Qt::AlignLeft);
    lines_.clear();
    QList<LegendItem> legend;
    for (const PlotSource& s : sources_) {
        lines_.push_back(addLines(s));
        const QString who = s.name.isEmpty() ? QString() : s.name + ' ';
        legend.append({lines_.back().mean->pen(), Qt::NoBrush, who + tr("simulated mean so far")});
        legend.append({lines_.back().theory->pen(), Qt::NoBrush, who + tr("theory")});
    }
    if (!sources_.isEmpty())
        legend.append({Qt::NoPen, withAlpha(sources_.front().colour, 55), tr("95 % band")});
    setLegend(legend);
    view_->setChart(chart_);
    delete old;
}

TheoryPlot::Lines TheoryPlot::addLines(const PlotSource& s) {
    Lines l{new QLineSeries(chart_), new QLineSeries(chart_), new QLineSeries(chart_),
            new QLineSeries(chart_)};
    auto* band = new QAreaSeries(l.high, l.low);
    band->setName(s.name.isEmpty() ? tr("95 % band") : s.name + tr(" band"));
    band->setColor(withAlpha(s.colour, 55));
    band->setPen(Qt::NoPen);
    l.mean->setName(sourceName(s, tr("simulated mean")) + (s.name.isEmpty() ? "" : tr(" mean")));
    QPen mean_pen(s.colour);
    mean_pen.setWidthF(2.5);
    l.mean->setPen(mean_pen);
    // The theory in ink (or the restaurant's colour beside a twin), dashed: a prediction.
    QPen theory_pen(sources_.size() > 1 ? s.colour : palette::ink);
    theory_pen.setWidthF(2.5);
    theory_pen.setStyle(Qt::DashLine);
    l.theory->setPen(theory_pen);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(band), static_cast<QAbstractSeries*>(l.mean),
          static_cast<QAbstractSeries*>(l.theory)}) {
        chart_->addSeries(series);
        series->attachAxis(x_);
        series->attachAxis(y_);
    }
    return l;
}

QList<QPointF> TheoryPlot::meanPoints(int source) const {
    const Shown& m = shown_measures[shown_];
    return scaled(sources_[source].recorder->queue(m.queue).meanSeries().points(), hour,
                  m.per_unit);
}

void TheoryPlot::redraw() {
    if (predict()) {
        rebuild();
        styleCharts();
    }
    const Shown& m = shown_measures[shown_];
    double t_max = 0.5, y_max = 1.0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const PlotSource& s = sources_[static_cast<int>(i)];
        const Measure& measure = s.recorder->queue(m.queue);
        t_max = std::max(t_max, s.controller->now() / hour);
        Lines& l = lines_[i];
        if (l.version != s.recorder->version()) {
            l.version = s.recorder->version();
            l.mean->replace(meanPoints(static_cast<int>(i)));
            l.low->replace(scaled(measure.lowSeries().points(), hour, m.per_unit));
            l.high->replace(scaled(measure.highSeries().points(), hour, m.per_unit));
        }
        y_max = std::max(y_max, measure.highSeries().maxY() / m.per_unit);
    }
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const double v = theoryValue(static_cast<int>(i));
        const QString name = std::isnan(v) ? QString() : badge(static_cast<int>(i));
        if (lines_[i].theory->name() != name) lines_[i].theory->setName(name);
        lines_[i].theory->replace(std::isnan(v) ? QList<QPointF>{}
                                                : QList<QPointF>{{0.0, v}, {t_max, v}});
        if (!std::isnan(v)) y_max = std::max(y_max, v * 1.3);
    }
    setHeadline(headline());
    QStringList all;
    for (int i = 0; i < sources_.size(); ++i)
        all << nameTag(sources_[i]) + badge(i).toHtmlEscaped();
    setToolTip(all.join(QStringLiteral("<br>")));
    setRange(x_, t_max);
    setRange(y_, y_max);
}

QString TheoryPlot::headline() const {
    const Shown& m = shown_measures[shown_];
    QStringList words;
    for (int i = 0; i < sources_.size(); ++i) {
        const bool reduces = shownPrediction(i).reduces();
        const QString badge_html =
            reduces ? QStringLiteral(
                          "<span style='background-color:#FFF3C4; color:%1'>"
                          "&nbsp;<b>%2</b>&nbsp;</span>")
                          .arg(palette::ink.name(), badge(i).toHtmlEscaped())
                    : QStringLiteral("<span style='color:%1'>%2</span>")
                          .arg(palette::muted_ink.name(), shortBadge(i).toHtmlEscaped());
        const Measure& measure = sources_[i].recorder->queue(m.queue);
        const int digits = m.per_unit == minute ? 2 : 1;
        const QString simulated =
            measure.count() == 0 ? tr("nothing measured yet")
            : measure.count() == 1
                ? tr("simulated %1 %2 (one sample: no interval from one)")
                      .arg(decimal(measure.mean() / m.per_unit, digits))
                      .arg(QString::fromLatin1(m.unit))
                : tr("simulated %1 ± %2 %3")
                      .arg(decimal(measure.mean() / m.per_unit, m.per_unit == minute ? 2 : 1))
                      .arg(decimal(measure.halfWidth() / m.per_unit, m.per_unit == minute ? 2 : 1))
                      .arg(QString::fromLatin1(m.unit));
        words << nameTag(sources_[i]) + badge_html + QStringLiteral(" &nbsp;") + simulated;
    }
    return words.join(QStringLiteral("<br>"));
}

QString TheoryPlot::csv() const {
    QString out;
    QTextStream s(&out);
    const Shown& m = shown_measures[shown_];
    s << "restaurant,series,x,y\n";
    for (int i = 0; i < sources_.size(); ++i) {
        const QString name = csvField(sourceName(sources_[i], QStringLiteral("restaurant")));
        const Measure& measure = sources_[i].recorder->queue(m.queue);
        const auto series = [&](const char* label, const TimeSeries& t) {
            for (const QPointF& p : t.points())
                s << name << ',' << m.metric << '.' << label << ',' << p.x() / hour << ','
                  << p.y() / m.per_unit << '\n';
        };
        series("mean_by_time_h", measure.meanSeries());
        series("band_low_by_time_h", measure.lowSeries());
        series("band_high_by_time_h", measure.highSeries());
        if (!std::isnan(theoryValue(i)))
            s << name << ',' << m.metric << ".theory," << ',' << theoryValue(i) << '\n';
    }
    return out;
}

}  // namespace bistro::gui
