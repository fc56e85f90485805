#pragma once
// Every happening of the run, in order (bounded: the oldest half is dropped past
// `capacity`), for the event log's table.

#include <cstdint>
#include <deque>

#include "bistro/sim/happening.hpp"

class QObject;

namespace bistro::gui {

class SimulationController;

class EventLog {
  public:
    static constexpr std::size_t capacity = 1'000'000;

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
