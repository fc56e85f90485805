// Waiters: a shared task queue (the event loop's queue), and the two policies.
//
// Every task is a short script of activities (walk, take the order, make the
// drinks, ...). The policies differ in exactly one place, `after_ticket`: what a
// waiter does once the ticket is in the kitchen and the drinks are made.
#include <algorithm>
#include <cmath>

#include "bistro/sim/restaurant.hpp"

namespace bistro {

namespace {
std::uint64_t party_key(std::int64_t id) {
    return static_cast<std::uint64_t>(id);
}
int lowest_dish(std::uint8_t mask) {
    return mask ? __builtin_ctz(mask) : 0;
}
}  // namespace

// --- the two policies -----------------------------------------------------------

void Restaurant::after_ticket(int w) {
    if (params_.policy == Policy::synchronous)
        wait_at_pass(w);  // a blocking call: stand at the pass until the kitchen answers
    else
        hand_off_to_bell(w);  // a non-blocking call: the bell will queue the delivery
}

void Restaurant::wait_at_pass(int w) {
    Party& p = parties_[waiters_[static_cast<std::size_t>(w)].task.party];
    if (deliverable(p))
        pick_up(w, p.at_pass);
    else
        set_waiter_state(w, WaiterState::blocked);  // woken by dish_ready()
}

void Restaurant::hand_off_to_bell(int w) {
    const std::uint32_t slot = waiters_[static_cast<std::size_t>(w)].task.party;
    Party& p = parties_[slot];
    p.owner = -1;
    p.tasked = 0;
    ring_bell(slot);  // dishes already waiting at the pass get their delivery now
    finish_task(w);
}

void Restaurant::after_setting_food_down(int w) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    Party& p = parties_[waiter.task.party];
    const bool owns_order = p.owner == w;
    if (!owns_order || p.delivered == p.size) {
        if (owns_order) p.owner = -1;
        finish_task(w);
    } else if (params_.policy == Policy::asynchronous) {
        hand_off_to_bell(w);  // switched to async mid-order: let go of the rest
    } else {
        walk_to(w, floor_.pass(), Step::at_pass_to_wait, -1);  // back to block for the rest
    }
}

void Restaurant::release_blocked_waiters() {
    for (std::size_t w = 0; w < waiters_.size(); ++w)
        if (waiters_[w].present && waiters_[w].state == WaiterState::blocked)
            hand_off_to_bell(static_cast<int>(w));
}

// --- the task queue ---------------------------------------------------------------

void Restaurant::queue_task(Task t) {
    if (scenario_.task_order == TaskOrder::deliveries_first && t.kind == TaskKind::deliver) {
        // Behind the deliveries already waiting, ahead of all new work.
        auto it = tasks_.begin();
        while (it != tasks_.end() && it->kind == TaskKind::deliver) ++it;
        tasks_.insert(it, t);
    } else {
        tasks_.push_back(t);
    }
    dispatch_tasks();
}

void Restaurant::dispatch_tasks() {
    // FIFO tasks to idle waiters, the lowest-numbered waiter first.
    while (!tasks_.empty()) {
        const int w = free_waiters_.lowest();
        if (w < 0) return;
        const Task t = tasks_.front();
        tasks_.pop_front();
        start_task(w, t);
    }
}

void Restaurant::start_task(int w, Task t) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    waiter.task = t;
    free_waiters_.erase(static_cast<std::size_t>(w));
    const Party& p = parties_[t.party];
    const Point table = floor_.tables()[static_cast<std::size_t>(p.table)].service;
    switch (t.kind) {
        case TaskKind::take_order:
            walk_to(w, table, Step::at_table_to_take_order, p.table);
            break;
        case TaskKind::deliver:
            walk_to(w, floor_.pass(), Step::at_pass_to_pick_up, p.table);
            break;
        case TaskKind::bill:
            walk_to(w, table, Step::at_table_to_bill, p.table);
            break;
        case TaskKind::none:
            break;
    }
}

void Restaurant::finish_task(int w) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    waiter.task = {};
    waiter.next = Step::none;
    if (waiter.retiring) {
        remove_waiter(w);
        return;
    }
    if (tasks_.empty()) {
        set_waiter_state(w, WaiterState::idle);
        free_waiters_.insert(static_cast<std::size_t>(w));
        return;
    }
    const Task t = tasks_.front();
    tasks_.pop_front();
    start_task(w, t);
}

// --- activities ---------------------------------------------------------------------

