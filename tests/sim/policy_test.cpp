// What each policy does, checked against the event trace.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "bistro/sim/replications.hpp"
#include "bistro/sim/restaurant.hpp"
#include "bistro/sim/trace.hpp"
#include "scenarios.hpp"

namespace bistro {

namespace {
std::vector<Happening> trace(const Scenario& s, double until = -1) {
    Restaurant r(s);
    Recorder rec;
    r.add_listener(&rec);
    r.run_until(until < 0 ? r.end_time() : until);
    return rec.happenings;
}

}  // namespace

TEST(SyncWaiter, NeverHasTwoOrdersOpen) {
    const auto happenings = trace(testing::lunch_rush(Policy::synchronous));
    std::map<std::int64_t, int> size, delivered;
    std::map<int, std::int64_t> open;  // waiter -> order being served
    int orders = 0;
    for (const Happening& h : happenings) {
        if (const auto* a = h.as<happened::PartyArrived>()) size[a->party] = a->size;
        if (const auto* o = h.as<happened::OrderTaken>()) {
            ASSERT_EQ(open.count(o->waiter), 0u)
                << "waiter " << o->waiter << " took order " << o->party << " with order "
                << open[o->waiter] << " open";
            open[o->waiter] = o->party;
            ++orders;
        }
        if (const auto* f = h.as<happened::FoodDelivered>()) {
            ASSERT_EQ(open.at(f->waiter), f->party) << "a sync waiter delivers its own order";
            if (++delivered[f->party] == size[f->party]) open.erase(f->waiter);
        }
    }
    EXPECT_GT(orders, 30);
}

TEST(SyncWaiter, StaysBlockedUntilTheOrderIsCooked) {
    const auto happenings = trace(testing::lunch_rush(Policy::synchronous));
    std::map<int, std::int64_t> order_of;   // waiter -> its open order
    std::map<std::int64_t, int> remaining;  // order -> dishes not yet ready
    std::map<int, bool> blocked;
    int unblocks = 0;
    for (const Happening& h : happenings) {
        if (const auto* o = h.as<happened::OrderTaken>()) order_of[o->waiter] = o->party;
        if (const auto* t = h.as<happened::TicketHandedIn>()) remaining[t->party] = t->dishes;
        if (const auto* d = h.as<happened::DishReady>()) --remaining[d->party];
        const auto* change = h.as<happened::WaiterStateChanged>();
        if (!change) continue;
        if (blocked[change->waiter]) {
            // Whole-order delivery: it leaves the pass exactly when its last dish is ready.
            EXPECT_EQ(remaining[order_of[change->waiter]], 0)
                << "left the pass before the food was ready";
            ++unblocks;
        }
        blocked[change->waiter] = change->state == WaiterState::blocked;
    }
    EXPECT_GT(unblocks, 20);
}

TEST(AsyncWaiter, IsNeverBlocked) {
    Restaurant r(testing::lunch_rush(Policy::asynchronous));
    Recorder rec;
    r.add_listener(&rec);
    r.run_until(r.end_time());
    for (const Happening& h : rec.happenings) {
        if (const auto* change = h.as<happened::WaiterStateChanged>()) {
            ASSERT_NE(change->state, WaiterState::blocked);
        }
    }
    EXPECT_EQ(r.statistics().waiter_share(WaiterState::blocked, r.now()), 0.0);
    EXPECT_GT(r.statistics().served, 30u);
}

TEST(AsyncWaiter, AnyWaiterMayDeliverAnOrder) {
    std::map<std::int64_t, int> taker;
    int by_another = 0, deliveries = 0;
    for (const Happening& h : trace(testing::lunch_rush(Policy::asynchronous))) {
        if (const auto* o = h.as<happened::OrderTaken>()) taker[o->party] = o->waiter;
        if (const auto* f = h.as<happened::FoodDelivered>()) {
            ++deliveries;
            by_another += taker[f->party] != f->waiter;
        }
    }
    // Sync: always the taker. Async, three waiters: whoever is free first; the taker
    // has moved on, so most deliveries fall to another (about two in three, 0.69 here).
    ASSERT_GT(deliveries, 100);
    EXPECT_GT(by_another, deliveries / 2) << by_another << " of " << deliveries;
}

TEST(Policies, SlowKitchenAsyncCutsTheWaitForFood) {
    Scenario s = testing::lunch_rush();
    s.waiters = 2;
    s.rate_per_hour = 24;
    for (auto& m : s.menu) m.prep = m.prep.scaled(1.5);
    Scenario a = s;
    a.policy = Policy::asynchronous;
    const auto sync = run_replications(s, 10, 2), async = run_replications(a, 10, 2);
    // The wait for food (ready to order -> whole order on the table): blocked waiters
    // leave guests waiting to order, and that wait is part of it.
    EXPECT_LT(async.estimate("wait_food.mean").high(), sync.estimate("wait_food.mean").low());
    EXPECT_GT(sync.estimate("waiter_share.blocked").mean, 0.3);
}

namespace {
Scenario cocktail_bar(TaskOrder order) {
    // Every order is mostly the waiter's own work; the kitchen is instant.
    Scenario s = testing::reduced(Policy::synchronous);
    s.task_order = order;
    s.menu = {{"Olives", 1.0, Distribution::fixed(0)}};
    s.own_work = Distribution::exponential(240);
    s.order_taking = Distribution::exponential(60);
    s.delivery_time = Distribution::exponential(20);
    s.rate_per_hour = 20;
    s.duration = 100 * 3600.0;
    s.warmup = 3600;
    return s;
}
}  // namespace

TEST(Policies, WithCpuHeavyWaiterWorkAndAnInstantKitchenTheyPerformAlike) {
    // Sync never blocks; async has nothing to overlap. Same customers (common random
    // numbers); ready food served before new work, as an event loop runs microtasks first.
    Scenario s = cocktail_bar(TaskOrder::deliveries_first);
    Scenario a = s;
    a.policy = Policy::asynchronous;
    const auto sync = run_replications(s, 20, 2), async = run_replications(a, 20, 2);
    for (const char* metric : {"throughput", "waiter_utilisation", "time_in_restaurant.mean"}) {
        std::vector<double> diff;
        for (std::size_t i = 0; i < sync.of(metric).size(); ++i)
            diff.push_back(async.of(metric)[i] - sync.of(metric)[i]);
        const Estimate d = estimate(diff, 0.99);
        // Paired by common random numbers: the whole 99 % interval of the difference
        // lies within 2 % of the synchronous value (a large noisy difference fails).
        EXPECT_LT(std::abs(d.mean) + d.half_width, 0.02 * sync.estimate(metric).mean)
            << metric << ": async - sync = " << d.mean << " ± " << d.half_width;
    }
    EXPECT_EQ(sync.estimate("waiter_share.blocked").mean, 0.0);
}

TEST(Policies, WithCpuHeavyWorkAsyncNeverHelpsEvenWithFifoTasks) {
    // With a plain FIFO queue, async even loses: each delivery queues behind new orders.
    Scenario s = cocktail_bar(TaskOrder::fifo);
    Scenario a = s;
    a.policy = Policy::asynchronous;
    const auto sync = run_replications(s, 20, 2), async = run_replications(a, 20, 2);
    std::vector<double> diff;
    for (std::size_t i = 0; i < 20; ++i)
        diff.push_back(async.of("time_in_restaurant.mean")[i] -
                       sync.of("time_in_restaurant.mean")[i]);
    EXPECT_GT(estimate(diff, 0.99).low(), 0.0);
    const Estimate throughput = sync.estimate("throughput");
    EXPECT_NEAR(async.estimate("throughput").mean, throughput.mean, 0.02 * throughput.mean);
}

namespace {
// Per order: time from order taken to the whole order on the table; and which burnt.
struct OrderTimes {
    std::map<std::int64_t, double> wait_food, wait_order;
    std::set<std::int64_t> burnt;
};
OrderTimes order_times(const Scenario& s) {
    OrderTimes out;
    std::map<std::int64_t, double> taken, called, last;
    for (const Happening& h : trace(s)) {
        if (const auto* c = h.as<happened::WaiterCalled>()) called[c->party] = h.time;
        if (const auto* o = h.as<happened::OrderTaken>()) {
            taken[o->party] = h.time;
            out.wait_order[o->party] = h.time - called[o->party];
        }
        if (const auto* f = h.as<happened::FoodDelivered>())
            out.wait_food[f->party] = h.time - taken[f->party];
        if (const auto* b = h.as<happened::DishBurnt>()) out.burnt.insert(b->party);
    }
    return out;
}
}  // namespace

TEST(Policies, UnderAsyncABurntDishStallsOnlyItsOwnOrder) {
    Scenario s = testing::reduced(Policy::asynchronous);
    s.waiters = 12;
    s.cooks = 30;  // nobody queues: any delay must come from the burn itself
    s.rate_per_hour = 20;
    s.duration = 20 * 3600.0;
    Scenario clean = s, burning = s;
    clean.burn_probability = 0;
    burning.burn_probability = 0.3;
    const OrderTimes a = order_times(clean), b = order_times(burning);
    ASSERT_GT(b.burnt.size(), 20u);
    int compared = 0;
    for (const auto& [party, wait] : a.wait_food) {
        if (!b.wait_food.count(party)) continue;
        if (b.burnt.count(party)) {
            EXPECT_GT(b.wait_food.at(party), wait);  // its own order waits for the re-cook
        } else {
            EXPECT_DOUBLE_EQ(b.wait_food.at(party), wait) << "order " << party << " was stalled";
            ++compared;
        }
    }
    EXPECT_GT(compared, 100);
}

TEST(Policies, UnderSyncABurntDishStallsTheOrdersBehindIt) {
    Scenario s = testing::reduced(Policy::synchronous);
    s.waiters = 1;
    s.cooks = 30;
    s.rate_per_hour = 5;
    s.duration = 40 * 3600.0;
    Scenario clean = s, burning = s;
    clean.burn_probability = 0;
    burning.burn_probability = 0.3;
    const OrderTimes a = order_times(clean), b = order_times(burning);
    // Orders that never burnt still waited longer for their waiter: he was stuck at the
    // pass over another order's re-cook. Paired by order (common random numbers), the
    // unburnt orders' extra wait to order is positive with 99 % confidence; and none
    // waited less (a burn elsewhere can only delay the one waiter).
    std::vector<double> extra;
    for (const auto& [party, wait] : a.wait_order)
        if (b.wait_order.count(party) && !b.burnt.count(party)) {
            extra.push_back(b.wait_order.at(party) - wait);
            EXPECT_GE(extra.back(), -1e-9) << "order " << party;
        }
    ASSERT_GT(extra.size(), 100u);
    const Estimate e = estimate(extra, 0.99);
    EXPECT_GT(e.low(), 0.0) << e.mean << " ± " << e.half_width;
}

TEST(Policies, SwitchingToAsyncReleasesBlockedWaitersAtOnce) {
    Scenario s = testing::lunch_rush(Policy::synchronous);
    s.waiters = 2;
    Restaurant r(s);
    Snapshot snap;
    do {
        r.step();
        r.snapshot(snap);
    } while (std::none_of(snap.waiters.begin(), snap.waiters.end(),
                          [](const WaiterView& w) { return w.state == WaiterState::blocked; }));
    r.set(Parameter::policy, Policy::asynchronous);
    r.snapshot(snap);
    for (const WaiterView& w : snap.waiters) {
        EXPECT_NE(w.state, WaiterState::blocked);
    }
    r.run_until(r.end_time());
    EXPECT_EQ(r.policy(), Policy::asynchronous);
    EXPECT_GT(r.statistics().served, 30u);
}

TEST(Policies, SwitchingBackToSyncBlocksAgain) {
    Scenario s = testing::lunch_rush(Policy::asynchronous);
    Restaurant r(s);
    r.run_until(3600);
    EXPECT_EQ(r.statistics().waiter_share(WaiterState::blocked, r.now()), 0.0);
    r.set(Parameter::policy, Policy::synchronous);
    r.run_until(r.end_time());
    EXPECT_GT(r.statistics().waiter_share(WaiterState::blocked, r.now()), 0.05);
}

TEST(Delivery, EachDishBringsTheFirstDishSooner) {
    Scenario whole = testing::lunch_rush(Policy::asynchronous);
    whole.duration = 30 * 3600.0;
    Scenario each = whole;
    each.delivery = Delivery::each_dish;
    Restaurant a(whole), b(each);
    a.run_until(a.end_time());
    b.run_until(b.end_time());
    // Whole order: the first dish arrives with the rest.
    EXPECT_DOUBLE_EQ(a.statistics().wait_first_dish.mean(), a.statistics().wait_food.mean());
    // About 0.8 of it on average (20 replications: 14.6 vs 18.3 min); 0.9 leaves room for one run.
    EXPECT_LT(b.statistics().wait_first_dish.mean(), 0.9 * a.statistics().wait_first_dish.mean());
    // And food waits at the pass for less time.
    EXPECT_LT(b.statistics().cold_food.mean(), a.statistics().cold_food.mean());
}

}  // namespace bistro

