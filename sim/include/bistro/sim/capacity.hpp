#pragma once
// How much work the guests of now bring to the waiters and to the kitchen, and
// how much the staff can do: the offered load rho of each, as queueing theory
// defines it. Above 1 a resource cannot keep up however long the run goes, and
// the queue in front of it grows without end (or until guests give up).

#include <cstdint>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/scenario.hpp"

namespace bistro {

class Restaurant;

/// The offered load of one resource: servers working in parallel, each party
/// needing `work_per_party` seconds of one server's time.
struct Load {
    double rho = 0.0;                ///< arrivals x work / servers; >= 1: it cannot keep up
    double arrivals_per_hour = 0.0;  ///< parties arriving per hour now (profile included)
    double capacity_per_hour = 0.0;  ///< the most parties per hour it can serve (0: no servers)
    double work_per_party = 0.0;     ///< seconds of one server's time per party
    int servers = 0;
};

/// The loads of both resources under the restaurant's parameters of now.
struct Loads {
    Load waiters;
    Load kitchen;
    Policy policy = Policy::synchronous;
    /// The resource with the smaller capacity: the one a growing queue waits for.
    bool kitchen_limits() const { return kitchen.capacity_per_hour < waiters.capacity_per_hour; }
    const Load& bottleneck() const { return kitchen_limits() ? kitchen : waiters; }
};

/// The costly part of a synchronous waiter's work, E[time held at the pass], is
/// estimated by sampling 4,000 orders; it depends only on the scenario and three
/// sliders (cook time, own work, burnt dishes). A caller that asks every frame
/// keeps one of these, and the estimate is made again only when they change.
class PassTimeCache {
  public:
    double get(const Restaurant& r);

  private:
    bool valid_ = false;
    Scenario scenario_;
    double cook_ = 0.0, own_ = 0.0, burn_ = 0.0;
    double value_ = 0.0;
};

/// Cook-seconds per party: mean dishes x mean prep time (scaled), every burn
/// cooked again (1 / (1 - p) attempts on average). Exact for the model.
double kitchen_work_per_party(const Restaurant& r);

/// Expected waiter-seconds per party under `policy`, from the model's programs
/// (sim/src/waiter_programs.cpp): walking (the mean distance between the pass
/// and a table, per walk), taking the order, the own work, delivering, the bill.
/// Synchronous waiters also stand at the pass until the whole order is cooked,
/// overlapping their own work: E[max(own work, slowest dish with its burns)],
/// estimated by a fixed-seed sample of 4,000 parties (the same on every call).
/// Asynchronous waiters pay a context switch at each change of table instead.
/// Time in the kitchen's queue is not counted: a lower estimate when cooks are busy.
double waiter_work_per_party(const Restaurant& r, Policy policy, PassTimeCache* cache = nullptr);

/// Parties per hour arriving at now(): the rate parameter times the day profile.
double arrivals_per_hour(const Restaurant& r);

/// Both loads with the parameters of now.
Loads offered_loads(const Restaurant& r, PassTimeCache* cache = nullptr);

/// A load from its parts: rho and capacity follow.
Load make_load(double arrivals_per_hour, double work_per_party, int servers);

}  // namespace bistro
