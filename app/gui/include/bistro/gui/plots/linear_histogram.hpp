#pragma once
// A histogram with a fixed number of linear bins that widen (pairs merge and the
// bin width doubles) to fit every value: bounded memory however long a run goes.

#include <array>
#include <cstdint>

namespace bistro::gui {

class LinearHistogram {
  public:
    static constexpr int bin_count = 40;
    static constexpr double initial_width = 30.0;  ///< seconds

    void add(double v);
    void clear();
    double width() const { return width_; }
    std::uint64_t count() const { return count_; }
    /// Counts re-binned to a wider width (a power-of-two multiple of this one's).
    std::array<std::uint64_t, bin_count> at_width(double width) const;

  private:
    std::array<std::uint64_t, bin_count> bins_{};
    double width_ = initial_width;
    std::uint64_t count_ = 0;
};

}  // namespace bistro::gui
