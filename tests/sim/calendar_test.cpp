#include "bistro/sim/calendar.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

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

namespace bistro {

TEST(Calendar, RunFirstPutsTheHandlersEventsInOrder) {
    // The first event a handler schedules takes the popped event's place; the
    // order must be exactly what pop-then-schedule would give, ties included.
    Calendar fast, plain;
    std::uint64_t x = 99;
    auto next = [&] { return (x = x * 6364136223846793005ull + 1442695040888963407ull) >> 40; };
    for (int i = 0; i < 200; ++i) {
        const double t = static_cast<double>(next() % 50);
        const auto priority = static_cast<std::uint8_t>(next() % 3);
        fast.schedule(t, priority, static_cast<std::uint32_t>(i));
        plain.schedule(t, priority, static_cast<std::uint32_t>(i));
    }
    for (std::uint32_t i = 0; i < 5000; ++i) {
        const Event expected = plain.pop();
        const std::uint64_t r = next();
        const int more = static_cast<int>(r % 3);  // schedule none, one or two
        fast.run_first([&](const Event& e) {
            ASSERT_EQ(e.key, expected.key);
            ASSERT_EQ(e.target, expected.target);
            for (int k = 0; k < more; ++k) {
                const double t = e.time() + static_cast<double>((r >> (8 * k + 2)) % 20);
                fast.schedule(t, static_cast<std::uint8_t>(k), 1000 + i);
                plain.schedule(t, static_cast<std::uint8_t>(k), 1000 + i);
            }
        });
        ASSERT_EQ(fast.size(), plain.size());
        if (plain.empty()) break;
    }
}

TEST(Calendar, WhileAnEventRunsTheCalendarShowsWhatIsLeft) {
    Calendar c;
    c.schedule(1.0, 0, 1);
    c.schedule(4.0, 0, 2);
    c.schedule(3.0, 0, 3);
    c.run_first([&](const Event& e) {
        EXPECT_EQ(e.target, 1u);
        EXPECT_EQ(c.size(), 2u);
        EXPECT_EQ(c.next_time(), 3.0);
    });
    EXPECT_EQ(c.size(), 2u);
    EXPECT_EQ(c.pop().target, 3u);
}

TEST(Calendar, AHandlerThatThrowsAfterSchedulingKeepsWhatItScheduled) {
    Calendar c;
    c.schedule(1.0, 0, 1);
    c.schedule(3.0, 0, 3);
    EXPECT_THROW(c.run_first([&](const Event&) {
        c.schedule(2.0, 0, 2);
        throw std::runtime_error("boom");
    }),
                 std::runtime_error);
    EXPECT_EQ(c.size(), 2u);
    EXPECT_EQ(c.pop().target, 2u);
    EXPECT_EQ(c.pop().target, 3u);
}

TEST(Calendar, AHandlerThatThrowsLeavesTheEventRemoved) {
    Calendar c;
    c.schedule(1.0, 0, 1);
    c.schedule(2.0, 0, 2);
    EXPECT_THROW(c.run_first([](const Event&) { throw std::runtime_error("boom"); }),
                 std::runtime_error);
    EXPECT_EQ(c.size(), 1u);
    EXPECT_EQ(c.pop().target, 2u);
    EXPECT_TRUE(c.empty());
}

}  // namespace bistro
