// Whole-restaurant behaviour: conservation, the door, staff changes, snapshots,
// warm-up and bounded memory.
#include "bistro/sim/restaurant.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "bistro/sim/trace.hpp"
#include "scenarios.hpp"

namespace bistro {

TEST(Restaurant, EveryArrivalIsServedLostOrStillInside) {
    for (Policy policy : {Policy::synchronous, Policy::asynchronous}) {
        Scenario s = testing::lunch_rush(policy);
        s.rate_per_hour = 60;  // overloaded: the door queue and patience matter
        Restaurant r(s);
        Snapshot snap;
        for (double t = 600; t <= r.end_time(); t += 600) {
            r.run_until(t);
            r.snapshot(snap);
            EXPECT_EQ(snap.arrived, snap.served + snap.lost + snap.inside) << "at t=" << t;
        }
        EXPECT_GT(snap.lost, 0u);
        EXPECT_GT(snap.served, 0u);
    }
}

TEST(Restaurant, ImpatientPartiesLeaveTheDoorQueue) {
    Scenario s = testing::lunch_rush();
    s.tables_for_two = 1;
    s.tables_for_four = 1;
    s.patience = Distribution::fixed(300);
    Restaurant r(s);
    Recorder rec;
    r.add_listener(&rec);
    r.run_until(r.end_time());
    int lost = 0;
    for (const Happening& h : rec.happenings)
        if (const auto* l = h.as<happened::PartyLost>()) {
            EXPECT_NEAR(l->waited, 300.0, 1e-9);  // they waited exactly their patience
            ++lost;
        }
    EXPECT_GT(lost, 10);
    EXPECT_EQ(static_cast<std::uint64_t>(lost), r.statistics().lost);
}

TEST(Restaurant, PartiesSitAtTablesThatFitThem) {
    Scenario s = testing::lunch_rush();
    Restaurant r(s);
    Snapshot snap;
    for (double t = 300; t < r.end_time(); t += 300) {
        r.run_until(t);
        r.snapshot(snap);
        for (const TableView& table : snap.tables)
            if (table.party >= 0) {
                EXPECT_LE(table.party_size, table.seats);
            }
    }
}

TEST(Restaurant, SnapshotIsConsistentWithTheModel) {
    Scenario s = testing::lunch_rush();
    s.rate_per_hour = 50;
    Restaurant r(s);
    Snapshot snap;
    for (double t = 97; t < r.end_time(); t += 97) {
        r.run_until(t);
        r.snapshot(snap);
        ASSERT_EQ(snap.waiters.size(), 3u);
        ASSERT_EQ(snap.cooks.size(), 4u);
        for (const WaiterView& w : snap.waiters) {
            EXPECT_GE(w.position.x, 0);
            EXPECT_LE(w.position.x, r.floor().width());
            EXPECT_GE(w.position.y, 0);
            EXPECT_LE(w.position.y, r.floor().height());
            EXPECT_EQ(w.task == TaskKind::none, w.state == WaiterState::idle);
            if (w.state == WaiterState::walking) {
                EXPECT_GT(w.until, t - 1e-9);
            }
        }
        int busy = 0;
        for (const CookView& c : snap.cooks) busy += c.busy;
        if (!snap.kitchen_queue.empty()) {
            EXPECT_EQ(busy, 4) << "a cook idles while dishes wait";
        }
        EXPECT_EQ(static_cast<double>(snap.door.size()), r.statistics().door_queue.value());
        EXPECT_EQ(static_cast<double>(snap.pass.size()), r.statistics().at_pass.value());
    }
}

TEST(Restaurant, WalkingWaitersMoveContinuouslyAlongTheirRoute) {
    Restaurant r(testing::lunch_rush());
    r.run_until(1200);
    Snapshot before, after;
    // Advance in small steps: positions never jump more than speed * dt.
    for (int i = 0; i < 2000; ++i) {
        r.snapshot(before);
        r.run_until(r.now() + 0.25);
        r.snapshot(after);
        for (std::size_t w = 0; w < after.waiters.size(); ++w) {
            const double dx = std::abs(after.waiters[w].position.x - before.waiters[w].position.x);
            const double dy = std::abs(after.waiters[w].position.y - before.waiters[w].position.y);
            EXPECT_LE(dx + dy, 0.25 * r.scenario().walk_speed + 1e-9)
                << "waiter " << w << " jumped";
        }
    }
}

TEST(Restaurant, AddingAWaiterTakesEffectAtOnce) {
    Restaurant r(testing::lunch_rush());
    r.run_until(1800);
    r.set(Parameter::waiters, 5);
    EXPECT_EQ(r.snapshot().waiters.size(), 5u);
    EXPECT_EQ(r.parameter(Parameter::waiters), ParameterValue{5});
}

TEST(Restaurant, RemovingABusyWaiterWaitsForTheTaskToEnd) {
    Scenario s = testing::lunch_rush();
    s.rate_per_hour = 60;
    Restaurant r(s);
    r.run_until(3600);
    ASSERT_NE(r.snapshot().waiters.back().state, WaiterState::idle);
    r.set(Parameter::waiters, 2);
    Snapshot snap = r.snapshot();
    ASSERT_EQ(snap.waiters.size(), 3u);
    EXPECT_TRUE(snap.waiters.back().retiring);
    r.run_until(3600 + 1800);
    EXPECT_EQ(r.snapshot().waiters.size(), 2u);
}

TEST(Restaurant, RemovingAnIdleCookIsImmediateAndABusyOneFinishesTheDish) {
    Restaurant r(testing::lunch_rush());
    r.set(Parameter::cooks, 1);  // at t = 0 every cook is idle
    EXPECT_EQ(r.snapshot().cooks.size(), 1u);
    r.set(Parameter::cooks, 4);
    EXPECT_EQ(r.snapshot().cooks.size(), 4u);
}

TEST(Restaurant, ArrivalRateChangeTakesEffectFromNow) {
    Scenario s = testing::lunch_rush();
    s.duration = 20 * 3600.0;
    Restaurant r(s);
    r.run_until(10 * 3600.0);
    const auto before = r.snapshot().arrived;
    r.set(Parameter::arrival_rate, 0.0);
    r.run_until(r.end_time());
    EXPECT_EQ(r.snapshot().arrived, before);
}

TEST(Restaurant, ArrivalProfileShapesTheDay) {
    Scenario s = testing::lunch_rush();
    s.duration = 400 * 3600.0;
    s.rate_per_hour = 10;
    s.patience.reset();
    s.tables_for_two = 100;
    s.profile = {{100 * 3600.0, 3.0}, {200 * 3600.0, 0.0}};
    Restaurant r(s);
    r.run_until(100 * 3600.0);
    const double first = static_cast<double>(r.snapshot().arrived);
    r.run_until(200 * 3600.0);
    const double second = static_cast<double>(r.snapshot().arrived) - first;
    r.run_until(r.end_time());
    EXPECT_NEAR(first, 1000, 5 * std::sqrt(1000));
    EXPECT_NEAR(second, 3000, 5 * std::sqrt(3000));
    EXPECT_EQ(static_cast<double>(r.snapshot().arrived), first + second);
}

TEST(Restaurant, ChangesAreRecordedAndReplayReproducesTheRun) {
    Scenario s = testing::lunch_rush();
    Restaurant live(s);
    Fingerprint live_print;
    live.add_listener(&live_print);
    live.run_until(1000.5);
    live.set(Parameter::waiters, 1);
    live.run_until(4000);
    live.set(Parameter::policy, Policy::asynchronous);
    live.set(Parameter::cook_time_scale, 2.0);
    live.run_until(live.end_time());
    ASSERT_EQ(live.changes().size(), 3u);
    EXPECT_EQ(live.changes()[0], (ParameterChange{1000.5, Parameter::waiters, 1}));

    Restaurant replay(s);
    Fingerprint replay_print;
    replay.add_listener(&replay_print);
    for (const auto& c : live.changes()) replay.schedule(c);
    replay.run_until(replay.end_time());
    EXPECT_EQ(replay_print.value(), live_print.value());
    EXPECT_EQ(replay.changes(), live.changes());
}

TEST(Restaurant, WarmupDiscardsEarlyObservations) {
    Scenario s = testing::lunch_rush();
    s.warmup = 3600;
    Restaurant r(s);
    r.run_until(3600 - 1e-6);
    EXPECT_GT(r.statistics().arrived, 0u);
    r.run_until(3600);
    EXPECT_EQ(r.statistics().arrived, 0u);
    EXPECT_EQ(r.statistics().start, 3600);
    r.run_until(r.end_time());
    EXPECT_LT(r.statistics().arrived, r.snapshot().arrived);
}

TEST(Restaurant, MemoryStaysBoundedHoweverLongTheRun) {
    Scenario s = testing::lunch_rush();
    s.duration = 2000 * 3600.0;
    Restaurant r(s);
    r.run_until(100 * 3600.0);
    const std::size_t after_100_hours = r.memory_bytes();
    r.run_until(r.end_time());
    EXPECT_GT(r.statistics().served, 20000u);
    EXPECT_LE(r.memory_bytes(), after_100_hours * 5 / 4)
        << "after 100 h: " << after_100_hours << " bytes, after 2000 h: " << r.memory_bytes();
}

TEST(Restaurant, WaiterTimeAddsUpToPresence) {
    Restaurant r(testing::lunch_rush());
    r.run_until(r.end_time());
    for (std::size_t w = 0; w < 3; ++w) {
        double total = 0;
        for (double t : r.statistics().waiter_times(w, r.now())) total += t;
        EXPECT_NEAR(total, r.end_time(), 1e-6);
    }
}

TEST(Parameters, TakeAValueOfTheirOwnType) {
    Restaurant r(testing::lunch_rush());
    EXPECT_THROW(r.set(Parameter::policy, 1), std::invalid_argument);  // not a number
    EXPECT_THROW(r.set(Parameter::policy, 0.7), std::invalid_argument);
    EXPECT_THROW(r.set(Parameter::waiters, 2.5), std::invalid_argument);
    EXPECT_THROW(r.set(Parameter::cook_time_scale, Policy::asynchronous), std::invalid_argument);
    try {
        r.set(Parameter::delivery, Policy::synchronous);
        FAIL() << "a policy given for the delivery mode";
    } catch (const std::invalid_argument& e) {
        EXPECT_STREQ(e.what(), "delivery takes a delivery mode, not a policy");
    }
    EXPECT_TRUE(r.changes().empty()) << "a refused change is not recorded";
    r.set(Parameter::arrival_rate, 30);  // a whole number for a rate is fine
    EXPECT_EQ(r.parameter(Parameter::arrival_rate), ParameterValue{30.0});
    r.set(Parameter::policy, Policy::asynchronous);
    EXPECT_EQ(r.parameter(Parameter::policy), ParameterValue{Policy::asynchronous});
    EXPECT_EQ(r.policy(), Policy::asynchronous);
}

TEST(Happenings, CarryTheirOwnNamedFields) {
    Restaurant r(testing::lunch_rush());
    Recorder rec;
    r.add_listener(&rec);
    r.run_until(1800);
    r.set(Parameter::waiters, 4);
    r.set(Parameter::policy, Policy::asynchronous);
    r.run_until(3600);
    int seated = 0, changes = 0;
    for (const Happening& h : rec.happenings) {
        EXPECT_EQ(static_cast<std::size_t>(h.kind()), h.what.index());
        if (const auto* s = h.as<happened::PartySeated>()) {
            ++seated;
            EXPECT_GE(s->table, 0);
            EXPECT_EQ(table_of(h), s->table);
            EXPECT_EQ(party_of(h), s->party);
            EXPECT_EQ(cook_of(h), -1);  // a kind without a cook
        }
        if (const auto* c = h.as<happened::ParameterChanged>()) {
            ++changes;
            EXPECT_EQ(h.time, 1800.0);
            EXPECT_EQ(c->parameter, changes == 1 ? Parameter::waiters : Parameter::policy);
            EXPECT_EQ(detail(h), changes == 1 ? "waiters=4" : "policy=async");
        }
    }
    EXPECT_GT(seated, 5);
    EXPECT_EQ(changes, 2);
}

TEST(Restaurant, PartiesAtTheOpeningSitDownAtOnceAndCallAWaiterWithoutReadingTheMenu) {
    Scenario s = testing::lunch_rush();
    s.at_opening = 2;
    Restaurant r(s);
    Recorder trace;
    r.add_listener(&trace);
    r.run_until(0.0);
    int seated = 0, called = 0;
    for (const Happening& h : trace.happenings) {
        EXPECT_EQ(h.time, 0.0);
        seated += h.as<happened::PartySeated>() != nullptr;
        called += h.as<happened::WaiterCalled>() != nullptr;
    }
    EXPECT_EQ(seated, 2);
    EXPECT_EQ(called, 2);  // they read the menu while queuing: no reading time
    Snapshot snap;
    r.snapshot(snap);
    EXPECT_EQ(snap.arrived, 2u);
}

namespace {
std::uint64_t fingerprint_of(const Scenario& s) {
    Restaurant r(s);
    Fingerprint f;
    r.add_listener(&f);
    r.run_until(r.end_time());
    return f.value();
}
}  // namespace

TEST(Restaurant, AnOpeningOfNoPartiesKeepsTheTraceOfTheScenarioWithout) {
    // The golden fingerprints (determinism_test) pin the scenarios without one;
    // an opening is on top of the Poisson arrivals and takes none of their draws.
    Scenario with = testing::lunch_rush();
    with.at_opening = 0;
    EXPECT_EQ(fingerprint_of(with), fingerprint_of(testing::lunch_rush()));
    with.at_opening = 3;
    EXPECT_NE(fingerprint_of(with), fingerprint_of(testing::lunch_rush()));
}

}  // namespace bistro
