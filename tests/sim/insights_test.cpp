// Insight cards: each must appear where it is true and stay away where it is
// not, on several seeds; the queue that "grows without end" really grows.
#include "bistro/sim/insights.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bistro/io/scenario_file.hpp"
#include "bistro/sim/restaurant.hpp"

namespace bistro {
namespace {

constexpr std::uint64_t seeds[] = {1, 2, 3, 4, 5};

Scenario shipped(const std::string& name, Policy policy, std::uint64_t seed) {
    Scenario s = load_scenario(std::string(BISTRO_SCENARIOS_DIR) + "/" + name + ".toml");
    s.policy = policy;
    s.seed = seed;
    return s;
}

bool has(const std::vector<Insight>& cards, InsightKind kind) {
    return std::any_of(cards.begin(), cards.end(),
                       [&](const Insight& c) { return c.kind == kind; });
}

/// How many of the checks (each minute from `from` to `to`) show the card.
struct Seen {
    int checks = 0, shown = 0;
};
Seen watch(const Scenario& s, InsightKind kind, double from, double to) {
    Restaurant r(s);
    InsightTracker tracker;
    Seen seen;
    for (double t = 60.0; t <= to; t += 60.0) {
        r.run_until(t);
        const bool on = has(tracker.update(r), kind);
        if (t < from) continue;
        ++seen.checks;
        seen.shown += on;
    }
    return seen;
}

/// On every seed, the card shows at least at `share` of the checks from `from` on.
void expect_shown(const std::string& name, Policy policy, InsightKind kind, double from,
                  double share = 0.75) {
    for (std::uint64_t seed : seeds) {
        const Seen seen = watch(shipped(name, policy, seed), kind, from, 3 * 3600.0);
        SCOPED_TRACE(name + " " + to_string(policy) + " seed " + std::to_string(seed));
        EXPECT_GE(seen.shown, share * seen.checks);
    }
}

/// The card never shows during three hours, on any seed.
void expect_never(const std::string& name, Policy policy, InsightKind kind) {
    for (std::uint64_t seed : seeds) {
        SCOPED_TRACE(name + " " + to_string(policy) + " seed " + std::to_string(seed));
        EXPECT_EQ(watch(shipped(name, policy, seed), kind, 0.0, 3 * 3600.0).shown, 0);
    }
}

TEST(BlockedCard, ShowsWhenSyncWaitersStandAtThePassOfASlowKitchen) {
    expect_shown("slow-kitchen", Policy::synchronous, InsightKind::blocked_at_pass, 1800.0);
}

TEST(BlockedCard, NeverShowsForAsyncWaitersOrAQuietAfternoonOrABar) {
    expect_never("slow-kitchen", Policy::asynchronous, InsightKind::blocked_at_pass);
    expect_never("quiet-afternoon", Policy::synchronous, InsightKind::blocked_at_pass);
    expect_never("cocktail-bar", Policy::synchronous, InsightKind::blocked_at_pass);
}

/// Ids of the waiters in state `state` now.
std::vector<int> waiters_in(const Restaurant& r, WaiterState state) {
    std::vector<int> ids;
    for (const WaiterView& w : r.snapshot().waiters)
        if (w.state == state) ids.push_back(w.id);
    return ids;
}

TEST(BlockedCard, SaysTheShareOfTimeBlockedAndPointsAtTheBlockedWaiters) {
    Restaurant r(shipped("lunch-rush", Policy::synchronous, 1));
    InsightTracker tracker;
    int some_but_not_all = 0;
    for (double t = 60.0; t <= 3 * 3600.0; t += 60.0) {
        r.run_until(t);
        const auto& cards = tracker.update(r);
        const auto card = std::find_if(cards.begin(), cards.end(), [](const Insight& c) {
            return c.kind == InsightKind::blocked_at_pass;
        });
        if (card == cards.end()) continue;
        EXPECT_NEAR(card->share, tracker.recent()->waiter(WaiterState::blocked), 1e-12);
        EXPECT_GE(card->share, 0.3);
        const std::vector<int> blocked = waiters_in(r, WaiterState::blocked);
        if (blocked.empty()) continue;  // then it points at every waiter
        EXPECT_EQ(card->focus.waiters, blocked) << t;
        some_but_not_all += blocked.size() < r.snapshot().waiters.size();
    }
    EXPECT_GT(some_but_not_all, 10);
}

TEST(KitchenCard, ShowsWhenAsyncWaitersKeepTheCooksOfALunchRushBusy) {
    // Rushes come and go: the cooks are flat out for a while, then catch up.
    expect_shown("lunch-rush", Policy::asynchronous, InsightKind::kitchen_bottleneck, 1800.0,
                 1.0 / 3);
}

TEST(KitchenCard, NeverShowsWhereTheCooksHaveTimeToSpare) {
    expect_never("quiet-afternoon", Policy::asynchronous, InsightKind::kitchen_bottleneck);
    expect_never("cocktail-bar", Policy::asynchronous, InsightKind::kitchen_bottleneck);
    expect_never("slow-kitchen", Policy::synchronous, InsightKind::kitchen_bottleneck);
    expect_never("burning-kitchen", Policy::asynchronous, InsightKind::kitchen_bottleneck);
}

TEST(KitchenCard, GoesOnceCooksAreAdded) {
    Restaurant r(shipped("lunch-rush", Policy::asynchronous, 2));
    InsightTracker tracker;
    double t = 0.0;
    while (!has(tracker.cards(), InsightKind::kitchen_bottleneck) && t < 3 * 3600.0) {
        r.run_until(t += 60.0);
        tracker.update(r);
    }
    ASSERT_TRUE(has(tracker.cards(), InsightKind::kitchen_bottleneck));
    r.set(Parameter::cooks, 8);
    tracker.update(r);
    EXPECT_FALSE(has(tracker.cards(), InsightKind::kitchen_bottleneck));  // a new setting
    for (t += 60.0; t <= 3 * 3600.0; t += 60.0) {
        r.run_until(t);
        EXPECT_FALSE(has(tracker.update(r), InsightKind::kitchen_bottleneck)) << t;
    }
}

TEST(OwnWorkCard, ShowsInTheCocktailBarUnderBothPolicies) {
    expect_shown("cocktail-bar", Policy::synchronous, InsightKind::own_work, 3600.0);
    expect_shown("cocktail-bar", Policy::asynchronous, InsightKind::own_work, 3600.0);
}

TEST(OwnWorkCard, NeverShowsWhereTheKitchenTakesTheTime) {
    expect_never("lunch-rush", Policy::synchronous, InsightKind::own_work);
    expect_never("lunch-rush", Policy::asynchronous, InsightKind::own_work);
    expect_never("slow-kitchen", Policy::asynchronous, InsightKind::own_work);
}

TEST(QueueCard, ShowsFromTheStartWhenSyncWaitersCannotKeepUp) {
    expect_shown("slow-kitchen", Policy::synchronous, InsightKind::queue_grows, 0.0);
    expect_shown("lunch-rush", Policy::synchronous, InsightKind::queue_grows, 0.0);
}

TEST(QueueCard, NeverShowsWhenEveryResourceHasRoom) {
    expect_never("quiet-afternoon", Policy::synchronous, InsightKind::queue_grows);
    expect_never("one-waiter", Policy::asynchronous, InsightKind::queue_grows);
    expect_never("cocktail-bar", Policy::synchronous, InsightKind::queue_grows);
    expect_never("burning-kitchen", Policy::asynchronous, InsightKind::queue_grows);
}

TEST(QueueCard, NamesTheBottleneckAndItsCapacity) {
    Restaurant r(shipped("slow-kitchen", Policy::synchronous, 1));
    InsightTracker tracker;
    ASSERT_TRUE(has(tracker.update(r), InsightKind::queue_grows));
    const Insight& card = tracker.cards().front();
    EXPECT_FALSE(card.kitchen_limits);
    EXPECT_EQ(card.load.servers, 2);
    EXPECT_DOUBLE_EQ(card.load.arrivals_per_hour, 14.0);
    EXPECT_LT(card.load.capacity_per_hour, 14.0 / 1.05);
    EXPECT_FALSE(card.patient);  // guests give up after exp(25 min)
    EXPECT_TRUE(card.focus.door);
}

/// Guests in the restaurant or at its door at time t, patience removed.
std::vector<double> waiting_at(Scenario s, std::vector<double> times) {
    s.patience.reset();
    s.duration = times.back();
    Restaurant r(s);
    std::vector<double> counts;
    for (double t : times) {
        r.run_until(t);
        const Snapshot snap = r.snapshot();
        counts.push_back(static_cast<double>(snap.door.size() + snap.inside));
    }
    return counts;
}

TEST(QueueCard, WhenItShowsTheQueueReallyGrowsWithoutEnd) {
    // Growth at least half of arrivals minus the capacity the card states.
    for (const char* name : {"slow-kitchen", "lunch-rush", "one-waiter"})
        for (std::uint64_t seed : seeds) {
            Scenario s = shipped(name, Policy::synchronous, seed);
            s.patience.reset();
            Restaurant r(s);
            InsightTracker tracker;
            ASSERT_TRUE(has(tracker.update(r), InsightKind::queue_grows)) << name;
            const Load load = tracker.cards().front().load;
            const auto n = waiting_at(s, {4 * 3600.0, 12 * 3600.0});
            SCOPED_TRACE(std::string(name) + " seed " + std::to_string(seed));
            EXPECT_GE(n[1] - n[0], 0.5 * 8 * (load.arrivals_per_hour - load.capacity_per_hour));
        }
}

TEST(QueueCard, WhenEveryRhoIsBelowOneTheQueueDoesNotGrow) {
    for (const char* name : {"quiet-afternoon", "one-waiter", "burning-kitchen", "cocktail-bar"})
        for (std::uint64_t seed : seeds) {
            Scenario s = shipped(name, Policy::asynchronous, seed);
            const Loads loads = offered_loads(Restaurant(s));
            ASSERT_LT(std::max(loads.waiters.rho, loads.kitchen.rho), 0.9) << name;
            s.patience.reset();
            s.duration = 100 * 3600.0;
            Restaurant r(s);
            r.run_until(s.duration);
            SCOPED_TRACE(std::string(name) + " seed " + std::to_string(seed));
            EXPECT_LT(r.statistics().door_queue.mean(r.now()), 5.0);
            EXPECT_LT(r.snapshot().door.size(), 30u);  // growing, it would hold hundreds
        }
}

TEST(InsightTracker, ShowsNoCardThatRestsOnSharesBeforeTenMinutes) {
    Restaurant r(shipped("slow-kitchen", Policy::synchronous, 1));
    InsightTracker tracker;
    for (double t = 10.0; t < 600.0; t += 10.0) {
        r.run_until(t);
        tracker.update(r);
        EXPECT_FALSE(tracker.recent().has_value()) << t;
        EXPECT_FALSE(has(tracker.cards(), InsightKind::blocked_at_pass)) << t;
    }
}

/// A tracker that has followed the slow kitchen (sync, seed 1) for an hour.
Restaurant& followed_for_an_hour(Restaurant& r, InsightTracker& tracker) {
    for (double t = 60.0; t <= 3600.0; t += 60.0) {
        r.run_until(t);
        tracker.update(r);
    }
    return r;
}

TEST(InsightTracker, StartsAfreshWhenASettingChanges) {
    Restaurant r(shipped("slow-kitchen", Policy::synchronous, 1));
    InsightTracker tracker;
    followed_for_an_hour(r, tracker);
    ASSERT_TRUE(has(tracker.cards(), InsightKind::blocked_at_pass));
    r.set(Parameter::policy, Policy::asynchronous);
    EXPECT_FALSE(has(tracker.update(r), InsightKind::blocked_at_pass));
    EXPECT_FALSE(tracker.recent().has_value());  // what came before says nothing of now
}

TEST(InsightTracker, StartsAfreshWhenTimeGoesBack) {
    Restaurant r(shipped("slow-kitchen", Policy::synchronous, 1));
    InsightTracker tracker;
    followed_for_an_hour(r, tracker);
    Restaurant again(shipped("slow-kitchen", Policy::synchronous, 1));  // a seek back
    for (double t = 60.0; t <= 660.0; t += 60.0) {
        again.run_until(t);
        tracker.update(again);
    }
    ASSERT_TRUE(tracker.recent().has_value());
    EXPECT_LE(tracker.recent()->observed, 660.0);
}

}  // namespace
}  // namespace bistro
