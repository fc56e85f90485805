#pragma once
// Theory beside the simulation: when the settings in force reduce the
// restaurant to a textbook queue (M/M/c, M/G/1, Erlang's loss system), the
// value queueing theory predicts for a measure; otherwise the settings that
// break the reduction, in words a student understands. docs/model.md
// ("Theory checks") says exactly when each reduction holds.

#include <array>
#include <string>
#include <vector>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/scenario.hpp"

namespace bistro {

class Restaurant;

/// What theory says about one measure of the model (a metric of RunStatistics).
struct Prediction {
    std::string metric;  ///< "wait_order.mean", "kitchen_wait.mean", "lost_share", ...
    std::string unit;    ///< "s" or "fraction", as the metric's
    std::string model;   ///< "Erlang C", "M/G/1 Pollaczek–Khinchine", "Erlang B"; empty if none
    double value = 0.0;  ///< the steady-state value; meaningful only when reduces()
    /// The settings that keep the restaurant from being the textbook queue
    /// ("walking time", "menu reading", ...); empty when it is one.
    std::vector<Words> breakers;
    bool reduces() const { return breakers.empty(); }
};

/// Every parameter's value, indexed by Parameter (a Restaurant's `parameter(p)`).
using ParameterValues = std::array<ParameterValue, parameter_count>;

/// The parameters as the scenario sets them at the start of a run.
ParameterValues initial_parameters(const Scenario& s);
/// The parameters in force now (sliders change them during a run).
ParameterValues parameters_of(const Restaurant& r);

/// The predictions, in a fixed order: the wait for a waiter to take the order
/// ("wait_order.mean"), the share of parties who had to wait for one
/// ("wait_order.share_waited"), a dish's wait for a cook ("kitchen_wait.mean")
/// and the share of parties lost at the door ("lost_share"). Each either has a
/// model and a value or names what breaks it. Steady state: compare with the
/// means of finished waits after a warm-up, not with the ".all" metrics.
std::vector<Prediction> predict(const Scenario& s, const ParameterValues& in_force);
std::vector<Prediction> predict(const Restaurant& r);

/// The prediction for `metric` among `all`, or nullptr.
const Prediction* find_prediction(const std::vector<Prediction>& all, const std::string& metric);

// --- the formulas ----------------------------------------------------------------

/// Erlang B: the probability that all c servers are busy in a loss system
/// (M/G/c/c) offered a = lambda * mean service; insensitive to the service law.
double erlang_b(int c, double a);
/// Erlang C: the probability that an arrival waits in an M/M/c queue offered a
/// (a < c required).
double erlang_c_probability(int c, double a);
/// Erlang C: the mean wait in queue of an M/M/c queue with arrival rate lambda
/// (per second) and mean service time s (seconds).
double erlang_c_wait(int c, double lambda, double s);
/// Pollaczek–Khinchine: the mean wait in queue of an M/G/1 queue with arrival
/// rate lambda, service mean and second moment E[S^2].
double pollaczek_khinchine_wait(double lambda, double mean, double second_moment);

}  // namespace bistro
