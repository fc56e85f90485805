// The facade: life cycle, event dispatch, parameter changes and observation.
#include "bistro/sim/restaurant.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

#include "parts.hpp"

namespace bistro {

namespace {
std::string join(const std::vector<FieldProblem>& problems) {
    std::string text;
    for (const auto& p : problems) text += (text.empty() ? "" : "\n") + p.english();
    return text;
}
}  // namespace

InvalidScenario::InvalidScenario(const std::vector<FieldProblem>& problems)
    : std::invalid_argument("invalid scenario:\n" + join(problems)), problems_(problems) {}

namespace {
Scenario validated(Scenario s) {
    if (auto problems = s.problems(); !problems.empty()) throw InvalidScenario(problems);
    return s;
}
}  // namespace

Restaurant::Restaurant(Scenario scenario)
    : scenario_(validated(std::move(scenario))),
      floor_(scenario_.tables_for_two, scenario_.tables_for_four),
      parts_(std::make_unique<model::Parts>(scenario_, floor_)) {
    parts_->crew.set_waiter_count(scenario_.waiters);
    parts_->kitchen.set_cook_count(scenario_.cooks);
    parts_->room.schedule_opening();
    parts_->room.schedule_next_arrival();
    if (scenario_.warmup > 0.0) parts_->house.schedule(scenario_.warmup, EventKind::warmup_end, 0);
}

Restaurant::~Restaurant() = default;

LifeCycle Restaurant::life() const {
    return parts_->house.engine.life();
}
double Restaurant::now() const {
    return parts_->house.engine.now();
}
double Restaurant::peek() const {
    return parts_->house.engine.next_time();
}
std::uint64_t Restaurant::events() const {
    return parts_->house.engine.events();
}
Policy Restaurant::policy() const {
    return parts_->house.params.policy;
}
Delivery Restaurant::delivery() const {
    return parts_->house.params.delivery;
}
const RunStatistics& Restaurant::statistics() const {
    return parts_->house.stats;
}

void Restaurant::run_until(double t) {
    parts_->house.engine.run_until(t, [this](const Event& e) { dispatch(e); });
}

bool Restaurant::step() {
    return parts_->house.engine.step([this](const Event& e) { dispatch(e); });
}

void Restaurant::dispatch(const Event& e) {
    model::Parts& p = *parts_;
    switch (Engine::kind_of(e)) {
        case EventKind::cook_done:
            return p.kitchen.on_cook_done(static_cast<int>(e.target));
        case EventKind::activity_done:
            return p.crew.on_activity_done(static_cast<int>(e.target));
        case EventKind::menu_read:
            return p.room.call_waiter(e.target);
        case EventKind::eating_done:
            return p.room.on_eating_done(e.target);
        case EventKind::arrival:
            if (e.target == model::DiningRoom::opening_target) return p.room.on_opening_arrival();
            return p.room.on_arrival(e.tag);
        case EventKind::patience_end:
            return p.room.on_patience_end(e.target, e.tag);
        case EventKind::warmup_end:
            p.house.stats.restart(p.house.now());
            return p.house.tell(happened::WarmupEnded{});
        case EventKind::change:
            return apply(scheduled_[e.target]);
    }
    throw std::logic_error("unknown event kind " + std::to_string(e.priority()));
}

void model::House::report(const What& what) {
    const Happening h{now(), what};
    for (Listener* l : listeners) l->on_happening(h);
}

// --- parameters ---------------------------------------------------------------

namespace {
void check_range(Parameter p, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi))
        throw std::invalid_argument(std::string(to_string(p)) + ": " + std::to_string(v) +
                                    " is outside [" + std::to_string(lo) + ", " +
                                    std::to_string(hi) + "]");
}
/// The value, of the parameter's type and in its range.
ParameterValue checked(Parameter p, const ParameterValue& value) {
    const ParameterValue v = typed(p, value);
    switch (p) {
        case Parameter::policy:
        case Parameter::delivery:
            return v;
        case Parameter::waiters:
        case Parameter::cooks:
            check_range(p, number(p, v), 1, max_staff);
            return v;
        case Parameter::arrival_rate:
            check_range(p, number(p, v), 0, max_rate_per_hour);
            return v;
        case Parameter::burn_probability:
            check_range(p, number(p, v), 0, 0.95);
            return v;
        default:
            check_range(p, number(p, v), 1e-6, 1e6);
            return v;
    }
}
std::string describe(const ParameterValue& v) {
    return std::visit(
        [](auto x) -> std::string {
            if constexpr (std::is_arithmetic_v<decltype(x)>)
                return std::to_string(x);
            else
                return to_string(x);
        },
        v);
}
}  // namespace

