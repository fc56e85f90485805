#pragma once
// What the live plots draw, recorded from the run's happenings with bounded
// memory: however long a run goes, every series keeps at most a fixed number of
// points and every histogram a fixed number of bins.

#include <array>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <utility>

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
    /// The measures queueing theory predicts (bistro/sim/theory.hpp), as the core
    /// counts them: the wait for a waiter to take the order, a dish's wait for a
    /// cook, and each party's fate at the door (1 lost, 0 seated: the mean is the
    /// share lost).
    enum class Queue { order, kitchen, lost };
    const Measure& queue(Queue q) const { return queues_[static_cast<std::size_t>(q)]; }
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
    void addQueue(Queue q, double time, double value);
    void followQueues(const SimulationController& c, QObject* context);
    void orderTaken(double time, PartyId party);

    std::function<const RunStatistics&()> levels_;
    std::array<Measure, 3> measures_;
    std::array<Measure, 3> queues_;
    // The waits under way, by party: bounded by the parties inside.
    std::unordered_map<PartyId, double> called_;
    std::unordered_map<PartyId, std::pair<double, int>> tickets_;  ///< time, dishes
    TimeSeries door_{TimeSeries::Merge::max}, kitchen_{TimeSeries::Merge::max},
        pass_{TimeSeries::Merge::max};
    std::uint64_t version_ = 0;
};

}  // namespace bistro::gui
