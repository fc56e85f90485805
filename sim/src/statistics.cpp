#include "bistro/sim/statistics.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace bistro {

double Histogram::bin_low(int i) {
    if (i <= 0) return 0.0;
    const int octave = (i - 1) / bins_per_octave;
    const int sub = (i - 1) % bins_per_octave;
    return floor_value * std::ldexp(1.0 + static_cast<double>(sub) / bins_per_octave, octave);
}

double Histogram::quantile(double q) const {
    if (count_ == 0) return 0.0;
    const double target = std::clamp(q, 0.0, 1.0) * static_cast<double>(count_);
    double seen = 0.0;
    for (int i = 0; i < bin_count; ++i) {
        seen += bins_[static_cast<std::size_t>(i)];
        if (seen >= target && bins_[static_cast<std::size_t>(i)] > 0) {
            if (i == 0) return 0.5 * floor_value;
            if (i == bin_count - 1) return bin_low(i);
            return 0.5 * (bin_low(i) + bin_low(i + 1));
        }
    }
    return bin_low(bin_count - 1);
}

void Histogram::clear() {
    bins_.fill(0);
    count_ = 0;
}

double Tally::quantile(double q) const {
    if (n_ == 0) return 0.0;
    return std::clamp(hist_.quantile(q), min_, max_);
}

void Tally::clear() {
    n_ = positive_ = 0;
    shift_ = sum_ = sum2_ = min_ = max_ = 0.0;
    hist_.clear();
}

}  // namespace bistro
