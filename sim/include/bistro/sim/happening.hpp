#pragma once
// Discrete happenings the model reports to listeners (plots, event log, traces):
// push to report, while drawing pulls a snapshot. Each kind is a struct with its
// own named fields; a Happening is one of them at a time.

#include <cstdint>
#include <string>
#include <variant>

#include "bistro/sim/entities.hpp"

namespace bistro {

/// A party's id; the order id is the party id (every party places one order).
using PartyId = std::int64_t;

namespace happened {

struct PartyArrived {
    PartyId party;
    int size;
};
struct PartySeated {
    PartyId party;
    int table;
    double waited;  ///< seconds at the door
};
struct PartyLost {  ///< gave up waiting at the door, or found its queue full
    PartyId party;
    double waited;             ///< seconds at the door: its patience (0 when turned away)
    bool turned_away = false;  ///< the door queue was full (max_door_queue): it never queued
};
struct WaiterCalled {  ///< menu read: the party wants to order
    PartyId party;
    int table;
};
struct OrderTaken {
    PartyId party;
    int table;
    int waiter;
};
struct TicketHandedIn {  ///< the order's dishes join the kitchen queue
    PartyId party;
    int table;
    int waiter;
    int dishes;
};
struct DishStarted {
    PartyId party;
    int table;
    int dish;  ///< index of the dish within its order
    int item;  ///< menu item
    int cook;
    int attempt;  ///< 0 the first time; one more after each burn
};
struct DishBurnt {  ///< it will be cooked again by the same cook
    PartyId party;
    int table;
    int dish;
    int item;
    int cook;
    int attempt;
};
struct DishReady {  ///< the bell: a dish waits at the pass
    PartyId party;
    int table;
    int dish;
    int item;
};
struct DishPickedUp {
    PartyId party;
    int table;
    int dish;
    int item;
    int waiter;
    double at_pass;  ///< seconds it waited at the pass
};
struct FoodDelivered {
    PartyId party;
    int table;
    int dish;
    int item;
    int waiter;
};
struct OrderServed {  ///< the whole order is on the table
    PartyId party;
    int table;
    int waiter;
    double waited;  ///< seconds from calling the waiter to the last plate
};
struct BillRequested {
    PartyId party;
    int table;
};
struct BillPaid {
    PartyId party;
    int table;
    int waiter;
};
struct PartyLeft {
    PartyId party;
    int table;
    double stayed;  ///< seconds from arrival to leaving
};
struct WaiterStateChanged {
    int waiter;
    WaiterState state;
    PartyId party;  ///< the order the waiter works on, or -1
    int table;      ///< its table, or -1
};
struct ParameterChanged {
    Parameter parameter;
    ParameterValue value;
};
struct WarmupEnded {};

}  // namespace happened

/// What happened; the alternatives are in HappeningKind's order.
using What =
    std::variant<happened::PartyArrived, happened::PartySeated, happened::PartyLost,
                 happened::WaiterCalled, happened::OrderTaken, happened::TicketHandedIn,
                 happened::DishStarted, happened::DishBurnt, happened::DishReady,
                 happened::DishPickedUp, happened::FoodDelivered, happened::OrderServed,
                 happened::BillRequested, happened::BillPaid, happened::PartyLeft,
                 happened::WaiterStateChanged, happened::ParameterChanged, happened::WarmupEnded>;

enum class HappeningKind : std::uint8_t {
    party_arrived,
    party_seated,
    party_lost,
    waiter_called,
    order_taken,
    ticket_handed_in,
    dish_started,
    dish_burnt,
    dish_ready,
    dish_picked_up,
    food_delivered,
    order_served,
    bill_requested,
    bill_paid,
    party_left,
    waiter_state_changed,
    parameter_changed,
    warmup_ended,
};
inline constexpr int happening_kind_count = 18;
static_assert(std::variant_size_v<What> == happening_kind_count);

const char* to_string(HappeningKind k);

/// One happening: when, and what.
struct Happening {
    double time = 0.0;
    What what;

    HappeningKind kind() const { return static_cast<HappeningKind>(what.index()); }
    /// The happening as kind T, or null.
    template <class T>
    const T* as() const {
        return std::get_if<T>(&what);
    }
};

/// The party a happening is about, or -1. (Likewise table_of, waiter_of,
/// cook_of, dish_of and item_of: the field of that name, where the kind has one.)
PartyId party_of(const Happening& h);
int table_of(const Happening& h);
int waiter_of(const Happening& h);
int cook_of(const Happening& h);
int dish_of(const Happening& h);
int item_of(const Happening& h);

/// The kind's own fields besides the ids, as `name=value` words ("size=4",
/// "waited_s=312.5", "state=blocked", "waiters=5"); empty where there are none.
std::string detail(const Happening& h);

/// Receives every happening, in simulation order, synchronously.
class Listener {
  public:
    virtual ~Listener() = default;
    virtual void on_happening(const Happening& h) = 0;
};

}  // namespace bistro
