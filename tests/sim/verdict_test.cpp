// The comparison's verdict as facts (judge), checked against the paired estimates:
// it never reports a tie when parties are stuck, and every fact is what the numbers
// show. The words the programs make of them: tests/cli/verdict_words_test.cpp.
#include "bistro/sim/verdict.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "scenarios.hpp"

namespace bistro {

namespace {
/// The slow kitchen of resources/scenarios/slow-kitchen.toml, which the verdict
/// once called a tie at 30 and 45 minutes while sync left parties unserved.
Scenario slow_kitchen(std::uint64_t seed, double duration) {
    Scenario s = testing::lunch_rush(Policy::synchronous);
    s.name = "Slow kitchen";
    s.seed = seed;
    s.duration = duration;
    s.task_order = TaskOrder::deliveries_first;
    s.rate_per_hour = 14;
    s.party_size = Discrete({{1, 0.2}, {2, 0.5}, {3, 0.1}, {4, 0.2}});
    s.patience = Distribution::exponential(25 * 60);
    s.waiters = 2;
    s.cooks = 8;
    s.tables_for_two = 10;
    s.tables_for_four = 8;
    s.own_work = Distribution::lognormal(30, 10);
    s.menu = {{"Braised beef", 0.4, Distribution::lognormal(20 * 60, 4 * 60)},
              {"Risotto", 0.35, Distribution::lognormal(15 * 60, 3 * 60)},
              {"Roast fish", 0.25, Distribution::lognormal(12 * 60, 3 * 60)}};
    return s;
}

PairedComparison sync_against_async(Scenario s, int replications = 10) {
    Scenario async = s;
    s.policy = Policy::synchronous;
    async.policy = Policy::asynchronous;
    return compare_paired(s, async, replications, 2);
}

bool significant(const Estimate& d) {
    return d.low() > 0 || d.high() < 0;
}

/// A part of every party's wait (seconds a party), as both sides had it.
struct Part {
    Estimate d;
    double a = 0, b = 0;
    /// What the verdict calls a change: significant, 6 s a party or more, and at
    /// least a tenth of the part on the side where it is larger.
    bool changed() const {
        return significant(d) && std::abs(d.mean) >= std::max(6.0, 0.1 * std::max(a, b));
    }
};

/// Each fact agrees with the estimate it stands for.
void expect_true_to_the_numbers(const PairedComparison& p, const VerdictFacts& v) {
    const auto part = [&](std::initializer_list<const char*> metrics) {
        std::vector<double> diff(p.a.values.front().size(), 0.0);
        Part out;
        for (const char* m : metrics) {
            for (std::size_t r = 0; r < diff.size(); ++r) diff[r] += p.b.of(m)[r] - p.a.of(m)[r];
            out.a += p.a.estimate(m).mean;
            out.b += p.b.estimate(m).mean;
        }
        out.d = estimate(diff);
        return out;
    };
    const Part food = part({"wait_food.all.mean"});
    EXPECT_EQ(v.replications, static_cast<int>(p.a.values.front().size()));
    EXPECT_DOUBLE_EQ(v.food.mean, food.d.mean);
    EXPECT_DOUBLE_EQ(v.food.half_width, food.d.half_width);
    EXPECT_NEAR(v.food.mean, p.difference_of("wait_food.all.mean").mean, 1e-9);
    const bool food_changed =
        significant(food.d) &&
        std::abs(food.d.mean) >= std::max(6.0, 0.05 * std::max(food.a, food.b));
    if (v.replications < 2) {
        EXPECT_EQ(v.food_finding, FoodFinding::one_replication);
        EXPECT_TRUE(v.parts.empty());
        return;
    }
    EXPECT_EQ(v.food_finding == FoodFinding::changed, food_changed);
    EXPECT_EQ(v.food_finding == FoodFinding::no_difference, !significant(food.d));
    EXPECT_EQ(v.food_finding == FoodFinding::about_the_same, significant(food.d) && !food_changed);
    const Part parts[] = {part({"wait_split.waiters_busy", "wait_split.waiters_blocked"}),
                          part({"wait_split.kitchen", "wait_split.burnt"}),
                          part({"wait_split.at_pass"}), part({"wait_split.table"})};
    const WaitPart order[] = {WaitPart::free_waiter, WaitPart::kitchen, WaitPart::at_pass,
                              WaitPart::table};
    ASSERT_EQ(v.parts.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        SCOPED_TRACE("part " + std::to_string(i));
        EXPECT_EQ(v.parts[i].part, order[i]);
        EXPECT_NEAR(v.parts[i].difference.mean, parts[i].d.mean, 1e-9);
        EXPECT_NEAR(v.parts[i].difference.half_width, parts[i].d.half_width, 1e-9);
        EXPECT_EQ(v.parts[i].changed, parts[i].changed());
        EXPECT_EQ(v.parts[i].said_when_same, i < 2);
    }
    const Part &waiter = parts[0], &kitchen = parts[1];
    EXPECT_EQ(v.moved_to_kitchen,
              waiter.changed() && kitchen.changed() && waiter.d.mean < 0 && kitchen.d.mean > 0);
    const bool any_changed =
        std::any_of(std::begin(parts), std::end(parts), [](const Part& x) { return x.changed(); });
    EXPECT_EQ(v.lead_with_parts, !food_changed && any_changed);
    EXPECT_NEAR(v.still_waiting_a, p.a.estimate("wait_food.waiting").mean, 1e-9);
    EXPECT_NEAR(v.still_waiting_b, p.b.estimate("wait_food.waiting").mean, 1e-9);
    const bool anyone_waiting =
        p.a.estimate("wait_food.waiting").mean > 0 || p.b.estimate("wait_food.waiting").mean > 0;
    EXPECT_EQ(v.anyone_waiting, anyone_waiting);
}
}  // namespace

TEST(VerdictFacts, SlowKitchenIsNoTieWhileSyncLeavesPartiesWaiting) {
    // At 30 minutes nobody has food on either floor, so the wait for food so far
    // cannot differ; but sync's parties wait for waiters blocked at the pass while
    // async's wait on the kitchen, and the verdict leads with that.
    for (std::uint64_t seed : {11u, 1u, 2u, 3u, 4u, 5u})
        for (double minutes : {30.0, 45.0}) {
            const PairedComparison p = sync_against_async(slow_kitchen(seed, minutes * 60));
            const VerdictFacts v = judge(p);
            SCOPED_TRACE("seed " + std::to_string(seed) + " at " + std::to_string(minutes));
            // Never "no significant difference" first: the parts lead when the food ties.
            EXPECT_TRUE(v.food_finding == FoodFinding::changed || v.lead_with_parts);
            ASSERT_EQ(v.parts.size(), 4u);
            EXPECT_TRUE(v.parts[0].changed && v.parts[0].difference.mean < 0);
            expect_true_to_the_numbers(p, v);
        }
}

TEST(VerdictFacts, SaysWhenTheKitchenTiesWhileTheWaitersDiffer) {
    for (std::uint64_t seed : {3u, 8u, 21u}) {
        Scenario s = testing::lunch_rush();
        s.seed = seed;
        s.cooks = 12;
        s.rate_per_hour = 12;
        s.burn_probability = 0;
        s.duration = 4 * 3600.0;
        const PairedComparison p = sync_against_async(s);
        const VerdictFacts v = judge(p);
        ASSERT_EQ(v.parts.size(), 4u);
        EXPECT_TRUE(v.parts[0].changed && v.parts[0].difference.mean < 0);
        EXPECT_FALSE(v.parts[1].changed);
        expect_true_to_the_numbers(p, v);
    }
}

TEST(VerdictFacts, AgreeWithTheComparisonAcrossSeedsScenariosAndHorizons) {
    for (std::uint64_t seed : {1u, 2u, 3u, 7u, 13u})
        for (double hours : {0.5, 1.0, 3.0}) {
            for (Scenario s : {testing::lunch_rush(), slow_kitchen(seed, 0)}) {
                s.seed = seed;
                s.duration = hours * 3600;
                const PairedComparison p = sync_against_async(s, 8);
                expect_true_to_the_numbers(p, judge(p));
            }
        }
}

TEST(VerdictFacts, OneReplicationHasNoInterval) {
    const PairedComparison p = sync_against_async(slow_kitchen(11, 2700), 1);
    const VerdictFacts v = judge(p);
    EXPECT_EQ(v.food_finding, FoodFinding::one_replication);
    expect_true_to_the_numbers(p, v);
}

}  // namespace bistro
