#pragma once
// The states of everything on the floor. Each waiter is always in exactly one
// WaiterState; each seated party in exactly one PartyState.

#include <cstdint>

namespace bistro {

enum class WaiterState : std::uint8_t {
    idle,
    walking,
    taking_order,
    making_drinks,  ///< the waiter's own work: CPU-bound, cannot be handed off
    blocked,        ///< at the pass, waiting for the kitchen: a blocking call
    delivering,
    billing,
};
inline constexpr int waiter_state_count = 7;

enum class PartyState : std::uint8_t {
    at_door,
    reading_menu,
    waiting_to_order,
    ordering,
    waiting_for_food,
    eating,
    waiting_for_bill,
    paying,
};
inline constexpr int party_state_count = 8;

enum class TaskKind : std::uint8_t { none, take_order, deliver, bill };

/// Where a waiter is in its program (sim/src/waiter_programs.cpp): one id per
/// line that waits, stable across versions, so a code view can mark the line.
enum class WaiterStep : std::uint8_t {
    waiting_for_task,  ///< `co_await me.next_task()`: idle
    to_take_order,     ///< walking to a table to take its order
    taking_order,
    carrying_ticket,  ///< walking to the pass with the ticket
    making_drinks,
    waiting_at_pass,  ///< synchronous: blocked on the kitchen (or walking back to wait)
    fetching_food,    ///< a delivery task: walking to the pass for the food
    carrying_food,    ///< walking to the table with plates
    serving,          ///< setting plates down
    to_bill,          ///< walking to a table to bring the bill
    billing,
};
inline constexpr int waiter_step_count = 11;

enum class DishState : std::uint8_t { unordered, queued, cooking, at_pass, carried, delivered };

/// A simulation's life cycle. Illegal calls (stepping a finished run) throw.
enum class LifeCycle : std::uint8_t { ready, running, paused, finished, error };

/// Everything a user may change while a run goes on.
enum class Parameter : std::uint8_t {
    waiters,
    cooks,
    arrival_rate,      ///< parties per hour
    policy,            ///< 0 synchronous, 1 asynchronous
    delivery,          ///< 0 whole order, 1 each dish
    cook_time_scale,   ///< multiplies every dish's prep time
    order_time_scale,  ///< multiplies order-taking time
    own_work_scale,    ///< multiplies the waiter's own work per order
    burn_probability,
    patience_scale,  ///< multiplies guests' patience at the door
};
inline constexpr int parameter_count = 10;

/// A parameter change at a simulated time; a run's list of these makes it reproducible.
struct ParameterChange {
    double time = 0.0;
    Parameter parameter = Parameter::waiters;
    double value = 0.0;
    friend bool operator==(const ParameterChange&, const ParameterChange&) = default;
};

const char* to_string(WaiterState s);
const char* to_string(PartyState s);
const char* to_string(TaskKind k);
const char* to_string(WaiterStep s);
const char* to_string(LifeCycle s);
const char* to_string(Parameter p);

}  // namespace bistro
