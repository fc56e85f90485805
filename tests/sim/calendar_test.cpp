#include "bistro/sim/calendar.hpp"

#include <gtest/gtest.h>

namespace bistro {

TEST(Calendar, RunsEventsInTimeOrder) {
    Calendar c;
    c.schedule(3.0, 0, 3, 0);
    c.schedule(1.0, 0, 1, 0);
    c.schedule(2.0, 0, 2, 0);
    EXPECT_EQ(c.pop().kind, 1u);
    EXPECT_EQ(c.pop().kind, 2u);
    EXPECT_EQ(c.pop().kind, 3u);
    EXPECT_TRUE(c.empty());
}

TEST(Calendar, SameTimeEventsRunByPriorityThenSchedulingOrder) {
    Calendar c;
    c.schedule(5.0, 2, 10, 0);
    c.schedule(5.0, 1, 20, 0);
    c.schedule(5.0, 2, 11, 0);
    c.schedule(5.0, 1, 21, 0);
    EXPECT_EQ(c.pop().kind, 20u);
    EXPECT_EQ(c.pop().kind, 21u);
    EXPECT_EQ(c.pop().kind, 10u);
    EXPECT_EQ(c.pop().kind, 11u);
}

TEST(Calendar, PeekShowsNextTimeOrNever) {
    Calendar c;
    EXPECT_EQ(c.next_time(), Calendar::never);
    c.schedule(7.5, 0, 0, 0);
    EXPECT_EQ(c.next_time(), 7.5);
}

TEST(Calendar, KeepsPriorityAndTagIntact) {
    Calendar c;
    c.schedule(1.0, 9, 4, 77, 123456789012345ull);
    const Event e = c.pop();
    EXPECT_EQ(e.priority(), 9);
    EXPECT_EQ(e.target, 77u);
    EXPECT_EQ(e.tag, 123456789012345ull);
}

}  // namespace bistro
