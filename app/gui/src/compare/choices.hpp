#pragma once
// What compare mode can compare, in the order the bar offers it, with each
// parameter's range.

#include <span>

#include "bistro/sim/entities.hpp"

namespace bistro::gui {

struct Choice {
    Parameter parameter;
    const char* label;
    double min, max, step;
    int decimals;
};

/// Every choice, in the bar's order.
std::span<const Choice> choices();
/// The choice of a parameter (the first, if it cannot be compared).
const Choice& choice(Parameter p);
/// A parameter that is one thing or the other (policy, delivery), not a number.
bool isSwitch(Parameter p);

}  // namespace bistro::gui
