#include "bistro/io/scenario_search.hpp"

#include <algorithm>
#include <system_error>

#include "bistro/io/scenario_file.hpp"

// Set by sim/io/CMakeLists.txt for this file only.
#ifndef BISTRO_DATA_FROM_BINDIR
#error "BISTRO_DATA_FROM_BINDIR: the data folder relative to the programs' folder"
#endif

namespace bistro {

namespace fs = std::filesystem;

namespace {

/// `p` as an absolute, normal path, whether or not it exists.
fs::path normal(const fs::path& p) {
    std::error_code ec;
    const fs::path n = fs::weakly_canonical(fs::absolute(p), ec);
    return ec ? fs::absolute(p).lexically_normal() : n;
}

bool is_file(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

std::string list(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& n : names) text += (text.empty() ? "" : ", ") + n;
    return text;
}

/// Why `name` was not found: every place looked at, the presets there, a likely typo.
Words not_found(const std::string& name, const std::vector<fs::path>& tried,
                const std::vector<std::string>& presets) {
    std::string places;
    for (const auto& t : tried) places += "\n  " + t.string();
    if (presets.empty())
        return BISTRO_PHRASE("Problem",
                             "no such file, and no preset of that name. Looked for:%1\nNo presets "
                             "were found there: is Async Bistro installed?")
            .with({places});
    const std::string hint = did_you_mean(name, presets);
    if (hint.empty())
        return BISTRO_PHRASE(
                   "Problem",
                   "no such file, and no preset of that name. Looked for:%1\nPresets: %2.")
            .with({places, list(presets)});
    return BISTRO_PHRASE(
               "Problem",
               "no such file, and no preset of that name. Looked for:%1\nPresets: %2. Did "
               "you mean \"%3\"?")
        .with({places, list(presets), hint});
}

}  // namespace

std::vector<fs::path> scenario_directories(const fs::path& executable) {
    const fs::path programs = normal(executable).parent_path();
    std::vector<fs::path> dirs{normal(programs / BISTRO_DATA_FROM_BINDIR / "scenarios")};
#if defined(BISTRO_BUILD_PROGRAMS_DIR) && defined(BISTRO_SOURCE_SCENARIOS)
    // Only the build tree's own programs read the sources: an installed copy never does.
    if (programs == normal(BISTRO_BUILD_PROGRAMS_DIR)) dirs.emplace_back(BISTRO_SOURCE_SCENARIOS);
#endif
    return dirs;
}

fs::path find_scenario(std::string_view text, const std::vector<fs::path>& directories) {
    const fs::path given(text);
    if (is_file(given) || given.has_parent_path()) return given;
    std::string name(text);
    if (given.extension() == ".toml") name = given.stem().string();
    std::vector<fs::path> tried{normal(given)};
    for (const auto& dir : directories) {
        const fs::path candidate = dir / (name + ".toml");
        if (is_file(candidate)) return candidate;
        tried.push_back(candidate);
    }
    throw ScenarioError(
        {{std::string(text), 0, 0, "", not_found(name, tried, preset_names(directories))}});
}

std::vector<std::string> preset_names(const std::vector<fs::path>& directories) {
    std::vector<std::string> names;
    for (const auto& dir : directories) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".toml" && is_file(it->path()))
                names.push_back(it->path().stem().string());
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

fs::path this_executable(const char* fallback) {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) return self;
    return fallback != nullptr ? normal(fallback) : fs::path();
}

}  // namespace bistro
