#include "bistro/gui/timeline/timeline_recorder.hpp"

#include "bistro/gui/controller/simulation_controller.hpp"

namespace bistro::gui {

void TimelineRecorder::follow(const SimulationController& c, QObject* context) {
    using C = SimulationController;
    QObject::connect(
        &c, &C::waiterStateChanged, context,
        [this](double t, const happened::WaiterStateChanged& e) { waiterChanged(t, e); });
    QObject::connect(&c, &C::dishStarted, context,
                     [this](double t, const happened::DishStarted& e) { dishStarted(t, e); });
    QObject::connect(&c, &C::dishReady, context,
                     [this](double t, const happened::DishReady& e) { dishReady(t, e); });
    QObject::connect(&c, &C::historyRestarted, context, [this] { clear(); });
}

void TimelineRecorder::waiterChanged(double t, const happened::WaiterStateChanged& e) {
    waiters_[e.waiter].push_back({t, static_cast<int>(e.state), e.party, e.table, -1});
}

void TimelineRecorder::dishStarted(double t, const happened::DishStarted& e) {
    cooks_[e.cook].push_back({t, e.attempt > 0 ? 2 : 1, e.party, e.table, e.item});
}

void TimelineRecorder::dishReady(double t, const happened::DishReady& e) {
    bells_.push_back(t);
    // A cook is idle from the moment the dish is ready until it starts the next.
    for (auto& [id, lane] : cooks_)
        if (!lane.empty() && lane.back().party == e.party && lane.back().state != 0 &&
            lane.back().item == e.item)
            lane.push_back({t, 0, -1, -1, -1});
}

void TimelineRecorder::clear() {
    waiters_.clear();
    cooks_.clear();
    bells_.clear();
}

void TimelineRecorder::forgetBefore(double t) {
    auto trim = [t](std::deque<Segment>& lane) {
        while (lane.size() > 1 && lane[1].start < t)
            lane.pop_front();  // keep the one still running at t
    };
    for (auto& [id, lane] : waiters_) trim(lane);
    for (auto& [id, lane] : cooks_) trim(lane);
    while (!bells_.empty() && bells_.front() < t) bells_.pop_front();
}

}  // namespace bistro::gui
