#include "bistro/gui/controller/story_book.hpp"

namespace bistro::gui {

void StoryBook::on_happening(const Happening& h) {
    if (h.kind == HappeningKind::waiter_state_changed) {
        auto& log = waiters_[h.waiter];
        log.push_back(h);
        if (log.size() > max_per_waiter) log.pop_front();
        return;
    }
    if (h.party < 0) return;
    if (h.kind == HappeningKind::party_lost) {
        lost_.push_back({h.time, 0});
        if (const auto it = parties_.find(h.party);
            it != parties_.end())  // its size, from its arrival
            for (const Happening& e : it->second)
                if (e.kind == HappeningKind::party_arrived)
                    lost_.back().size = static_cast<int>(e.value);
        if (lost_.size() > 16) lost_.pop_front();
    }
    auto [it, inserted] = parties_.try_emplace(h.party);
    if (inserted) {
        order_.push_back(h.party);
        if (order_.size() > max_parties) {
            parties_.erase(order_.front());
            order_.pop_front();
        }
    }
    it->second.push_back(h);
}

void StoryBook::clear() {
    parties_.clear();
    order_.clear();
    waiters_.clear();
    lost_.clear();
}

std::vector<Happening> StoryBook::party(std::int64_t id) const {
    const auto it = parties_.find(id);
    return it == parties_.end() ? std::vector<Happening>{} : it->second;
}

std::vector<Happening> StoryBook::waiter(int id) const {
    const auto it = waiters_.find(id);
    return it == waiters_.end() ? std::vector<Happening>{}
                                : std::vector<Happening>(it->second.begin(), it->second.end());
}

}  // namespace bistro::gui
