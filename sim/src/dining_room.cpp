#include "dining_room.hpp"

#include <algorithm>
#include <bit>

#include "waiters.hpp"

namespace bistro::model {

DiningRoom::DiningRoom(House& house)
    : h_(house), arrival_rng_(house.scenario.seed, Stream::arrivals) {
    const auto& tables = h_.floor.tables();
    table_party_.assign(tables.size(), -1);
    const std::size_t words = (tables.size() + 63) / 64;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const int seats = tables[t].seats;
        auto it = std::find_if(free_tables_.begin(), free_tables_.end(),
                               [&](const FreeTables& f) { return f.seats >= seats; });
        if (it == free_tables_.end() || it->seats != seats)
            it = free_tables_.insert(it, {seats, std::vector<std::uint64_t>(words, 0)});
        it->bits[t / 64] |= std::uint64_t{1} << (t % 64);
    }
}

void DiningRoom::schedule_next_arrival() {
    // A non-homogeneous Poisson process by inversion: draw E ~ Exp(1) and walk the
    // piecewise-constant rate until the integrated rate reaches E.
    const std::uint32_t generation = ++arrival_generation_;
    double remaining = arrival_rng_.standard_exponential();
    double t = h_.now();
    const auto& profile = h_.scenario.profile;
    const double base = h_.params.rate_per_hour / 3600.0;
    std::size_t next = 0;
    while (next < profile.size() && profile[next].start <= t) ++next;
    for (;;) {
        const double factor = next == 0 ? 1.0 : profile[next - 1].factor;
        const double rate = base * factor;
        const double segment_end = next < profile.size() ? profile[next].start : Calendar::never;
        if (rate > 0.0 && rate * (segment_end - t) >= remaining) {
            t += remaining / rate;
            break;
        }
        if (next >= profile.size()) return;  // rate zero for ever: nobody else comes
        if (rate > 0.0) remaining -= rate * (segment_end - t);
        t = segment_end;
        ++next;
    }
    if (t <= h_.scenario.duration) h_.schedule(t, EventKind::arrival, 0, generation);
}

void DiningRoom::schedule_opening() {
    for (int i = 0; i < h_.scenario.at_opening; ++i)
        h_.schedule(0.0, EventKind::arrival, opening_target, 0);
}

void DiningRoom::on_opening_arrival() {
    come_in(true);
}

void DiningRoom::on_arrival(std::uint32_t generation) {
    if (generation != arrival_generation_) return;  // superseded by a rate change
    come_in(false);
    schedule_next_arrival();
}

void DiningRoom::come_in(bool read_menu) {
    const std::uint32_t slot = h_.parties.take();
    Party& p = h_.parties[slot];
    p.id = next_party_id_++;
    const auto id = party_key(p);
    p.size = h_.draw(Stream::party_size, id, h_.scenario.party_size);
    std::fill_n(p.dishes.begin(), p.size, Dish{});
    p.arrived = p.since = h_.now();
    p.read_menu = read_menu;
    ++inside_;
    ++h_.stats.arrived;
    h_.stats.inside.add(h_.now(), 1);
    h_.tell(happened::PartyArrived{p.id, p.size});
    h_.account_wait(p);  // at the door until seated
    if (!try_seat(slot)) queue_at_door(slot);
}

void DiningRoom::queue_at_door(std::uint32_t slot) {
    if (door_.size() >= static_cast<std::size_t>(max_door_queue))
        return lose(slot, true);  // the queue is full: turned away at once
    Party& p = h_.parties[slot];
    door_.push_back(slot);
    h_.stats.door_queue.add(h_.now(), 1);
    p.patience_end = Calendar::never;
    if (!h_.scenario.patience) return;
    const auto id = party_key(p);
    p.patience_end =
        h_.now() + h_.params.patience_scale * h_.draw(Stream::patience, id, *h_.scenario.patience);
    h_.schedule(p.patience_end, EventKind::patience_end, slot, static_cast<std::uint32_t>(id));
}

void DiningRoom::on_patience_end(std::uint32_t slot, std::uint32_t id) {
    Party& p = h_.parties[slot];
    // Stale if the party was seated, or the slot now holds another party.
    if (static_cast<std::uint32_t>(p.id) != id || p.state != PartyState::at_door) return;
    door_.erase(std::find(door_.begin(), door_.end(), slot));
    h_.stats.door_queue.add(h_.now(), -1);
    lose(slot, false);
}

