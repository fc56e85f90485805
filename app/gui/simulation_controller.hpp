#pragma once
// The controller between the GUI and one simulation. The engine owns time: each
// frame the controller asks it to run until previous + wall time x speed, and
// the views then draw the snapshot of that instant. Wall time, animation time
// and simulation time are kept apart.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

#include "bistro/sim/restaurant.hpp"
#include "story_book.hpp"

namespace bistro::gui {

class SimulationController : public QObject {
    Q_OBJECT

  public:
    explicit SimulationController(QObject* parent = nullptr);
    ~SimulationController() override;

    // --- the scenario -------------------------------------------------------------
    /// Starts afresh on this scenario (validated by the caller or throws InvalidScenario).
    void setScenario(const Scenario& scenario);
    /// The scenario with the current parameter values folded in (what "Save" writes).
    Scenario currentScenario() const;
    const Scenario& scenario() const { return scenario_; }
    /// Restarts the same scenario with another seed.
    void setSeed(std::uint64_t seed);
    std::uint64_t seed() const { return scenario_.seed; }

    // --- time ------------------------------------------------------------------------
    bool isPlaying() const { return playing_; }
    double now() const { return restaurant_->now(); }
    double endTime() const { return restaurant_->end_time(); }
    double speed() const { return speed_; }
    void setSpeed(double speed);  ///< simulated seconds per wall second, 0.25 to 1000
    void play();
    void pause();
    void togglePlay();
    /// The frame timer runs: only while playing (the clock moves on its ticks alone).
    bool ticking() const { return timer_.isActive(); }
    /// Runs exactly one event; false when the run has ended.
    bool stepForward();
    /// Returns to the previous event's time (re-simulating from the start).
    bool stepBack();
    /// Goes to any time, earlier or later; earlier by re-simulating from the start
    /// with the recorded parameter changes: the run is deterministic.
    void seek(double time);
    void reset();
    /// Advances by `wallSeconds` at the current speed (what one frame does).
    void advance(double wallSeconds);

    // --- parameters --------------------------------------------------------------------
    double parameter(Parameter p) const { return restaurant_->parameter(p); }
    /// Applies a change now. A change after scrubbing back replaces the later history.
    void setParameter(Parameter p, double value);
    const std::vector<ParameterChange>& changes() const { return changes_; }

    // --- observing ----------------------------------------------------------------------
    const Restaurant& restaurant() const { return *restaurant_; }
    /// The snapshot of the current instant (refreshed lazily, storage reused).
    const Snapshot& snapshot() const;
    const StoryBook& stories() const { return stories_; }
    /// A listener that records the run's history: attached to every restaurant the
    /// controller makes, and cleared before a re-simulation replays the history.
    void addHistoryListener(HistoryListener* listener);
    void removeHistoryListener(HistoryListener* listener);
    std::uint64_t events() const { return restaurant_->events(); }

  signals:
    void frameAdvanced();  ///< the clock moved: redraw
    void playingChanged(bool playing);
    void scenarioChanged();    ///< a new scenario or seed: rebuild views
    void parametersChanged();  ///< a parameter changed (or was restored by a seek)
    void parameterSet(bistro::Parameter p, double value);  ///< a new decision, made now
    void historyCleared();  ///< reset: back to the start, every change forgotten
    void finished();

  private:
    void restart(double until);
    void attachHistory(Restaurant& r);
    void tick();
    void afterMove();

    Scenario scenario_;
    std::unique_ptr<Restaurant> restaurant_;
    std::vector<ParameterChange> changes_;
    StoryBook stories_;
    std::vector<HistoryListener*> history_;
    QTimer timer_;
    QElapsedTimer wall_;
    bool playing_ = false;
    double speed_ = 10.0;
    mutable Snapshot snapshot_;
    mutable bool snapshot_fresh_ = false;
};

}  // namespace bistro::gui
