#include "waiters.hpp"

#include "dining_room.hpp"
#include "kitchen.hpp"
#include "waiter_programs.hpp"

namespace bistro::model {

// --- the program's words ---------------------------------------------------------

void Waiter::TakingOrder::await_resume() const {
    me.crew_->order_taken(me, party);
}

void Waiter::Serving::await_resume() const {
    me.crew_->set_food_down(me, party);
}

void Waiter::Billing::await_resume() const {
    me.crew_->bill_paid(me, party);
}

Dishes Waiter::PassWait::await_resume() const {
    return me.crew_->policy_changed_since(me) ? Dishes{} : party.at_pass;
}

Policy Waiter::house_policy() const {
    return crew_->h_.params.policy;
}

Party& Waiter::party(const Task& t) {
    return crew_->h_.parties[t.party];
}

Waiter::Activity Waiter::walk_to(const Party& p, WaiterStep s) {
    const Point table = crew_->h_.floor.tables()[static_cast<std::size_t>(p.table)].service;
    return {*this, crew_->walk(*this, table, p.table, s)};
}

Waiter::Activity Waiter::walk_to_pass(WaiterStep s) {
    return {*this, crew_->walk(*this, crew_->h_.floor.pass(), -1, s)};
}

Waiter::Activity Waiter::walk_to_pass_for(const Party& p, WaiterStep s) {
    return {*this, crew_->walk(*this, crew_->h_.floor.pass(), p.table, s)};
}

Waiter::TakingOrder Waiter::take_order(Party& p) {
    House& h = crew_->h_;
    h.set_state(p, PartyState::ordering);
    p.order_waiter = id;
    h.stats.wait_order.add(h.now() - p.called);
    const double time = h.params.order_time_scale *
                        h.draw(Stream::order_taking, party_key(p), h.scenario.order_taking);
    return {{*this, crew_->work(*this, WaiterState::taking_order, WaiterStep::taking_order, time)},
            p};
}

void Waiter::hand_in_ticket(Party& p) {
    p.holder = id;
    p.tasked = p.all_dishes();
    crew_->h_.kitchen->hand_in(p.slot);
}

Waiter::Activity Waiter::make_drinks(const Party& p) {
    const House& h = crew_->h_;
    const double time =
        h.params.own_work_scale * h.draw(Stream::own_work, party_key(p), h.scenario.own_work);
    return {*this, crew_->work(*this, WaiterState::making_drinks, WaiterStep::making_drinks, time)};
}

Waiter::PassWait Waiter::wait_at_pass(Party& p) {
    return {{*this, crew_->start_waiting(*this, p)}, p};
}

void Waiter::pick_up(Party& p, Dishes dishes) {
    House& h = crew_->h_;
    carrying = dishes;
    p.at_pass = p.at_pass - dishes;
    p.tasked = p.tasked | dishes;
    h.account_wait(p);
    for (int d = 0; d < p.size; ++d) {
        if (!dishes.has(d)) continue;
        Dish& dish = p.dishes[static_cast<std::size_t>(d)];
        dish.state = DishState::carried;
        h.stats.cold_food.add(h.now() - dish.ready_at);
        h.stats.at_pass.add(h.now(), -1);
        h.tell(happened::DishPickedUp{p.id, p.table, d, dish.item, id, h.now() - dish.ready_at});
    }
}

Waiter::Serving Waiter::serve(Party& p, Dishes dishes) {
    const House& h = crew_->h_;
    const std::uint64_t key = party_key(p) * 8 + static_cast<std::uint64_t>(dishes.lowest());
    const double time = h.draw(Stream::delivery, key, h.scenario.delivery_time);
    return {{*this, crew_->work(*this, WaiterState::delivering, WaiterStep::serving, time)}, p};
}

void Waiter::let_go(Party& p) {
    p.holder = -1;
    p.tasked = {};
    crew_->ring_bell(p.slot);  // food already at the pass is called now
}

Waiter::Billing Waiter::bill(Party& p) {
    House& h = crew_->h_;
    h.set_state(p, PartyState::paying);
    const double time = h.draw(Stream::billing, party_key(p), h.scenario.billing);
    return {{*this, crew_->work(*this, WaiterState::billing, WaiterStep::billing, time)}, p};
}

// --- the crew: running the programs ------------------------------------------------

WaiterCrew::WaiterCrew(House& house)
    : h_(house),
      walks_(house.scenario.walk_speed > 0.0 || !house.scenario.context_switch.is_zero()) {}

WaiterCrew::~WaiterCrew() {
    for (auto& w : waiters_) w->program_.reset();  // before the frame pool goes
}

void WaiterCrew::resume(Waiter& w) {
    const std::size_t paid_before = leaving_.size();
    w.resume_point_.resume();
    if (w.program_.done()) run_tasks(w);
    see_out(paid_before);
}

void WaiterCrew::see_out(std::size_t paid_before) {
    // Bills paid while the program ran: those guests leave once their waiter has
    // moved on (taken the next task, or gone idle), the last paid first.
    while (leaving_.size() > paid_before) {
        const std::uint32_t slot = leaving_.back();
        leaving_.pop_back();
        h_.room->party_leaves(slot);
    }
}

void WaiterCrew::run_tasks(Waiter& w) {
    // The waiter's loop, as a pool thread's: the next task's program, until one
    // waits for something, the queue is empty or the waiter leaves.
    do {
        if (!next_task(w)) return;
        w.program_ = task_program(w, w.task);  // runs to its first wait
    } while (w.program_.done());
}

bool WaiterCrew::next_task(Waiter& w) {
    const bool finishing = static_cast<bool>(w.task);
    w.task = {};
    w.program_.reset();
    if (w.retiring) {
        remove(w);
        return false;
    }
    if (!tasks_.empty()) {
        const Task t = tasks_.front();
        tasks_.pop_front();
        assign(w, t);
        return true;
    }
    if (finishing) set_state(w, WaiterState::idle);
    w.step = WaiterStep::waiting_for_task;
    free_.insert(static_cast<std::size_t>(w.id));
    return false;
}

void WaiterCrew::assign(Waiter& w, Task t) {
    w.task = t;
    free_.erase(static_cast<std::size_t>(w.id));
    if (t.kind == TaskKind::deliver) return;  // the food waits at the pass until picked up
    Party& p = h_.parties[t.party];
    if (t.kind == TaskKind::take_order) {
        ++h_.stats.order_tasks;
        h_.stats.order_tasks_queued += h_.now() > p.called;
    }
    p.waiter_coming = true;
    h_.account_wait(p);
}

void WaiterCrew::queue_task(Task t) {
    if (h_.scenario.task_order == TaskOrder::deliveries_first && t.kind == TaskKind::deliver) {
        // Behind the deliveries already waiting, ahead of all new work.
        auto it = tasks_.begin();
        while (it != tasks_.end() && it->kind == TaskKind::deliver) ++it;
        tasks_.insert(it, t);
    } else {
        tasks_.push_back(t);
    }
    dispatch_tasks();
}

void WaiterCrew::dispatch_tasks() {
    // FIFO tasks to idle waiters, the lowest-numbered waiter first.
    while (!tasks_.empty()) {
        const int w = free_.lowest();
        if (w < 0) return;
        const Task t = tasks_.front();
        tasks_.pop_front();
        start_task(*waiters_[static_cast<std::size_t>(w)], t);
    }
}

void WaiterCrew::start_task(Waiter& w, Task t) {
    const std::size_t paid_before = leaving_.size();
    assign(w, t);
    w.program_ = task_program(w, w.task);  // runs to its first wait
    if (w.program_.done()) run_tasks(w);
    see_out(paid_before);
}

void WaiterCrew::on_activity_done(int i) {
    Waiter& w = *waiters_[static_cast<std::size_t>(i)];
    // Where a walk ends; a waiter who is not walking is already there (no branch
    // on a state the predictor cannot guess).
    w.position = w.destination;
    if (w.then_wait_) {
        w.then_wait_ = false;
        const Party& p = h_.parties[w.task.party];
        if (!policy_changed_since(w) && !deliverable(p)) {
            set_state(w, WaiterState::blocked);  // back at the pass: woken by food_at_pass
            return;
        }
    }
    resume(w);
}

// --- activities ----------------------------------------------------------------------

bool WaiterCrew::walk_there(Waiter& w, Point destination, int table) {
    double pause = 0.0;
    // Changing tables costs a juggling waiter time: remembering where it was.
    if (table >= 0 && w.juggling_ && w.last_table >= 0 && table != w.last_table) {
        const std::uint64_t key =
            party_key(h_.parties[w.task.party]) * 8 + static_cast<std::uint64_t>(w.task.kind);
        pause = h_.draw(Stream::context_switch, key, h_.scenario.context_switch);
    }
    if (table >= 0) w.last_table = table;
    const double speed = h_.scenario.walk_speed;
    const double walking = speed > 0.0 ? h_.floor.distance(w.position, destination) / speed : 0.0;
    w.destination = destination;
    w.depart = h_.now() + pause;
    if (pause + walking <= 0.0) {
        w.position = destination;
        return true;
    }
    set_state(w, WaiterState::walking);
    w.until = h_.now() + pause + walking;
    h_.schedule(w.until, EventKind::activity_done, static_cast<std::uint32_t>(w.id));
    return false;
}

void WaiterCrew::start_work(Waiter& w, WaiterState state, double duration) {
    set_state(w, state);
    w.until = h_.now() + duration;
    h_.schedule(w.until, EventKind::activity_done, static_cast<std::uint32_t>(w.id));
}

bool WaiterCrew::start_waiting(Waiter& w, Party& p) {
    w.step = WaiterStep::waiting_at_pass;
    w.waiting_under_ = h_.params.policy;
    if (w.position != h_.floor.pass() && !walk(w, h_.floor.pass(), -1, w.step)) {
        w.then_wait_ = true;  // on_activity_done: waits there, or goes on
        return false;
    }
    if (deliverable(p)) return true;
    set_state(w, WaiterState::blocked);  // woken by food_at_pass
    return false;
}

// --- the bell ------------------------------------------------------------------------

bool WaiterCrew::deliverable(const Party& p) const {
    if (!p.at_pass) return false;
    return h_.params.delivery == Delivery::each_dish || p.cooked == p.all_dishes();
}

void WaiterCrew::food_at_pass(std::uint32_t slot) {
    const Party& p = h_.parties[slot];
    if (p.holder < 0) {
        ring_bell(slot);
        return;
    }
    Waiter& w = *waiters_[static_cast<std::size_t>(p.holder)];
    if (w.state == WaiterState::blocked && deliverable(p)) resume(w);
}

void WaiterCrew::ring_bell(std::uint32_t slot) {
    Party& p = h_.parties[slot];
    if (!deliverable(p)) return;
    const Dishes untasked = p.at_pass - p.tasked;
    if (!untasked) return;
    p.tasked = p.tasked | untasked;
    if (h_.params.delivery == Delivery::whole_order) {
        queue_task({TaskKind::deliver, slot, untasked});
        return;
    }
    for (int d = 0; d < p.size; ++d)  // one trip per dish, the first dish first
        if (untasked.has(d))
            queue_task({TaskKind::deliver, slot, {static_cast<std::uint8_t>(1u << d)}});
}

void WaiterCrew::delivery_changed() {
    for (std::uint32_t slot = 0; slot < h_.parties.size(); ++slot)
        if (h_.parties[slot].id >= 0 && h_.parties[slot].holder < 0) ring_bell(slot);
}

void WaiterCrew::policy_changed() {
    for (auto& w : waiters_)
        if (w->present && w->state == WaiterState::blocked) resume(*w);
}

// --- what happens when an activity ends ----------------------------------------------

void WaiterCrew::order_taken(Waiter& w, Party& p) {
    // One generator per party: its first guest's choice, its second's, ...
    Rng choice(h_.seed, Stream::dish_choice, party_key(p));
    for (int d = 0; d < p.size; ++d)
        p.dishes[static_cast<std::size_t>(d)].item =
            static_cast<std::int16_t>(h_.menu_choice.sample(choice));
    h_.set_state(p, PartyState::waiting_for_food);
    p.order_taken = h_.now();
    h_.tell(happened::OrderTaken{p.id, p.table, w.id});
}

void WaiterCrew::set_food_down(Waiter& w, Party& p) {
    for (int d = 0; d < p.size; ++d) {
        if (!w.carrying.has(d)) continue;
        p.dishes[static_cast<std::size_t>(d)].state = DishState::delivered;
        if (p.delivered++ == 0) h_.stats.wait_first_dish.add(h_.now() - p.called);
        h_.tell(happened::FoodDelivered{p.id, p.table, d,
                                        p.dishes[static_cast<std::size_t>(d)].item, w.id});
    }
    w.carrying = {};
    if (!p.served()) return;
    if (p.holder == w.id) p.holder = -1;
    h_.room->start_meal(p.slot, w.id);
}

void WaiterCrew::bill_paid(Waiter& w, Party& p) {
    h_.tell(happened::BillPaid{p.id, p.table, w.id});
    leaving_.push_back(p.slot);
}

// --- staff ---------------------------------------------------------------------------

void WaiterCrew::set_state(Waiter& w, WaiterState s) {
    h_.stats.waiters[static_cast<std::size_t>(w.id)].enter(h_.now(), s);
    if ((w.state == WaiterState::blocked) != (s == WaiterState::blocked))
        h_.waiter_blocked(s == WaiterState::blocked ? 1 : -1);
    w.state = s;
    w.since = w.until = h_.now();
    if (!h_.listened()) return;
    // With the order the waiter is working on, so a timeline can name it.
    const Party* p = w.task ? &h_.parties[w.task.party] : nullptr;
    h_.tell(happened::WaiterStateChanged{w.id, s, p ? p->id : -1, p ? p->table : -1});
}

void WaiterCrew::set_waiter_count(int n) {
    h_.params.waiters = n;
    set_staff_count(
        waiters_, n, [&](std::size_t i) { return waiters_[i]->state == WaiterState::idle; },
        [&](std::size_t i) { remove(*waiters_[i]); }, [&](std::size_t i) { hire(i); });
    free_.reserve(waiters_.size());
    for (const auto& w : waiters_) update_free(*w);
    dispatch_tasks();
}

void WaiterCrew::hire(std::size_t i) {
    if (i == h_.stats.waiters.size()) h_.stats.waiters.emplace_back();
    if (!waiters_[i]) waiters_[i] = std::make_unique<Waiter>();
    Waiter& w = *waiters_[i];
    w = Waiter{};
    w.id = static_cast<int>(i);
    w.crew_ = this;
    w.position = w.destination = h_.floor.pass();
    w.since = w.until = h_.now();
    WaiterAccount& account = h_.stats.waiters[i];
    account.present = true;
    account.state = WaiterState::idle;
    account.since = h_.now();
    h_.stats.waiters_present.add(h_.now(), 1);
    free_.reserve(waiters_.size());
    update_free(w);
    w.resume_point_ = std::noop_coroutine();  // no program yet: resume() starts the first task's
    resume(w);                                // (one already queued), or the waiter is idle
}

void WaiterCrew::remove(Waiter& w) {
    WaiterAccount& account = h_.stats.waiters[static_cast<std::size_t>(w.id)];
    account.enter(h_.now(), w.state);
    account.present = false;
    w.present = false;
    w.retiring = false;
    if (w.state == WaiterState::blocked) h_.waiter_blocked(-1);
    w.state = WaiterState::idle;
    update_free(w);
    h_.stats.waiters_present.add(h_.now(), -1);
}

}  // namespace bistro::model
