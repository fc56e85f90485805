// Where a party's time goes while it waits: at each instant one cause
// (WaitCause), taken from the state of the party, its dishes and the waiters.
// The time waiting for a free waiter is split by whether some waiter stood
// blocked at the pass meanwhile: had that waiter not blocked, it could have come.
#include <optional>

#include "bistro/sim/restaurant.hpp"
#include "house.hpp"
#include "parts.hpp"

namespace bistro::model {

namespace {
WaitCause food_cause(const Party& p) {
    if (p.dishes[0].state == DishState::unordered) return WaitCause::waiter_at_work;  // the ticket
    const Dishes uncooked = p.all_dishes() - p.cooked;
    if (uncooked) {
        for (int d = 0; d < p.size; ++d)
            if (uncooked.has(d) && p.dishes[static_cast<std::size_t>(d)].attempt > 0)
                return WaitCause::burnt;
        return WaitCause::kitchen;
    }
    if (p.at_pass) return WaitCause::at_pass;
    return WaitCause::waiter_at_work;  // the plates are on their way
}

std::optional<WaitCause> cause_of(const Party& p) {
    switch (p.state) {
        case PartyState::at_door:
            return WaitCause::table;
        case PartyState::waiting_to_order:
        case PartyState::waiting_for_bill:
            return p.waiter_coming ? WaitCause::waiter_at_work : WaitCause::waiters_busy;
        case PartyState::waiting_for_food:
            return food_cause(p);
        default:
            return std::nullopt;  // reading, ordering, eating, paying: not waiting
    }
}

/// Adds the wait from `p.cause_since` to `now` to `parts`, by the party's cause.
void book(const Party& p, double now, double blocked_by_now, WaitParts& parts) {
    if (!p.waiting) return;
    const double span = now - p.cause_since;
    if (p.cause != WaitCause::waiters_busy) {
        parts[static_cast<std::size_t>(p.cause)] += span;
        return;
    }
    const double blocked = blocked_by_now - p.blocked_mark;
    parts[static_cast<std::size_t>(WaitCause::waiters_blocked)] += blocked;
    parts[static_cast<std::size_t>(WaitCause::waiters_busy)] += span - blocked;
}
}  // namespace

void House::account_wait(Party& p) {
    const double t = now();
    const double blocked = blocking.area(t);
    book(p, t, blocked, p.waited);
    const std::optional<WaitCause> cause = cause_of(p);
    p.waiting = cause.has_value();
    if (cause) p.cause = *cause;
    p.cause_since = t;
    p.blocked_mark = blocked;
}

WaitParts House::waited_so_far(const Party& p) const {
    WaitParts parts = p.waited;
    book(p, now(), blocking.area(now()), parts);
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
