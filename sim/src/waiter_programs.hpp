#pragma once
// The waiters' programs (waiter_programs.cpp).

#include "bistro/sim/program.hpp"
#include "waiters.hpp"

namespace bistro::model {

/// Synchronous: takes the order to the kitchen and waits at the pass until it
/// is cooked, then serves it (dish by dish in each-dish mode).
Program blocking_order(Waiter& me, Party& party);
/// Asynchronous: takes the order to the kitchen and goes on; the kitchen's bell
/// queues the delivery as a task.
Program non_blocking_order(Waiter& me, Party& party);
/// The program for one task from the shared queue, under the policy the house
/// runs as the waiter takes it. A waiter runs one task's program after another.
Program task_program(Waiter& me, const Task& task);

}  // namespace bistro::model
