#include "kitchen.hpp"

#include "waiters.hpp"

namespace bistro::model {

namespace {
std::uint64_t dish_key(std::int64_t party, int dish, int attempt) {
    return (static_cast<std::uint64_t>(party) * 8 + static_cast<std::uint64_t>(dish)) * 256 +
           static_cast<std::uint64_t>(attempt);
}
}  // namespace

void Kitchen::hand_in(std::uint32_t slot) {
    Party& p = h_.parties[slot];
    for (int d = 0; d < p.size; ++d) {
        Dish& dish = p.dishes[static_cast<std::size_t>(d)];
        dish.state = DishState::queued;
        dish.queued_at = h_.now();
        queue_.emplace_back(slot, d);
    }
    h_.stats.kitchen_queue.add(h_.now(), p.size);
    h_.tell(happened::TicketHandedIn{p.id, p.table, p.order_waiter, p.size});
    h_.account_wait(p);
    start_cooking();
}

void Kitchen::start_cooking() {
    // The free cooks take dishes in order: the lowest-numbered cook first.
    while (!queue_.empty()) {
        const int c = free_.lowest();
        if (c < 0) return;
        const auto [slot, dish] = queue_.front();
        queue_.pop_front();
        h_.stats.kitchen_queue.add(h_.now(), -1);
        const Dish& d = h_.parties[slot].dishes[static_cast<std::size_t>(dish)];
        h_.stats.kitchen_wait.add(h_.now() - d.queued_at);
        h_.stats.cooks_busy.add(h_.now(), 1);
        cook_dish(c, slot, dish);
    }
}

void Kitchen::cook_dish(int c, std::uint32_t slot, int dish) {
    Cook& cook = cooks_[static_cast<std::size_t>(c)];
    Party& p = h_.parties[slot];
    Dish& d = p.dishes[static_cast<std::size_t>(dish)];
    d.state = DishState::cooking;
    const MenuItem& item = h_.scenario.menu[static_cast<std::size_t>(d.item)];
    const double prep = h_.params.cook_time_scale *
                        h_.draw(Stream::cook_time, dish_key(p.id, dish, d.attempt), item.prep);
    cook.busy = true;
    free_.erase(static_cast<std::size_t>(c));
    cook.party = slot;
    cook.dish = dish;
    cook.started = h_.now();
    cook.ends = h_.now() + prep;
    h_.tell(happened::DishStarted{p.id, p.table, dish, d.item, c, d.attempt});
    h_.schedule(cook.ends, EventKind::cook_done, static_cast<std::uint32_t>(c));
}

void Kitchen::on_cook_done(int c) {
    const Cook& cook = cooks_[static_cast<std::size_t>(c)];
    const std::uint32_t slot = cook.party;
    const int dish = cook.dish;
    if (burnt(c)) {
        cook_dish(c, slot, dish);  // cooked again at once: a burnt dish keeps its place
        return;
    }
    free_cook(c);
    dish_ready(slot, dish);
    start_cooking();
}

bool Kitchen::burnt(int c) {
    if (h_.params.burn_probability <= 0.0) return false;
    const Cook& cook = cooks_[static_cast<std::size_t>(c)];
    Party& p = h_.parties[cook.party];
    Dish& d = p.dishes[static_cast<std::size_t>(cook.dish)];
    Rng burn(h_.seed, Stream::burn, dish_key(p.id, cook.dish, d.attempt));
    if (!burn.bernoulli(h_.params.burn_probability)) return false;
    ++h_.stats.burnt;
    h_.tell(happened::DishBurnt{p.id, p.table, cook.dish, d.item, c, d.attempt});
    if (d.attempt < 255) ++d.attempt;
    p.recooking = p.recooking | Dishes{static_cast<std::uint8_t>(1u << cook.dish)};
    h_.account_wait(p);
    return true;
}

void Kitchen::free_cook(int c) {
    Cook& cook = cooks_[static_cast<std::size_t>(c)];
    cook.busy = false;
    cook.dish = -1;
    h_.stats.cooks_busy.add(h_.now(), -1);
    if (cook.retiring) {
        cook.present = false;
        cook.retiring = false;
        h_.stats.cooks_present.add(h_.now(), -1);
    }
    update_free_cook(static_cast<std::size_t>(c));
}

void Kitchen::dish_ready(std::uint32_t slot, int dish) {
    Party& p = h_.parties[slot];
    Dish& d = p.dishes[static_cast<std::size_t>(dish)];
    d.state = DishState::at_pass;
    d.ready_at = h_.now();
    const Dishes one{static_cast<std::uint8_t>(1u << dish)};
    p.cooked = p.cooked | one;
    p.at_pass = p.at_pass | one;
    p.recooking = p.recooking - one;
    h_.account_wait(p);
    ++h_.stats.dishes;
    h_.stats.at_pass.add(h_.now(), 1);
    h_.tell(
        happened::DishReady{p.id, p.table, dish, p.dishes[static_cast<std::size_t>(dish)].item});
    h_.crew->food_at_pass(slot);
}

void Kitchen::set_cook_count(int n) {
    h_.params.cooks = n;
    set_staff_count(
        cooks_, n, [&](std::size_t i) { return !cooks_[i].busy; },
        [&](std::size_t i) {
            cooks_[i].present = false;
            h_.stats.cooks_present.add(h_.now(), -1);
        },
        [&](std::size_t i) {
            cooks_[i] = Cook{};
            h_.stats.cooks_present.add(h_.now(), 1);
        });
    free_.reserve(cooks_.size());
    for (std::size_t c = 0; c < cooks_.size(); ++c) update_free_cook(c);
    start_cooking();
}

}  // namespace bistro::model
