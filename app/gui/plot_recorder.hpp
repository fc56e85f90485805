#pragma once
// What the live plots draw, recorded from the run's happenings with bounded
// memory: however long a run goes, every series keeps at most a fixed number of
// points (neighbours merge and the spacing doubles) and every histogram a fixed
// number of bins (pairs merge and the bin width doubles).

#include <QList>
#include <QPointF>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>

#include "bistro/sim/run_statistics.hpp"
#include "story_book.hpp"

namespace bistro::gui {

/// A quantity over simulated time, in at most `capacity` points.
class TimeSeries {
  public:
    enum class Merge { last, max };  ///< what a point keeps of the samples it stands for
    /// A plot is a few hundred pixels wide: more points would not show, only cost.
    static constexpr int default_capacity = 400;
    explicit TimeSeries(Merge merge, int capacity = default_capacity, double spacing = 5.0);

    /// A sample at time t (seconds, never decreasing).
    void add(double t, double y);
    void clear();
    /// x: simulated seconds, y: the value.
    const QList<QPointF>& points() const { return points_; }
    double maxY() const { return max_y_; }

  private:
    void halve();

    Merge merge_;
    int capacity_;
    double initial_spacing_, spacing_;
    double max_y_ = 0.0;
    QList<QPointF> points_;
};

/// A histogram with linear bins that widen (by merging pairs) to fit every value.
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

/// One per-party measure (a wait): its histogram, and its running mean with a
/// 95 % band (1.96 standard errors) over simulated time.
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

/// Everything the plots of one restaurant show. Like the core's statistics it
/// forgets the per-party measures when the warm-up ends.
class PlotRecorder : public HistoryListener {
  public:
    enum class Wait { food, in_restaurant, table };
    /// `levels` returns the running restaurant's statistics (for queue lengths).
    explicit PlotRecorder(std::function<const RunStatistics&()> levels);

    void on_happening(const Happening& h) override;
    void clear() override;

    const Measure& measure(Wait w) const { return measures_[static_cast<std::size_t>(w)]; }
    const TimeSeries& doorQueue() const { return door_; }
    const TimeSeries& kitchenQueue() const { return kitchen_; }
    const TimeSeries& atPass() const { return pass_; }
    /// Changes whenever something was recorded or forgotten: views redraw only then.
    std::uint64_t version() const { return version_; }

  private:
    std::function<const RunStatistics&()> levels_;
    std::array<Measure, 3> measures_;
    TimeSeries door_{TimeSeries::Merge::max}, kitchen_{TimeSeries::Merge::max},
        pass_{TimeSeries::Merge::max};
    std::uint64_t version_ = 0;
};

}  // namespace bistro::gui
