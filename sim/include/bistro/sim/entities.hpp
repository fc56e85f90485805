#pragma once
// The states of everything on the floor. Each waiter is always in exactly one
// WaiterState; each seated party in exactly one PartyState.

#include <array>
#include <cstdint>
#include <variant>

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

/// Why a waiting party waits, at each instant it waits (docs/model.md). A
/// party waits at the door, for a waiter (to order, for the bill) and for its
/// food; its waits split by cause add up to its whole wait.
enum class WaitCause : std::uint8_t {
    table,            ///< at the door: no table that fits is free
    waiters_busy,     ///< for a free waiter, all of them at work
    waiters_blocked,  ///< for a free waiter, while one or more stand blocked at the pass
    waiter_at_work,   ///< its waiter is on the way or at work for it (walking, the ticket, plates)
    kitchen,          ///< its dishes wait on the ticket rail or cook
    burnt,            ///< a burnt dish of its order is cooked again
    at_pass,          ///< its food is ready and cooling at the pass
};
inline constexpr int wait_cause_count = 7;
/// Seconds of waiting by cause, indexed by WaitCause.
using WaitParts = std::array<double, wait_cause_count>;

enum class TaskKind : std::uint8_t { none, take_order, deliver, bill };

/// Where a waiter is in its program (sim/src/waiter_programs.cpp): one id per
/// line that waits, stable across versions, so a code view can mark the line.
enum class WaiterStep : std::uint8_t {
    waiting_for_task,  ///< between tasks: idle
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

/// What a waiter does after handing a ticket in at the pass.
enum class Policy : std::uint8_t {
    synchronous,   ///< stays blocked at the pass until that order is cooked, then delivers it
    asynchronous,  ///< free at once; the kitchen's bell queues a delivery for any waiter
};

/// When food leaves the pass.
enum class Delivery : std::uint8_t {
    whole_order,  ///< all dishes of an order together (like Promise.all / join)
    each_dish,    ///< every dish as soon as it is ready (like streaming results)
};

/// Everything a user may change while a run goes on.
enum class Parameter : std::uint8_t {
    waiters,           ///< a count (int)
    cooks,             ///< a count (int)
    arrival_rate,      ///< parties per hour (double)
    policy,            ///< a Policy
    delivery,          ///< a Delivery
    cook_time_scale,   ///< multiplies every dish's prep time (double)
    order_time_scale,  ///< multiplies order-taking time (double)
    own_work_scale,    ///< multiplies the waiter's own work per order (double)
    burn_probability,  ///< (double)
    patience_scale,    ///< multiplies guests' patience at the door (double)
};
inline constexpr int parameter_count = 10;

/// A parameter's value, of the parameter's own type: a count is an int, a
/// switch its enum, everything else a double.
using ParameterValue = std::variant<int, double, Policy, Delivery>;

/// The value a parameter takes, of its type: an int for a number given to a
/// double parameter is converted; anything else of the wrong type throws
/// std::invalid_argument naming the parameter.
ParameterValue typed(Parameter p, ParameterValue v);
/// A numeric parameter's value as a number (a slider's). Throws
/// std::invalid_argument for a switch.
double number(Parameter p, const ParameterValue& v);
/// A number (a slider's, a spin box's) as a numeric parameter's value: a count
/// is rounded to the nearest whole one. Throws std::invalid_argument for a switch.
ParameterValue from_number(Parameter p, double v);

/// A parameter change at a simulated time; a run's list of these makes it reproducible.
struct ParameterChange {
    double time = 0.0;
    Parameter parameter = Parameter::waiters;
    ParameterValue value = 0;
    friend bool operator==(const ParameterChange&, const ParameterChange&) = default;
};

const char* to_string(WaiterState s);
const char* to_string(PartyState s);
const char* to_string(TaskKind k);
/// A stable short name ("waiters_blocked"), for metrics and files.
const char* to_string(WaitCause c);
const char* to_string(WaiterStep s);
const char* to_string(LifeCycle s);
const char* to_string(Parameter p);
const char* to_string(Policy p);
const char* to_string(Delivery d);

}  // namespace bistro