void Restaurant::walk_to(int w, Point destination, Step then, int table) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    if (scenario_.walk_speed <= 0.0 && context_switch_free_) {  // no walking: there at once
        if (table >= 0) waiter.last_table = table;
        waiter.position = waiter.destination = destination;
        proceed(w, then);
        return;
    }
    double pause = 0.0;
    // Changing tables costs an asynchronous waiter time: remembering where it was.
    if (table >= 0 && params_.policy == Policy::asynchronous && waiter.last_table >= 0 &&
        table != waiter.last_table) {
        const std::uint64_t key = party_key(parties_[waiter.task.party].id) * 8 +
                                  static_cast<std::uint64_t>(waiter.task.kind);
        pause = draw(Stream::context_switch, key, scenario_.context_switch);
    }
    if (table >= 0) waiter.last_table = table;
    const double walking =
        scenario_.walk_speed > 0.0
            ? floor_.distance(waiter.position, destination) / scenario_.walk_speed
            : 0.0;
    waiter.destination = destination;
    waiter.depart = now_ + pause;
    if (pause + walking <= 0.0) {
        waiter.position = destination;
        proceed(w, then);
        return;
    }
    waiter.next = then;
    set_waiter_state(w, WaiterState::walking);
    waiter.until = now_ + pause + walking;
    schedule_event(waiter.until, ev_waiter, static_cast<std::uint32_t>(w));
}

void Restaurant::work(int w, WaiterState state, double duration, Step then) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    if (duration <= 0.0) {
        proceed(w, then);
        return;
    }
    waiter.next = then;
    set_waiter_state(w, state);
    waiter.until = now_ + duration;
    schedule_event(waiter.until, ev_waiter, static_cast<std::uint32_t>(w));
}

void Restaurant::on_waiter_event(int w) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    // Where a walk ends; a waiter who is not walking is already there (no branch
    // on a state the predictor cannot guess).
    waiter.position = waiter.destination;
    proceed(w, waiter.next);
}

void Restaurant::proceed(int w, Step step) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    const std::uint32_t slot = waiter.task.party;
    Party& p = parties_[slot];
    const auto key = party_key(p.id);
    switch (step) {
        case Step::at_table_to_take_order:
            set_party_state(p, PartyState::ordering);
            p.order_waiter = w;
            stats_.wait_order.add(now_ - p.called);
            work(w, WaiterState::taking_order,
                 params_.order_time_scale * draw(Stream::order_taking, key, scenario_.order_taking),
                 Step::order_taken);
            break;
        case Step::order_taken: {
            choose_dishes(p);
            set_party_state(p, PartyState::waiting_for_food);
            p.order_taken = now_;
            tell(HappeningKind::order_taken, &p, w);
            walk_to(w, floor_.pass(), Step::at_pass_with_ticket, -1);
            break;
        }
        case Step::at_pass_with_ticket:
            p.owner = w;  // until the policy decides, the order is this waiter's
            p.tasked = p.all_dishes();
            hand_in_ticket(slot);
            work(w, WaiterState::making_drinks,
                 params_.own_work_scale * draw(Stream::own_work, key, scenario_.own_work),
                 Step::drinks_made);
            break;
        case Step::drinks_made:
            after_ticket(w);
            break;
        case Step::at_pass_to_wait:
            wait_at_pass(w);
            break;
        case Step::at_pass_to_pick_up:
            pick_up(w, waiter.task.dishes);
            break;
        case Step::at_table_with_food:
            work(w, WaiterState::delivering,
                 draw(Stream::delivery,
                      key * 8 + static_cast<std::uint64_t>(lowest_dish(waiter.carrying)),
                      scenario_.delivery_time),
                 Step::food_set_down);
            break;
        case Step::food_set_down:
            set_food_down(w);
            after_setting_food_down(w);
            break;
        case Step::at_table_to_bill:
            set_party_state(p, PartyState::paying);
            work(w, WaiterState::billing, draw(Stream::billing, key, scenario_.billing),
                 Step::bill_paid);
            break;
        case Step::bill_paid:
            tell(HappeningKind::bill_paid, &p, w);
            finish_task(w);  // first free the waiter, then the table: order matters for ties
            party_leaves(slot);
            break;
        case Step::none:
            break;
    }
}

void Restaurant::choose_dishes(Party& p) {
    // One generator per party: its first guest's choice, its second's, ...
    Rng choice(seed_, Stream::dish_choice, party_key(p.id));
    for (int d = 0; d < p.size; ++d)
        p.dishes[static_cast<std::size_t>(d)].item =
            static_cast<std::int16_t>(menu_choice_.sample(choice));
}

