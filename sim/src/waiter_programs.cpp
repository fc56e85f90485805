// The two ways to serve an order, side by side: the only place where the
// policies differ.
//
// Every waiter takes tasks from the crew's shared queue one after another, like
// a thread taking work from a pool's queue, and runs each task's program. An
// order is taken to the kitchen the same way under both policies; what differs
// is what the waiter does once the ticket is in. The synchronous waiter makes a blocking call: it
// stands at the pass until the food is cooked. The asynchronous waiter lets go,
// and the kitchen's bell queues the delivery as a task for whoever is free.
//
// The `@step:` and `@on:` comments mark the line a waiter is at in each step
// (WaiterStep), and the lines that run when something happens, for the app's
// code panel, which shows this file without them.
#include "waiter_programs.hpp"

// GCC 12 pairs a coroutine frame's promise-level operator delete with the global
// operator new and warns at -O0 (a false positive: both are the promise's own).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace bistro::model {

Program blocking_order(Waiter& me, Party& party) {
    co_await me.walk_to(party, WaiterStep::to_take_order);  // @step:to_take_order:sync
    co_await me.take_order(party);                          // @step:taking_order:sync
    co_await me.walk_to_pass(WaiterStep::carrying_ticket);  // @step:carrying_ticket:sync
    me.hand_in_ticket(party);                               // @on:ticket_handed_in:sync
    co_await me.make_drinks(party);                         // @step:making_drinks:sync
    while (!party.served()) {
        if (me.house_policy() == Policy::asynchronous)  // told to stop waiting
            co_return me.let_go(party);
        // A blocking call: the waiter stands here until the kitchen has the food.
        const Dishes food = co_await me.wait_at_pass(party);    // @step:waiting_at_pass:sync
        if (!food) continue;                                    // woken by a change of policy
        me.pick_up(party, food);                                // @on:dish_ready:sync
        co_await me.walk_to(party, WaiterStep::carrying_food);  // @step:carrying_food:sync
        co_await me.serve(party, food);                         // @step:serving:sync
    }
}

Program non_blocking_order(Waiter& me, Party& party) {
    co_await me.walk_to(party, WaiterStep::to_take_order);  // @step:to_take_order:async
    co_await me.take_order(party);                          // @step:taking_order:async
    co_await me.walk_to_pass(WaiterStep::carrying_ticket);  // @step:carrying_ticket:async
    me.hand_in_ticket(party);                               // @on:ticket_handed_in:async
    co_await me.make_drinks(party);                         // @step:making_drinks:async
    me.let_go(party);  // the bell will queue the delivery for any waiter
}

// The bell called: food is at the pass, and any free waiter takes it.
Program deliver(Waiter& me, Party& party, Dishes food) {             // @on:dish_ready:async
    co_await me.walk_to_pass_for(party, WaiterStep::fetching_food);  // @step:fetching_food:async
    me.pick_up(party, food);
    co_await me.walk_to(party, WaiterStep::carrying_food);  // @step:carrying_food:async
    co_await me.serve(party, food);                         // @step:serving:async
}

Program bring_bill(Waiter& me, Party& party) {
    co_await me.walk_to(party, WaiterStep::to_bill);  // @step:to_bill
    co_await me.bill(party);                          // @step:billing
}

// The program for the next task from the queue (a waiter with none is idle).
Program task_program(Waiter& me, const Task& task) {  // @step:waiting_for_task
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
