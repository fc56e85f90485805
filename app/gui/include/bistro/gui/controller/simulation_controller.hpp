#pragma once
// The controller between the GUI and one simulation. The engine owns time: each
// frame the controller asks it to run until previous + wall time x speed, and
// the views then draw the snapshot of that instant. Wall time, animation time
// and simulation time are kept apart. An exception from the model stops the
// run in the error state (it never escapes into Qt's event loop) until reset().
// It is the only listener on the model: what happens goes out again as typed Qt
// signals, so views and recorders never attach to the engine themselves.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

#include "bistro/gui/controller/story_book.hpp"
#include "bistro/sim/restaurant.hpp"

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
    /// Restarts with another seed, from the parameters in force now (the sliders stay).
    void setSeed(std::uint64_t seed);
    std::uint64_t seed() const { return scenario_.seed; }

    // --- life cycle ----------------------------------------------------------------
    /// The run's state; error once the model threw while it ran. Then only reset(),
    /// setScenario() and setSeed() do anything: they start a fresh restaurant.
    LifeCycle life() const;
    /// What stopped the run, in the model's words; empty unless life() is error.
    QString errorString() const { return error_; }

    // --- time ------------------------------------------------------------------------
    bool isPlaying() const { return playing_; }
    double now() const { return restaurant_->now(); }
    double endTime() const { return restaurant_->end_time(); }
    double speed() const { return speed_; }
    /// The speed of a first start: waiters walk at a pace one can follow, and the
    /// presets open with something happening at once (tests/gui/window_test.cpp).
    static constexpr double defaultSpeed = 10.0;
    void setSpeed(double speed);  ///< simulated seconds per wall second, 0.25 to 1000
    void play();
    void pause();
    void togglePlay();
    /// The frame timer runs: only while playing (the clock moves on its ticks alone).
    bool ticking() const { return timer_.isActive(); }
    /// Runs exactly one event; false when the run has ended (or failed).
    bool stepForward();
    /// Returns to the previous event's time (re-simulating from the start).
    bool stepBack();
    /// Goes to any time, earlier or later; earlier by re-simulating from the start
    /// with the recorded parameter changes: the run is deterministic.
    void seek(double time);
    void reset();
    /// Advances by `wallSeconds` at the current speed (what one frame does).
    void advance(double wallSeconds);

    // --- long jobs (controller/long_job.cpp) ---------------------------------------------
    /// Goes to `time` as seek() does, but in slices on the event loop, so the window
    /// keeps turning: "Run until 10,000 h", a scrub far back in a long run. What the
    /// first slice reaches is done at once (no job); otherwise jobStarted, jobProgressed
    /// after each slice, then jobEnded. A second call while one runs aims it anew.
    void runTo(double time);
    bool jobRunning() const { return job_.running; }
    double jobTarget() const { return job_.target; }
    /// The job's share done, 0 to 1: simulated time covered of the time to cover.
    double jobProgress() const;
    /// Stops the job where it is: the run is then exactly seek() to that instant.
    /// Anything else that drives the model (play, step, seek, a change, reset) does it first.
    void cancelJob();
    /// Events per slice (about the first, done at once, and each one after); counted in
    /// events, not wall time, so where a job goes on in slices is the same on any machine.
    void setJobSlices(std::uint64_t first, std::uint64_t each) {
        job_.first_events = first;
        job_.slice_events = each;
    }

    // --- parameters --------------------------------------------------------------------
    ParameterValue parameter(Parameter p) const { return restaurant_->parameter(p); }
    /// A numeric parameter's value (a slider's); see bistro::number.
    double number(Parameter p) const { return bistro::number(p, parameter(p)); }
    Policy policy() const { return restaurant_->policy(); }
    Delivery delivery() const { return restaurant_->delivery(); }
    /// Applies a change now. A change after scrubbing back replaces the later history.
    /// A value of the wrong type or out of range is the model's error too: the run
    /// stops on it.
    void setParameter(Parameter p, const ParameterValue& value);
    const std::vector<ParameterChange>& changes() const { return changes_; }

    // --- observing ----------------------------------------------------------------------
    const Restaurant& restaurant() const { return *restaurant_; }
    /// The snapshot of the current instant (refreshed lazily, storage reused).
    const Snapshot& snapshot() const;
    const StoryBook& stories() const { return stories_; }
    /// Re-simulates up to now, so a recorder connected mid-run gets the whole
    /// history (historyRestarted first, then every happening again).
    void replayHistory();
    std::uint64_t events() const { return restaurant_->events(); }

  signals:
    void frameAdvanced();  ///< the clock moved: redraw
    void playingChanged(bool playing);
    void scenarioChanged();    ///< a new scenario or seed: rebuild views
    void parametersChanged();  ///< a parameter changed (or was restored by a seek)
    void parameterSet(bistro::Parameter p, const bistro::ParameterValue& value);  ///< made now
    void historyCleared();  ///< reset: back to the start, every change forgotten
    void finished();
    void failed(const QString& message);  ///< the model threw: the run stopped, see errorString()
    void recovered();                     ///< a failed run started afresh (reset or new scenario)
    void jobStarted(double target);       ///< runTo() goes on in slices
    void jobProgressed(double now, double target);
    /// The job ended: reached its target (completed), or cancelled / failed where it stood.
    void jobEnded(bool completed);

    // What happens in the restaurant, as it happens: every happening, then the same
    // as its own typed signal. After historyRestarted the run is re-simulated from
    // the start (a seek back, a reset, a replay): what follows is told again.
    void historyRestarted();
    void happened(const bistro::Happening& h);
    void partyArrived(double time, const bistro::happened::PartyArrived& e);
    void partySeated(double time, const bistro::happened::PartySeated& e);
    void partyLost(double time, const bistro::happened::PartyLost& e);
    void waiterCalled(double time, const bistro::happened::WaiterCalled& e);
    void orderTaken(double time, const bistro::happened::OrderTaken& e);
    void ticketHandedIn(double time, const bistro::happened::TicketHandedIn& e);
    void dishStarted(double time, const bistro::happened::DishStarted& e);
    void dishBurnt(double time, const bistro::happened::DishBurnt& e);
    void dishReady(double time, const bistro::happened::DishReady& e);
    void dishPickedUp(double time, const bistro::happened::DishPickedUp& e);
    void foodDelivered(double time, const bistro::happened::FoodDelivered& e);
    void orderServed(double time, const bistro::happened::OrderServed& e);
    void billRequested(double time, const bistro::happened::BillRequested& e);
    void billPaid(double time, const bistro::happened::BillPaid& e);
    void partyLeft(double time, const bistro::happened::PartyLeft& e);
    void waiterStateChanged(double time, const bistro::happened::WaiterStateChanged& e);
    void parameterChanged(double time, const bistro::happened::ParameterChanged& e);
    void warmupEnded(double time);

  private:
    /// The model's listener: tells the controller, which re-emits.
    class Relay : public Listener {
      public:
        explicit Relay(SimulationController& to) : to_(to) {}
        void on_happening(const Happening& h) override { to_.relay(h); }

      private:
        SimulationController& to_;
    };
    void relay(const Happening& h);
    void emitTyped(const Happening& h);
    void restart(double until);
    void attach(Restaurant& r);
    void tick();
    void afterMove();
    bool canRun() const;  ///< neither finished nor failed
    /// Runs `body`, which drives the model; on an exception, fails and returns false.
    template <class Body>
    bool guarded(Body&& body);
    void fail(const QString& why);
    void clearFailure();
    bool runSlice(std::uint64_t events);  ///< false once the job has ended
    void nextSlice();
    void endJob(bool completed);
    void afterSeek();

    struct Job {
        bool running = false;
        double from = 0.0, target = 0.0;
        // Some 10 ms of work a slice in a release build (40 in a debug one), so the
        // window keeps drawing; at once, a tenth of a second's (a busy 3-hour service
        // is some 30,000 events).
        std::uint64_t first_events = 100'000, slice_events = 10'000;
    };
    Job job_;
    QTimer job_timer_;

    Scenario scenario_;
    std::unique_ptr<Restaurant> restaurant_;
    std::vector<ParameterChange> changes_;
    StoryBook stories_;
    Relay relay_{*this};
    QTimer timer_;
    QElapsedTimer wall_;
    QString error_;  // why the run stopped; empty while it is healthy
    bool playing_ = false;
    double speed_ = defaultSpeed;
    mutable Snapshot snapshot_;
    mutable bool snapshot_fresh_ = false;
};

template <class Body>
inline bool SimulationController::guarded(Body&& body) {
    // Every call into the model that runs it comes through here: a frame, a step, a
    // seek, a change. Slots must not throw, so the failure becomes a state and a signal.
    try {
        body();
        return true;
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
    } catch (...) {
        fail(QString());
    }
    return false;
}

}  // namespace bistro::gui
