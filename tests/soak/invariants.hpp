#pragma once
// What must hold at every instant of any run, whatever was done to it: checked
// on a snapshot by the soak (tests/soak/soak.cpp) after every frame.

#include <string>
#include <vector>

#include "bistro/sim/snapshot.hpp"

namespace bistro::soak {

/// The staff counts the sliders asked for.
struct Staffing {
    int waiters = 0;
    int cooks = 0;
};

/// Every broken invariant, in words (none: all hold).
std::vector<std::string> broken_invariants(const Snapshot& s, Staffing staff);

/// The snapshot in full, one fact a line, so two can be compared and the first
/// difference named.
std::string describe(const Snapshot& s);

/// The first line where two descriptions differ, as "line N: A | B" (empty if none).
std::string first_difference(const std::string& a, const std::string& b);

}  // namespace bistro::soak
