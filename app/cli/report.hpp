#pragma once
// Summaries of replications, and their three renderings: a table for people,
// JSON for scripts (the stable contract, see docs/cli.md) and CSV.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bistro/sim/replications.hpp"
#include "bistro/sim/scenario.hpp"
#include "verdict_words.hpp"

namespace bistro::cli {

struct MetricSummary {
    std::string name;
    std::string unit;
    Estimate estimate;           ///< over replications, 95 % confidence
    std::vector<double> values;  ///< each replication's
};

struct Summary {
    std::string scenario;
    Policy policy = Policy::synchronous;
    std::uint64_t seed = 0;
    int replications = 0;
    double duration = 0, warmup = 0;
    std::vector<MetricSummary> metrics;

    const MetricSummary& get(const std::string& name) const;
};

Summary summarise(const Scenario& scenario, const Replications& runs);

/// Both policies on common random numbers, and their paired differences (async - sync).
struct Comparison {
    Summary sync, async;
    std::vector<MetricSummary> difference;
    std::string verdict;  ///< one line in plain words
};

/// `watch` (if any) follows the runs and can stop them (RunStopped).
Comparison compare(const Scenario& scenario, int replications, int jobs, RunWatch* watch = nullptr);

std::string format_table(const Summary& s);
std::string format_table(const Comparison& c);
/// With `per_replication`, every replication's values too (JSON: a list under each
/// metric; CSV: one row per replication and metric).
nlohmann::json to_json(const Summary& s, bool per_replication = false);
nlohmann::json to_json(const Comparison& c, bool per_replication = false);
std::string format_csv(const Summary& s, bool per_replication = false);
std::string format_csv(const Comparison& c, bool per_replication = false);

}  // namespace bistro::cli
