#pragma once
// One per-party measure (a wait): its histogram, and its running mean with a
// 95 % band (1.96 standard errors) over simulated time.

#include <cmath>
#include <cstdint>

#include "bistro/gui/plots/linear_histogram.hpp"
#include "bistro/gui/plots/time_series.hpp"
#include "bistro/sim/statistics.hpp"

namespace bistro::gui {

class Measure {
  public:
    void add(double t, double v);
    void clear();
    std::uint64_t count() const { return moments_.count(); }
    double mean() const { return moments_.mean(); }
    double sd() const { return std::sqrt(moments_.variance()); }
    double halfWidth() const;
    const LinearHistogram& histogram() const { return histogram_; }
    const TimeSeries& meanSeries() const { return mean_series_; }
    const TimeSeries& lowSeries() const { return low_series_; }
    const TimeSeries& highSeries() const { return high_series_; }

  private:
    Tally moments_;  // the core's own estimator, so the numbers agree with its statistics
    LinearHistogram histogram_;
    TimeSeries mean_series_{TimeSeries::Merge::last};
    TimeSeries low_series_{TimeSeries::Merge::last};
    TimeSeries high_series_{TimeSeries::Merge::last};
};

}  // namespace bistro::gui
