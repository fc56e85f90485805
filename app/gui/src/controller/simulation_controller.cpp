#include "bistro/gui/controller/simulation_controller.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace bistro::gui {

SimulationController::SimulationController(QObject* parent) : QObject(parent) {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(16);  // about 60 frames per second
    connect(&timer_, &QTimer::timeout, this, &SimulationController::tick);
    setScenario(Scenario{});
}

SimulationController::~SimulationController() = default;

void SimulationController::setScenario(const Scenario& scenario) {
    auto fresh = std::make_unique<Restaurant>(scenario);  // throws before anything changes
    pause();
    scenario_ = scenario;
    changes_.clear();
    restaurant_ = std::move(fresh);
    attachHistory(*restaurant_);
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
    Scenario s = scenario_;
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

template <class Body>
bool SimulationController::guarded(Body&& body) {
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
    speed_ = std::clamp(speed, 0.25, 1000.0);
}

void SimulationController::play() {
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
    if (!canRun()) return false;
    bool stepped = false;
    if (!guarded([&] { stepped = restaurant_->step(); })) return false;
    afterMove();
    return stepped;
}

void SimulationController::restart(double until) {
    // In place before it runs: history listeners may look at the restaurant as it replays.
    restaurant_ = std::make_unique<Restaurant>(scenario_);
    attachHistory(*restaurant_);
    // The whole recorded history, also what lies after `until`: playing on replays it.
    for (const ParameterChange& c : changes_) restaurant_->schedule(c);
    restaurant_->run_until(until);
}

void SimulationController::attachHistory(Restaurant& r) {
    stories_.clear();
    r.add_listener(&stories_);
    for (HistoryListener* l : history_) {
        l->clear();
        r.add_listener(l);
    }
}

void SimulationController::addHistoryListener(HistoryListener* listener) {
    history_.push_back(listener);
    if (life() == LifeCycle::error) return;  // it joins the fresh run of the next reset
    const double t = now();
    guarded([&] { restart(t); });  // replay what happened so far, so the newcomer has it all
}

void SimulationController::removeHistoryListener(HistoryListener* listener) {
    std::erase(history_, listener);
    restaurant_->remove_listener(listener);
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
    if (life() == LifeCycle::error) return;
    time = std::clamp(time, 0.0, endTime());
    const bool moved = guarded([&] {
        if (time < now() || restaurant_->life() == LifeCycle::finished)
            restart(time);
        else
            restaurant_->run_until(time);
    });
    if (!moved) return;
    snapshot_fresh_ = false;
    emit parametersChanged();
    emit frameAdvanced();
    if (restaurant_->life() == LifeCycle::finished) emit finished();
}

void SimulationController::reset() {
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

void SimulationController::setParameter(Parameter p, double value) {
    if (!canRun() || restaurant_->parameter(p) == value) return;
    // A new decision after scrubbing back replaces the history that followed.
    const double t = now();
    const bool applied = guarded([&] {
        const auto later = std::find_if(changes_.begin(), changes_.end(),
                                        [t](const ParameterChange& c) { return c.time > t; });
        if (later != changes_.end()) {
            changes_.erase(later, changes_.end());
            restart(t);
        }
        restaurant_->set(p, value);
    });
    if (!applied) return;
    changes_.push_back({t, p, value});
    snapshot_fresh_ = false;
    emit parameterSet(p, value);
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
