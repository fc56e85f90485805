#pragma once
// Finding a scenario by name, so that `bistro-cli run lunch-rush` and
// `bistro --scenario lunch-rush` work from any directory, installed or not.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace bistro {

/// The folders a program at `executable` looks in for a scenario named without a
/// path, in order: the installed data folder found from the program's own place
/// (`<prefix>/bin/../share/async-bistro/scenarios`, so a copy installed under any
/// prefix finds its own), then, only for a program run from the build tree, the
/// source tree's resources/scenarios. Folders that do not exist are listed too,
/// so a message can say where it looked.
std::vector<std::filesystem::path> scenario_directories(const std::filesystem::path& executable);

/// The file `text` names. An existing file as given wins ("my.toml", "../x.toml");
/// text with a folder in it is a path and nothing else. A bare name ("lunch-rush"
/// or "lunch-rush.toml") is then looked up as `<folder>/<name>.toml` in
/// `directories`, first found first. Throws ScenarioError when nothing is found:
/// its message lists every place looked at, the presets that are there and the
/// closest name if `text` looks like a typo of one.
std::filesystem::path find_scenario(std::string_view text,
                                    const std::vector<std::filesystem::path>& directories);

/// The names of the presets in `directories` ("lunch-rush"), sorted, each once.
std::vector<std::string> preset_names(const std::vector<std::filesystem::path>& directories);

/// The running program's own file (/proc/self/exe), or `fallback` made absolute
/// (argv[0]) where that cannot be read.
std::filesystem::path this_executable(const char* fallback);

}  // namespace bistro
