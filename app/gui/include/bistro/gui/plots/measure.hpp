#pragma once
// One per-party measure (a wait): its histogram, its running mean with a 95 %
// band (1.96 standard errors) over simulated time, and the mean that counts the
// parties still waiting with their wait so far (as the core's `.all.mean`): the
// mean of finished waits alone hides the parties a blocked waiter leaves waiting.

#include <cmath>
#include <cstdint>

#include "bistro/gui/plots/linear_histogram.hpp"
#include "bistro/gui/plots/time_series.hpp"
#include "bistro/sim/statistics.hpp"

namespace bistro::gui {

class Measure {
  public:
    /// A party starts waiting at t.
    void begin(double t);
    /// A party's wait of v ends at t (it began at t - v).
    void add(double t, double v);
    /// A party gives up after waiting v: its wait ends, counted in `everyone`
    /// but not among the finished ones (which are the served or seated).
    void abandon(double t, double v);
    /// Forgets the finished waits (the warm-up ends) and keeps those going on.
    void clearFinished();
    void clear();
    /// The mean at t of every wait, the ones going on with their time so far.
    double everyone(double t) const;
    /// Waits going on.
    std::uint64_t waiting() const { return open_; }
    const TimeSeries& everyoneSeries() const { return everyone_series_; }
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
    TimeSeries everyone_series_{TimeSeries::Merge::last};
    std::uint64_t open_ = 0;  // waits going on
    double open_starts_ = 0;  // the sum of their start times
    std::uint64_t gave_up_ = 0;
    double gave_up_seconds_ = 0;
};

}  // namespace bistro::gui
