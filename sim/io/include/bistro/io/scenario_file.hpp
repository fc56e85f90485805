#pragma once
// Scenario files: TOML a teacher can write by hand, with comments. The GUI and
// the command-line tool read and write the same format.

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "bistro/sim/scenario.hpp"

namespace bistro {

/// One problem in a scenario, with where it is ("lunch.toml:12:9").
struct ScenarioProblem {
    std::string source;  ///< file name, or "--set"
    int line = 0;        ///< 1-based; 0 when unknown
    int column = 0;
    std::string key;  ///< dotted key ("staff.cooks"), empty for syntax errors
    Words message;

    /// "lunch.toml:12:9: staff.cooks: must be 1 to 100", in English (see where()).
    std::string describe() const;
    /// "lunch.toml:12:9: staff.cooks: ": what goes before the message.
    std::string where() const;
};

/// Thrown when a scenario cannot be read; what() lists every problem, one per line.
class ScenarioError : public std::runtime_error {
  public:
    explicit ScenarioError(std::vector<ScenarioProblem> problems);
    const std::vector<ScenarioProblem>& problems() const { return problems_; }

  private:
    std::vector<ScenarioProblem> problems_;
};

/// Parses scenario text. `overrides` are "key=value" settings applied on top
/// ("staff.waiters=3", "policy=async", "menu.2.share=0.4"). Throws ScenarioError.
Scenario parse_scenario(std::string_view text, const std::string& source_name,
                        const std::vector<std::string>& overrides = {});

/// Reads a scenario file (see parse_scenario). Throws ScenarioError, also for a missing file.
Scenario load_scenario(const std::filesystem::path& file,
                       const std::vector<std::string>& overrides = {});

/// The scenario as TOML with explanatory comments; parse_scenario gives it back exactly.
std::string scenario_to_toml(const Scenario& scenario);

/// Writes the scenario atomically: the old file stays intact until the new one is complete.
void save_scenario(const Scenario& scenario, const std::filesystem::path& file);

/// Writes `content` to a temporary file beside `file`, flushes it and renames it over
/// `file`: a crash or a full disk never leaves a half-written file. Throws std::runtime_error.
void write_file_atomically(const std::filesystem::path& file, std::string_view content);

/// "90s", "12m", "1h30m", "2.5h", "0": seconds, or nullopt if not a duration.
std::optional<double> parse_duration(std::string_view text);

/// "exp(15m)", "lognormal(12m, 3m)", "30s" (fixed) ...; on failure, `error` says why.
std::optional<Distribution> parse_distribution(std::string_view text, Words& error);

/// The closest of `candidates` to `word` if it is a plausible typo, else empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace bistro
