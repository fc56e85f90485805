#include "bistro/gui/controller/story_book.hpp"

namespace bistro::gui {

void StoryBook::record(const Happening& h) {
    if (const auto* change = h.as<happened::WaiterStateChanged>()) {
        auto& log = waiters_[change->waiter];
        log.push_back(h);
        if (log.size() > max_per_waiter) log.pop_front();
        return;
    }
    const PartyId party = party_of(h);
    if (party < 0) return;
    if (h.as<happened::PartyLost>()) {
        lost_.push_back({h.time, 0});
        if (const auto it = parties_.find(party); it != parties_.end())
            for (const Happening& e : it->second)  // its size, from its arrival
                if (const auto* arrived = e.as<happened::PartyArrived>())
                    lost_.back().size = arrived->size;
        if (lost_.size() > 16) lost_.pop_front();
    }
    auto [it, inserted] = parties_.try_emplace(party);
    if (inserted) {
        order_.push_back(party);
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
