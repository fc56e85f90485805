// The kitchen: K cooks take dishes first in, first out; a burnt dish is cooked
// again at once by the same cook (it keeps its place); finished dishes wait at
// the pass, where the bell calls a waiter.
#include "bistro/sim/restaurant.hpp"

namespace bistro {

namespace {
std::uint64_t dish_key(std::int64_t party, int dish, int attempt) {
    return (static_cast<std::uint64_t>(party) * 8 + static_cast<std::uint64_t>(dish)) * 256 +
           static_cast<std::uint64_t>(attempt);
}
}  // namespace

void Restaurant::hand_in_ticket(std::uint32_t slot) {
    Party& p = parties_[slot];
    for (int d = 0; d < p.size; ++d) {
        Dish& dish = p.dishes[static_cast<std::size_t>(d)];
        dish.state = DishState::queued;
        dish.queued_at = now_;
        kitchen_queue_.emplace_back(slot, d);
    }
    stats_.kitchen_queue.add(now_, p.size);
    tell(HappeningKind::ticket_handed_in, &p, p.order_waiter, -1, -1, p.size);
    start_cooking();
}

void Restaurant::start_cooking() {
    // The free cooks take dishes in order: the lowest-numbered cook first.
    while (!kitchen_queue_.empty()) {
        const int c = free_cooks_.lowest();
        if (c < 0) return;
        const auto [slot, dish] = kitchen_queue_.front();
        kitchen_queue_.pop_front();
        stats_.kitchen_queue.add(now_, -1);
        Dish& d = parties_[slot].dishes[static_cast<std::size_t>(dish)];
        stats_.kitchen_wait.add(now_ - d.queued_at);
        stats_.cooks_busy.add(now_, 1);
        cook_dish(c, slot, dish);
    }
}

void Restaurant::cook_dish(int c, std::uint32_t slot, int dish) {
    Cook& cook = cooks_[static_cast<std::size_t>(c)];
    Party& p = parties_[slot];
    Dish& d = p.dishes[static_cast<std::size_t>(dish)];
    d.state = DishState::cooking;
    const MenuItem& item = scenario_.menu[static_cast<std::size_t>(d.item)];
    const double prep = params_.cook_time_scale *
                        draw(Stream::cook_time, dish_key(p.id, dish, d.attempt), item.prep);
    cook.busy = true;
    free_cooks_.erase(static_cast<std::size_t>(c));
    cook.party = slot;
    cook.dish = dish;
    cook.started = now_;
    cook.ends = now_ + prep;
    tell(HappeningKind::dish_started, &p, -1, c, dish, d.attempt);
    schedule_event(cook.ends, ev_cook, static_cast<std::uint32_t>(c));
}

void Restaurant::on_cook_done(int c) {
    Cook& cook = cooks_[static_cast<std::size_t>(c)];
    const std::uint32_t slot = cook.party;
    const int dish = cook.dish;
    Party& p = parties_[slot];
    Dish& d = p.dishes[static_cast<std::size_t>(dish)];
    if (params_.burn_probability > 0.0) {
        Rng burn(seed_, Stream::burn, dish_key(p.id, dish, d.attempt));
        if (burn.bernoulli(params_.burn_probability)) {
            ++stats_.burnt;
            tell(HappeningKind::dish_burnt, &p, -1, c, dish, d.attempt);
            if (d.attempt < 255) ++d.attempt;
            cook_dish(c, slot, dish);  // re-cooked at once: a burnt dish keeps its place
            return;
        }
    }
    cook.busy = false;
    cook.dish = -1;
    stats_.cooks_busy.add(now_, -1);
    if (cook.retiring) {
        cook.present = false;
        cook.retiring = false;
        stats_.cooks_present.add(now_, -1);
    }
    update_free_cook(c);
    dish_ready(slot, dish);
    start_cooking();
}

void Restaurant::dish_ready(std::uint32_t slot, int dish) {
    Party& p = parties_[slot];
    Dish& d = p.dishes[static_cast<std::size_t>(dish)];
    d.state = DishState::at_pass;
    d.ready_at = now_;
    p.cooked = static_cast<std::uint8_t>(p.cooked | (1u << dish));
    p.at_pass = static_cast<std::uint8_t>(p.at_pass | (1u << dish));
    ++stats_.dishes;
    stats_.at_pass.add(now_, 1);
    tell(HappeningKind::dish_ready, &p, -1, -1, dish);
    if (p.owner < 0) {
        ring_bell(slot);
        return;
    }
    // A synchronous waiter blocked on this order wakes up when it can deliver.
    const int w = p.owner;
    if (waiters_[static_cast<std::size_t>(w)].state == WaiterState::blocked && deliverable(p))
        pick_up(w, p.at_pass);
}

bool Restaurant::deliverable(const Party& p) const {
    if (p.at_pass == 0) return false;
    return params_.delivery == Delivery::each_dish || p.cooked == p.all_dishes();
}

void Restaurant::ring_bell(std::uint32_t slot) {
    Party& p = parties_[slot];
    if (!deliverable(p)) return;
    const auto untasked = static_cast<std::uint8_t>(p.at_pass & ~p.tasked);
    if (untasked == 0) return;
    p.tasked = static_cast<std::uint8_t>(p.tasked | untasked);
    if (params_.delivery == Delivery::whole_order) {
        queue_task({TaskKind::deliver, slot, untasked});
        return;
    }
    for (int d = 0; d < p.size; ++d)  // one trip per dish, the first dish first
        if (untasked & (1u << d))
            queue_task({TaskKind::deliver, slot, static_cast<std::uint8_t>(1u << d)});
}

void Restaurant::set_cook_count(int n) {
    params_.cooks = n;
    int active = 0;
    for (const auto& c : cooks_) active += c.present && !c.retiring;
    for (std::size_t i = cooks_.size(); i-- > 0 && active > n;) {
        Cook& c = cooks_[i];
        if (!c.present || c.retiring) continue;
        --active;
        if (c.busy) {
            c.retiring = true;  // leaves when the dish in hand is done
        } else {
            c.present = false;
            stats_.cooks_present.add(now_, -1);
        }
    }
    for (auto& c : cooks_) {
        if (active >= n) break;
        if (c.present && c.retiring) {
            c.retiring = false;
            ++active;
        }
    }
    for (std::size_t i = 0; active < n; ++i) {
        if (i == cooks_.size())
            cooks_.emplace_back();
        else if (cooks_[i].present)
            continue;
        cooks_[i] = Cook{};
        stats_.cooks_present.add(now_, 1);
        ++active;
    }
    free_cooks_.reserve(cooks_.size());
    for (std::size_t c = 0; c < cooks_.size(); ++c) update_free_cook(static_cast<int>(c));
    start_cooking();
}

}  // namespace bistro
