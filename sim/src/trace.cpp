#include "bistro/sim/trace.hpp"

#include <type_traits>

namespace bistro {

namespace {
template <class T, class E>
inline constexpr bool is = std::is_same_v<std::remove_cvref_t<E>, T>;

/// The number a happening's row has always carried besides its ids (a size, a
/// wait, an attempt, a state or a parameter's value), so fingerprints recorded
/// before happenings were typed still hold.
double row_value(const Happening& h) {
    return std::visit(
        [](const auto& e) -> double {
            using namespace happened;
            if constexpr (is<PartyArrived, decltype(e)>) return e.size;
            if constexpr (is<TicketHandedIn, decltype(e)>) return e.dishes;
            if constexpr (is<PartySeated, decltype(e)> || is<PartyLost, decltype(e)> ||
                          is<OrderServed, decltype(e)>)
                return e.waited;
            if constexpr (is<PartyLeft, decltype(e)>) return e.stayed;
            if constexpr (is<DishStarted, decltype(e)> || is<DishBurnt, decltype(e)>)
                return e.attempt;
            if constexpr (is<DishPickedUp, decltype(e)>) return e.at_pass;
            if constexpr (is<WaiterStateChanged, decltype(e)>) return static_cast<double>(e.state);
            if constexpr (is<ParameterChanged, decltype(e)>) return row_number(e.value);
            return 0.0;
        },
        h.what);
}
}  // namespace

double row_number(const ParameterValue& v) {
    return std::visit([](auto x) { return static_cast<double>(x); }, v);
}

void Fingerprint::feed(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        hash_ ^= bytes[i];
        hash_ *= 0x100000001b3ull;
    }
}

void Fingerprint::on_happening(const Happening& h) {
    // One flat row per happening, field by field (never padding bytes): time,
    // kind, party, table, waiter, cook (a parameter's id for a change), dish,
    // item, and the kind's number.
    const auto kind = static_cast<std::uint8_t>(h.kind());
    const std::int64_t party = party_of(h);
    const std::int32_t ids[] = {
        table_of(h), waiter_of(h),
        h.as<happened::ParameterChanged>()
            ? static_cast<std::int32_t>(h.as<happened::ParameterChanged>()->parameter)
            : cook_of(h),
        dish_of(h), item_of(h)};
    const double value = row_value(h);
    feed(&h.time, sizeof h.time);
    feed(&kind, sizeof kind);
    feed(&party, sizeof party);
    for (const std::int32_t id : ids) feed(&id, sizeof id);
    feed(&value, sizeof value);
    ++count_;
}

}  // namespace bistro
