#pragma once
// The recent story of every party and waiter, for the inspector ("when did
// table 4 arrive, who took its order, why is it still waiting?"). Bounded: it
// forgets parties long gone, so memory stays flat however long a run goes.

#include <cstdint>
#include <deque>
#include <map>
#include <vector>

#include "bistro/sim/happening.hpp"

namespace bistro::gui {

class StoryBook {
  public:
    static constexpr std::size_t max_parties = 400;
    static constexpr std::size_t max_per_waiter = 60;

    void record(const Happening& h);
    void clear();

    /// Everything that happened to one party (and its order), oldest first.
    std::vector<Happening> party(std::int64_t id) const;
    /// The latest happenings of one waiter, oldest first.
    std::vector<Happening> waiter(int id) const;
    std::size_t size() const { return parties_.size(); }

    /// Parties that gave up at the door most recently: (time, size), oldest first.
    struct Departure {
        double time;
        int size;
    };
    const std::deque<Departure>& recentlyLost() const { return lost_; }

  private:
    std::map<std::int64_t, std::vector<Happening>> parties_;
    std::deque<std::int64_t> order_;  // party ids by first appearance, to forget the oldest
    std::map<int, std::deque<Happening>> waiters_;
    std::deque<Departure> lost_;
};

}  // namespace bistro::gui
