// Same scenario + same seed = the same event trace, bit for bit (OMNeT++'s
// fingerprint). The golden values pin the behaviour: a change in them is a
// change in the model and must be deliberate.
#include <gtest/gtest.h>

#include <map>

#include "bistro/sim/restaurant.hpp"
#include "bistro/sim/trace.hpp"
#include "scenarios.hpp"

namespace bistro {

namespace {
Fingerprint fingerprint(const Scenario& s, std::uint64_t* events = nullptr) {
    Restaurant r(s);
    Fingerprint f;
    r.add_listener(&f);
    r.run_until(r.end_time());
    if (events) *events = r.events();
    return f;
}
}  // namespace

TEST(Determinism, SameSeedSameTrace) {
    EXPECT_EQ(fingerprint(testing::lunch_rush()).value(),
              fingerprint(testing::lunch_rush()).value());
}

TEST(Determinism, AnotherSeedAnotherTrace) {
    Scenario other = testing::lunch_rush();
    other.seed = 43;
    EXPECT_NE(fingerprint(testing::lunch_rush()).value(), fingerprint(other).value());
}

TEST(Determinism, GoldenFingerprintOfTheLunchRush) {
    // Identical in the developer, release and sanitizer builds: all run this test.
    // The events are pinned too: a change in how many the engine runs (a wake-up
    // that reports nothing, say) is a change in the model even when the happenings agree.
    std::uint64_t sync_events = 0, async_events = 0;
    const Fingerprint sync = fingerprint(testing::lunch_rush(Policy::synchronous), &sync_events);
    const Fingerprint async = fingerprint(testing::lunch_rush(Policy::asynchronous), &async_events);
    EXPECT_EQ(sync.value(), 17373415191559443689ull) << "happenings: " << sync.count();
    EXPECT_EQ(async.value(), 5841669572953126862ull) << "happenings: " << async.count();
    EXPECT_EQ(sync_events, 603u);
    EXPECT_EQ(async_events, 841u);
}

TEST(Determinism, BothPoliciesSeeTheSameCustomers) {
    // Common random numbers: the same arrivals, party sizes and cook times.
    std::map<Policy, Recorder> runs;
    for (Policy p : {Policy::synchronous, Policy::asynchronous}) {
        Scenario s = testing::lunch_rush(p);
        s.burn_probability = 0.2;  // dishes cooked more than once, to compare those too
        Restaurant r(s);
        r.add_listener(&runs[p]);
        r.run_until(r.end_time());
    }
    auto arrivals = [](const Recorder& rec) {
        std::vector<std::pair<double, int>> out;
        for (const auto& h : rec.happenings)
            if (const auto* a = h.as<happened::PartyArrived>()) out.emplace_back(h.time, a->size);
        return out;
    };
    // Every attempt at a dish, in order: its cooking time, and whether it burnt.
    using Attempts = std::vector<std::pair<double, bool>>;
    auto cook_times = [](const Recorder& rec) {
        std::map<std::pair<std::int64_t, int>, Attempts> out;
        std::map<std::pair<std::int64_t, int>, double> start;
        for (const auto& h : rec.happenings) {
            const auto key = std::make_pair(party_of(h), dish_of(h));
            if (h.as<happened::DishStarted>()) start[key] = h.time;
            const bool burnt = h.as<happened::DishBurnt>() != nullptr;
            if (burnt || h.as<happened::DishReady>())
                out[key].emplace_back(h.time - start[key], burnt);
        }
        return out;
    };
    const auto sync = runs[Policy::synchronous], async = runs[Policy::asynchronous];
    EXPECT_EQ(arrivals(sync), arrivals(async));
    // Each dish cooked to the end in both runs took the same attempts, burnt at the
    // same ones, each as long (the runs differ in when, not in how long).
    const auto a = cook_times(sync), b = cook_times(async);
    int same = 0, burnt = 0;
    for (const auto& [dish, attempts] : a) {
        if (!b.count(dish) || attempts.back().second || b.at(dish).back().second) continue;
        const Attempts& other = b.at(dish);
        ASSERT_EQ(other.size(), attempts.size())
            << "party " << dish.first << " dish " << dish.second;
        for (std::size_t i = 0; i < attempts.size(); ++i) {
            EXPECT_NEAR(other[i].first, attempts[i].first, 1e-6);
            EXPECT_EQ(other[i].second, attempts[i].second);
        }
        ++same;
        burnt += attempts.size() > 1;
    }
    EXPECT_GT(same, 60);
    EXPECT_GT(burnt, 5);
}

}  // namespace bistro
