// The model reduced to its bones is a textbook queue. Each test builds a 99%
// confidence interval from independent replications (fixed seeds: never flaky)
// and asserts that the theoretical value lies inside it.
#include <gtest/gtest.h>

#include <cmath>

#include "bistro/sim/replications.hpp"
#include "bistro/sim/restaurant.hpp"
#include "bistro/sim/theory.hpp"
#include "scenarios.hpp"

namespace bistro {

namespace {
constexpr int replications = 30;
constexpr double confidence = 0.99;
}  // namespace

TEST(QueueingTheory, ErlangCFormulaMatchesAKnownValue) {
    // M/M/2 with a = 1.5: P(wait) = 0.642857..., Wq = P(wait) * s / (c - a).
    EXPECT_NEAR(erlang_c_wait(2, 1.5 / 360.0, 360.0), 0.6428571428571429 * 360.0 / 0.5, 1e-9);
}

TEST(QueueingTheory, SynchronousWaitersAreAnMMcQueue) {
    // Sync waiters are the servers; service = order + cook + delivery. With the
    // cooking and delivery instant, service is exp(6 min): an M/M/2 queue.
    const Scenario s = testing::mm2();
    const double lambda = s.rate_per_hour / 3600.0;  // rho = 0.75
    const Estimate wait =
        run_replications(s, replications, 2).estimate("wait_order.mean", confidence);
    const double theory = erlang_c_wait(2, lambda, 360);
    // The theory module sees the same reduction in the scenario itself.
    const std::vector<Prediction> all = predict(s, initial_parameters(s));
    const Prediction* predicted = find_prediction(all, "wait_order.mean");
    ASSERT_TRUE(predicted && predicted->reduces());
    EXPECT_EQ(predicted->model, "Erlang C");
    EXPECT_DOUBLE_EQ(predicted->value, theory);
    EXPECT_TRUE(wait.contains(theory))
        << "Erlang C " << theory << " s, simulated " << wait.mean << " ± " << wait.half_width;
    EXPECT_LT(wait.half_width, 0.1 * theory);  // and the interval is tight enough to mean something
}

TEST(QueueingTheory, OneSynchronousWaiterIsAnMG1QueueWithPollaczekKhinchine) {
    // The reduced restaurant with one waiter: service S = exp(1m) + exp(5m) + exp(30s)
    // (three cooks, so cooking never queues). Pollaczek-Khinchine:
    // Wq = lambda E[S^2] / (2 (1 - rho)).
    Scenario s = testing::reduced(Policy::synchronous);
    s.waiters = 1;
    s.rate_per_hour = 6;
    s.duration = 400 * 3600.0;
    s.warmup = 10 * 3600.0;
    const double lambda = 6 / 3600.0;
    const double mean = 60 + 300 + 30;
    const double second_moment = (60 * 60 + 300 * 300 + 30 * 30) + mean * mean;
    const double rho = lambda * mean;
    const double theory = lambda * second_moment / (2 * (1 - rho));
    EXPECT_NEAR(pollaczek_khinchine_wait(lambda, mean, second_moment), theory, 1e-9 * theory);
    const std::vector<Prediction> all = predict(s, initial_parameters(s));
    const Prediction* predicted = find_prediction(all, "wait_order.mean");
    ASSERT_TRUE(predicted && predicted->reduces());
    EXPECT_EQ(predicted->model, "M/G/1 Pollaczek–Khinchine");
    EXPECT_NEAR(predicted->value, theory, 1e-9 * theory);
    const Estimate wait =
        run_replications(s, replications, 2).estimate("wait_order.mean", confidence);
    EXPECT_TRUE(wait.contains(theory))
        << "P-K " << theory << " s, simulated " << wait.mean << " ± " << wait.half_width;
    EXPECT_LT(wait.half_width, 0.1 * theory);
}

TEST(QueueingTheory, AsynchronousKitchenWithPlentyOfWaitersIsAnMMKQueue) {
    // Plenty of async waiters: tickets reach the kitchen as a Poisson stream
    // (the output of an M/M/inf stage), so the kitchen is M/M/3.
    Scenario s = testing::reduced(Policy::asynchronous);
    s.waiters = 40;
    s.rate_per_hour = 30;  // a = 2.5 cooks busy, rho = 0.83
    s.duration = 300 * 3600.0;
    s.warmup = 10 * 3600.0;
    const double theory = erlang_c_wait(3, 30 / 3600.0, 300);
    const std::vector<Prediction> all = predict(s, initial_parameters(s));
    const Prediction* predicted = find_prediction(all, "kitchen_wait.mean");
    ASSERT_TRUE(predicted && predicted->reduces());
    EXPECT_EQ(predicted->model, "Erlang C");
    EXPECT_DOUBLE_EQ(predicted->value, theory);
    const Estimate wait =
        run_replications(s, replications, 2).estimate("kitchen_wait.mean", confidence);
    EXPECT_TRUE(wait.contains(theory))
        << "Erlang C " << theory << " s, simulated " << wait.mean << " ± " << wait.half_width;
    EXPECT_LT(wait.half_width, 0.15 * theory);
    // And with plenty of waiters nobody waits for one long: the waiters are not the bottleneck.
    EXPECT_LT(run_replications(s, 3, 2).estimate("wait_order.mean").mean, 1.0);
}

TEST(QueueingTheory, CookUtilisationIsTheOfferedLoadPerCook) {
    Scenario s = testing::reduced(Policy::asynchronous);
    s.waiters = 40;
    s.rate_per_hour = 30;
    s.duration = 300 * 3600.0;
    s.warmup = 10 * 3600.0;
    const Estimate u =
        run_replications(s, replications, 2).estimate("cook_utilisation", confidence);
    const double theory = 30.0 / 3600.0 * 300 / 3;
    EXPECT_TRUE(u.contains(theory)) << u.mean << " ± " << u.half_width;
    // The share of time busy over 290 h varies little between runs: an interval wider
    // than 2 % of the theory could contain almost anything.
    EXPECT_LT(u.half_width, 0.02 * theory);
}

TEST(QueueingTheory, LittlesLawHoldsOnAFullRun) {
    // L = lambda W: the time-average number of parties inside equals the arrival
    // rate times the mean time each spends inside (served or lost).
    Scenario s = testing::lunch_rush();
    s.duration = 2000 * 3600.0;
    s.warmup = 5 * 3600.0;
    s.rate_per_hour = 40;
    Restaurant r(s);
    r.run_until(r.end_time());
    const RunStatistics& st = r.statistics();
    ASSERT_GT(st.lost, 0u);  // the door queue and patience are part of the check
    const double window = s.duration - s.warmup;
    const double lambda = static_cast<double>(st.arrived) / window;
    const double served = static_cast<double>(st.served), lost = static_cast<double>(st.lost);
    const double w_all =
        (served * st.time_in_restaurant.mean() + lost * st.lost_wait.mean()) / (served + lost);
    const double l = st.inside.mean(r.now());
    // On a finite run the two sides differ only by the parties inside at the start and
    // the end of the window: about L parties times a sojourn of about an hour, over
    // 1995 h, so some 0.05 % of L. A quarter of a per cent leaves room for that.
    EXPECT_NEAR(l, lambda * w_all, 0.0025 * l)
        << "L=" << l << " lambda=" << lambda << " W=" << w_all;
}

}  // namespace bistro
