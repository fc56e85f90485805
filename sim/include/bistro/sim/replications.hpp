#pragma once
// Independent replications and confidence intervals. Each replication r runs
// the same scenario with its own seed; results do not depend on how many
// threads run them.

#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>
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

class Restaurant;

/// Follows long runs and stops them from another thread or a signal handler: a
/// watched run looks at it between slices of simulated time (run_to_end).
class RunWatch {
  public:
    /// Asks every watched run to stop at its next slice. Lock-free: safe in a signal handler.
    void stop() noexcept { stop_.store(true, std::memory_order_relaxed); }
    bool stopping() const noexcept { return stop_.load(std::memory_order_relaxed); }
    /// Simulated seconds the watched runs are to cover in all, and have covered so far.
    void expect(double seconds) { total_.fetch_add(to_ms(seconds), std::memory_order_relaxed); }
    void advance(double seconds) { done_.fetch_add(to_ms(seconds), std::memory_order_relaxed); }
    double expected() const { return static_cast<double>(total_.load()) / 1000.0; }
    double done() const { return static_cast<double>(done_.load()) / 1000.0; }

  private:
    static std::uint64_t to_ms(double seconds) {
        return static_cast<std::uint64_t>(seconds * 1000.0 + 0.5);
    }
    std::atomic<bool> stop_{false};
    std::atomic<std::uint64_t> total_{0}, done_{0};  // milliseconds of simulated time
};

/// Thrown by a watched run asked to stop: what it computed is partial, so it is dropped.
class RunStopped : public std::runtime_error {
  public:
    RunStopped() : std::runtime_error("the run was stopped before its end") {}
};

/// Runs the restaurant to its end. With a watch: in slices of simulated time,
/// advancing the watch after each and throwing RunStopped once it is stopping.
/// Slicing does not change the run (run_until in pieces is the same run).
void run_to_end(Restaurant& restaurant, RunWatch* watch = nullptr);

/// Calls body(i) for i in [0, count) on `jobs` threads (the calling one included).
/// `progress(done)` is called, serialised, after each item. Rethrows the first failure.
void parallel_for(int count, int jobs, const std::function<void(int)>& body,
                  const std::function<void(int)>& progress = {});

/// Runs `count` replications of the scenario to its end on `jobs` threads,
/// applying `changes` at their times in each; `watch` (if any) follows and can stop them.
Replications run_replications(const Scenario& scenario, int count, int jobs = 1,
                              const std::vector<ParameterChange>& changes = {},
                              RunWatch* watch = nullptr);

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
                                const std::vector<ParameterChange>& changes_b = {},
                                RunWatch* watch = nullptr);

}  // namespace bistro
