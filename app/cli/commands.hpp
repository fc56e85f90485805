#pragma once
// The commands of bistro-cli. Each returns the process exit code:
// 0 ok, 2 bad input, 1 any other failure, 130 interrupted (Ctrl-C).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bistro::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1;
inline constexpr int exit_bad_input = 2;
inline constexpr int exit_interrupted = 130;  ///< 128 + SIGINT, as shells report it

/// Options shared by run, compare and sweep.
struct Options {
    std::string scenario;
    std::optional<std::string> policy;  // "sync" | "async"
    std::optional<std::uint64_t> seed;
    int replications = 10;
    std::optional<std::string> warmup, duration;
    std::vector<std::string> sets;  // KEY=VALUE
    std::string format = "table";   // table | json | csv
    std::string trace;              // CSV file for the event log
    bool per_replication = false;   // json and csv: each replication's values too
    int jobs = 0;                   // 0: every core
    /// Where a scenario's name is looked up (bistro::scenario_directories).
    std::vector<std::filesystem::path> presets;
};

int run(const Options& o);
int compare(const Options& o);
int sweep(const Options& o, const std::vector<std::string>& vary, const std::string& out);
int check(const std::string& scenario, const std::vector<std::filesystem::path>& presets);

}  // namespace bistro::cli
