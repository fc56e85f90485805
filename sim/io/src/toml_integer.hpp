#pragma once
// Private to bistro::io. toml++ reads a float as an integer by converting it first
// and checking after (value.h, "float -> int"): undefined behaviour for 1e70, which
// scenario_fuzzer found ("tables_for_two = 5777E70"). Every integer is read here.

#include <toml++/toml.h>

#include <cmath>
#include <cstdint>
#include <optional>

namespace bistro::detail {

/// The node as an integer: an integer, or a float that is a whole number in range.
inline std::optional<std::int64_t> integer_of(const toml::node& node) {
    if (const auto* f = node.as_floating_point(); f && !(std::abs(f->get()) < 9.2e18))
        return std::nullopt;  // beyond int64_t (or not a number): no integer
    return node.value<std::int64_t>();
}

}  // namespace bistro::detail
