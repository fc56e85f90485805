#pragma once
// A scenario: every parameter of the restaurant, with defaults a person would
// expect of a small bistro at lunch. Times are seconds, distances metres.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/random.hpp"

namespace bistro {

/// In which order waiters take tasks from their shared queue.
enum class TaskOrder : std::uint8_t {
    fifo,              ///< first come, first served
    deliveries_first,  ///< ready food before new work (like an event loop's microtasks)
};

const char* to_string(TaskOrder o);

/// One dish on the menu: its share of orders and how long a cook needs for it.
struct MenuItem {
    std::string name;
    double share = 1.0;
    Distribution prep = Distribution::lognormal(600.0, 180.0);

    friend bool operator==(const MenuItem&, const MenuItem&) = default;
};

/// From `start` (seconds into the run) the arrival rate is multiplied by `factor`.
struct RateSegment {
    double start = 0.0;
    double factor = 1.0;

    friend bool operator==(const RateSegment&, const RateSegment&) = default;
};

/// What is wrong with one field of a scenario: "staff.cooks", "must be 1 to 100".
struct FieldProblem {
    std::string field;
    Words words;

    /// "staff.cooks: must be 1 to 100"
    std::string english() const { return field + ": " + words.english(); }
};

/// Everything that defines a run. Validate with `problems()` before simulating.
struct Scenario {
    std::string name = "Bistro";
    std::string description;
    double duration = 3 * 3600.0;  ///< run length (s)
    double warmup = 0.0;           ///< statistics before this time are discarded (s)
    std::uint64_t seed = 42;
    Policy policy = Policy::synchronous;
    Delivery delivery = Delivery::whole_order;
    TaskOrder task_order = TaskOrder::fifo;

    // Arrivals
    double rate_per_hour = 15.0;       ///< Poisson arrival rate of parties
    std::vector<RateSegment> profile;  ///< optional piecewise multipliers over the day
    Discrete party_size{{{1, 0.2}, {2, 0.45}, {3, 0.15}, {4, 0.2}}};
    std::optional<Distribution> patience =
        Distribution::exponential(20 * 60.0);  ///< none: wait forever
    /// Parties already queued at the door when it opens (time 0), having read the
    /// menu in the window: seated, they call a waiter at once. The Poisson arrivals
    /// come on top of them.
    int at_opening = 0;

    // Floor
    int tables_for_two = 10;
    int tables_for_four = 8;
    double walk_speed = 1.0;  ///< m/s; 0 means "no walking": every move is instant
    Distribution context_switch =
        Distribution::fixed(5.0);  ///< async only: per change of table (s)

    // Staff
    int waiters = 3;
    int cooks = 4;

    // Time spent by guests and waiters (s)
    Distribution menu_reading = Distribution::lognormal(5 * 60.0, 2 * 60.0);
    Distribution order_taking = Distribution::lognormal(2 * 60.0, 40.0);
    Distribution own_work = Distribution::lognormal(60.0, 20.0);  ///< drinks etc., per order
    Distribution delivery_time =
        Distribution::lognormal(30.0, 10.0);  ///< setting plates down, per trip
    Distribution eating = Distribution::lognormal(25 * 60.0, 8 * 60.0);
    Distribution billing = Distribution::lognormal(2 * 60.0, 40.0);
    bool pay_at_table = true;  ///< false: guests leave after eating without asking a waiter

    // Kitchen
    double burn_probability = 0.02;
    std::vector<MenuItem> menu = {
        {"Soup", 0.25, Distribution::lognormal(2 * 60.0, 30.0)},
        {"Salad", 0.20, Distribution::lognormal(3 * 60.0, 60.0)},
        {"Pasta", 0.30, Distribution::lognormal(6 * 60.0, 90.0)},
        {"Steak", 0.25, Distribution::lognormal(9 * 60.0, 2 * 60.0)},
    };

    /// Every problem, each naming its field ("staff.cooks: must be 1 to 100"). Empty = valid.
    std::vector<FieldProblem> problems() const;

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

/// The scenario with one parameter set as a change at time 0 would set it: staff,
/// rate, switches and burns directly; the scales multiply the scenario's own times.
Scenario with_parameter(Scenario s, Parameter p, ParameterValue value);

/// Largest party a table can seat; larger parties are rejected by validation.
inline constexpr int max_party_size = 8;

// The bounds of a scenario, beyond anything a restaurant means (docs/scenarios.md):
// validation refuses more, so every valid scenario runs in bounded memory and time.
inline constexpr int max_tables = 400;              ///< tables for two and four together
inline constexpr int max_staff = 100;               ///< waiters, and cooks, each
inline constexpr double max_rate_per_hour = 10000;  ///< parties an hour, at a profile's peak too
inline constexpr double max_duration = 10000 * 3600.0;  ///< seconds: 10,000 hours
/// Parties that may queue at the door at once: one arriving to a full queue is
/// turned away (lost, having waited 0 s), so the door never grows without bound.
inline constexpr int max_door_queue = 1000;

}  // namespace bistro
