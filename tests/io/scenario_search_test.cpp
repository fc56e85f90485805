// Finding a scenario by name: a file first, then each preset folder in order,
// else a message that says where it looked; installed programs never read the sources.
#include "bistro/io/scenario_search.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "bistro/io/scenario_file.hpp"

namespace bistro {

namespace fs = std::filesystem;

namespace {
/// A fresh folder of this test's own, with presets named `names` (empty files).
fs::path folder(const std::string& leaf, const std::vector<std::string>& names = {}) {
    const fs::path dir =
        fs::temp_directory_path() / ("bistro-search-" + std::to_string(::getpid())) / leaf;
    fs::create_directories(dir);
    for (const auto& n : names) std::ofstream(dir / (n + ".toml")) << "# " << n << "\n";
    return dir;
}

std::string not_found_message(std::string_view text, const std::vector<fs::path>& dirs) {
    try {
        find_scenario(text, dirs);
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "(found)";
}
}  // namespace

TEST(ScenarioSearch, AnExistingFileWinsOverAPresetOfTheSameName) {
    const fs::path presets = folder("file-wins", {"lunch-rush"});
    const fs::path own = folder("own", {"lunch-rush"}) / "lunch-rush.toml";
    EXPECT_EQ(find_scenario(own.string(), {presets}), own);
}

TEST(ScenarioSearch, ABareNameIsThePresetInTheFirstFolderThatHasIt) {
    const fs::path empty = folder("first-empty");
    const fs::path second = folder("second", {"slow-kitchen"});
    const fs::path third = folder("third", {"slow-kitchen"});
    const std::vector<fs::path> dirs{empty / "missing", empty, second, third};
    EXPECT_EQ(find_scenario("slow-kitchen", dirs), second / "slow-kitchen.toml");
    EXPECT_EQ(find_scenario("slow-kitchen.toml", dirs), second / "slow-kitchen.toml");
}

TEST(ScenarioSearch, TextWithAFolderIsAPathAndNothingElse) {
    const fs::path presets = folder("path-only", {"lunch-rush"});
    EXPECT_EQ(find_scenario("elsewhere/lunch-rush.toml", {presets}), "elsewhere/lunch-rush.toml");
}

TEST(ScenarioSearch, AnUnknownNameSaysWhereItLookedAndTheClosestPreset) {
    const fs::path a = folder("typo-a", {"lunch-rush", "slow-kitchen"});
    const fs::path b = folder("typo-b", {"lunch-rush", "cocktail-bar"});
    const std::string message = not_found_message("lunch-rsh", {a, b});
    EXPECT_NE(message.find("lunch-rsh: no such file, and no preset of that name"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find((a / "lunch-rsh.toml").string()), std::string::npos) << message;
    EXPECT_NE(message.find((b / "lunch-rsh.toml").string()), std::string::npos) << message;
    EXPECT_NE(message.find("Presets: cocktail-bar, lunch-rush, slow-kitchen."), std::string::npos)
        << message;
    EXPECT_NE(message.find("Did you mean \"lunch-rush\"?"), std::string::npos) << message;
    EXPECT_EQ(not_found_message("zzzzzzzz", {a}).find("Did you mean"), std::string::npos);
}

TEST(ScenarioSearch, NoPresetsAnywhereIsSaidPlainly) {
    const std::string message = not_found_message("lunch-rush", {folder("none") / "missing"});
    EXPECT_NE(message.find("No presets were found there: is Async Bistro installed?"),
              std::string::npos)
        << message;
}

TEST(ScenarioSearch, AnInstalledProgramLooksBesideItsOwnPrefixOnly) {
    const fs::path root = folder("prefix");
    const auto dirs = scenario_directories(root / "opt/bistro/bin/bistro-cli");
    const fs::path expected =
        (root / "opt/bistro/bin" / BISTRO_DATA_FROM_BINDIR / "scenarios").lexically_normal();
    ASSERT_EQ(dirs.size(), 1u);
    EXPECT_EQ(dirs.front(), expected);
}

TEST(ScenarioSearch, TheBuildTreesProgramsAlsoReadTheSources) {
    const auto dirs = scenario_directories(fs::path(BISTRO_PROGRAMS_DIR) / "bistro-cli");
    ASSERT_EQ(dirs.size(), 2u);
    EXPECT_EQ(dirs.back(), fs::path(BISTRO_SCENARIOS_DIR));
    EXPECT_EQ(find_scenario("lunch-rush", dirs),
              fs::path(BISTRO_SCENARIOS_DIR) / "lunch-rush.toml");
}

TEST(ScenarioSearch, PresetNamesAreSortedAndEachOnce) {
    const fs::path a = folder("names-a", {"b", "a"});
    const fs::path b = folder("names-b", {"a", "c"});
    std::ofstream(b / "notes.txt") << "not a scenario\n";
    EXPECT_EQ(preset_names({a, b, a / "missing"}), (std::vector<std::string>{"a", "b", "c"}));
}

}  // namespace bistro
