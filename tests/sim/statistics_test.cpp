#include "bistro/sim/statistics.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "bistro/sim/random.hpp"

namespace bistro {

TEST(Tally, MeanVarianceAndExtremes) {
    Tally t;
    for (double v : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0}) t.add(v);
    EXPECT_EQ(t.count(), 8u);
    EXPECT_DOUBLE_EQ(t.mean(), 5.0);
    EXPECT_NEAR(t.variance(), 32.0 / 7.0, 1e-12);
    EXPECT_EQ(t.min(), 2.0);
    EXPECT_EQ(t.max(), 9.0);
}

TEST(Tally, QuantilesAreWithinTheHistogramResolution) {
    Tally t;
    std::vector<double> xs;
    Rng r(3, Stream::eating);
    const Distribution d = Distribution::lognormal(600, 300);
    for (int i = 0; i < 50000; ++i) {
        xs.push_back(d.sample(r));
        t.add(xs.back());
    }
    std::sort(xs.begin(), xs.end());
    for (double q : {0.5, 0.9, 0.99}) {
        const double exact = xs[static_cast<std::size_t>(q * static_cast<double>(xs.size()))];
        EXPECT_NEAR(t.quantile(q), exact, 0.02 * exact) << "q=" << q;
    }
}

TEST(Tally, OneObservationIsItsOwnQuantile) {
    Tally t;
    t.add(123.0);
    EXPECT_EQ(t.quantile(0.5), 123.0);
    EXPECT_EQ(t.quantile(0.99), 123.0);
}

TEST(Histogram, HasAFixedSizeHoweverManyValues) {
    // Bounded memory: the estimator is a fixed array, whatever it has seen.
    static_assert(sizeof(Histogram) < 16 * 1024);
    Histogram h;
    for (int i = 0; i < 1000000; ++i) h.add(i * 0.37);
    EXPECT_EQ(h.count(), 1000000u);
    h.add(1e300);  // far beyond the last bin: clamped, not lost
    EXPECT_EQ(h.count(), 1000001u);
}

TEST(TimeWeighted, AveragesOverTime) {
    TimeWeighted q;
    q.set(0, 2);   // 2 for 10 s
    q.set(10, 4);  // 4 for 30 s
    EXPECT_DOUBLE_EQ(q.mean(40), (2 * 10 + 4 * 30) / 40.0);
    EXPECT_EQ(q.max(), 4);
}

TEST(TimeWeighted, RestartKeepsTheLevelButForgetsThePast) {
    TimeWeighted q;
    q.set(0, 10);
    q.restart(100);
    q.set(110, 0);
    EXPECT_DOUBLE_EQ(q.mean(120), 10 * 10 / 20.0);
}

}  // namespace bistro
