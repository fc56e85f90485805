#pragma once
// The restaurant: a discrete-event simulation of parties, waiters and a kitchen.
// The engine owns time: callers ask it to run up to a time (or one event) and
// read a snapshot; they never move the model's state themselves.

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "bistro/sim/calendar.hpp"
#include "bistro/sim/entities.hpp"
#include "bistro/sim/floor.hpp"
#include "bistro/sim/happening.hpp"
#include "bistro/sim/run_statistics.hpp"
#include "bistro/sim/scenario.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro {

/// Thrown when a scenario is not valid; what() lists every problem.
class InvalidScenario : public std::invalid_argument {
  public:
    explicit InvalidScenario(const std::vector<FieldProblem>& problems);
    const std::vector<FieldProblem>& problems() const { return problems_; }

  private:
    std::vector<FieldProblem> problems_;
};

namespace model {
struct Parts;
}

/// A restaurant: a small facade over its parts, each with one job (sim/src/):
/// the engine (calendar, clock, life cycle), the dining room (door, tables,
/// guests), the kitchen, the waiters' crew (their programs and task queue) and
/// the statistics. Not copyable or movable: the waiters' programs hold on to it.
class Restaurant {
  public:
    /// Validates the scenario (throws InvalidScenario) and schedules the first arrival.
    explicit Restaurant(Scenario scenario);
    ~Restaurant();
    Restaurant(const Restaurant&) = delete;
    Restaurant& operator=(const Restaurant&) = delete;

    // --- time and life cycle -------------------------------------------------
    LifeCycle life() const;
    double now() const;
    double end_time() const { return scenario_.duration; }
    /// Time of the next event, or Calendar::never.
    double peek() const;
    /// Runs every event with time <= min(t, end); the clock then reads min(t, end).
    /// Cheap when nothing happens. Throws std::logic_error once finished or failed,
    /// or when called from a listener while an event runs; std::invalid_argument if
    /// t < now().
    void run_until(double t);
    /// Runs exactly one event and returns true; or, when no event is left before the
    /// end, moves the clock to the end, finishes and returns false.
    bool step();
    /// Number of events run so far.
    std::uint64_t events() const;

    // --- parameters, from now on ---------------------------------------------
    /// Applies a change at now() and records it. Throws std::invalid_argument for
    /// a value of the wrong type or out of range (naming the parameter),
    /// std::logic_error from a listener while an event runs.
    void set(Parameter p, const ParameterValue& value);
    /// Schedules a change for a later time (replaying a recorded run).
    void schedule(const ParameterChange& change);
    /// Every change applied so far, in order: replaying them reproduces the run.
    const std::vector<ParameterChange>& changes() const { return changes_; }
    /// The parameter's value now, of its type (see `number` for a slider's).
    ParameterValue parameter(Parameter p) const;
    Policy policy() const;
    Delivery delivery() const;

    // --- observing -----------------------------------------------------------
    void add_listener(Listener* listener);
    void remove_listener(Listener* listener);
    Snapshot snapshot() const;
    /// Fills `out`, reusing its storage (no allocation once warm).
    void snapshot(Snapshot& out) const;
    const RunStatistics& statistics() const;
    /// The waits still going on now, each with its time so far.
    OpenWaits open_waits() const;
    std::vector<Metric> metrics() const { return statistics().metrics(now(), open_waits()); }
    const Scenario& scenario() const { return scenario_; }
    const FloorPlan& floor() const { return floor_; }
    /// Bytes held by the model's containers: stays bounded however long a run goes.
    std::size_t memory_bytes() const;

  private:
    void dispatch(const Event& e);
    void apply(const ParameterChange& change);
    void apply_number(Parameter p, double value);

    Scenario scenario_;
    FloorPlan floor_;
    std::unique_ptr<model::Parts> parts_;
    std::vector<ParameterChange> changes_;
    std::vector<ParameterChange> scheduled_;
};

}  // namespace bistro
