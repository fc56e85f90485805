#pragma once
// A read-only picture of one instant, for drawing. Positions of walking waiters
// are interpolated along their route, so an animation is exact at any speed.

#include <cstdint>
#include <vector>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/floor.hpp"
#include "bistro/sim/scenario.hpp"

namespace bistro {

struct WaiterView {
    int id = 0;
    bool retiring = false;  ///< will leave when the current task is done
    WaiterState state = WaiterState::idle;
    WaiterStep step = WaiterStep::waiting_for_task;  ///< the line of its program it is at
    double since = 0.0;                              ///< when the current state began
    double until = 0.0;  ///< when it ends, if known (walks and timed work), else `since`
    Point position;
    TaskKind task = TaskKind::none;
    std::int64_t party = -1;
    int table = -1;
    int carrying = 0;     ///< plates in hand
    bool ticket = false;  ///< carrying an order's ticket to the kitchen
};

struct TableView {
    int id = 0;
    int seats = 2;
    Point centre;
    std::int64_t party = -1;  ///< -1: empty
    int party_size = 0;
    PartyState state = PartyState::at_door;
    double since = 0.0;
    int dishes_delivered = 0;
    int dishes_total = 0;
    bool waiting = false;                ///< the party waits now (to order, for food, the bill)
    WaitCause cause = WaitCause::table;  ///< why, while it waits
    WaitParts waited{};                  ///< its waits so far, by cause (seconds)
};

struct DoorView {
    std::int64_t party = -1;
    int size = 0;
    double arrived = 0.0;
    double gives_up = 0.0;  ///< +infinity when patient forever
    WaitParts waited{};     ///< its waits so far, by cause (all for a table)
};

struct CookView {
    int id = 0;
    bool retiring = false;
    bool busy = false;
    std::int64_t party = -1;
    int dish = -1;
    int item = -1;
    double started = 0.0;
    double ends = 0.0;
    int attempt = 0;  ///< 0 first try, 1 after one burn, ...
};

struct DishView {
    std::int64_t party = -1;
    int dish = -1;
    int item = -1;
    int table = -1;
    double since = 0.0;  ///< queued at (kitchen queue) or ready at (pass)
};

struct TaskView {
    TaskKind kind = TaskKind::none;
    std::int64_t party = -1;
    int table = -1;
};

struct Snapshot {
    double time = 0.0;
    LifeCycle life = LifeCycle::ready;
    Policy policy = Policy::synchronous;
    Delivery delivery = Delivery::whole_order;
    std::vector<WaiterView> waiters;  ///< only waiters on the floor
    std::vector<TableView> tables;
    std::vector<DoorView> door;
    std::vector<CookView> cooks;  ///< only cooks in the kitchen
    std::vector<DishView> kitchen_queue;
    std::vector<DishView> pass;
    std::vector<TaskView> tasks;  ///< the waiters' shared task queue, oldest first
    std::uint64_t arrived = 0, served = 0, lost = 0, inside = 0;
};

}  // namespace bistro
