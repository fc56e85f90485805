#pragma once
// Private to bistro::io: the text scanning that durations, distributions, the
// scenario reader and --set overrides share.

#include <optional>
#include <string>
#include <string_view>

#include "bistro/sim/words.hpp"

namespace bistro::detail {

/// `s` without leading and trailing white space.
std::string_view trim(std::string_view s);

/// The whole of `s` (trimmed) as a finite number, or nullopt.
std::optional<double> parse_number(std::string_view s);

/// "unknown key", with "(did you mean ...?)" when `hint` is not empty.
Words unknown_key(const std::string& hint);

}  // namespace bistro::detail
