#include "bistro/sim/happening.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <type_traits>

namespace bistro {

namespace {
/// get(e) for the happening's kind where the kind has that field, else -1.
template <class Get>
std::int64_t field(const Happening& h, Get get) {
    return std::visit(
        [&](const auto& e) -> std::int64_t {
            if constexpr (std::is_invocable_v<Get&, decltype(e)>)
                return get(e);
            else
                return -1;
        },
        h.what);
}
}  // namespace

PartyId party_of(const Happening& h) {
    return field(h, [](const auto& e) -> decltype(e.party) { return e.party; });
}
int table_of(const Happening& h) {
    return static_cast<int>(field(h, [](const auto& e) -> decltype(e.table) { return e.table; }));
}
int waiter_of(const Happening& h) {
    return static_cast<int>(field(h, [](const auto& e) -> decltype(e.waiter) { return e.waiter; }));
}
int cook_of(const Happening& h) {
    return static_cast<int>(field(h, [](const auto& e) -> decltype(e.cook) { return e.cook; }));
}
int dish_of(const Happening& h) {
    return static_cast<int>(field(h, [](const auto& e) -> decltype(e.dish) { return e.dish; }));
}
int item_of(const Happening& h) {
    return static_cast<int>(field(h, [](const auto& e) -> decltype(e.item) { return e.item; }));
}

namespace {
template <class T, class E>
inline constexpr bool is = std::is_same_v<std::remove_cvref_t<E>, T>;

std::string text(double x) {  // exact: reads back as the same double
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", x);
    return buf;
}
std::string seconds(const char* name, double s) {
    return std::string(name) + "=" + text(s);
}
std::string setting(const ParameterValue& v) {
    return std::visit(
        [](auto x) -> std::string {
            if constexpr (std::is_same_v<decltype(x), int>) return std::to_string(x);
            if constexpr (std::is_same_v<decltype(x), double>) return text(x);
            if constexpr (!std::is_arithmetic_v<decltype(x)>) return to_string(x);
        },
        v);
}
}  // namespace

std::string detail(const Happening& h) {
    return std::visit(
        [](const auto& e) -> std::string {
            using namespace happened;
            if constexpr (is<PartyArrived, decltype(e)>) return "size=" + std::to_string(e.size);
            if constexpr (is<TicketHandedIn, decltype(e)>)
                return "dishes=" + std::to_string(e.dishes);
            if constexpr (is<PartyLost, decltype(e)>)
                return seconds("waited_s", e.waited) + (e.turned_away ? " turned_away" : "");
            if constexpr (is<PartySeated, decltype(e)> || is<OrderServed, decltype(e)>)
                return seconds("waited_s", e.waited);
            if constexpr (is<PartyLeft, decltype(e)>) return seconds("stayed_s", e.stayed);
            if constexpr (is<DishStarted, decltype(e)> || is<DishBurnt, decltype(e)>)
                return "attempt=" + std::to_string(e.attempt);
            if constexpr (is<DishPickedUp, decltype(e)>) return seconds("at_pass_s", e.at_pass);
            if constexpr (is<WaiterStateChanged, decltype(e)>) {
                std::string state = to_string(e.state);  // "taking order": one word
                std::replace(state.begin(), state.end(), ' ', '_');
                return "state=" + state;
            }
            if constexpr (is<ParameterChanged, decltype(e)>)
                return std::string(to_string(e.parameter)) + "=" + setting(e.value);
            return {};
        },
        h.what);
}

}  // namespace bistro
