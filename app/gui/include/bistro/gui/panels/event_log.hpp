#pragma once
// The happenings of the run, in order, for the event log's table. Bounded: past
// `capacity` rows the oldest `drop` go at once, so memory stays flat however long
// the app runs at top speed, and the table says how many went.

#include <cstdint>
#include <deque>

#include "bistro/sim/happening.hpp"

class QObject;

namespace bistro::gui {

class SimulationController;

class EventLog {
  public:
    /// A large recent window: at 1000x the grand brasserie tells about 3,000 a
    /// simulated hour, so this is the last 15 hours or so, about 4 MB.
    static constexpr std::size_t capacity = 50'000;
    static constexpr std::size_t drop = capacity / 10;  ///< how many go at a time

    /// Records what `c` tells from now on (while `context` lives).
    void follow(const SimulationController& c, QObject* context);
    void record(const Happening& h);
    void clear();
    std::size_t size() const { return rows_.size(); }
    const Happening& at(std::size_t i) const { return rows_[i]; }
    /// Rows dropped from the front since the last clear (row i is happening i + dropped).
    std::uint64_t dropped() const { return dropped_; }
    std::uint64_t generation() const { return generation_; }  ///< changes on every clear

  private:
    std::deque<Happening> rows_;
    std::uint64_t dropped_ = 0;
    std::uint64_t generation_ = 0;
};

}  // namespace bistro::gui
