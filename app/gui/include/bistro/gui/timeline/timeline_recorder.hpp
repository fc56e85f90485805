#pragma once
// The recent history of every waiter's and cook's state, for the timelines
// (bounded: older than `keep` seconds of simulated time is forgotten).

#include <cstdint>
#include <deque>
#include <map>

#include "bistro/gui/controller/history_listener.hpp"

namespace bistro::gui {

class TimelineRecorder : public HistoryListener {
  public:
    static constexpr double keep = 4 * 3600.0;

    struct Segment {
        double start = 0;
        int state = 0;  // WaiterState; for cooks 0 idle, 1 cooking, 2 re-cooking
        std::int64_t party = -1;
        int table = -1;
        int item = -1;
    };
    void on_happening(const Happening& h) override;
    void clear() override;
    void forgetBefore(double t);

    const std::map<int, std::deque<Segment>>& waiters() const { return waiters_; }
    const std::map<int, std::deque<Segment>>& cooks() const { return cooks_; }
    const std::deque<double>& bells() const { return bells_; }

  private:
    std::map<int, std::deque<Segment>> waiters_, cooks_;
    std::deque<double> bells_;
};

}  // namespace bistro::gui
