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
/// A switch's value at a position of its two-way control (0 sync / whole order,
/// 1 async / each dish), and the position of a value.
ParameterValue switchValue(Parameter p, int position);
int switchPosition(const ParameterValue& v);

}  // namespace bistro::gui
