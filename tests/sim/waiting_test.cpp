// Where each party's waiting goes (WaitCause), checked against the floor event
// by event: the parts add up to the whole wait, every instant goes to the cause
// the floor shows, and the means that count the parties still waiting agree
// with a count made by hand from the trace.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <string>

#include "bistro/sim/restaurant.hpp"
#include "bistro/sim/trace.hpp"
#include "scenarios.hpp"

namespace bistro {

namespace {
struct Case {
    std::string name;
    Scenario scenario;
};

/// The lunch rush with burnt dishes, and a slow kitchen (the blocked waiters'
/// worst case), each under both policies and both delivery modes.
std::vector<Case> cases(std::uint64_t seed) {
    std::vector<Case> out;
    for (Policy policy : {Policy::synchronous, Policy::asynchronous})
        for (Delivery delivery : {Delivery::whole_order, Delivery::each_dish}) {
            Scenario lunch = testing::lunch_rush(policy);
            lunch.delivery = delivery;
            lunch.burn_probability = 0.15;
            lunch.duration = 2 * 3600.0;
            lunch.seed = seed;
            Scenario slow = lunch;
            slow.name = "slow";
            slow.waiters = 2;
            slow.cooks = 8;
            slow.rate_per_hour = 14;
            slow.menu = {{"Braised beef", 1.0, Distribution::lognormal(20 * 60, 4 * 60)}};
            const std::string tag = std::string(to_string(policy)) + "/" + to_string(delivery) +
                                    "/seed " + std::to_string(seed);
            out.push_back({"lunch " + tag, lunch});
            out.push_back({"slow " + tag, slow});
        }
    return out;
}

bool waits(PartyState s) {
    return s == PartyState::at_door || s == PartyState::waiting_to_order ||
           s == PartyState::waiting_for_food || s == PartyState::waiting_for_bill;
}

double sum(const WaitParts& parts) {
    return std::accumulate(parts.begin(), parts.end(), 0.0);
}

/// A party as the floor shows it at one instant.
struct Seen {
    PartyState state = PartyState::at_door;
    bool waiting = true;
    WaitCause cause = WaitCause::table;
    WaitParts waited{};
};

std::map<std::int64_t, Seen> parties_on(const Snapshot& s) {
    std::map<std::int64_t, Seen> out;
    for (const DoorView& d : s.door)
        out[d.party] = {PartyState::at_door, true, WaitCause::table, d.waited};
    for (const TableView& t : s.tables)
        if (t.party >= 0) out[t.party] = {t.state, t.waiting, t.cause, t.waited};
    return out;
}

bool any_blocked(const Snapshot& s) {
    return std::any_of(s.waiters.begin(), s.waiters.end(),
                       [](const WaiterView& w) { return w.state == WaiterState::blocked; });
}

/// Whether the floor agrees with the cause the model gives a waiting party.
::testing::AssertionResult floor_shows(const Snapshot& s, std::int64_t party, WaitCause cause) {
    const auto mine = [party](const auto& xs) {
        return std::count_if(xs.begin(), xs.end(),
                             [party](const auto& x) { return x.party == party; });
    };
    const auto working_for_it =
        std::count_if(s.waiters.begin(), s.waiters.end(), [&](const WaiterView& w) {
            return w.party == party && w.state != WaiterState::blocked &&
                   w.step != WaiterStep::waiting_at_pass;
        });
    long cooking = 0, recooking = 0;
    for (const CookView& c : s.cooks)
        if (c.busy && c.party == party) (c.attempt > 0 ? recooking : cooking) += 1;
    const bool in_kitchen = mine(s.kitchen_queue) + cooking + recooking > 0;
    bool shown = false;
    switch (cause) {
        case WaitCause::table:
            shown = std::any_of(s.door.begin(), s.door.end(),
                                [party](const DoorView& d) { return d.party == party; });
            break;
        case WaitCause::waiters_busy:
        case WaitCause::waiters_blocked:
            shown = working_for_it == 0 &&
                    std::none_of(s.waiters.begin(), s.waiters.end(), [](const WaiterView& w) {
                        return w.task == TaskKind::none && !w.retiring;
                    });
            break;
        case WaitCause::waiter_at_work:
            shown = working_for_it > 0 && !in_kitchen;
            break;
        case WaitCause::kitchen:
            shown = in_kitchen && recooking == 0;
            break;
        case WaitCause::burnt:
            shown = recooking > 0;
            break;
        case WaitCause::at_pass:
            shown = !in_kitchen && mine(s.pass) > 0;
            break;
    }
    if (shown) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "party " << party << " waits for '" << to_string(cause) << "' at " << s.time
           << " s, which the floor does not show";
}

/// Runs the case event by event and checks every party's account at every event.
void check_every_event(const Case& c) {
    SCOPED_TRACE(c.name);
    Restaurant r(c.scenario);
    Snapshot before = r.snapshot();
    std::map<std::int64_t, double> waited_by_hand;  // time in a waiting state, from the floor
    int checked = 0;
    while (r.step()) {
        const Snapshot now = r.snapshot();
        const double dt = now.time - before.time;
        const bool blocked = any_blocked(before);
        const auto then = parties_on(before);
        for (const auto& [party, seen] : parties_on(now)) {
            const auto was = then.find(party);
            WaitParts expected{};
            if (was != then.end()) {
                expected = was->second.waited;
                if (was->second.waiting) {
                    WaitCause cause = was->second.cause;
                    if (cause == WaitCause::waiters_busy && blocked)
                        cause = WaitCause::waiters_blocked;
                    expected[static_cast<std::size_t>(cause)] += dt;
                }
                if (waits(was->second.state)) waited_by_hand[party] += dt;
            }
            for (int k = 0; k < wait_cause_count; ++k)
                ASSERT_NEAR(seen.waited[static_cast<std::size_t>(k)],
                            expected[static_cast<std::size_t>(k)], 1e-6)
                    << "party " << party << ", " << to_string(static_cast<WaitCause>(k)) << " at "
                    << now.time << " s";
            ASSERT_NEAR(sum(seen.waited), waited_by_hand[party], 1e-6)
                << "party " << party << ": the parts do not add up to its wait at " << now.time;
            ASSERT_EQ(seen.waiting, waits(seen.state)) << "party " << party;
            if (seen.waiting) {
                ASSERT_TRUE(floor_shows(now, party, seen.cause));
            }
            ++checked;
        }
        before = now;
    }
    EXPECT_GT(checked, 1000);  // parties seen at events: the check looked
}
}  // namespace

TEST(WaitSplit, AddsUpAndGoesToTheCauseTheFloorShows) {
    for (std::uint64_t seed : {1u, 2u, 3u})
        for (const Case& c : cases(seed)) check_every_event(c);
}

TEST(WaitSplit, BlockedWaitersCostOnlyUnderSync) {
    // Async waiters never block, so nobody waits for a blocked one; under sync in
    // the slow kitchen that is where most of the wait for a waiter goes.
    for (std::uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
        Scenario s = cases(seed)[1].scenario;  // slow, sync, whole order
        s.delivery = Delivery::whole_order;
        s.policy = Policy::asynchronous;
        Restaurant async(s);
        async.run_until(async.end_time());
        s.policy = Policy::synchronous;
        Restaurant sync(s);
        sync.run_until(sync.end_time());
        const auto metric = [](const Restaurant& r, const std::string& name) {
            for (const Metric& m : r.metrics())
                if (m.name == name) return m.value;
            throw std::out_of_range(name);
        };
        EXPECT_EQ(metric(async, "wait_split.waiters_blocked"), 0.0) << "seed " << seed;
        EXPECT_GT(metric(sync, "wait_split.waiters_blocked"),
                  metric(sync, "wait_split.waiters_busy"))
            << "seed " << seed;
    }
}

TEST(WaitSplit, MeansPerPartyAddUpAndCountEveryone) {
    // The split's total per party is every party's waiting (those who left and,
    // so far, those inside) over all of them, as counted from the floor.
    for (const Case& c : cases(7)) {
        SCOPED_TRACE(c.name);
        Restaurant r(c.scenario);
        Snapshot before = r.snapshot();
        std::map<std::int64_t, double> waited;
        while (r.now() < 5400 && r.step()) {
            const Snapshot now = r.snapshot();
            for (const auto& [party, seen] : parties_on(before))
                waited[party] += waits(seen.state) ? now.time - before.time : 0.0;
            for (const auto& [party, seen] : parties_on(now)) waited.try_emplace(party, 0.0);
            before = now;
        }
        double by_hand = 0.0;
        for (const auto& [party, seconds] : waited) by_hand += seconds;
        std::map<std::string, double> m;
        for (const Metric& metric : r.metrics()) m[metric.name] = metric.value;
        double parts = 0.0;
        for (int k = 0; k < wait_cause_count; ++k)
            parts += m.at(std::string("wait_split.") + to_string(static_cast<WaitCause>(k)));
        EXPECT_NEAR(parts, m.at("wait_split.total"), 1e-9);
        EXPECT_NEAR(m.at("wait_split.total") * static_cast<double>(waited.size()), by_hand, 1e-6);
    }
}

TEST(OpenWaits, MeansCountThePartiesStillWaiting) {
    // By hand from the trace: each party's wait for a waiter (called to a waiter
    // taking its order) and for food (called to the whole order on the table),
    // up to the horizon for those still waiting.
    for (const Case& c : cases(11)) {
        SCOPED_TRACE(c.name);
        Restaurant r(c.scenario);
        Recorder rec;
        r.add_listener(&rec);
        r.run_until(1800 + 600 * static_cast<double>(c.scenario.seed % 3));
        std::map<std::int64_t, double> called, order_end, food_end;
        for (const Happening& h : rec.happenings) {
            if (const auto* e = h.as<happened::WaiterCalled>()) called[e->party] = h.time;
            if (const auto* e = h.as<happened::WaiterStateChanged>();
                e && e->state == WaiterState::taking_order)
                order_end.try_emplace(e->party, h.time);
            if (const auto* e = h.as<happened::OrderServed>()) food_end[e->party] = h.time;
        }
        double order = 0, food = 0;
        int waiting_to_order = 0, waiting_for_food = 0;
        for (const auto& [party, t] : called) {
            const auto o = order_end.find(party);
            order += (o != order_end.end() ? o->second : r.now()) - t;
            waiting_to_order += o == order_end.end();
            const auto f = food_end.find(party);
            food += (f != food_end.end() ? f->second : r.now()) - t;
            waiting_for_food += f == food_end.end();
        }
        std::map<std::string, double> m;
        for (const Metric& metric : r.metrics()) m[metric.name] = metric.value;
        const auto n = static_cast<double>(called.size());
        EXPECT_NEAR(m.at("wait_order.all.mean"), order / n, 1e-6);
        EXPECT_NEAR(m.at("wait_food.all.mean"), food / n, 1e-6);
        EXPECT_EQ(m.at("wait_order.waiting"), waiting_to_order);
        EXPECT_EQ(m.at("wait_food.waiting"), waiting_for_food);
        EXPECT_GE(m.at("wait_food.all.mean") * n + 1e-6,
                  m.at("wait_food.mean") * static_cast<double>(food_end.size()));
    }
}

}  // namespace bistro
