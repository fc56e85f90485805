#pragma once
// Discrete happenings the model reports to listeners (plots, event log, traces):
// push to report, while drawing pulls a snapshot.

#include <cstdint>

namespace bistro {

enum class HappeningKind : std::uint8_t {
    party_arrived,
    party_seated,
    party_lost,     ///< gave up waiting at the door
    waiter_called,  ///< menu read: the party wants to order
    order_taken,
    ticket_handed_in,  ///< the order's dishes join the kitchen queue
    dish_started,
    dish_burnt,  ///< it will be cooked again by the same cook
    dish_ready,  ///< the bell: a dish waits at the pass
    dish_picked_up,
    food_delivered,
    order_served,  ///< the whole order is on the table; value: seconds waited for it
    bill_requested,
    bill_paid,
    party_left,
    waiter_state_changed,  ///< value: the new WaiterState
    parameter_changed,     ///< cook: the Parameter, value: its new value
    warmup_ended,
};
inline constexpr int happening_kind_count = 18;

const char* to_string(HappeningKind k);

/// One happening. Ids are -1 where they do not apply. The order id is the party id:
/// every party places exactly one order.
struct Happening {
    double time = 0.0;
    HappeningKind kind = HappeningKind::party_arrived;
    std::int64_t party = -1;
    std::int32_t table = -1;
    std::int32_t waiter = -1;
    std::int32_t cook = -1;
    std::int32_t dish = -1;  ///< index of the dish within its order
    std::int32_t item = -1;  ///< menu item of the dish
    double value = 0.0;      ///< kind-specific (a state, a parameter value, a party size)
};

/// Receives every happening, in simulation order, synchronously.
class Listener {
  public:
    virtual ~Listener() = default;
    virtual void on_happening(const Happening& h) = 0;
};

}  // namespace bistro
