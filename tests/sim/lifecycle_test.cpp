#include <gtest/gtest.h>

#include <stdexcept>

#include "bistro/sim/restaurant.hpp"
#include "scenarios.hpp"

namespace bistro {

TEST(LifeCycle, StartsReadyAndPausesBetweenCalls) {
    Restaurant r(testing::lunch_rush());
    EXPECT_EQ(r.life(), LifeCycle::ready);
    r.run_until(600);
    EXPECT_EQ(r.life(), LifeCycle::paused);
    EXPECT_EQ(r.now(), 600);
}

TEST(LifeCycle, FinishesAtTheEndAndRefusesToGoOn) {
    Scenario s = testing::lunch_rush();
    s.duration = 3600;
    Restaurant r(s);
    r.run_until(1e9);
    EXPECT_EQ(r.life(), LifeCycle::finished);
    EXPECT_EQ(r.now(), 3600);
    EXPECT_THROW(r.run_until(1e9), std::logic_error);
    EXPECT_THROW(r.step(), std::logic_error);
    EXPECT_THROW(r.set(Parameter::waiters, 2), std::logic_error);
}

TEST(LifeCycle, RunningBackwardsIsAnError) {
    Restaurant r(testing::lunch_rush());
    r.run_until(100);
    EXPECT_THROW(r.run_until(50), std::invalid_argument);
}

TEST(LifeCycle, StepRunsExactlyOneEvent) {
    Restaurant r(testing::lunch_rush());
    const double next = r.peek();
    ASSERT_TRUE(r.step());
    EXPECT_EQ(r.events(), 1u);
    EXPECT_EQ(r.now(), next);
    ASSERT_TRUE(r.step());
    EXPECT_EQ(r.events(), 2u);
}

TEST(LifeCycle, StepAtTheEndFinishes) {
    Scenario s = testing::lunch_rush();
    s.duration = 60;
    s.rate_per_hour = 0.001;
    Restaurant r(s);
    EXPECT_FALSE(r.step());
    EXPECT_EQ(r.life(), LifeCycle::finished);
    EXPECT_EQ(r.now(), 60);
}

TEST(LifeCycle, AListenerCannotMoveTimeWhileAnEventRuns) {
    // Stepping from inside a happening would run the current event a second time.
    struct Meddler : Listener {
        Restaurant* r = nullptr;
        void on_happening(const Happening&) override { r->step(); }
    } meddler;
    Restaurant r(testing::lunch_rush());
    meddler.r = &r;
    r.add_listener(&meddler);
    EXPECT_THROW(r.run_until(3600), std::logic_error);
    EXPECT_EQ(r.life(), LifeCycle::error);
}

TEST(LifeCycle, AListenerThatThrowsStopsTheRunAsAWaiterStartsATaskOrGoesOn) {
    // A waiter's first walk is told while its task's program starts, an order
    // taken while the program goes on: either way the error stops the run, and
    // the run is torn down cleanly (the program's frame freed once).
    struct Thrower : Listener {
        bool at_start = true;
        void on_happening(const Happening& h) override {
            if (at_start ? h.as<happened::WaiterStateChanged>() != nullptr
                         : h.as<happened::OrderTaken>() != nullptr)
                throw std::runtime_error("listener failed");
        }
    };
    for (bool at_start : {true, false}) {
        Thrower thrower;
        thrower.at_start = at_start;
        Restaurant r(testing::lunch_rush());
        r.add_listener(&thrower);
        EXPECT_THROW(r.run_until(3600), std::runtime_error);
        EXPECT_EQ(r.life(), LifeCycle::error);
    }
}

TEST(LifeCycle, RunUntilIsCheapWhenNothingHappens) {
    Restaurant r(testing::lunch_rush());
    const double first = r.peek();
    for (int frame = 1; frame <= 100; ++frame) r.run_until(first * frame / 1000.0);
    EXPECT_EQ(r.events(), 0u);
}

TEST(LifeCycle, InvalidScenarioIsRefusedWithEveryProblem) {
    Scenario s = testing::lunch_rush();
    s.cooks = 0;
    s.rate_per_hour = -3;
    try {
        Restaurant r(s);
        FAIL() << "accepted an invalid scenario";
    } catch (const InvalidScenario& e) {
        ASSERT_EQ(e.problems().size(), 2u);
        EXPECT_NE(std::string(e.what()).find("staff.cooks"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("arrivals.rate_per_hour"), std::string::npos);
    }
}

TEST(LifeCycle, OutOfRangeParameterNamesTheParameter) {
    Restaurant r(testing::lunch_rush());
    try {
        r.set(Parameter::cooks, 0);
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("cooks"), std::string::npos);
    }
}

TEST(LifeCycle, AListenerCannotChangeAParameterWhileAnEventRuns) {
    // A change from inside a happening could end the program of the very waiter
    // whose step is being reported; changes are made between events.
    struct Meddler : Listener {
        Restaurant* r = nullptr;
        bool refused = false;
        void on_happening(const Happening& h) override {
            if (!h.as<happened::WaiterStateChanged>() || refused) return;
            try {
                r->set(Parameter::waiters, 1);
            } catch (const std::logic_error&) {
                refused = true;
            }
        }
    } meddler;
    Restaurant r(testing::lunch_rush());
    meddler.r = &r;
    r.add_listener(&meddler);
    r.run_until(3600);
    EXPECT_TRUE(meddler.refused);
    EXPECT_EQ(r.parameter(Parameter::waiters), ParameterValue{3});
    r.set(Parameter::waiters, 1);  // between events it is fine
    EXPECT_EQ(r.parameter(Parameter::waiters), ParameterValue{1});
}

}  // namespace bistro
