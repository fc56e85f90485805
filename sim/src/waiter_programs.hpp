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
/// Every waiter's life: tasks from the shared queue, one after another, until
/// the waiter leaves.
Program waiter(Waiter& me);

}  // namespace bistro::model