void DiningRoom::lose(std::uint32_t slot, bool turned_away) {
    Party& p = h_.parties[slot];
    ++h_.stats.lost;
    ++total_lost_;
    h_.stats.lost_wait.add(h_.now() - p.arrived);
    h_.account_wait(p);
    h_.stats.add_waits(p.waited);
    h_.tell(happened::PartyLost{p.id, h_.now() - p.arrived, turned_away});
    free_party(slot);
}

bool DiningRoom::try_seat(std::uint32_t slot) {
    // The smallest free table that fits; the lowest number among equals.
    for (FreeTables& free : free_tables_) {
        if (free.seats < h_.parties[slot].size) continue;
        for (std::size_t w = 0; w < free.bits.size(); ++w) {
            if (free.bits[w] == 0) continue;
            const int bit = std::countr_zero(free.bits[w]);
            free.bits[w] &= free.bits[w] - 1;  // clear the lowest set bit
            seat(slot, static_cast<int>(w * 64) + bit);
            return true;
        }
    }
    return false;
}

void DiningRoom::seat(std::uint32_t slot, int table) {
    Party& p = h_.parties[slot];
    p.table = table;
    table_party_[static_cast<std::size_t>(table)] = static_cast<std::int32_t>(slot);
    h_.set_state(p, PartyState::reading_menu);
    ++h_.stats.seated;
    h_.stats.wait_table.add(h_.now() - p.arrived);
    h_.tell(happened::PartySeated{p.id, p.table, h_.now() - p.arrived});
    if (p.read_menu) return call_waiter(slot);  // chose from the window while queuing
    const double reading = h_.draw(Stream::menu_reading, party_key(p), h_.scenario.menu_reading);
    if (reading > 0.0)
        h_.schedule(h_.now() + reading, EventKind::menu_read, slot);
    else
        call_waiter(slot);
}

void DiningRoom::seat_from_door(int table) {
    const int seats = h_.floor.tables()[static_cast<std::size_t>(table)].seats;
    // First come, first seated, among the parties this table fits.
    for (auto it = door_.begin(); it != door_.end(); ++it) {
        if (h_.parties[*it].size > seats) continue;
        const std::uint32_t slot = *it;
        door_.erase(it);
        h_.stats.door_queue.add(h_.now(), -1);
        try_seat(slot);  // takes this table: the only free one that fits
        return;
    }
}

void DiningRoom::release_table(int table) {
    table_party_[static_cast<std::size_t>(table)] = -1;
    const auto t = static_cast<std::size_t>(table);
    const int seats = h_.floor.tables()[t].seats;
    for (FreeTables& free : free_tables_)
        if (free.seats == seats) free.bits[t / 64] |= std::uint64_t{1} << (t % 64);
}

void DiningRoom::call_waiter(std::uint32_t slot) {
    Party& p = h_.parties[slot];
    h_.set_state(p, PartyState::waiting_to_order);
    p.called = h_.now();
    h_.tell(happened::WaiterCalled{p.id, p.table});
    h_.crew->queue_task({TaskKind::take_order, slot, {}});
}

void DiningRoom::start_meal(std::uint32_t slot, int waiter) {
    Party& p = h_.parties[slot];
    h_.stats.wait_food.add(h_.now() - p.called);
    h_.stats.order_latency.add(h_.now() - p.order_taken);
    h_.tell(happened::OrderServed{p.id, p.table, waiter, h_.now() - p.called});
    h_.set_state(p, PartyState::eating);
    const double eating = h_.draw(Stream::eating, party_key(p), h_.scenario.eating);
    if (eating > 0.0)
        h_.schedule(h_.now() + eating, EventKind::eating_done, slot);
    else
        on_eating_done(slot);
}

void DiningRoom::on_eating_done(std::uint32_t slot) {
    Party& p = h_.parties[slot];
    if (!h_.scenario.pay_at_table) {
        party_leaves(slot);
        return;
    }
    h_.set_state(p, PartyState::waiting_for_bill);
    h_.tell(happened::BillRequested{p.id, p.table});
    h_.crew->queue_task({TaskKind::bill, slot, {}});
}

void DiningRoom::party_leaves(std::uint32_t slot) {
    const Party& p = h_.parties[slot];
    ++h_.stats.served;
    ++total_served_;
    h_.stats.time_in_restaurant.add(h_.now() - p.arrived);
    h_.stats.add_waits(p.waited);
    h_.tell(happened::PartyLeft{p.id, p.table, h_.now() - p.arrived});
    const int table = p.table;
    free_party(slot);
    release_table(table);
    seat_from_door(table);
}

void DiningRoom::free_party(std::uint32_t slot) {
    h_.parties.give_back(slot);
    --inside_;
    h_.stats.inside.add(h_.now(), -1);
}

}  // namespace bistro::model
