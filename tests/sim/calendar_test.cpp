#include "bistro/sim/calendar.hpp"

#include <gtest/gtest.h>

namespace bistro {

TEST(Calendar, RunsEventsInTimeOrder) {
    Calendar c;
    c.schedule(3.0, 0, 3);
    c.schedule(1.0, 0, 1);
    c.schedule(2.0, 0, 2);
    EXPECT_EQ(c.pop().target, 1u);
    EXPECT_EQ(c.pop().target, 2u);
    EXPECT_EQ(c.pop().target, 3u);
    EXPECT_TRUE(c.empty());
}

TEST(Calendar, SameTimeEventsRunByPriorityThenSchedulingOrder) {
    Calendar c;
    c.schedule(5.0, 2, 10);
    c.schedule(5.0, 1, 20);
    c.schedule(5.0, 2, 11);
    c.schedule(5.0, 1, 21);
    EXPECT_EQ(c.pop().target, 20u);
    EXPECT_EQ(c.pop().target, 21u);
    EXPECT_EQ(c.pop().target, 10u);
    EXPECT_EQ(c.pop().target, 11u);
}

TEST(Calendar, PeekShowsNextTimeOrNever) {
    Calendar c;
    EXPECT_EQ(c.next_time(), Calendar::never);
    c.schedule(7.5, 0, 0);
    EXPECT_EQ(c.next_time(), 7.5);
}

TEST(Calendar, KeepsPriorityAndTagIntact) {
    Calendar c;
    c.schedule(1.0, 9, 77, 4000000000u);
    const Event e = c.pop();
    EXPECT_EQ(e.priority(), 9);
    EXPECT_EQ(e.target, 77u);
    EXPECT_EQ(e.tag, 4000000000u);
}

}  // namespace bistro

namespace bistro {

TEST(Calendar, StaysOrderedUnderRandomLoad) {
    // Many interleaved pushes and pops: every pop is the minimum of what is left.
    Calendar c;
    std::uint64_t x = 12345;
    auto next = [&] { return (x = x * 6364136223846793005ull + 1442695040888963407ull) >> 40; };
    double last = 0;
    for (int i = 0; i < 1000; ++i)
        c.schedule(static_cast<double>(next() % 1000), static_cast<std::uint8_t>(next() % 4), 0);
    for (int i = 0; i < 20000; ++i) {
        const Event e = c.pop();
        ASSERT_GE(e.time(), last);
        last = e.time();
        c.schedule(last + static_cast<double>(next() % 100), static_cast<std::uint8_t>(next() % 4),
                   0);
    }
}

}  // namespace bistro
