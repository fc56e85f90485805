#include "bistro/gui/timeline/timeline_recorder.hpp"

namespace bistro::gui {

void TimelineRecorder::on_happening(const Happening& h) {
    switch (h.kind) {
        case HappeningKind::waiter_state_changed:
            waiters_[h.waiter].push_back({h.time, static_cast<int>(h.value), h.party, h.table, -1});
            break;
        case HappeningKind::dish_started:
            cooks_[h.cook].push_back({h.time, h.value > 0 ? 2 : 1, h.party, h.table, h.item});
            break;
        case HappeningKind::dish_ready:
            bells_.push_back(h.time);
            break;
        default:
            break;
    }
    // A cook is idle from the moment the dish is ready until it starts the next.
    if (h.kind == HappeningKind::dish_ready)
        for (auto& [id, lane] : cooks_)
            if (!lane.empty() && lane.back().party == h.party && lane.back().state != 0 &&
                lane.back().item == h.item)
                lane.push_back({h.time, 0, -1, -1, -1});
}

void TimelineRecorder::clear() {
    waiters_.clear();
    cooks_.clear();
    bells_.clear();
}

void TimelineRecorder::forgetBefore(double t) {
    auto trim = [t](std::deque<Segment>& lane) {
        while (lane.size() > 1 && lane[1].start < t)
            lane.pop_front();  // keep the one still running at t
    };
    for (auto& [id, lane] : waiters_) trim(lane);
    for (auto& [id, lane] : cooks_) trim(lane);
    while (!bells_.empty() && bells_.front() < t) bells_.pop_front();
}

}  // namespace bistro::gui
