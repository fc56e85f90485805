#include "bistro/sim/lesson.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "bistro/sim/replications.hpp"
#include "bistro/sim/restaurant.hpp"

namespace bistro {

namespace {

constexpr const char* stop_names[] = {"first-order", "first-ticket", "first-blocked",
                                      "first-bell",  "first-burnt",  "first-served"};
static_assert(std::size(stop_names) == stop_event_count);

constexpr const char* step_names[] = {"waiting_for_task", "to_take_order", "taking_order",
                                      "carrying_ticket",  "making_drinks", "waiting_at_pass",
                                      "fetching_food",    "carrying_food", "serving",
                                      "to_bill",          "billing"};
static_assert(std::size(step_names) == waiter_step_count);

/// Whether a happening is the event a stop waits for.
bool is_event(StopEvent e, const Happening& h) {
    switch (e) {
        case StopEvent::first_order:
            return h.kind() == HappeningKind::order_taken;
        case StopEvent::first_ticket:
            return h.kind() == HappeningKind::ticket_handed_in;
        case StopEvent::first_bell:
            return h.kind() == HappeningKind::dish_ready;
        case StopEvent::first_burnt:
            return h.kind() == HappeningKind::dish_burnt;
        case StopEvent::first_served:
            return h.kind() == HappeningKind::order_served;
        case StopEvent::first_blocked: {
            const auto* c = h.as<happened::WaiterStateChanged>();
            return c && c->state == WaiterState::blocked;
        }
    }
    return false;
}

/// Watches a run for the stop's event, and for who took and who served each order.
class Watcher : public Listener {
  public:
    explicit Watcher(std::optional<StopEvent> event) : event_(event) {}
    void on_happening(const Happening& h) override {
        if (event_ && !hit_ && is_event(*event_, h)) hit_ = true;
        if (const auto* c = h.as<happened::WaiterCalled>()) called_[c->party] = h.time;
        if (const auto* t = h.as<happened::OrderTaken>()) taker_[t->party] = t->waiter;
        if (const auto* d = h.as<happened::FoodDelivered>()) {
            const auto it = taker_.find(d->party);
            if (it != taker_.end() && it->second != d->waiter) handed_.push_back(d->party);
            plated(d->party, h.time);
        }
        if (const auto* s = h.as<happened::OrderServed>()) {
            ++served_;
            if (std::find(handed_.begin(), handed_.end(), s->party) != handed_.end())
                ++served_handed_;
            std::erase(handed_, s->party);
            taker_.erase(s->party);
        }
    }
    bool hit() const { return hit_; }
    /// Share of the orders served so far whose food another waiter brought.
    double handed_over() const {
        return served_ > 0 ? static_cast<double>(served_handed_) / static_cast<double>(served_)
                           : 0.0;
    }

    /// Mean seconds from calling a waiter to the first plate on the table, counting
    /// the parties still without one with their wait so far.
    double first_plate(double now) const {
        double sum = plates_sum_;
        for (const auto& [party, since] : called_) sum += now - since;
        const auto n = plates_ + called_.size();
        return n > 0 ? sum / static_cast<double>(n) : 0.0;
    }

  private:
    void plated(PartyId party, double now) {
        const auto it = called_.find(party);
        if (it == called_.end()) return;  // an order's later plates
        plates_sum_ += now - it->second;
        ++plates_;
        called_.erase(it);
    }

