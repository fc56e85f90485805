// The two ways to serve an order, side by side: the only place where the
// policies differ.
//
// Every waiter takes tasks from the crew's shared queue one after another, like
// a thread taking work from a pool's queue, and runs each task's program. An
// order is taken to the kitchen the same way under both policies; what differs
// is what the waiter does once the ticket is in. The synchronous waiter makes a blocking call: it
// stands at the pass until the food is cooked. The asynchronous waiter lets go,
// and the kitchen's bell queues the delivery as a task for whoever is free.
#include "waiter_programs.hpp"

// GCC 12 pairs a coroutine frame's promise-level operator delete with the global
// operator new and warns at -O0 (a false positive: both are the promise's own).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace bistro::model {

Program blocking_order(Waiter& me, Party& party) {
    co_await me.walk_to(party, WaiterStep::to_take_order);
    co_await me.take_order(party);
    co_await me.walk_to_pass(WaiterStep::carrying_ticket);
    me.hand_in_ticket(party);
    co_await me.make_drinks(party);
    while (!party.served()) {
        if (me.house_policy() == Policy::asynchronous)  // told to stop waiting
            co_return me.let_go(party);
        const Dishes food = co_await me.wait_at_pass(party);  // blocks until it is cooked
        if (!food) continue;                                  // woken by a change of policy
        me.pick_up(party, food);
        co_await me.walk_to(party, WaiterStep::carrying_food);
        co_await me.serve(party, food);
    }
}

Program non_blocking_order(Waiter& me, Party& party) {
    co_await me.walk_to(party, WaiterStep::to_take_order);
    co_await me.take_order(party);
    co_await me.walk_to_pass(WaiterStep::carrying_ticket);
    me.hand_in_ticket(party);
    co_await me.make_drinks(party);
    me.let_go(party);  // the bell will queue the delivery for any waiter
}

Program deliver(Waiter& me, Party& party, Dishes food) {  // the bell called: food is at the pass
    co_await me.walk_to_pass_for(party, WaiterStep::fetching_food);
    me.pick_up(party, food);
    co_await me.walk_to(party, WaiterStep::carrying_food);
    co_await me.serve(party, food);
}

Program bring_bill(Waiter& me, Party& party) {
    co_await me.walk_to(party, WaiterStep::to_bill);
    co_await me.bill(party);
}

Program task_program(Waiter& me, const Task& task) {
    const Policy policy = me.house_policy();
    me.juggle_tables(policy == Policy::asynchronous);  // switching tables costs time
    Party& party = me.party(task);
    switch (task.kind) {
        case TaskKind::take_order:
            if (policy == Policy::synchronous) return blocking_order(me, party);
            return non_blocking_order(me, party);
        case TaskKind::deliver:
            return deliver(me, party, task.dishes);
        case TaskKind::bill:
            return bring_bill(me, party);
        case TaskKind::none:
            break;
    }
    return {};
}

}  // namespace bistro::model
