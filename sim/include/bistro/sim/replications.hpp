#pragma once
// Independent replications and confidence intervals. Each replication r runs
// the same scenario with its own seed; results do not depend on how many
// threads run them.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/scenario.hpp"

namespace bistro {

/// Quantile p of Student's t distribution with df degrees of freedom.
double student_t_quantile(double p, int df);

/// A mean with the half-width of its confidence interval: mean ± half_width.
struct Estimate {
    double mean = 0.0;
    double half_width = 0.0;
    double sd = 0.0;
    int n = 0;
    double low() const { return mean - half_width; }
    double high() const { return mean + half_width; }
    bool contains(double x) const { return x >= low() && x <= high(); }
};

/// Mean and t-based confidence interval of independent observations.
Estimate estimate(const std::vector<double>& xs, double confidence = 0.95);

/// Seed of replication r: r = 0 is the scenario's own seed.
std::uint64_t replication_seed(std::uint64_t seed, int r);

/// Metric values of every replication: values[metric][replication].
struct Replications {
    std::vector<std::string> names;
    std::vector<std::string> units;
    std::vector<std::vector<double>> values;

    /// Index of a metric by name; throws std::out_of_range if unknown.
    std::size_t index(const std::string& name) const;
    Estimate estimate(const std::string& name, double confidence = 0.95) const;
    const std::vector<double>& of(const std::string& name) const { return values[index(name)]; }
};

/// Calls body(i) for i in [0, count) on `jobs` threads (the calling one included).
/// `progress(done)` is called, serialised, after each item. Rethrows the first failure.
void parallel_for(int count, int jobs, const std::function<void(int)>& body,
                  const std::function<void(int)>& progress = {});

/// Runs `count` replications of the scenario to its end on `jobs` threads,
/// applying `changes` at their times in each.
Replications run_replications(const Scenario& scenario, int count, int jobs = 1,
                              const std::vector<ParameterChange>& changes = {});

/// Two settings on common random numbers: replication r of each uses the same seed,
/// so the same guests and cook times. Differences are paired, b - a, metric by metric.
struct PairedComparison {
    Replications a, b;
    std::vector<Estimate> difference;  ///< indexed like a.names

    const Estimate& difference_of(const std::string& name) const {
        return difference[a.index(name)];
    }
};

PairedComparison compare_paired(const Scenario& a, const Scenario& b, int count, int jobs = 1,
                                const std::vector<ParameterChange>& changes_a = {},
                                const std::vector<ParameterChange>& changes_b = {});

}  // namespace bistro