void Restaurant::set(Parameter p, const ParameterValue& value) {
    parts_->house.engine.require_runnable("set");
    parts_->house.engine.require_not_running("set");
    apply({now(), p, checked(p, value)});
}

void Restaurant::schedule(const ParameterChange& change) {
    parts_->house.engine.require_runnable("schedule");
    const ParameterValue value = checked(change.parameter, change.value);
    if (!(change.time >= now()))
        throw std::invalid_argument("schedule: a change cannot be in the past");
    scheduled_.push_back({change.time, change.parameter, value});
    parts_->house.schedule(change.time, EventKind::change,
                           static_cast<std::uint32_t>(scheduled_.size() - 1));
}

void Restaurant::apply(const ParameterChange& change) {
    model::Parts& parts = *parts_;
    changes_.push_back({now(), change.parameter, change.value});
    spdlog::debug("t={:.1f}s: {} = {}", now(), to_string(change.parameter), describe(change.value));
    if (const auto* policy = std::get_if<Policy>(&change.value)) {
        const Policy before = std::exchange(parts.house.params.policy, *policy);
        if (*policy != before) parts.crew.policy_changed();
    } else if (const auto* delivery = std::get_if<Delivery>(&change.value)) {
        parts.house.params.delivery = *delivery;
        parts.crew.delivery_changed();
    } else if (const auto* count = std::get_if<int>(&change.value)) {
        if (change.parameter == Parameter::waiters) parts.crew.set_waiter_count(*count);
        if (change.parameter == Parameter::cooks) parts.kitchen.set_cook_count(*count);
    } else {
        apply_number(change.parameter, std::get<double>(change.value));
    }
    parts.house.tell(happened::ParameterChanged{change.parameter, change.value});
}

void Restaurant::apply_number(Parameter p, double v) {
    model::Parts& parts = *parts_;
    model::Params& params = parts.house.params;
    switch (p) {
        case Parameter::arrival_rate:
            params.rate_per_hour = v;
            parts.room.schedule_next_arrival();  // memoryless: redrawing from now is exact
            return;
        case Parameter::cook_time_scale:
            params.cook_time_scale = v;
            return;
        case Parameter::order_time_scale:
            params.order_time_scale = v;
            return;
        case Parameter::own_work_scale:
            params.own_work_scale = v;
            return;
        case Parameter::burn_probability:
            params.burn_probability = v;
            return;
        case Parameter::patience_scale:
            params.patience_scale = v;
            return;
        default:
            throw std::logic_error(std::string("apply_number: ") + to_string(p));
    }
}

ParameterValue Restaurant::parameter(Parameter p) const {
    const model::Params& params = parts_->house.params;
    switch (p) {
        case Parameter::waiters:
            return params.waiters;
        case Parameter::cooks:
            return params.cooks;
        case Parameter::arrival_rate:
            return params.rate_per_hour;
        case Parameter::policy:
            return params.policy;
        case Parameter::delivery:
            return params.delivery;
        case Parameter::cook_time_scale:
            return params.cook_time_scale;
        case Parameter::order_time_scale:
            return params.order_time_scale;
        case Parameter::own_work_scale:
            return params.own_work_scale;
        case Parameter::burn_probability:
            return params.burn_probability;
        case Parameter::patience_scale:
            return params.patience_scale;
    }
    throw std::logic_error("parameter: an unknown parameter");
}

// --- observing ----------------------------------------------------------------

void Restaurant::add_listener(Listener* listener) {
    parts_->house.listeners.push_back(listener);
}

void Restaurant::remove_listener(Listener* listener) {
    std::erase(parts_->house.listeners, listener);
}

std::size_t Restaurant::memory_bytes() const {
    const model::Parts& p = *parts_;
    return p.house.engine.capacity_bytes() + p.house.parties.capacity_bytes() +
           p.room.capacity_bytes() + p.kitchen.capacity_bytes() + p.crew.capacity_bytes() +
           p.house.stats.waiters.capacity() * sizeof(WaiterAccount) + sizeof(RunStatistics);
}

}  // namespace bistro
