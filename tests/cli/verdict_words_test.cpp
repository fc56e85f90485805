// The comparison's verdict in bistro-cli's words (English here: no translator is
// installed), checked against the paired estimates it words: it never reports a tie
// when parties are stuck, and every clause it says is what the numbers show.
#include "verdict_words.hpp"

#include <gtest/gtest.h>

#include <string>

#include "../sim/scenarios.hpp"

namespace bistro {

using cli::VerdictWords;

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

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
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

/// Each clause the verdict says agrees with the estimate it stands for.
void expect_true_to_the_numbers(const PairedComparison& p, const VerdictWords& v) {
    const std::string text = v.text();
    SCOPED_TRACE(text);
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
    const bool food_changed =
        significant(food.d) &&
        std::abs(food.d.mean) >= std::max(6.0, 0.05 * std::max(food.a, food.b));
    EXPECT_EQ(contains(text, "cut the wait for food"), food_changed && food.d.mean < 0);
    EXPECT_EQ(contains(text, "lengthened the wait for food"), food_changed && food.d.mean > 0);
    EXPECT_EQ(contains(text, "no significant difference in the wait for food"),
              !significant(food.d));
    EXPECT_EQ(contains(text, "about the same wait for food"), significant(food.d) && !food_changed);
    const Part waiter = part({"wait_split.waiters_busy", "wait_split.waiters_blocked"});
    const Part kitchen = part({"wait_split.kitchen", "wait_split.burnt"});
    const Part pass = part({"wait_split.at_pass"});
    EXPECT_EQ(contains(text, "with their food cooling at the pass"), pass.changed());
    EXPECT_EQ(contains(text, "less each waiting for a free waiter"),
              waiter.changed() && waiter.d.mean < 0);
    EXPECT_EQ(contains(text, "more each waiting on the kitchen"),
              kitchen.changed() && kitchen.d.mean > 0);
    EXPECT_EQ(contains(text, "less each waiting on the kitchen"),
              kitchen.changed() && kitchen.d.mean < 0);
    EXPECT_EQ(contains(text, "about the same time spent"), !kitchen.changed() || !waiter.changed());
    EXPECT_EQ(contains(text, "the waiting moved from the waiters to the kitchen"),
              waiter.changed() && kitchen.changed() && waiter.d.mean < 0 && kitchen.d.mean > 0);
    EXPECT_EQ(contains(text, "about the same time spent waiting on the kitchen"),
              !kitchen.changed());
    const bool anyone_waiting =
        p.a.estimate("wait_food.waiting").mean > 0 || p.b.estimate("wait_food.waiting").mean > 0;
    EXPECT_EQ(contains(text, "counting the parties still waiting"), anyone_waiting);
}
}  // namespace

TEST(VerdictWords, SlowKitchenIsNoTieWhileSyncLeavesPartiesWaiting) {
    // At 30 minutes nobody has food on either floor, so the wait for food so far
    // cannot differ; but sync's parties wait for waiters blocked at the pass while
    // async's wait on the kitchen, and the verdict leads with that.
    for (std::uint64_t seed : {11u, 1u, 2u, 3u, 4u, 5u})
        for (double minutes : {30.0, 45.0}) {
            const PairedComparison p = sync_against_async(slow_kitchen(seed, minutes * 60));
            const VerdictWords v = cli::word_verdict(judge(p));
            SCOPED_TRACE("seed " + std::to_string(seed) + " at " + std::to_string(minutes));
            EXPECT_FALSE(v.headline.starts_with("no significant difference")) << v.text();
            EXPECT_TRUE(contains(v.text(), "less each waiting for a free waiter")) << v.text();
            expect_true_to_the_numbers(p, v);
        }
}

TEST(VerdictWords, SaysWhenTheKitchenTiesWhileTheWaitersDiffer) {
    // Cooks to spare: async takes orders sooner, and once ordered the kitchen is
    // as quick for both, which the verdict says in the same sentence.
    for (std::uint64_t seed : {3u, 8u, 21u}) {
        Scenario s = testing::lunch_rush();
        s.seed = seed;
        s.cooks = 12;
        s.rate_per_hour = 12;
        s.burn_probability = 0;
        s.duration = 4 * 3600.0;
        const PairedComparison p = sync_against_async(s);
        const VerdictWords v = cli::word_verdict(judge(p));
        EXPECT_TRUE(contains(v.text(), "less each waiting for a free waiter")) << v.text();
        EXPECT_TRUE(contains(v.text(), "about the same time spent waiting on the kitchen"))
            << v.text();
        expect_true_to_the_numbers(p, v);
    }
}

TEST(VerdictWords, EveryClauseIsTrueAcrossScenariosAndHorizons) {
    for (std::uint64_t seed : {1u, 2u, 3u})
        for (double hours : {0.5, 1.0, 3.0}) {
            for (Scenario s : {testing::lunch_rush(), slow_kitchen(seed, 0)}) {
                s.seed = seed;
                s.duration = hours * 3600;
                const PairedComparison p = sync_against_async(s, 8);
                expect_true_to_the_numbers(p, cli::word_verdict(judge(p)));
            }
        }
}

TEST(VerdictWords, OneReplicationAsksForMore) {
    const PairedComparison p = sync_against_async(slow_kitchen(11, 2700), 1);
    const std::string text = cli::word_verdict(judge(p)).text();
    EXPECT_TRUE(contains(text, "run more (-r 10)")) << text;
}

}  // namespace bistro
