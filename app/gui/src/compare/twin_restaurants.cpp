#include "bistro/gui/compare/twin_restaurants.hpp"

#include <spdlog/spdlog.h>

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"

namespace bistro::gui {

namespace {
using Result = TwinRestaurants::Result;

Result computeComparison(Scenario a, Scenario b, std::vector<ParameterChange> changes_a,
                         std::vector<ParameterChange> changes_b, double until, std::string name_a,
                         std::string name_b, std::shared_ptr<RunWatch> watch) {
    Result r;
    r.until = until;
    r.replications = TwinRestaurants::replications;
    try {
        a.duration = b.duration = until;
        const auto later = [until](const ParameterChange& c) { return c.time > until; };
        std::erase_if(changes_a, later);
        std::erase_if(changes_b, later);
        const PairedComparison p =
            compare_paired(a, b, r.replications, 1, changes_a, changes_b, watch.get());
        r.difference = p.difference_of("wait_food.all.mean");
        r.facts = judge(p);
        r.nameA = QString::fromStdString(name_a);
        r.nameB = QString::fromStdString(name_b);
    } catch (const RunStopped&) {
        r.stopped = true;
        r.reached = watch->done();
        r.total = watch->expected();
    } catch (const std::exception& e) {
        r.error = e.what();
    }
    return r;
}
}  // namespace

TwinRestaurants::TwinRestaurants(SimulationController& primary, QObject* parent)
    : QObject(parent), primary_(primary), twin_(new SimulationController(this)) {
    connect(&primary_, &SimulationController::frameAdvanced, this, &TwinRestaurants::follow);
    connect(&primary_, &SimulationController::scenarioChanged, this, [this] {
        if (on_ && !restarting_) restartBoth();  // another scenario or seed: both start again
    });
    connect(&primary_, &SimulationController::historyCleared, this, [this] {
        if (on_) twin_->reset();
    });
    connect(&primary_, &SimulationController::parameterSet, this,
            [this](Parameter p, const ParameterValue& v) {
                if (!on_) return;
                if (p == contrast_.parameter)
                    contrast_.a = v;  // the left side's own value changed (e.g. by a shortcut)
                else
                    twin_->setParameter(p, v);  // a slider moves both restaurants
                maybeCompute();
            });
    // The pair runs as one: when the twin's model fails, the main one pauses with it.
    connect(twin_, &SimulationController::failed, &primary_, &SimulationController::pause);
    connect(&watcher_, &QFutureWatcher<Result>::finished, this, [this] {
        result_ = watcher_.result();
        if (!result_->error.empty()) spdlog::warn("comparison: {}", result_->error);
        emit resultChanged();
        emit replicationsFinished();
        maybeCompute();  // the clock may have moved on meanwhile
    });
}

TwinRestaurants::~TwinRestaurants() {
    if (watch_) watch_->stop();  // closing the window does not wait for a long comparison
    watcher_.waitForFinished();
}

double TwinRestaurants::comparisonProgress() const {
    if (!computing() || !watch_ || watch_->expected() <= 0.0) return 0.0;
    return std::clamp(watch_->done() / watch_->expected(), 0.0, 1.0);
}

void TwinRestaurants::cancelComparison() {
    if (computing() && watch_) watch_->stop();
}

void TwinRestaurants::start(const Contrast& contrast) {
    contrast_ = contrast;
    on_ = true;
    restartBoth();
    spdlog::info("compare mode: {} against {}", contrast_.nameA().toStdString(),
                 contrast_.nameB().toStdString());
    emit started();
}

void TwinRestaurants::restartBoth() {
    restarting_ = true;
    const Scenario base = primary_.currentScenario();
    primary_.setScenario(with_parameter(base, contrast_.parameter, contrast_.a));
    twin_->setScenario(with_parameter(base, contrast_.parameter, contrast_.b));
    restarting_ = false;
    result_.reset();
    computed_until_ = -1.0;
    emit resultChanged();
    maybeCompute();
}

void TwinRestaurants::stop() {
    if (!on_) return;
    on_ = false;
    twin_->pause();
    spdlog::info("compare mode off");
    emit stopped();
}

void TwinRestaurants::follow() {
    if (!on_ || restarting_) return;
    if (twin_->now() != primary_.now()) twin_->seek(primary_.now());
    maybeCompute();
}

void TwinRestaurants::maybeCompute() {
    if (!on_ || watcher_.isRunning()) return;
    // Whole minutes: the panel and its command line say "15 min", and mean it.
    const double until = std::floor(primary_.now() / 60.0) * 60.0;
    const std::size_t changes = primary_.changes().size() + twin_->changes().size();
    if (until == computed_until_ && changes == computed_changes_) return;
    // Some service first: a mean wait needs finished orders.
    if (until < primary_.scenario().warmup + 15 * 60.0) {
        if (result_) {
            result_.reset();
            emit resultChanged();
        }
        return;
    }
    // While playing, a few times a second is live enough and leaves the frames alone.
    if (since_compute_.isValid() && since_compute_.elapsed() < 250) {
        QTimer::singleShot(260 - since_compute_.elapsed(), this, &TwinRestaurants::maybeCompute);
        return;
    }
    since_compute_.start();
    computed_until_ = until;
    computed_changes_ = changes;
    spdlog::debug("comparison: {} paired services up to {:.0f} s", replications, until);
    watch_ = std::make_shared<RunWatch>();
    watcher_.setFuture(QtConcurrent::run(computeComparison, primary_.scenario(), twin_->scenario(),
                                         primary_.changes(), twin_->changes(), until,
                                         contrast_.nameA().toStdString(),
                                         contrast_.nameB().toStdString(), watch_));
}

QString TwinRestaurants::command() const {
    if (contrast_.parameter != Parameter::policy ||
        contrast_.a != ParameterValue{Policy::synchronous} ||
        contrast_.b != ParameterValue{Policy::asynchronous} || !primary_.changes().empty() ||
        !twin_->changes().empty())
        return {};
    const Scenario& s = primary_.scenario();
    const double until = result_ ? result_->until : std::floor(primary_.now() / 60.0) * 60.0;
    return QStringLiteral("bistro-cli compare SCENARIO.toml --seed %1 --duration %2m -r %3")
        .arg(s.seed)
        .arg(std::llround(until / 60.0))
        .arg(replications);
}

}  // namespace bistro::gui
