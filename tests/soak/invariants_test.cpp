// The soak's invariants fire when broken: each on a snapshot broken by hand, and
// none on real runs of the shipped kind.
#include "invariants.hpp"

#include <gtest/gtest.h>

#include "../sim/scenarios.hpp"
#include "bistro/sim/restaurant.hpp"

namespace bistro::soak {
namespace {

Snapshot running(Policy policy, double until) {
    Restaurant r(testing::lunch_rush(policy));
    r.run_until(until);
    return r.snapshot();
}

Staffing staffing_of(const Snapshot& s) {
    Staffing staff;
    for (const WaiterView& w : s.waiters) staff.waiters += w.retiring ? 0 : 1;
    for (const CookView& c : s.cooks) staff.cooks += c.retiring ? 0 : 1;
    return staff;
}

bool names(const std::vector<std::string>& problems, const std::string& words) {
    for (const std::string& p : problems)
        if (p.find(words) != std::string::npos) return true;
    return false;
}

TEST(SoakInvariants, HoldOnRealRuns) {
    for (Policy policy : {Policy::synchronous, Policy::asynchronous})
        for (double t : {0.0, 600.0, 3600.0, 7200.0}) {
            const Snapshot s = running(policy, t);
            EXPECT_TRUE(broken_invariants(s, staffing_of(s)).empty()) << t;
        }
}

TEST(SoakInvariants, EachFiresWhenBroken) {
    const Snapshot good = running(Policy::synchronous, 3600.0);
    const Staffing staff = staffing_of(good);
    ASSERT_FALSE(good.kitchen_queue.empty() && good.cooks.empty());
    Snapshot s = good;
    ++s.arrived;
    EXPECT_TRUE(names(broken_invariants(s, staff), "not conserved"));
    s = good;
    std::size_t first = 0;
    while (s.tables[first].party < 0) ++first;
    s.tables[first + 1 == s.tables.size() ? 0 : first + 1].party = s.tables[first].party;
    EXPECT_TRUE(names(broken_invariants(s, staff), "at two tables"));
    s = good;
    s.pass.push_back({s.tables[first].party, 0, 0, s.tables[first].id, 0.0});
    s.kitchen_queue.push_back(s.pass.back());
    EXPECT_TRUE(names(broken_invariants(s, staff), "in two places"));
    EXPECT_TRUE(
        names(broken_invariants(good, {staff.waiters + 1, staff.cooks}), "waiters staying"));
    EXPECT_TRUE(names(broken_invariants(good, {staff.waiters, staff.cooks - 1}), "cooks staying"));
    s = good;
    s.waiters.front().state = WaiterState::idle;
    s.waiters.front().task = TaskKind::bill;
    EXPECT_TRUE(names(broken_invariants(s, staff), "idle with a task"));
}

TEST(SoakInvariants, DescriptionsNameTheFirstDifference) {
    const Snapshot a = running(Policy::synchronous, 3600.0);
    Snapshot b = a;
    EXPECT_EQ(first_difference(describe(a), describe(b)), "");
    b.tables[3].since += 1.0;
    EXPECT_NE(first_difference(describe(a), describe(b)).find("table 3"), std::string::npos);
    b = a;
    b.tasks.push_back({TaskKind::deliver, 1, 1});
    EXPECT_NE(first_difference(describe(a), describe(b)).find("(nothing)"), std::string::npos);
}

}  // namespace
}  // namespace bistro::soak
