#pragma once
// Lesson files: TOML a teacher can write by hand, read with the scenario
// parser's located problems ("lesson.toml:12:9: step[2].lock: ..."). The
// format is documented in docs/lessons.md; the model of a lesson, and how a
// prediction is measured, in bistro/sim/lesson.hpp.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bistro/io/scenario_file.hpp"
#include "bistro/sim/lesson.hpp"

namespace bistro {

/// A scenario's text and the name its problems are reported under.
struct ScenarioText {
    std::string text;
    std::string source;
};

/// Finds the scenario a lesson names ("slow-kitchen", or a file "my-bistro.toml").
using ScenarioFinder = std::function<std::optional<ScenarioText>(const std::string& name)>;

/// Scenarios as files: a name is looked up beside the lesson, then in each folder
/// of `presets` in turn (with ".toml" added when it has no extension).
ScenarioFinder scenario_files(const std::filesystem::path& lesson_dir,
                              std::vector<std::filesystem::path> presets);

/// The panels a step may highlight or open ("plotWaitFood", "code", ...).
const std::vector<std::string>& lesson_panels();
/// The insight cards a step may point at ("blocked_at_pass", ...).
const std::vector<std::string>& lesson_cards();

/// Parses lesson text; every problem is reported at once. Throws ScenarioError
/// (its problems name the lesson file, or the scenario file they are in).
Lesson parse_lesson(std::string_view text, const std::string& source_name,
                    const ScenarioFinder& scenarios);

/// Reads a lesson file; scenarios are found beside it, then in `presets`.
Lesson load_lesson(const std::filesystem::path& file, std::vector<std::filesystem::path> presets);

/// Whether TOML text is a lesson (it has [[step]] tables) rather than a scenario.
bool looks_like_lesson(std::string_view text);

/// The "What it teaches:" paragraph of a file's opening comment, as one line; empty if none.
std::string what_it_teaches(std::string_view text);

}  // namespace bistro
