// Fuzz target for "--set key=value" (bistro-cli and lessons' `set = [...]`): each
// line of the input is one setting, applied to a shipped scenario. Any settings
// must give either a scenario that round-trips exactly, or a ScenarioError --
// never a crash, a hang or another exception.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bistro/io/scenario_file.hpp"

namespace {

const std::string& lunchRush() {
    static const std::string text = [] {
        std::ifstream in(std::string(BISTRO_SCENARIOS_DIR) + "/lunch-rush.toml");
        std::stringstream read;
        read << in.rdbuf();
        return read.str();
    }();
    return text;
}

std::vector<std::string> lines(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        out.emplace_back(text.substr(0, end));
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const bistro::Scenario s =
            bistro::parse_scenario(lunchRush(), "lunch-rush.toml", lines(text));
        if (bistro::parse_scenario(bistro::scenario_to_toml(s), "again.toml") != s) std::abort();
    } catch (const bistro::ScenarioError&) {
        // Rejected with an explanation: fine.
    }
    return 0;
}
