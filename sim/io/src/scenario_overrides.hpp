#pragma once
// Private to bistro::io: "--set key=value" overrides, applied to the TOML tree
// before it is read, so that they are checked exactly as the file is.

#include <toml++/toml.h>

#include <string>
#include <vector>

#include "bistro/io/scenario_file.hpp"

namespace bistro::detail {

/// Applies "a.b.c=value" to the tree; the value is TOML if it parses as such, else text.
/// A setting that cannot be applied adds a problem instead.
void apply_override(toml::table& root, const std::string& setting,
                    std::vector<ScenarioProblem>& problems);

/// Adds " (set on the command line)" to each problem without a position in the file
/// whose key one of `overrides` set: otherwise nobody would know where to look.
void mark_overridden(std::vector<ScenarioProblem>& problems,
                     const std::vector<std::string>& overrides);

/// `message` without the mark mark_overridden gives it.
Words unmarked(const Words& message);

}  // namespace bistro::detail