namespace bistro {

namespace {
// What a waiter suspended at each step of its program can be doing.
bool state_fits_step(WaiterStep step, WaiterState state) {
    switch (step) {
        case WaiterStep::waiting_for_task:
            return state == WaiterState::idle;
        case WaiterStep::taking_order:
            return state == WaiterState::taking_order;
        case WaiterStep::making_drinks:
            return state == WaiterState::making_drinks;
        case WaiterStep::waiting_at_pass:  // blocked, or walking back to the pass to wait
            return state == WaiterState::blocked || state == WaiterState::walking;
        case WaiterStep::serving:
            return state == WaiterState::delivering;
        case WaiterStep::billing:
            return state == WaiterState::billing;
        default:  // the walks
            return state == WaiterState::walking;
    }
}
}  // namespace

TEST(WaiterProgram, EveryWaitersStepAgreesWithItsStateAfterEveryEvent) {
    for (Policy policy : {Policy::synchronous, Policy::asynchronous})
        for (Delivery delivery : {Delivery::whole_order, Delivery::each_dish})
            for (std::uint64_t seed : {1, 2, 3}) {
                Scenario s = testing::lunch_rush(policy);
                s.delivery = delivery;
                s.seed = seed;
                s.duration = 2 * 3600.0;
                Restaurant r(s);
                Snapshot snap;
                std::set<WaiterStep> seen;
                while (r.step()) {
                    r.snapshot(snap);
                    for (const WaiterView& w : snap.waiters) {
                        ASSERT_TRUE(state_fits_step(w.step, w.state))
                            << to_string(w.step) << " while " << to_string(w.state) << " at "
                            << r.now() << " (seed " << seed << ")";
                        ASSERT_EQ(w.ticket, w.step == WaiterStep::carrying_ticket);
                        seen.insert(w.step);
                    }
                }
                // Every line of the program that waits is reached (blocking only under sync;
                // a delivery task only under async).
                const bool sync = policy == Policy::synchronous;
                EXPECT_EQ(seen.count(WaiterStep::waiting_at_pass), sync ? 1u : 0u);
                EXPECT_EQ(seen.count(WaiterStep::fetching_food), sync ? 0u : 1u);
                EXPECT_EQ(seen.size(), static_cast<std::size_t>(waiter_step_count) - 1);
            }
}

TEST(Policies, SwitchingToSyncLetsTheOrderInHandGoOnAsynchronously) {
    // The waiter who is taking an order when the house turns synchronous finishes that
    // task the asynchronous way (lets the bell deliver it); its next order blocks.
    Scenario s = testing::lunch_rush(Policy::asynchronous);
    Restaurant r(s);
    Recorder rec;
    r.add_listener(&rec);
    Snapshot snap;
    auto taking = [&]() -> const WaiterView* {
        for (const WaiterView& w : snap.waiters)
            if (w.step == WaiterStep::taking_order) return &w;
        return nullptr;
    };
    do {
        r.step();
        r.snapshot(snap);
    } while (!taking());
    const int waiter = taking()->id;
    const std::int64_t party = taking()->party;
    r.set(Parameter::policy, Policy::synchronous);
    r.run_until(r.end_time());
    bool blocked_on_it = false, blocked_later = false, delivered_by_bell = false;
    for (const Happening& h : rec.happenings) {
        const auto* change = h.as<happened::WaiterStateChanged>();
        if (change && change->waiter == waiter && change->state == WaiterState::blocked)
            (change->party == party ? blocked_on_it : blocked_later) = true;
        const auto* picked = h.as<happened::DishPickedUp>();
        delivered_by_bell |= picked && picked->party == party;
    }
    EXPECT_FALSE(blocked_on_it);
    EXPECT_TRUE(blocked_later);
    EXPECT_TRUE(delivered_by_bell);
}

TEST(Policies, ASyncWaiterWalkingBackToThePassLetsGoWhenTheHouseTurnsAsync) {
    // Each dish: a synchronous waiter serves what is ready and walks back for the rest.
    Scenario s = testing::lunch_rush(Policy::synchronous);
    s.delivery = Delivery::each_dish;
    Restaurant r(s);
    Snapshot snap;
    auto walking_back = [&]() -> const WaiterView* {
        for (const WaiterView& w : snap.waiters)
            if (w.step == WaiterStep::waiting_at_pass && w.state == WaiterState::walking) return &w;
        return nullptr;
    };
    do {
        ASSERT_TRUE(r.step());
        r.snapshot(snap);
    } while (!walking_back());
    const int waiter = walking_back()->id;
    r.set(Parameter::policy, Policy::asynchronous);
    // Once there it does not block: the rest of the order goes to the bell.
    while (r.step()) {
        r.snapshot(snap);
        const auto it = std::find_if(snap.waiters.begin(), snap.waiters.end(),
                                     [&](const WaiterView& w) { return w.id == waiter; });
        ASSERT_NE(it, snap.waiters.end());
        ASSERT_NE(it->state, WaiterState::blocked) << "at " << r.now();
        if (it->step != WaiterStep::waiting_at_pass) break;
    }
}

}  // namespace bistro
