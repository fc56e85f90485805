#pragma once
// What the live plots draw, recorded from the run's happenings with bounded
// memory: however long a run goes, every series keeps at most a fixed number of
// points and every histogram a fixed number of bins.

#include <array>
#include <cstdint>
#include <functional>

class QObject;

#include "bistro/gui/plots/measure.hpp"
#include "bistro/gui/plots/time_series.hpp"
#include "bistro/sim/happening.hpp"
#include "bistro/sim/run_statistics.hpp"

namespace bistro::gui {

/// Everything the plots of one restaurant show. Like the core's statistics it
/// forgets the per-party measures when the warm-up ends.
class SimulationController;

class PlotRecorder {
  public:
    enum class Wait { food, in_restaurant, table };
    /// `levels` returns the running restaurant's statistics (for queue lengths).
    explicit PlotRecorder(std::function<const RunStatistics&()> levels);

    /// Records what `c` tells from now on (while `context` lives).
    void follow(const SimulationController& c, QObject* context);
    void clear();

    const Measure& measure(Wait w) const { return measures_[static_cast<std::size_t>(w)]; }
    const TimeSeries& doorQueue() const { return door_; }
    const TimeSeries& kitchenQueue() const { return kitchen_; }
    const TimeSeries& atPass() const { return pass_; }
    /// Changes whenever something was recorded or forgotten: views redraw only then.
    std::uint64_t version() const { return version_; }

  private:
    void begin(Wait w, double time);
    void abandon(Wait w, double time, double seconds);
    void add(Wait w, double time, double seconds);
    void sampleLevels(const Happening& h);

    std::function<const RunStatistics&()> levels_;
    std::array<Measure, 3> measures_;
    TimeSeries door_{TimeSeries::Merge::max}, kitchen_{TimeSeries::Merge::max},
        pass_{TimeSeries::Merge::max};
    std::uint64_t version_ = 0;
};

}  // namespace bistro::gui
