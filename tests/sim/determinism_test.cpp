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
Fingerprint fingerprint(const Scenario& s) {
    Restaurant r(s);
    Fingerprint f;
    r.add_listener(&f);
    r.run_until(r.end_time());
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
    const Fingerprint sync = fingerprint(testing::lunch_rush(Policy::synchronous));
    const Fingerprint async = fingerprint(testing::lunch_rush(Policy::asynchronous));
    EXPECT_EQ(sync.value(), 17373415191559443689ull) << "happenings: " << sync.count();
    EXPECT_EQ(async.value(), 5841669572953126862ull) << "happenings: " << async.count();
}

TEST(Determinism, BothPoliciesSeeTheSameCustomers) {
    // Common random numbers: the same arrivals, party sizes and cook times.
    std::map<Policy, Recorder> runs;
    for (Policy p : {Policy::synchronous, Policy::asynchronous}) {
        Restaurant r(testing::lunch_rush(p));
        r.add_listener(&runs[p]);
        r.run_until(r.end_time());
    }
    auto arrivals = [](const Recorder& rec) {
        std::vector<std::pair<double, double>> out;
        for (const auto& h : rec.happenings)
            if (h.kind == HappeningKind::party_arrived) out.emplace_back(h.time, h.value);
        return out;
    };
    auto cook_times = [](const Recorder& rec) {
        std::map<std::pair<std::int64_t, int>, std::vector<double>> out, started;
        std::map<std::pair<std::int64_t, int>, double> start;
        for (const auto& h : rec.happenings) {
            const auto key = std::make_pair(h.party, h.dish);
            if (h.kind == HappeningKind::dish_started) start[key] = h.time;
            if (h.kind == HappeningKind::dish_ready || h.kind == HappeningKind::dish_burnt)
                out[key].push_back(h.time - start[key]);
        }
        return out;
    };
    const auto sync = runs[Policy::synchronous], async = runs[Policy::asynchronous];
    EXPECT_EQ(arrivals(sync), arrivals(async));
    const auto a = cook_times(sync), b = cook_times(async);
    int same = 0;
    for (const auto& [dish, times] : a)
        if (b.count(dish) && b.at(dish).size() == times.size()) {
            for (std::size_t i = 0; i < times.size(); ++i)
                EXPECT_NEAR(b.at(dish)[i], times[i], 1e-6);
            ++same;
        }
    EXPECT_GT(same, 60);
}

}  // namespace bistro
