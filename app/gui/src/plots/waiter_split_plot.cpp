#include "bistro/gui/plots/waiter_split_plot.hpp"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QTextStream>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/style/palette.hpp"
#include "plots/chart_helpers.hpp"

namespace bistro::gui {

WaiterSplitPlot::WaiterSplitPlot(QWidget* parent) : PlotView(parent) {
    setObjectName(QStringLiteral("plot-waiters"));
    view_ = addChart(makeChart({}));
}

QString WaiterSplitPlot::title() const {
    return tr("Waiters' time");
}

std::vector<WaiterSplitPlot::Row> WaiterSplitPlot::rows(bool each) const {
    std::vector<Row> out;
    std::size_t most = 0;
    for (const PlotSource& s : sources_)
        most = std::max(most, s.controller->restaurant().statistics().waiters.size());
    // A bar per waiter while they fit; a big brigade is one bar per restaurant.
    each = each || most <= 8;
    for (int i = 0; i < sources_.size(); ++i) {
        const RunStatistics& stats = sources_[i].controller->restaurant().statistics();
        if (!each) {
            out.push_back({i, -1});
            continue;
        }
        for (std::size_t w = 0; w < stats.waiters.size(); ++w)
            out.push_back({i, static_cast<int>(w)});
    }
    return out;
}

StateTimes WaiterSplitPlot::times(const Row& r) const {
    const SimulationController& c = *sources_[r.source].controller;
    const RunStatistics& stats = c.restaurant().statistics();
    if (r.waiter >= 0) return stats.waiter_times(static_cast<std::size_t>(r.waiter), c.now());
    StateTimes sum{};
    for (std::size_t w = 0; w < stats.waiters.size(); ++w) {
        const StateTimes t = stats.waiter_times(w, c.now());
        for (std::size_t s = 0; s < sum.size(); ++s) sum[s] += t[s];
    }
    return sum;
}

void WaiterSplitPlot::rebuild() {
    QChart* old = view_->chart();
    chart_ = makeChart({});               // the dock's title says it; the bars need the height
    chart_->legend()->setVisible(false);  // the plot's own legend: every name in full
    auto* series = new QHorizontalPercentBarSeries(chart_);
    series->setBarWidth(0.8);
    sets_.clear();
    QList<LegendItem> legend;
    for (int s = 0; s < waiter_state_count; ++s) {
        const auto state = static_cast<WaiterState>(s);
        auto* set = new QBarSet(palette::label(state), series);
        set->setColor(palette::of(state));
        set->setBorderColor(Qt::white);
        series->append(set);
        sets_.push_back(set);
        legend.append({Qt::NoPen, palette::of(state), palette::label(state)});
    }
    setLegend(legend);
    chart_->addSeries(series);
    categories_ = new QBarCategoryAxis(chart_);
    QFont small = categories_->labelsFont();
    small.setPointSizeF(9);
    categories_->setLabelsFont(small);
    chart_->addAxis(categories_, Qt::AlignLeft);
    series->attachAxis(categories_);
    auto* percent = makeAxis(tr("% of the time since opening"), chart_, Qt::AlignBottom);
    percent->setRange(0, 100);
    percent->setTickCount(6);
    series->attachAxis(percent);
    shown_rows_ = 0;
    view_->setChart(chart_);
    delete old;
}

void WaiterSplitPlot::redraw() {
    if (!chart_) return;
    const std::vector<Row> rows_now = rows(false);
    if (rows_now.size() != shown_rows_) relabel(rows_now);
    for (std::size_t i = 0; i < rows_now.size(); ++i) {
        const StateTimes t = times(rows_now[rows_now.size() - 1 - i]);
        for (std::size_t s = 0; s < sets_.size(); ++s) {
            if (sets_[s]->at(static_cast<int>(i)) != t[s])
                sets_[s]->replace(static_cast<int>(i), t[s]);
        }
    }
    QStringList words;
    for (const PlotSource& s : sources_) {
        const double share = s.controller->restaurant().statistics().waiter_share(
            WaiterState::blocked, s.controller->now());
        words << nameTag(s) + tr("<b>%1 %</b> blocked at the pass").arg(std::lround(share * 100));
    }
    setHeadline(words.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void WaiterSplitPlot::relabel(const std::vector<Row>& rows_now) {
    QStringList names;
    for (auto it = rows_now.rbegin(); it != rows_now.rend(); ++it) {  // first at the top
        const PlotSource& s = sources_[it->source];
        const QString who =
            it->waiter >= 0
                ? tr("waiter %1").arg(it->waiter + 1)
                : tr("all %1 waiters").arg(s.controller->restaurant().statistics().waiters.size());
        names << (s.name.isEmpty() ? who : s.name + QStringLiteral(" · ") + who);
    }
    categories_->clear();
    categories_->append(names);
    for (QBarSet* set : sets_) {
        set->remove(0, set->count());
        for (std::size_t i = 0; i < rows_now.size(); ++i) set->append(0.0);
    }
    shown_rows_ = rows_now.size();
}

QString WaiterSplitPlot::csv() const {
    QString out;
    QTextStream s(&out);
    s << "restaurant,waiter";
    for (int st = 0; st < waiter_state_count; ++st)
        s << ',' << to_string(static_cast<WaiterState>(st)) << "_s";
    s << '\n';
    for (const Row& r : rows(true)) {
        const StateTimes t = times(r);
        s << csvField(sourceName(sources_[r.source], QStringLiteral("restaurant"))) << ','
          << r.waiter + 1;
        for (double v : t) s << ',' << v;
        s << '\n';
    }
    return out;
}

}  // namespace bistro::gui
