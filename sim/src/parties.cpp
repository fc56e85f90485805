// Guests: arrivals, the door queue, seating, the meal and leaving.
#include <algorithm>
#include <bit>
#include <cmath>

#include "bistro/sim/restaurant.hpp"

namespace bistro {

void Restaurant::schedule_next_arrival() {
    // A non-homogeneous Poisson process by inversion: draw E ~ Exp(1) and walk the
    // piecewise-constant rate until the integrated rate reaches E.
    const std::uint32_t generation = ++arrival_generation_;
    double remaining = arrival_rng_.standard_exponential();
    double t = now_;
    const auto& profile = scenario_.profile;
    const double base = params_.rate_per_hour / 3600.0;
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
    if (t <= scenario_.duration) schedule_event(t, ev_arrival, 0, generation);
}

std::uint32_t Restaurant::new_party() {
    if (free_parties_.empty()) {
        parties_.emplace_back();
        return static_cast<std::uint32_t>(parties_.size() - 1);
    }
    const std::uint32_t slot = free_parties_.back();
    free_parties_.pop_back();
    static_cast<PartyFacts&>(parties_[slot]) = PartyFacts{};  // the dishes: once sized
    return slot;
}

void Restaurant::free_party(std::uint32_t slot) {
    parties_[slot].id = -1;
    free_parties_.push_back(slot);
    --inside_;
    stats_.inside.add(now_, -1);
}

void Restaurant::set_party_state(Party& p, PartyState s) {
    p.state = s;
    p.since = now_;
}

void Restaurant::on_arrival(std::uint32_t generation) {
    if (generation != arrival_generation_) return;  // superseded by a rate change
    const std::uint32_t slot = new_party();
    Party& p = parties_[slot];
    p.id = next_party_id_++;
    const auto id = static_cast<std::uint64_t>(p.id);
    p.size = draw(Stream::party_size, id, scenario_.party_size);
    std::fill_n(p.dishes.begin(), p.size, Dish{});
    p.arrived = p.since = now_;
    ++inside_;
    ++stats_.arrived;
    stats_.inside.add(now_, 1);
    tell(HappeningKind::party_arrived, &p, -1, -1, -1, p.size);
    if (!try_seat(slot)) {
        door_.push_back(slot);
        stats_.door_queue.add(now_, 1);
        p.patience_end = Calendar::never;
        if (scenario_.patience) {
            p.patience_end =
                now_ + params_.patience_scale * draw(Stream::patience, id, *scenario_.patience);
            schedule_event(p.patience_end, ev_patience, slot, static_cast<std::uint32_t>(id));
        }
    }
    schedule_next_arrival();
}

void Restaurant::on_patience(std::uint32_t slot, std::uint32_t id) {
    Party& p = parties_[slot];
    // Stale if the party was seated, or the slot now holds another party.
    if (static_cast<std::uint32_t>(p.id) != id || p.state != PartyState::at_door) return;
    door_.erase(std::find(door_.begin(), door_.end(), slot));
    stats_.door_queue.add(now_, -1);
    ++stats_.lost;
    ++total_lost_;
    stats_.lost_wait.add(now_ - p.arrived);
    tell(HappeningKind::party_lost, &p, -1, -1, -1, now_ - p.arrived);
    free_party(slot);
}

bool Restaurant::try_seat(std::uint32_t slot) {
    // The smallest free table that fits; the lowest number among equals.
    for (FreeTables& free : free_tables_) {
        if (free.seats < parties_[slot].size) continue;
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

void Restaurant::release_table(int table) {
    table_party_[static_cast<std::size_t>(table)] = -1;
    const int seats = floor_.tables()[static_cast<std::size_t>(table)].seats;
    const auto t = static_cast<std::size_t>(table);
    for (FreeTables& free : free_tables_)
        if (free.seats == seats) free.bits[t / 64] |= std::uint64_t{1} << (t % 64);
}

void Restaurant::seat(std::uint32_t slot, int table) {
    Party& p = parties_[slot];
    p.table = table;
    table_party_[static_cast<std::size_t>(table)] = static_cast<std::int32_t>(slot);
    set_party_state(p, PartyState::reading_menu);
    ++stats_.seated;
    stats_.wait_table.add(now_ - p.arrived);
    tell(HappeningKind::party_seated, &p, -1, -1, -1, now_ - p.arrived);
    const double reading =
        draw(Stream::menu_reading, static_cast<std::uint64_t>(p.id), scenario_.menu_reading);
    if (reading > 0.0)
        schedule_event(now_ + reading, ev_menu_read, slot);
    else
        call_waiter(slot);
}

void Restaurant::seat_from_door(int table) {
    const int seats = floor_.tables()[static_cast<std::size_t>(table)].seats;
    // First come, first seated, among the parties this table fits.
    for (auto it = door_.begin(); it != door_.end(); ++it) {
        if (parties_[*it].size > seats) continue;
        const std::uint32_t slot = *it;
        door_.erase(it);
        stats_.door_queue.add(now_, -1);
        try_seat(slot);  // takes this table: the only free one that fits
        return;
    }
}

void Restaurant::call_waiter(std::uint32_t slot) {
    Party& p = parties_[slot];
    set_party_state(p, PartyState::waiting_to_order);
    p.called = now_;
    tell(HappeningKind::waiter_called, &p);
    queue_task({TaskKind::take_order, slot, 0});
}

void Restaurant::on_eating_done(std::uint32_t slot) {
    Party& p = parties_[slot];
    if (!scenario_.pay_at_table) {
        party_leaves(slot);
        return;
    }
    set_party_state(p, PartyState::waiting_for_bill);
    tell(HappeningKind::bill_requested, &p);
    queue_task({TaskKind::bill, slot, 0});
}

void Restaurant::party_leaves(std::uint32_t slot) {
    Party& p = parties_[slot];
    ++stats_.served;
    ++total_served_;
    stats_.time_in_restaurant.add(now_ - p.arrived);
    tell(HappeningKind::party_left, &p, -1, -1, -1, now_ - p.arrived);
    const int table = p.table;
    free_party(slot);
    release_table(table);
    seat_from_door(table);
}

}  // namespace bistro
