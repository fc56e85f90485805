#pragma once
// The recent history of every waiter's and cook's state, for the timelines
// (bounded: older than `keep` seconds of simulated time is forgotten).

#include <cstdint>
#include <deque>
#include <map>

#include "bistro/sim/happening.hpp"

class QObject;

namespace bistro::gui {

class SimulationController;

class TimelineRecorder {
  public:
    static constexpr double keep = 4 * 3600.0;

    struct Segment {
        double start = 0;
        int state = 0;  // WaiterState; for cooks 0 idle, 1 cooking, 2 re-cooking
        std::int64_t party = -1;
        int table = -1;
        int item = -1;
    };
    /// Records what `c` tells from now on (while `context` lives).
    void follow(const SimulationController& c, QObject* context);
    void clear();
    void forgetBefore(double t);

    const std::map<int, std::deque<Segment>>& waiters() const { return waiters_; }
    const std::map<int, std::deque<Segment>>& cooks() const { return cooks_; }
    const std::deque<double>& bells() const { return bells_; }

  private:
    void waiterChanged(double t, const happened::WaiterStateChanged& e);
    void dishStarted(double t, const happened::DishStarted& e);
    void dishReady(double t, const happened::DishReady& e);

    std::map<int, std::deque<Segment>> waiters_, cooks_;
    std::deque<double> bells_;
};

}  // namespace bistro::gui
