#include "bistro/gui/plots/linear_histogram.hpp"

#include <algorithm>
#include <cmath>

namespace bistro::gui {

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

}  // namespace bistro::gui
