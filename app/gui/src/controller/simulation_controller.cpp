#include "bistro/gui/controller/simulation_controller.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <variant>

namespace bistro::gui {

namespace {
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
}  // namespace

SimulationController::SimulationController(QObject* parent) : QObject(parent) {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(16);  // about 60 frames per second
    connect(&timer_, &QTimer::timeout, this, &SimulationController::tick);
    job_timer_.setInterval(0);  // a slice whenever the event loop has nothing else to do
    connect(&job_timer_, &QTimer::timeout, this, &SimulationController::nextSlice);
    setScenario(Scenario{});
}

SimulationController::~SimulationController() = default;

void SimulationController::setScenario(const Scenario& scenario) {
    auto fresh = std::make_unique<Restaurant>(scenario);  // throws before anything changes
    cancelJob();
    pause();
    scenario_ = scenario;
    changes_.clear();
    restaurant_ = std::move(fresh);
    attach(*restaurant_);
    snapshot_fresh_ = false;
    clearFailure();
    emit scenarioChanged();
    emit parametersChanged();
    emit frameAdvanced();
}

Scenario SimulationController::currentScenario() const {
    Scenario s = scenario_;
    for (int i = 0; i < parameter_count; ++i) {
        const auto p = static_cast<Parameter>(i);
        s = with_parameter(std::move(s), p, parameter(p));
    }
    return s;
}

void SimulationController::setSeed(std::uint64_t seed) {
    // Another day with the sliders where the user put them: the changes made so far
    // become the new day's starting values.
    Scenario s = currentScenario();
    s.seed = seed;
    setScenario(s);
}

// --- the life cycle --------------------------------------------------------------------------

LifeCycle SimulationController::life() const {
    return error_.isEmpty() ? restaurant_->life() : LifeCycle::error;
}

bool SimulationController::canRun() const {
    const LifeCycle l = life();
    return l != LifeCycle::finished && l != LifeCycle::error;
}

void SimulationController::fail(const QString& why) {
    error_ = why.isEmpty() ? tr("an error with no message") : why;  // never a blank reason
    spdlog::error("the simulation stopped: {}", error_.toStdString());
    pause();  // the views keep the last good snapshot: the model may be half-way through an event
    emit failed(error_);
}

void SimulationController::clearFailure() {
    if (error_.isEmpty()) return;
    error_.clear();
    emit recovered();
}

// --- time ----------------------------------------------------------------------------------

void SimulationController::setSpeed(double speed) {
    if (std::isnan(speed)) return;  // not a speed (a corrupt setting, say): keep this one
    speed_ = std::clamp(speed, 0.25, 1000.0);
}

void SimulationController::play() {
    cancelJob();
    if (playing_ || !canRun()) return;
    playing_ = true;
    wall_.start();
    timer_.start();
    emit playingChanged(true);
}

void SimulationController::pause() {
    if (!playing_) return;
    playing_ = false;
    timer_.stop();
    emit playingChanged(false);
}

void SimulationController::togglePlay() {
    playing_ ? pause() : play();
}

void SimulationController::tick() {
    const double wall = static_cast<double>(wall_.nsecsElapsed()) * 1e-9;
    wall_.start();
    advance(std::min(wall, 0.25));  // a stalled frame does not make the run jump
}

void SimulationController::advance(double wallSeconds) {
    if (!canRun()) return;
    const double until = std::min(now() + wallSeconds * speed_, endTime());
    if (guarded([&] { restaurant_->run_until(until); })) afterMove();
}

void SimulationController::afterMove() {
    snapshot_fresh_ = false;
    emit frameAdvanced();
    if (restaurant_->life() == LifeCycle::finished) {
        pause();
        emit finished();
    }
}

bool SimulationController::stepForward() {
    cancelJob();
    if (!canRun()) return false;
    bool stepped = false;
    if (!guarded([&] { stepped = restaurant_->step(); })) return false;
    afterMove();
    return stepped;
}

void SimulationController::restart(double until) {
    // In place before it runs: history listeners may look at the restaurant as it replays.
    restaurant_ = std::make_unique<Restaurant>(scenario_);
    attach(*restaurant_);
    // The whole recorded history, also what lies after `until`: playing on replays it.
    for (const ParameterChange& c : changes_) restaurant_->schedule(c);
    restaurant_->run_until(until);
}

void SimulationController::attach(Restaurant& r) {
    stories_.clear();
    emit historyRestarted();
    r.add_listener(&relay_);
}

void SimulationController::relay(const Happening& h) {
    stories_.record(h);
    emit happened(h);
    emitTyped(h);
}

void SimulationController::emitTyped(const Happening& h) {
    // One line per kind: a table is clearer whole.
    const double t = h.time;
    std::visit(Overloaded{
                   [&](const happened::PartyArrived& e) { emit partyArrived(t, e); },
                   [&](const happened::PartySeated& e) { emit partySeated(t, e); },
                   [&](const happened::PartyLost& e) { emit partyLost(t, e); },
                   [&](const happened::WaiterCalled& e) { emit waiterCalled(t, e); },
                   [&](const happened::OrderTaken& e) { emit orderTaken(t, e); },
                   [&](const happened::TicketHandedIn& e) { emit ticketHandedIn(t, e); },
                   [&](const happened::DishStarted& e) { emit dishStarted(t, e); },
                   [&](const happened::DishBurnt& e) { emit dishBurnt(t, e); },
                   [&](const happened::DishReady& e) { emit dishReady(t, e); },
                   [&](const happened::DishPickedUp& e) { emit dishPickedUp(t, e); },
                   [&](const happened::FoodDelivered& e) { emit foodDelivered(t, e); },
                   [&](const happened::OrderServed& e) { emit orderServed(t, e); },
                   [&](const happened::BillRequested& e) { emit billRequested(t, e); },
                   [&](const happened::BillPaid& e) { emit billPaid(t, e); },
                   [&](const happened::PartyLeft& e) { emit partyLeft(t, e); },
                   [&](const happened::WaiterStateChanged& e) { emit waiterStateChanged(t, e); },
                   [&](const happened::ParameterChanged& e) { emit parameterChanged(t, e); },
                   [&](const happened::WarmupEnded&) { emit warmupEnded(t); },
               },
               h.what);
}

void SimulationController::replayHistory() {
    if (life() == LifeCycle::error) return;  // the next reset starts a fresh run anyway
    const double t = now();
    guarded([&] { restart(t); });
}

bool SimulationController::stepBack() {
    const double current = now();
    if (current <= 0.0 || life() == LifeCycle::error) return false;
    // Find the last event strictly before now on a fresh run of the same history.
    double previous = 0.0;
    const bool found = guarded([&] {
        Restaurant probe(scenario_);
        for (const ParameterChange& c : changes_) probe.schedule(c);
        while (probe.peek() < current && probe.step()) previous = probe.now();
    });
    if (!found) return false;
    seek(previous);
    return life() != LifeCycle::error;
}

void SimulationController::seek(double time) {
    cancelJob();
    if (life() == LifeCycle::error) return;
    time = std::clamp(time, 0.0, endTime());
    const bool moved = guarded([&] {
        if (time < now() || restaurant_->life() == LifeCycle::finished)
            restart(time);
        else
            restaurant_->run_until(time);
    });
    if (moved) afterSeek();
}

void SimulationController::afterSeek() {
    snapshot_fresh_ = false;
    emit parametersChanged();
    emit frameAdvanced();
    if (restaurant_->life() == LifeCycle::finished) emit finished();
}

void SimulationController::reset() {
    cancelJob();
    pause();
    changes_.clear();
    emit historyCleared();
    const bool was_failed = !error_.isEmpty();
    error_.clear();  // a fresh restaurant: the failure stays with the old one
    if (!guarded([&] { restart(0.0); })) return;
    snapshot_fresh_ = false;
    if (was_failed) emit recovered();
    emit parametersChanged();
    emit frameAdvanced();
}

void SimulationController::setParameter(Parameter p, const ParameterValue& value) {
    cancelJob();
    if (!canRun()) return;
    // A new decision after scrubbing back replaces the history that followed.
    const double t = now();
    ParameterValue v;
    bool changed = false;
    const bool applied = guarded([&] {
        v = typed(p, value);  // a value of the wrong type is refused like one out of range
        if (restaurant_->parameter(p) == v) return;
        changed = true;
        const auto later = std::find_if(changes_.begin(), changes_.end(),
                                        [t](const ParameterChange& c) { return c.time > t; });
        if (later != changes_.end()) {
            changes_.erase(later, changes_.end());
            restart(t);
        }
        restaurant_->set(p, v);
    });
    if (!applied || !changed) return;
    changes_.push_back({t, p, v});
    snapshot_fresh_ = false;
    emit parameterSet(p, v);
    emit parametersChanged();
    emit frameAdvanced();
}

const Snapshot& SimulationController::snapshot() const {
    if (!snapshot_fresh_) {
        restaurant_->snapshot(snapshot_);
        snapshot_fresh_ = true;
    }
    return snapshot_;
}

}  // namespace bistro::gui
