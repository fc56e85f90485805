// Fuzz target for the scenario parser: any bytes must give either a scenario
// that round-trips exactly, or a ScenarioError -- never a crash or a hang.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "bistro/io/scenario_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const bistro::Scenario s = bistro::parse_scenario(text, "fuzz.toml");
        if (bistro::parse_scenario(bistro::scenario_to_toml(s), "again.toml") != s) std::abort();
    } catch (const bistro::ScenarioError&) {
        // Rejected with an explanation: fine.
    }
    return 0;
}
