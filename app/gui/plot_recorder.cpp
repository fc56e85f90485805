#include "plot_recorder.hpp"

#include <cmath>

namespace bistro::gui {

// --- TimeSeries ----------------------------------------------------------------------

TimeSeries::TimeSeries(Merge merge, int capacity, double spacing)
    : merge_(merge), capacity_(capacity), initial_spacing_(spacing), spacing_(spacing) {
    points_.reserve(capacity + 1);
}

void TimeSeries::add(double t, double y) {
    max_y_ = std::max(max_y_, y);
    if (!points_.isEmpty() &&
        std::floor(points_.back().x() / spacing_) == std::floor(t / spacing_)) {
        QPointF& last = points_.back();
        if (merge_ == Merge::last || y >= last.y()) last = {t, y};
        return;
    }
    points_.append({t, y});
    if (points_.size() > capacity_) halve();
}

void TimeSeries::halve() {
    spacing_ *= 2;
    qsizetype out = 0;
    for (qsizetype i = 0; i < points_.size(); ++i) {
        const QPointF p = points_[i];
        if (out > 0 &&
            std::floor(points_[out - 1].x() / spacing_) == std::floor(p.x() / spacing_)) {
            QPointF& kept = points_[out - 1];
            if (merge_ == Merge::last || p.y() >= kept.y()) kept = p;
        } else {
            points_[out++] = p;
        }
    }
    points_.resize(out);
}

void TimeSeries::clear() {
    points_.clear();
    spacing_ = initial_spacing_;
    max_y_ = 0.0;
}

// --- LinearHistogram ------------------------------------------------------------------

void LinearHistogram::add(double v) {
    v = std::max(v, 0.0);
    while (v >= width_ * bin_count) {
        for (int i = 0; i < bin_count / 2; ++i)
            bins_[static_cast<std::size_t>(i)] =
                bins_[static_cast<std::size_t>(2 * i)] + bins_[static_cast<std::size_t>(2 * i + 1)];
        std::fill(bins_.begin() + bin_count / 2, bins_.end(), 0);
        width_ *= 2;
    }
    ++bins_[static_cast<std::size_t>(v / width_)];
    ++count_;
}

std::array<std::uint64_t, LinearHistogram::bin_count> LinearHistogram::at_width(
    double width) const {
    std::array<std::uint64_t, bin_count> out{};
    const auto factor = static_cast<std::size_t>(std::lround(std::max(1.0, width / width_)));
    for (std::size_t i = 0; i < bins_.size(); ++i) out[i / factor] += bins_[i];
    return out;
}

void LinearHistogram::clear() {
    bins_.fill(0);
    width_ = initial_width;
    count_ = 0;
}

// --- Measure ---------------------------------------------------------------------------

void Measure::add(double t, double v) {
    moments_.add(v);
    histogram_.add(v);
    const double m = mean(), h = halfWidth();
    mean_series_.add(t, m);
    low_series_.add(t, m - h);
    high_series_.add(t, m + h);
}

double Measure::halfWidth() const {
    const auto n = moments_.count();
    return n > 1 ? 1.96 * sd() / std::sqrt(static_cast<double>(n)) : 0.0;
}

void Measure::clear() {
    moments_.clear();
    histogram_.clear();
    mean_series_.clear();
    low_series_.clear();
    high_series_.clear();
}

// --- PlotRecorder ------------------------------------------------------------------------

PlotRecorder::PlotRecorder(std::function<const RunStatistics&()> levels)
    : levels_(std::move(levels)) {}

void PlotRecorder::on_happening(const Happening& h) {
    switch (h.kind) {
        case HappeningKind::party_seated:
            measures_[static_cast<std::size_t>(Wait::table)].add(h.time, h.value);
            break;
        case HappeningKind::order_served:
            measures_[static_cast<std::size_t>(Wait::food)].add(h.time, h.value);
            break;
        case HappeningKind::party_left:
            measures_[static_cast<std::size_t>(Wait::in_restaurant)].add(h.time, h.value);
            break;
        case HappeningKind::warmup_ended:
            for (Measure& m : measures_) m.clear();  // as the core's statistics do
            break;
        case HappeningKind::waiter_state_changed:
            return;  // changes no queue
        default:
            break;
    }
    const RunStatistics& s = levels_();
    door_.add(h.time, s.door_queue.value());
    kitchen_.add(h.time, s.kitchen_queue.value());
    pass_.add(h.time, s.at_pass.value());
    ++version_;
}

void PlotRecorder::clear() {
    for (Measure& m : measures_) m.clear();
    door_.clear();
    kitchen_.clear();
    pass_.clear();
    ++version_;
}

}  // namespace bistro::gui
