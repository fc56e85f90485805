#include "bistro/gui/plots/measure.hpp"

namespace bistro::gui {

void Measure::begin(double t) {
    ++open_;
    open_starts_ += t;
    everyone_series_.add(t, everyone(t));
}

namespace {
/// Ends one of the waits going on, begun at `start`.
void close(std::uint64_t& open, double& starts, double start) {
    if (open == 0) return;  // it began before the recording did
    --open;
    starts -= start;
}
}  // namespace

void Measure::abandon(double t, double v) {
    close(open_, open_starts_, t - v);
    ++gave_up_;
    gave_up_seconds_ += v;
    everyone_series_.add(t, everyone(t));
}

void Measure::add(double t, double v) {
    close(open_, open_starts_, t - v);
    moments_.add(v);
    histogram_.add(v);
    const double m = mean(), h = halfWidth();
    mean_series_.add(t, m);
    low_series_.add(t, m - h);
    high_series_.add(t, m + h);
    everyone_series_.add(t, everyone(t));
}

double Measure::everyone(double t) const {
    const auto n = static_cast<double>(moments_.count() + gave_up_ + open_);
    const double so_far = static_cast<double>(open_) * t - open_starts_;
    return n > 0 ? (moments_.sum() + gave_up_seconds_ + so_far) / n : 0.0;
}

double Measure::halfWidth() const {
    const auto n = moments_.count();
    return n > 1 ? 1.96 * sd() / std::sqrt(static_cast<double>(n)) : 0.0;
}

void Measure::clearFinished() {
    moments_.clear();
    histogram_.clear();
    mean_series_.clear();
    low_series_.clear();
    high_series_.clear();
    everyone_series_.clear();
    gave_up_ = 0;
    gave_up_seconds_ = 0;
}

void Measure::clear() {
    clearFinished();
    open_ = 0;
    open_starts_ = 0;
}

}  // namespace bistro::gui
