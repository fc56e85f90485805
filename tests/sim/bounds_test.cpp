// The bounds that keep any valid scenario in bounded memory and time: validation
// refuses what no restaurant means, the door queue has a maximum, and a watched
// run can be followed and stopped between slices without changing it.
#include <gtest/gtest.h>

#include <algorithm>

#include "bistro/sim/replications.hpp"
#include "bistro/sim/restaurant.hpp"
#include "bistro/sim/snapshot.hpp"
#include "bistro/sim/trace.hpp"
#include "scenarios.hpp"

namespace bistro {
namespace {

bool names(const Scenario& s, const std::string& message) {
    const auto problems = s.problems();
    return std::any_of(problems.begin(), problems.end(),
                       [&](const FieldProblem& p) { return p.english().find(message) == 0; });
}

}  // namespace

TEST(Bounds, TheLargestRestaurantAllowedIsValid) {
    Scenario s;
    s.duration = max_duration;
    s.rate_per_hour = max_rate_per_hour;
    s.tables_for_two = max_tables - 100;
    s.tables_for_four = 100;
    s.waiters = s.cooks = max_staff;
    EXPECT_TRUE(s.problems().empty()) << s.problems().front().english();
}

TEST(Bounds, ValidationRefusesWhatNoRestaurantMeans) {
    Scenario s;
    s.duration = max_duration * 1.0001;
    EXPECT_TRUE(names(s, "duration: at most 10000h"));
    s = Scenario{};
    s.rate_per_hour = 1e9;
    EXPECT_TRUE(names(s, "arrivals.rate_per_hour: at most 10000 parties an hour"));
    s = Scenario{};
    s.rate_per_hour = 5000;
    s.profile = {{3600, 1.5}, {7200, 2.5}};
    EXPECT_FALSE(names(s, "arrivals.profile[1].factor"));
    EXPECT_TRUE(names(s, "arrivals.profile[2].factor: gives 12500 parties an hour"));
    EXPECT_THROW(Restaurant{s}, InvalidScenario);
}

TEST(Bounds, AChangeOfRateAtRunTimeKeepsToTheBound) {
    Restaurant r(testing::lunch_rush());
    EXPECT_NO_THROW(r.set(Parameter::arrival_rate, max_rate_per_hour));
    EXPECT_NO_THROW(r.set(Parameter::arrival_rate, 0.0));
    EXPECT_THROW(r.set(Parameter::arrival_rate, max_rate_per_hour + 1), std::invalid_argument);
}

TEST(DoorQueue, ArrivalsToAFullQueueAreTurnedAwayAndCountedAsLost) {
    Scenario s = testing::lunch_rush();
    s.rate_per_hour = max_rate_per_hour;
    s.patience.reset();  // nobody gives up: only the bound keeps the queue finite
    s.duration = 2 * 3600.0;
    Restaurant r(s);
    Recorder rec;
    r.add_listener(&rec);
    Snapshot snap;
    for (double t = 600; t <= r.end_time(); t += 600) {
        r.run_until(t);
        r.snapshot(snap);
        EXPECT_LE(snap.door.size(), static_cast<std::size_t>(max_door_queue));
    }
    std::uint64_t turned_away = 0, gave_up = 0;
    for (const Happening& h : rec.happenings)
        if (const auto* lost = h.as<happened::PartyLost>()) {
            if (!lost->turned_away) {
                ++gave_up;
                continue;
            }
            ++turned_away;
            EXPECT_EQ(lost->waited, 0.0);
        }
    const RunStatistics& stats = r.statistics();
    EXPECT_EQ(stats.door_queue.max(), max_door_queue);
    EXPECT_GT(turned_away, 10000u);
    EXPECT_EQ(gave_up, 0u);
    EXPECT_EQ(stats.lost, turned_away);
    EXPECT_EQ(stats.arrived,
              stats.served + stats.lost + static_cast<std::uint64_t>(stats.inside.value()));
}

TEST(DoorQueue, NoShippedKindOfRestaurantComesNearTheBound) {
    // The lunch rush under both policies queues at most a dozen parties: the bound
    // changes nothing there (the golden fingerprints in determinism_test agree).
    for (Policy p : {Policy::synchronous, Policy::asynchronous}) {
        Restaurant r(testing::lunch_rush(p));
        r.run_until(r.end_time());
        EXPECT_LT(r.statistics().door_queue.max(), max_door_queue / 10);
    }
}

TEST(RunWatch, AWatchedRunIsTheSameRunAndCountsItsTime) {
    Scenario s = testing::lunch_rush();
    RunWatch watch;
    const Replications watched = run_replications(s, 3, 2, {}, &watch);
    const Replications plain = run_replications(s, 3, 2);
    EXPECT_EQ(watched.values, plain.values);
    EXPECT_DOUBLE_EQ(watch.expected(), 3 * s.duration);
    EXPECT_DOUBLE_EQ(watch.done(), 3 * s.duration);
}

TEST(RunWatch, AStoppedWatchStopsTheRunsWithRunStopped) {
    Scenario s = testing::lunch_rush();
    s.duration = max_duration;
    RunWatch watch;
    watch.stop();
    EXPECT_THROW(run_replications(s, 4, 2, {}, &watch), RunStopped);
    EXPECT_LT(watch.done(), s.duration);
    Restaurant r(s);
    EXPECT_THROW(run_to_end(r, &watch), RunStopped);
    EXPECT_EQ(r.now(), 0.0);
}

}  // namespace bistro