void Restaurant::pick_up(int w, std::uint8_t dishes) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    Party& p = parties_[waiter.task.party];
    waiter.carrying = dishes;
    p.at_pass = static_cast<std::uint8_t>(p.at_pass & ~dishes);
    p.tasked = static_cast<std::uint8_t>(p.tasked | dishes);
    for (int d = 0; d < p.size; ++d) {
        if (!(dishes & (1u << d))) continue;
        Dish& dish = p.dishes[static_cast<std::size_t>(d)];
        dish.state = DishState::carried;
        stats_.cold_food.add(now_ - dish.ready_at);
        stats_.at_pass.add(now_, -1);
        tell(HappeningKind::dish_picked_up, &p, w, -1, d, now_ - dish.ready_at);
    }
    const Point table = floor_.tables()[static_cast<std::size_t>(p.table)].service;
    walk_to(w, table, Step::at_table_with_food, p.table);
}

void Restaurant::set_food_down(int w) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    const std::uint32_t slot = waiter.task.party;
    Party& p = parties_[slot];
    for (int d = 0; d < p.size; ++d) {
        if (!(waiter.carrying & (1u << d))) continue;
        p.dishes[static_cast<std::size_t>(d)].state = DishState::delivered;
        if (p.delivered++ == 0) stats_.wait_first_dish.add(now_ - p.called);
        tell(HappeningKind::food_delivered, &p, w, -1, d);
    }
    waiter.carrying = 0;
    if (p.delivered < p.size) return;
    stats_.wait_food.add(now_ - p.called);
    tell(HappeningKind::order_served, &p, w, -1, -1, now_ - p.called);
    set_party_state(p, PartyState::eating);
    const double eating = draw(Stream::eating, party_key(p.id), scenario_.eating);
    if (eating > 0.0)
        schedule_event(now_ + eating, ev_eating_done, slot);
    else
        on_eating_done(slot);
}

// --- staff --------------------------------------------------------------------------

void Restaurant::set_waiter_state(int w, WaiterState s) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    stats_.waiters[static_cast<std::size_t>(w)].enter(now_, s);
    waiter.state = s;
    waiter.since = waiter.until = now_;
    // With the order the waiter is working on, so a timeline can name it.
    const Party* p = waiter.task.kind != TaskKind::none ? &parties_[waiter.task.party] : nullptr;
    tell(HappeningKind::waiter_state_changed, p, w, -1, -1, static_cast<double>(s));
}

void Restaurant::set_waiter_count(int n) {
    params_.waiters = n;
    int active = 0;
    for (const auto& w : waiters_) active += w.present && !w.retiring;
    // Fewer: the highest-numbered leave, idle ones at once, busy ones after their task.
    for (std::size_t i = waiters_.size(); i-- > 0 && active > n;) {
        Waiter& w = waiters_[i];
        if (!w.present || w.retiring) continue;
        --active;
        if (w.state == WaiterState::idle)
            remove_waiter(static_cast<int>(i));
        else
            w.retiring = true;
    }
    // More: call back those about to leave, then fill empty places, then hire.
    for (auto& w : waiters_) {
        if (active >= n) break;
        if (w.present && w.retiring) {
            w.retiring = false;
            ++active;
        }
    }
    for (std::size_t i = 0; active < n; ++i) {
        if (i == waiters_.size()) {
            waiters_.emplace_back();
            stats_.waiters.emplace_back();
        } else if (waiters_[i].present) {
            continue;
        }
        waiters_[i] = Waiter{};
        waiters_[i].position = waiters_[i].destination = floor_.pass();
        waiters_[i].since = waiters_[i].until = now_;
        WaiterAccount& account = stats_.waiters[i];
        account.present = true;
        account.state = WaiterState::idle;
        account.since = now_;
        stats_.waiters_present.add(now_, 1);
        ++active;
    }
    free_waiters_.reserve(waiters_.size());
    for (std::size_t w = 0; w < waiters_.size(); ++w) update_free_waiter(static_cast<int>(w));
    dispatch_tasks();
}

void Restaurant::remove_waiter(int w) {
    Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
    WaiterAccount& account = stats_.waiters[static_cast<std::size_t>(w)];
    account.enter(now_, waiter.state);
    account.present = false;
    waiter.present = false;
    waiter.retiring = false;
    waiter.state = WaiterState::idle;
    update_free_waiter(w);
    stats_.waiters_present.add(now_, -1);
}

}  // namespace bistro
