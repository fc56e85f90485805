// Drawing support: a const picture of the current instant.
#include <cmath>

#include "bistro/sim/restaurant.hpp"

namespace bistro {

Snapshot Restaurant::snapshot() const {
    Snapshot s;
    snapshot(s);
    return s;
}

void Restaurant::snapshot(Snapshot& out) const {
    out.time = now_;
    out.life = life_;
    out.policy = params_.policy;
    out.delivery = params_.delivery;
    out.arrived = static_cast<std::uint64_t>(next_party_id_);
    out.inside = inside_;
    out.served = total_served_;
    out.lost = total_lost_;

    out.waiters.clear();
    for (std::size_t i = 0; i < waiters_.size(); ++i) {
        const Waiter& w = waiters_[i];
        if (!w.present) continue;
        WaiterView v;
        v.id = static_cast<int>(i);
        v.retiring = w.retiring;
        v.state = w.state;
        v.since = w.since;
        v.until = w.until;
        v.position = w.position;
        if (w.state == WaiterState::walking && scenario_.walk_speed > 0.0) {
            // Exact interpolation: the waiter left `position` at `depart` at walking speed.
            const double walked = std::max(0.0, now_ - w.depart) * scenario_.walk_speed;
            v.position = floor_.route(w.position, w.destination).at(walked);
        }
        v.task = w.task.kind;
        if (w.task.kind != TaskKind::none) {
            const Party& p = parties_[w.task.party];
            v.party = p.id;
            v.table = p.table;
        }
        v.carrying = __builtin_popcount(w.carrying);
        v.ticket = w.state == WaiterState::walking && w.next == Step::at_pass_with_ticket;
        out.waiters.push_back(v);
    }

    out.tables.clear();
    const auto& places = floor_.tables();
    for (std::size_t t = 0; t < places.size(); ++t) {
        TableView v;
        v.id = static_cast<int>(t);
        v.seats = places[t].seats;
        v.centre = places[t].centre;
        if (table_party_[t] >= 0) {
            const Party& p = parties_[static_cast<std::size_t>(table_party_[t])];
            v.party = p.id;
            v.party_size = p.size;
            v.state = p.state;
            v.since = p.since;
            v.dishes_delivered = p.delivered;
            v.dishes_total = p.size;
        }
        out.tables.push_back(v);
    }

    out.door.clear();
    for (std::uint32_t slot : door_) {
        const Party& p = parties_[slot];
        out.door.push_back({p.id, p.size, p.arrived, p.patience_end});
    }

    out.cooks.clear();
    for (std::size_t c = 0; c < cooks_.size(); ++c) {
        const Cook& cook = cooks_[c];
        if (!cook.present) continue;
        CookView v;
        v.id = static_cast<int>(c);
        v.retiring = cook.retiring;
        v.busy = cook.busy;
        if (cook.busy) {
            const Party& p = parties_[cook.party];
            const Dish& d = p.dishes[static_cast<std::size_t>(cook.dish)];
            v.party = p.id;
            v.dish = cook.dish;
            v.item = d.item;
            v.started = cook.started;
            v.ends = cook.ends;
            v.attempt = d.attempt;
        }
        out.cooks.push_back(v);
    }

    out.kitchen_queue.clear();
    for (const auto& [slot, dish] : kitchen_queue_) {
        const Party& p = parties_[slot];
        const Dish& d = p.dishes[static_cast<std::size_t>(dish)];
        out.kitchen_queue.push_back({p.id, dish, d.item, p.table, d.queued_at});
    }

    out.pass.clear();
    for (const Party& p : parties_) {
        if (p.id < 0) continue;
        for (int d = 0; d < p.size; ++d) {
            const Dish& dish = p.dishes[static_cast<std::size_t>(d)];
            if (dish.state == DishState::at_pass)
                out.pass.push_back({p.id, d, dish.item, p.table, dish.ready_at});
        }
    }

    out.tasks.clear();
    for (const Task& t : tasks_) {
        const Party& p = parties_[t.party];
        out.tasks.push_back({t.kind, p.id, p.table});
    }
}

}  // namespace bistro
