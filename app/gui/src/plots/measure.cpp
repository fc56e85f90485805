#include "bistro/gui/plots/measure.hpp"

namespace bistro::gui {

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

}  // namespace bistro::gui
