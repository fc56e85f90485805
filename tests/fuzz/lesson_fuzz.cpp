// Fuzz target for the lesson parser: any bytes must give either a lesson or a
// ScenarioError -- never a crash, a hang or another exception. The lesson's
// scenario is looked up among the shipped presets (read once, kept in memory), so
// the scenario a lesson names, and the settings it puts on it, are fuzzed too.
// The opening-comment readers the lesson chooser uses on every file run as well.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>

#include "bistro/io/lesson_file.hpp"

namespace {

const std::map<std::string, std::string>& presets() {
    static const std::map<std::string, std::string> texts = [] {
        std::map<std::string, std::string> read;
        for (const auto& entry : std::filesystem::directory_iterator(BISTRO_SCENARIOS_DIR)) {
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            read[entry.path().stem().string()] = text.str();
        }
        return read;
    }();
    return texts;
}

std::optional<bistro::ScenarioText> findPreset(const std::string& name) {
    const std::string stem = name.ends_with(".toml") ? name.substr(0, name.size() - 5) : name;
    const auto it = presets().find(stem);
    if (it == presets().end()) return std::nullopt;
    return bistro::ScenarioText{it->second, stem + ".toml"};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)bistro::looks_like_lesson(text);
    (void)bistro::what_it_teaches(text);
    try {
        const bistro::Lesson lesson = bistro::parse_lesson(text, "fuzz.toml", findPreset);
        if (lesson.steps.empty()) std::abort();  // the parser promises at least one step
    } catch (const bistro::ScenarioError&) {
        // Rejected with an explanation: fine.
    }
    return 0;
}
