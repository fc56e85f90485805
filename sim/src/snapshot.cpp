// Drawing support: a const picture of the current instant.
#include <algorithm>
#include <cmath>

#include "bistro/sim/restaurant.hpp"
#include "parts.hpp"

namespace bistro {

namespace {

WaiterView view_of(const model::Waiter& w, const model::House& h) {
    WaiterView v;
    v.id = w.id;
    v.retiring = w.retiring;
    v.state = w.state;
    v.step = w.step;
    v.since = w.since;
    v.until = w.until;
    v.position = w.position;
    if (w.state == WaiterState::walking && h.scenario.walk_speed > 0.0) {
        // Exact interpolation: the waiter left `position` at `depart` at walking speed.
        const double walked = std::max(0.0, h.now() - w.depart) * h.scenario.walk_speed;
        v.position = h.floor.route(w.position, w.destination).at(walked);
    }
    v.task = w.task.kind;
    if (w.task) {
        const model::Party& p = h.parties[w.task.party];
        v.party = p.id;
        v.table = p.table;
    }
    v.carrying = w.carrying.count();
    v.ticket = w.state == WaiterState::walking && w.step == WaiterStep::carrying_ticket;
    return v;
}

TableView view_of_table(std::size_t t, const model::Parts& parts) {
    const TablePlace& place = parts.house.floor.tables()[t];
    TableView v;
    v.id = static_cast<int>(t);
    v.seats = place.seats;
    v.centre = place.centre;
    const std::int32_t slot = parts.room.table_party()[t];
    if (slot >= 0) {
        const model::Party& p = parts.house.parties[static_cast<std::uint32_t>(slot)];
        v.party = p.id;
        v.party_size = p.size;
        v.state = p.state;
        v.since = p.since;
        v.dishes_delivered = p.delivered;
        v.dishes_total = p.size;
        v.waiting = p.waiting;
        v.cause = p.cause;
        v.waited = parts.house.waited_so_far(p);
    }
    return v;
}

CookView view_of(std::size_t c, const model::Cook& cook, const model::Parties& parties) {
    CookView v;
    v.id = static_cast<int>(c);
    v.retiring = cook.retiring;
    v.busy = cook.busy;
    if (cook.busy) {
        const model::Party& p = parties[cook.party];
        const model::Dish& d = p.dishes[static_cast<std::size_t>(cook.dish)];
        v.party = p.id;
        v.dish = cook.dish;
        v.item = d.item;
        v.started = cook.started;
        v.ends = cook.ends;
        v.attempt = d.attempt;
    }
    return v;
}

void fill_people(Snapshot& out, const model::Parts& parts) {
    out.waiters.clear();
    for (std::size_t i = 0; i < parts.crew.size(); ++i)
        if (parts.crew[i].present) out.waiters.push_back(view_of(parts.crew[i], parts.house));
    out.tables.clear();
    for (std::size_t t = 0; t < parts.house.floor.tables().size(); ++t)
        out.tables.push_back(view_of_table(t, parts));
    out.door.clear();
    for (std::uint32_t slot : parts.room.door()) {
        const model::Party& p = parts.house.parties[slot];
        out.door.push_back({p.id, p.size, p.arrived, p.patience_end, parts.house.waited_so_far(p)});
    }
    out.cooks.clear();
    const auto& cooks = parts.kitchen.cooks();
    for (std::size_t c = 0; c < cooks.size(); ++c)
        if (cooks[c].present) out.cooks.push_back(view_of(c, cooks[c], parts.house.parties));
}

void fill_food_and_tasks(Snapshot& out, const model::Parts& parts) {
    const model::Parties& parties = parts.house.parties;
    out.kitchen_queue.clear();
    for (const auto& [slot, dish] : parts.kitchen.queue()) {
        const model::Party& p = parties[slot];
        const model::Dish& d = p.dishes[static_cast<std::size_t>(dish)];
        out.kitchen_queue.push_back({p.id, dish, d.item, p.table, d.queued_at});
    }
    out.pass.clear();
    for (std::uint32_t slot = 0; slot < parties.size(); ++slot) {
        const model::Party& p = parties[slot];
        if (p.id < 0) continue;
        for (int d = 0; d < p.size; ++d) {
            const model::Dish& dish = p.dishes[static_cast<std::size_t>(d)];
            if (dish.state == DishState::at_pass)
                out.pass.push_back({p.id, d, dish.item, p.table, dish.ready_at});
        }
    }
    out.tasks.clear();
    for (const model::Task& t : parts.crew.tasks()) {
        const model::Party& p = parties[t.party];
        out.tasks.push_back({t.kind, p.id, p.table});
    }
}

}  // namespace

Snapshot Restaurant::snapshot() const {
    Snapshot s;
    snapshot(s);
    return s;
}

void Restaurant::snapshot(Snapshot& out) const {
    const model::Parts& parts = *parts_;
    out.time = now();
    out.life = life();
    out.policy = parts.house.params.policy;
    out.delivery = parts.house.params.delivery;
    out.arrived = static_cast<std::uint64_t>(parts.room.arrived());
    out.inside = parts.room.inside();
    out.served = parts.room.served();
    out.lost = parts.room.lost();
    fill_people(out, parts);
    fill_food_and_tasks(out, parts);
}

}  // namespace bistro
