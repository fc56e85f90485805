// Where a party's time goes while it waits: at each instant one cause
// (WaitCause), taken from the state of the party, its dishes and the waiters
// (House::account_wait, inlined in house.hpp, books it at every change).
// The time waiting for a free waiter is split by whether some waiter stood
// blocked at the pass meanwhile: had that waiter not blocked, it could have come.
#include "bistro/sim/restaurant.hpp"
#include "house.hpp"
#include "parts.hpp"

namespace bistro::model {

void House::split_wait_for_waiter(const Party& p, double t, WaitParts& parts) const {
    const double blocked = blocking.area(t) - p.blocked_mark;
    parts[static_cast<std::size_t>(WaitCause::waiters_blocked)] += blocked;
    parts[static_cast<std::size_t>(WaitCause::waiters_busy)] += t - p.cause_since - blocked;
}

WaitParts House::waited_so_far(const Party& p) const {
    WaitParts parts = p.waited;
    if (!p.waiting) return parts;
    if (p.cause == WaitCause::waiters_busy)
        split_wait_for_waiter(p, now(), parts);
    else
        parts[static_cast<std::size_t>(p.cause)] += now() - p.cause_since;
    return parts;
}

}  // namespace bistro::model

namespace bistro {

OpenWaits Restaurant::open_waits() const {
    const model::House& h = parts_->house;
    const double now = h.now();
    OpenWaits open;
    for (std::uint32_t slot = 0; slot < h.parties.size(); ++slot) {
        const model::Party& p = h.parties[slot];
        if (p.id < 0) continue;
        open.stay.add(now - p.arrived);
        const WaitParts waited = h.waited_so_far(p);
        for (std::size_t c = 0; c < waited.size(); ++c) open.parts[c] += waited[c];
        switch (p.state) {
            case PartyState::at_door:
                open.table.add(now - p.arrived);
                break;
            case PartyState::waiting_to_order:
                open.order.add(now - p.called);
                open.food.add(now - p.called);
                break;
            case PartyState::ordering:
                open.food.add(now - p.called);
                break;
            case PartyState::waiting_for_food:
                open.food.add(now - p.called);
                open.once_ordered.add(now - p.order_taken);
                break;
            default:
                break;
        }
    }
    return open;
}

}  // namespace bistro