    std::optional<StopEvent> event_;
    bool hit_ = false;
    std::map<PartyId, double> called_;  ///< parties waiting for their first plate, since
    double plates_sum_ = 0.0;
    std::size_t plates_ = 0;
    std::map<PartyId, int> taker_;
    std::vector<PartyId> handed_;
    int served_ = 0, served_handed_ = 0;
};

/// Runs to the stop; false if it waited for an event that did not come in time.
bool run_to(Restaurant& r, const Stop& stop, const Watcher& w) {
    if (!stop.event) {
        r.run_until(stop.time);
        return true;
    }
    while (!w.hit() && r.life() != LifeCycle::finished && r.peek() <= stop.time) r.step();
    if (!w.hit() && r.life() != LifeCycle::finished) r.run_until(stop.time);
    return w.hit();
}

/// A metric in display units: seconds as minutes, fractions as percent.
std::pair<double, std::string> shown(const Metric& m) {
    if (m.unit == "s") return {m.value / 60.0, "min"};
    if (m.unit == "fraction") return {m.value * 100.0, "%"};
    return {m.value, m.unit};
}

/// The cause most of the waiting so far went to, and its minutes a party.
std::pair<std::string, double> main_cause(const Restaurant& r) {
    const WaitParts split = r.statistics().wait_split(r.open_waits());
    const auto top = std::max_element(split.begin(), split.end());
    const auto cause = static_cast<WaitCause>(top - split.begin());
    return {to_string(cause), *top / 60.0};
}

/// The measure on one restaurant at its stop.
Outcome measure(const Restaurant& r, const Watcher& w, const std::string& name) {
    Outcome o;
    o.time = r.now();
    if (name == "blocked_now") {
        const Snapshot snap = r.snapshot();
        o.value = static_cast<double>(
            std::count_if(snap.waiters.begin(), snap.waiters.end(),
                          [](const WaiterView& v) { return v.state == WaiterState::blocked; }));
        o.unit = "waiters";
    } else if (name == "handed_over") {
        o.value = 100.0 * w.handed_over();
        o.unit = "%";
    } else if (name == "first_plate") {
        o.value = w.first_plate(r.now()) / 60.0;
        o.unit = "min";
    } else if (name == "main_wait_cause") {
        std::tie(o.word, o.value) = main_cause(r);
        o.unit = "min";
    } else {
        for (const Metric& m : r.metrics())
            if (m.name == name) std::tie(o.value, o.unit) = shown(m);
    }
    return o;
}

Outcome run_one(const Scenario& s, const Stop& stop, const std::string& name) {
    Restaurant r(s);
    Watcher w(stop.event);
    r.add_listener(&w);
    const bool reached = run_to(r, stop, w);
    Outcome o = measure(r, w, name);
    o.reached = reached;
    return o;
}

}  // namespace

const char* to_string(StopEvent e) {
    return stop_names[static_cast<int>(e)];
}

std::optional<StopEvent> stop_event_named(const std::string& name) {
    for (int i = 0; i < stop_event_count; ++i)
        if (name == stop_names[i]) return static_cast<StopEvent>(i);
    return std::nullopt;
}

const char* line_name(WaiterStep s) {
    return step_names[static_cast<int>(s)];
}

std::optional<WaiterStep> line_named(const std::string& name) {
    for (int i = 0; i < waiter_step_count; ++i)
        if (name == step_names[i]) return static_cast<WaiterStep>(i);
    return std::nullopt;
}

const std::vector<MeasureInfo>& lesson_measures() {
    static const std::vector<MeasureInfo> measures = {
        {"blocked_now", "waiters", "waiters blocked at the pass at the stop"},
        {"handed_over", "%",
         "orders served so far whose food a waiter other than the one who took the order "
         "brought"},
        {"first_plate", "min",
         "the mean wait from calling a waiter to the first plate on the table, counting the "
         "parties still waiting with their wait so far"},
        {"main_wait_cause", "min",
         "what most of the waiting so far went to (table, waiters_busy, waiters_blocked, "
         "waiter_at_work, kitchen, burnt, at_pass), and its minutes a party"},
    };
    return measures;
}

bool known_measure(const std::string& name) {
    for (const MeasureInfo& m : lesson_measures())
        if (name == m.name) return true;
    static const std::vector<Metric> metrics = Restaurant(Scenario{}).metrics();
    return std::any_of(metrics.begin(), metrics.end(),
                       [&](const Metric& m) { return m.name == name; });
}

bool Choice::matches(const Outcome& o) const {
    if (!is.empty()) return o.word == is;
    return o.word.empty() && o.value >= from && o.value <= to;
}

bool LessonPrediction::right(const Outcome& o) const {
    if (!choices.empty())
        return answer >= 0 && answer < static_cast<int>(choices.size()) &&
               choices[static_cast<std::size_t>(answer)].matches(o);
    return o.value >= right_from && o.value <= right_to;
}

Outcome evaluate(const Scenario& scenario, const Stop& stop, const Question& q) {
    if (!known_measure(q.measure))
        throw std::invalid_argument("unknown measure \"" + q.measure + "\"");
    if (!q.compare) return run_one(scenario, stop, q.measure);
    Outcome a =
        run_one(with_parameter(scenario, q.compare->parameter, q.compare->a), stop, q.measure);
    const Outcome b =
        run_one(with_parameter(scenario, q.compare->parameter, q.compare->b), stop, q.measure);
    a.value_b = b.value;
    a.reached = a.reached && b.reached;
    const double difference = b.value - a.value;
    if (std::abs(difference) <= q.same_within)
        a.word = "same";
    else
        a.word = (difference > 0) == q.higher ? "b" : "a";
    return a;
}

bool Trial::holds(const LessonPrediction& p) const {
    if (!reached || !p.right(own)) return false;
    return p.varies ? right < days : right == days;
}

Trial try_prediction(const LessonStep& step, int other_days) {
    if (!step.prediction || !step.stop)
        throw std::invalid_argument("a step without a prediction and a stop");
    const LessonPrediction& p = *step.prediction;
    Trial t;
    t.own = evaluate(step.scenario, *step.stop, p.question);
    t.reached = t.own.reached;
    for (int r = 1; r <= other_days; ++r) {
        Scenario day = step.scenario;
        day.seed = replication_seed(step.scenario.seed, r);
        const Outcome o = evaluate(day, *step.stop, p.question);
        ++t.days;
        t.reached = t.reached && o.reached;
        if (p.right(o)) {
            ++t.right;
        } else if (t.days - t.right == 1) {  // the first day it did not hold
            t.wrong_seed = day.seed;
            t.wrong = o;
        }
    }
    return t;
}

std::string describe(const Outcome& o) {
    const auto number = [&](double v) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f", v);
        return std::string(text);
    };
    if (o.word.empty()) return number(o.value) + " " + o.unit;
    if (o.word == "a" || o.word == "b" || o.word == "same")
        return o.word + ": " + number(o.value) + " against " + number(o.value_b) + " " + o.unit;
    return o.word + " (" + number(o.value) + " " + o.unit + ")";
}

}  // namespace bistro
