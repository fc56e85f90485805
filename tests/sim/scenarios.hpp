#pragma once
// Scenarios shared by the tests.

#include "bistro/sim/scenario.hpp"

namespace bistro::testing {

/// The restaurant reduced to its bones (issue #2, benchmark b): parties of one,
/// no walking, no menu reading, eating or paying; order-taking exp(1 min),
/// cooking exp(5 min), delivery exp(30 s); 2 waiters, 3 cooks, 15 parties/h.
inline Scenario reduced(Policy policy = Policy::synchronous) {
    Scenario s;
    s.name = "reduced";
    s.policy = policy;
    s.duration = 200 * 3600.0;
    s.rate_per_hour = 15;
    s.party_size = Discrete({{1, 1.0}});
    s.patience.reset();
    s.tables_for_two = 300;
    s.tables_for_four = 0;
    s.walk_speed = 0;
    s.context_switch = Distribution::fixed(0);
    s.waiters = 2;
    s.cooks = 3;
    s.menu_reading = Distribution::fixed(0);
    s.order_taking = Distribution::exponential(60);
    s.own_work = Distribution::fixed(0);
    s.delivery_time = Distribution::exponential(30);
    s.eating = Distribution::fixed(0);
    s.billing = Distribution::fixed(0);
    s.pay_at_table = false;
    s.burn_probability = 0;
    s.menu = {{"Dish", 1.0, Distribution::exponential(300)}};
    return s;
}

/// Sync waiters whose only work is an exponential order taking of 6 min: M/M/2
/// at rho = 0.75, over 300 hours after 10 of warm-up.
inline Scenario mm2() {
    Scenario s = reduced(Policy::synchronous);
    s.order_taking = Distribution::exponential(360);
    s.menu = {{"Instant", 1.0, Distribution::fixed(0)}};
    s.delivery_time = Distribution::fixed(0);
    s.duration = 300 * 3600.0;
    s.warmup = 10 * 3600.0;
    return s;
}

/// A busy lunch: the defaults (3 waiters, 4 cooks, 18 tables) with more guests.
inline Scenario lunch_rush(Policy policy = Policy::synchronous) {
    Scenario s;
    s.name = "Lunch rush";
    s.policy = policy;
    s.rate_per_hour = 20;
    return s;
}

}  // namespace bistro::testing
