// Offered loads: the work each party brings to the waiters and the kitchen, and
// rho = arrivals x work / servers, checked against the model's own busy time.
#include "bistro/sim/capacity.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "bistro/io/scenario_file.hpp"
#include "bistro/sim/restaurant.hpp"
#include "scenarios.hpp"

namespace bistro {
namespace {

Scenario shipped(const std::string& name) {
    return load_scenario(std::string(BISTRO_SCENARIOS_DIR) + "/" + name + ".toml");
}

/// Waiter-seconds the model really spent per party served, over a long run.
double measured_work_per_party(Scenario s) {
    s.duration = 100 * 3600.0;
    s.patience.reset();
    Restaurant r(s);
    r.run_until(s.duration);
    const RunStatistics& stats = r.statistics();
    const double busy = (1.0 - stats.waiter_share(WaiterState::idle, r.now())) *
                        stats.waiters_present.mean(r.now()) * r.now();
    return busy / static_cast<double>(stats.served);
}

TEST(Capacity, KitchenWorkIsDishesTimesPrepTimeWithEveryBurnCookedAgain) {
    Scenario s = testing::reduced();  // parties of one, prep exp(5 min)
    EXPECT_NEAR(kitchen_work_per_party(Restaurant(s)), 300.0, 1e-9);
    s.burn_probability = 0.2;
    EXPECT_NEAR(kitchen_work_per_party(Restaurant(s)), 300.0 / 0.8, 1e-9);
    s.party_size = Discrete({{1, 0.5}, {3, 0.5}});
    s.tables_for_four = 10;
    Restaurant r(s);
    r.set(Parameter::cook_time_scale, 2.0);
    EXPECT_NEAR(kitchen_work_per_party(r), 2.0 * 2 * 300.0 / 0.8, 1e-9);
}

TEST(Capacity, RhoIsArrivalsTimesWorkOverServers) {
    Scenario s = testing::reduced();
    s.cooks = 3;
    s.rate_per_hour = 30;
    Restaurant r(s);
    const Load k = offered_loads(r).kitchen;
    EXPECT_NEAR(k.rho, 30.0 * 300.0 / 3600.0 / 3, 1e-9);
    EXPECT_NEAR(k.capacity_per_hour, 3 * 3600.0 / 300.0, 1e-9);
    r.set(Parameter::cooks, 6);
    r.set(Parameter::arrival_rate, 60.0);
    EXPECT_NEAR(offered_loads(r).kitchen.rho, k.rho, 1e-9);
    EXPECT_NEAR(offered_loads(r).kitchen.capacity_per_hour, 2 * k.capacity_per_hour, 1e-9);
}

TEST(Capacity, TheCachedTimeAtThePassIsTheFreshEstimateAfterEveryChange) {
    // The insight cards ask every frame; the cache must never serve an old estimate.
    Scenario s = testing::reduced();
    s.policy = Policy::synchronous;
    Restaurant r(s);
    PassTimeCache cache;
    const auto same = [&] {
        EXPECT_EQ(waiter_work_per_party(r, Policy::synchronous, &cache),
                  waiter_work_per_party(r, Policy::synchronous));
    };
    same();
    const double before = waiter_work_per_party(r, Policy::synchronous, &cache);
    for (const auto& [p, v] :
         std::vector<std::pair<Parameter, double>>{{Parameter::cook_time_scale, 2.0},
                                                   {Parameter::own_work_scale, 3.0},
                                                   {Parameter::burn_probability, 0.3}}) {
        r.set(p, v);
        same();
    }
    EXPECT_GT(waiter_work_per_party(r, Policy::synchronous, &cache), before);
    Scenario slower = s;
    slower.menu[0].prep = Distribution::fixed(2 * slower.menu[0].prep.mean());
    Restaurant other(slower);
    EXPECT_EQ(waiter_work_per_party(other, Policy::synchronous, &cache),
              waiter_work_per_party(other, Policy::synchronous));
}

TEST(Capacity, ArrivalsFollowTheDayProfile) {
    Scenario s = testing::reduced();
    s.rate_per_hour = 10;
    s.profile = {{0.0, 1.0}, {3600.0, 3.0}};
    Restaurant r(s);
    EXPECT_DOUBLE_EQ(arrivals_per_hour(r), 10.0);
    r.run_until(3600.0);
    EXPECT_DOUBLE_EQ(arrivals_per_hour(r), 30.0);
}

TEST(Capacity, ASynchronousWaiterIsHeldAtThePassForTheCooking) {
    Restaurant r(shipped("slow-kitchen"));
    const double sync = waiter_work_per_party(r, Policy::synchronous);
    const double async = waiter_work_per_party(r, Policy::asynchronous);
    EXPECT_GT(sync - async, 15 * 60.0);  // the slowest of its dishes, 12 to 20 minutes each
}

TEST(Capacity, WaiterWorkMatchesTheBusyTimeOfLongStableRuns) {
    // The utilisation law: busy time = parties served x work per party. The
    // estimate leaves out time in the kitchen's queue, so it may be a little low.
    for (const char* name : {"lunch-rush", "slow-kitchen", "quiet-afternoon", "cocktail-bar",
                             "one-waiter", "burning-kitchen", "grand-brasserie"})
        for (Policy policy : {Policy::synchronous, Policy::asynchronous})
            for (std::uint64_t seed : {1u, 2u}) {
                Scenario s = shipped(name);
                s.policy = policy;
                s.seed = seed;
                s.cooks = 20;  // a short kitchen queue
                s.waiters = std::max(s.waiters, 8);
                const double measured = measured_work_per_party(s);
                const double estimate = waiter_work_per_party(Restaurant(s), policy);
                SCOPED_TRACE(std::string(name) + " " + to_string(policy));
                EXPECT_LE(estimate, measured * 1.01);
                EXPECT_GE(estimate, measured * 0.93);
            }
}

TEST(Capacity, TheBottleneckIsTheResourceWithTheSmallerCapacity) {
    Scenario s = shipped("lunch-rush");
    EXPECT_FALSE(offered_loads(Restaurant(s)).kitchen_limits());  // sync waiters limit
    s.cooks = 1;
    const Loads loads = offered_loads(Restaurant(s));
    EXPECT_TRUE(loads.kitchen_limits());
    EXPECT_EQ(&loads.bottleneck(), &loads.kitchen);
}

}  // namespace
}  // namespace bistro
