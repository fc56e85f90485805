#include "bistro/gui/plots/plot_recorder.hpp"

#include "bistro/gui/controller/simulation_controller.hpp"

namespace bistro::gui {

PlotRecorder::PlotRecorder(std::function<const RunStatistics&()> levels)
    : levels_(std::move(levels)) {}

void PlotRecorder::follow(const SimulationController& c, QObject* context) {
    using C = SimulationController;
    // Each wait from its start, so the mean can count those still waiting; a
    // party who gives up ends its wait for a table and its stay, as in the core.
    QObject::connect(&c, &C::partyArrived, context,
                     [this](double t, const happened::PartyArrived&) {
                         begin(Wait::table, t);
                         begin(Wait::in_restaurant, t);
                     });
    QObject::connect(
        &c, &C::partySeated, context,
        [this](double t, const happened::PartySeated& e) { add(Wait::table, t, e.waited); });
    QObject::connect(&c, &C::partyLost, context, [this](double t, const happened::PartyLost& e) {
        abandon(Wait::table, t, e.waited);
        abandon(Wait::in_restaurant, t, e.waited);
    });
    QObject::connect(&c, &C::waiterCalled, context,
                     [this](double t, const happened::WaiterCalled&) { begin(Wait::food, t); });
    QObject::connect(
        &c, &C::orderServed, context,
        [this](double t, const happened::OrderServed& e) { add(Wait::food, t, e.waited); });
    QObject::connect(&c, &C::partyLeft, context, [this](double t, const happened::PartyLeft& e) {
        add(Wait::in_restaurant, t, e.stayed);
    });
    QObject::connect(&c, &C::warmupEnded, context, [this](double) {
        for (Measure& m : measures_) m.clearFinished();  // as the core's statistics do
        for (Measure& m : queues_) m.clear();            // (waits under way still count when done)
    });
    QObject::connect(&c, &C::happened, context, [this](const Happening& h) { sampleLevels(h); });
    QObject::connect(&c, &C::historyRestarted, context, [this] { clear(); });
    followQueues(c, context);
}

void PlotRecorder::followQueues(const SimulationController& c, QObject* context) {
    using C = SimulationController;
    QObject::connect(&c, &C::waiterCalled, context,
                     [this](double t, const happened::WaiterCalled& e) { called_[e.party] = t; });
    // The wait ends when the waiter starts taking the order (instant order taking
    // changes no state: then the order is taken at once).
    QObject::connect(&c, &C::waiterStateChanged, context,
                     [this](double t, const happened::WaiterStateChanged& e) {
                         if (e.state == WaiterState::taking_order) orderTaken(t, e.party);
                     });
    QObject::connect(&c, &C::orderTaken, context,
                     [this](double t, const happened::OrderTaken& e) { orderTaken(t, e.party); });
    QObject::connect(&c, &C::ticketHandedIn, context,
                     [this](double t, const happened::TicketHandedIn& e) {
                         tickets_[e.party] = {t, e.dishes};
                     });
    QObject::connect(&c, &C::dishStarted, context,
                     [this](double t, const happened::DishStarted& e) {
                         const auto it = tickets_.find(e.party);
                         if (e.attempt > 0 || it == tickets_.end())
                             return;  // a re-cook is no new wait
                         addQueue(Queue::kitchen, t, t - it->second.first);
                         if (e.dish + 1 == it->second.second)
                             tickets_.erase(it);  // its dishes start in order
                     });
    QObject::connect(&c, &C::partySeated, context, [this](double t, const happened::PartySeated&) {
        addQueue(Queue::lost, t, 0);
    });
    QObject::connect(&c, &C::partyLost, context,
                     [this](double t, const happened::PartyLost&) { addQueue(Queue::lost, t, 1); });
}

void PlotRecorder::orderTaken(double time, PartyId party) {
    const auto it = called_.find(party);
    if (it == called_.end()) return;
    addQueue(Queue::order, time, time - it->second);
    called_.erase(it);
}

void PlotRecorder::addQueue(Queue q, double time, double value) {
    queues_[static_cast<std::size_t>(q)].add(time, value);
    ++version_;
}

void PlotRecorder::begin(Wait w, double time) {
    measures_[static_cast<std::size_t>(w)].begin(time);
    ++version_;
}

void PlotRecorder::abandon(Wait w, double time, double seconds) {
    measures_[static_cast<std::size_t>(w)].abandon(time, seconds);
    ++version_;
}

void PlotRecorder::add(Wait w, double time, double seconds) {
    measures_[static_cast<std::size_t>(w)].add(time, seconds);
    ++version_;
}

void PlotRecorder::sampleLevels(const Happening& h) {
    if (h.as<happened::WaiterStateChanged>()) return;  // changes no queue
    const RunStatistics& s = levels_();
    door_.add(h.time, s.door_queue.value());
    kitchen_.add(h.time, s.kitchen_queue.value());
    pass_.add(h.time, s.at_pass.value());
    ++version_;
}

void PlotRecorder::clear() {
    for (Measure& m : measures_) m.clear();
    for (Measure& m : queues_) m.clear();
    called_.clear();
    tickets_.clear();
    door_.clear();
    kitchen_.clear();
    pass_.clear();
    ++version_;
}

}  // namespace bistro::gui
