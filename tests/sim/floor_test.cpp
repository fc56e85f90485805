#include "bistro/sim/floor.hpp"

#include <gtest/gtest.h>

namespace bistro {

TEST(FloorPlan, HasOneTablePerRequestedSeatCount) {
    const FloorPlan f(5, 3);
    ASSERT_EQ(f.tables().size(), 8u);
    int fours = 0;
    for (const auto& t : f.tables()) fours += t.seats == 4;
    EXPECT_EQ(fours, 3);
}

TEST(FloorPlan, EverythingLiesInsideTheRoom) {
    const FloorPlan f(12, 28);
    for (const auto& t : f.tables()) {
        EXPECT_GT(t.centre.x, 0);
        EXPECT_LT(t.service.x, f.width());
        EXPECT_LT(t.centre.y, f.corridor_y());
    }
    EXPECT_LT(f.pass().y, f.height());
}

TEST(Route, FollowsAislesAndCorridor) {
    const FloorPlan f(6, 6);
    const Point a = f.tables()[0].service, b = f.tables()[1].service;
    const Route r = f.route(a, b);
    // Down to the corridor, across, and up again.
    const double expected = (f.corridor_y() - a.y) + std::abs(b.x - a.x) + (f.corridor_y() - b.y);
    EXPECT_DOUBLE_EQ(r.length(), expected);
    EXPECT_EQ(r.at(0), a);
    EXPECT_EQ(r.at(r.length()), b);
    EXPECT_EQ(r.at(f.corridor_y() - a.y), (Point{a.x, f.corridor_y()}));
}

TEST(Route, DistanceIsSymmetric) {
    const FloorPlan f(4, 4);
    for (const auto& t : f.tables())
        EXPECT_DOUBLE_EQ(f.distance(t.service, f.pass()), f.distance(f.pass(), t.service));
}

TEST(Route, SameAisleIsAStraightLine) {
    const Route r({2, 1}, {2, 5}, 10);
    EXPECT_DOUBLE_EQ(r.length(), 4);
    EXPECT_EQ(r.at(2), (Point{2, 3}));
}

}  // namespace bistro
