// The engine: life cycle, event dispatch, parameter changes and observation.
#include "bistro/sim/restaurant.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace bistro {

namespace {
std::string join(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += (text.empty() ? "" : "\n") + line;
    return text;
}
}  // namespace

InvalidScenario::InvalidScenario(const std::vector<std::string>& problems)
    : std::invalid_argument("invalid scenario:\n" + join(problems)), problems_(problems) {}

Restaurant::Restaurant(Scenario scenario)
    : scenario_(std::move(scenario)),
      floor_(scenario_.tables_for_two, scenario_.tables_for_four),
      arrival_rng_(scenario_.seed, Stream::arrivals) {
    if (auto problems = scenario_.problems(); !problems.empty()) throw InvalidScenario(problems);
    params_ = {scenario_.policy,
               scenario_.delivery,
               scenario_.rate_per_hour,
               1,
               1,
               1,
               1,
               scenario_.burn_probability,
               0,
               0};
    std::vector<std::pair<int, double>> shares;
    for (std::size_t i = 0; i < scenario_.menu.size(); ++i)
        shares.emplace_back(static_cast<int>(i), scenario_.menu[i].share);
    menu_choice_ = Discrete(std::move(shares));
    context_switch_free_ = scenario_.context_switch.is_zero();
    seed_ = Rng::Mixed{mix64(scenario_.seed)};
    table_party_.assign(floor_.tables().size(), -1);
    const std::size_t words = (floor_.tables().size() + 63) / 64;
    for (std::size_t t = 0; t < floor_.tables().size(); ++t) {
        const int seats = floor_.tables()[t].seats;
        auto it = std::find_if(free_tables_.begin(), free_tables_.end(),
                               [&](const FreeTables& f) { return f.seats >= seats; });
        if (it == free_tables_.end() || it->seats != seats)
            it = free_tables_.insert(it, {seats, std::vector<std::uint64_t>(words, 0)});
        it->bits[t / 64] |= std::uint64_t{1} << (t % 64);
    }
    set_waiter_count(scenario_.waiters);
    set_cook_count(scenario_.cooks);
    schedule_next_arrival();
    if (scenario_.warmup > 0.0) schedule_event(scenario_.warmup, ev_warmup, 0);
}

void Restaurant::require_runnable(const char* what) const {
    if (life_ == LifeCycle::finished)
        throw std::logic_error(std::string(what) + ": the run has finished");
    if (life_ == LifeCycle::error)
        throw std::logic_error(std::string(what) + ": the run stopped on an error");
}

void Restaurant::require_not_running(const char* what) const {
    // A listener that moves time while an event runs would run that event again.
    if (life_ == LifeCycle::running)
        throw std::logic_error(std::string(what) + ": called while an event is running");
}

void Restaurant::run_until(double t) {
    require_runnable("run_until");
    require_not_running("run_until");
    if (!(t >= now_))
        throw std::invalid_argument("run_until: time " + std::to_string(t) +
                                    " is before the current time " + std::to_string(now_));
    const double target = std::min(t, scenario_.duration);
    life_ = LifeCycle::running;
    try {
        while (calendar_.next_time() <= target)
            calendar_.run_first([this](const Event& e) { dispatch(e); });
    } catch (...) {
        life_ = LifeCycle::error;
        throw;
    }
    now_ = target;
    life_ = target >= scenario_.duration ? LifeCycle::finished : LifeCycle::paused;
}

bool Restaurant::step() {
    require_runnable("step");
    require_not_running("step");
    if (calendar_.next_time() > scenario_.duration) {
        now_ = scenario_.duration;
        life_ = LifeCycle::finished;
        return false;
    }
    life_ = LifeCycle::running;
    try {
        calendar_.run_first([this](const Event& e) { dispatch(e); });
    } catch (...) {
        life_ = LifeCycle::error;
        throw;
    }
    life_ = LifeCycle::paused;
    return true;
}

void Restaurant::dispatch(const Event& e) {
    now_ = e.time();
    ++events_;
    switch (static_cast<EventKind>(e.priority())) {
        case ev_arrival:
            on_arrival(e.tag);
            break;
        case ev_patience:
            on_patience(e.target, e.tag);
            break;
        case ev_menu_read:
            call_waiter(e.target);
            break;
        case ev_eating_done:
            on_eating_done(e.target);
            break;
        case ev_waiter:
            on_waiter_event(static_cast<int>(e.target));
            break;
        case ev_cook:
            on_cook_done(static_cast<int>(e.target));
            break;
        case ev_warmup:
            end_warmup();
            break;
        case ev_change:
            apply(scheduled_[e.target]);
            break;
        default:
            throw std::logic_error("unknown event kind " + std::to_string(e.priority()));
    }
}

void Restaurant::report(HappeningKind kind, const Party* p, int waiter, int cook, int dish,
                        double value) {
    Happening h;
    h.time = now_;
    h.kind = kind;
    h.waiter = waiter;
    h.cook = cook;
    h.dish = dish;
    h.value = value;
    if (p) {
        h.party = p->id;
        h.table = p->table;
        if (dish >= 0) h.item = p->dishes[static_cast<std::size_t>(dish)].item;
    }
    for (Listener* l : listeners_) l->on_happening(h);
}

// --- parameters ---------------------------------------------------------------

namespace {
void check_range(Parameter p, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi))
        throw std::invalid_argument(std::string(to_string(p)) + ": " + std::to_string(v) +
                                    " is outside [" + std::to_string(lo) + ", " +
                                    std::to_string(hi) + "]");
}
void check(Parameter p, double v) {
    switch (p) {
        case Parameter::waiters:
        case Parameter::cooks:
            check_range(p, v, 1, 100);
            break;
        case Parameter::arrival_rate:
            check_range(p, v, 0, 1e6);
            break;
        case Parameter::policy:
        case Parameter::delivery:
            check_range(p, v, 0, 1);
            break;
        case Parameter::burn_probability:
            check_range(p, v, 0, 0.95);
            break;
        default:
            check_range(p, v, 1e-6, 1e6);
            break;
    }
}
}  // namespace

void Restaurant::set(Parameter p, double value) {
    require_runnable("set");
    check(p, value);
    apply({now_, p, value});
}

void Restaurant::schedule(const ParameterChange& change) {
    require_runnable("schedule");
    check(change.parameter, change.value);
    if (!(change.time >= now_))
        throw std::invalid_argument("schedule: a change cannot be in the past");
    scheduled_.push_back(change);
    schedule_event(change.time, ev_change, static_cast<std::uint32_t>(scheduled_.size() - 1));
}

void Restaurant::apply(const ParameterChange& change) {
    const double v = change.value;
    changes_.push_back({now_, change.parameter, v});
    spdlog::debug("t={:.1f}s: {} = {}", now_, to_string(change.parameter), v);
    switch (change.parameter) {
        case Parameter::waiters:
            set_waiter_count(static_cast<int>(std::lround(v)));
            break;
        case Parameter::cooks:
            set_cook_count(static_cast<int>(std::lround(v)));
            break;
        case Parameter::arrival_rate:
            params_.rate_per_hour = v;
            schedule_next_arrival();  // memoryless: redrawing from now is exact
            break;
        case Parameter::policy:
            params_.policy = v >= 0.5 ? Policy::asynchronous : Policy::synchronous;
            if (params_.policy == Policy::asynchronous) release_blocked_waiters();
            break;
        case Parameter::delivery:
            params_.delivery = v >= 0.5 ? Delivery::each_dish : Delivery::whole_order;
            for (std::uint32_t slot = 0; slot < parties_.size(); ++slot)
                if (parties_[slot].id >= 0 && parties_[slot].owner < 0) ring_bell(slot);
            break;
        case Parameter::cook_time_scale:
            params_.cook_time_scale = v;
            break;
        case Parameter::order_time_scale:
            params_.order_time_scale = v;
            break;
        case Parameter::own_work_scale:
            params_.own_work_scale = v;
            break;
        case Parameter::burn_probability:
            params_.burn_probability = v;
            break;
        case Parameter::patience_scale:
            params_.patience_scale = v;
            break;
    }
    tell(HappeningKind::parameter_changed, nullptr, -1, static_cast<int>(change.parameter), -1, v);
}

double Restaurant::parameter(Parameter p) const {
    switch (p) {
        case Parameter::waiters:
            return params_.waiters;
        case Parameter::cooks:
            return params_.cooks;
        case Parameter::arrival_rate:
            return params_.rate_per_hour;
        case Parameter::policy:
            return params_.policy == Policy::asynchronous ? 1 : 0;
        case Parameter::delivery:
            return params_.delivery == Delivery::each_dish ? 1 : 0;
        case Parameter::cook_time_scale:
            return params_.cook_time_scale;
        case Parameter::order_time_scale:
            return params_.order_time_scale;
        case Parameter::own_work_scale:
            return params_.own_work_scale;
        case Parameter::burn_probability:
            return params_.burn_probability;
        case Parameter::patience_scale:
            return params_.patience_scale;
    }
    return 0.0;
}

// --- observing ----------------------------------------------------------------

void Restaurant::add_listener(Listener* listener) {
    listeners_.push_back(listener);
}

void Restaurant::remove_listener(Listener* listener) {
    std::erase(listeners_, listener);
}

void Restaurant::end_warmup() {
    stats_.restart(now_);
    tell(HappeningKind::warmup_ended, nullptr);
}

std::size_t Restaurant::memory_bytes() const {
    return calendar_.capacity_bytes() + parties_.capacity() * sizeof(Party) +
           free_parties_.capacity() * sizeof(std::uint32_t) + door_.size() * sizeof(std::uint32_t) +
           tasks_.size() * sizeof(Task) + waiters_.capacity() * sizeof(Waiter) +
           cooks_.capacity() * sizeof(Cook) +
           kitchen_queue_.size() * sizeof(std::pair<std::uint32_t, int>) +
           stats_.waiters.capacity() * sizeof(WaiterAccount) + sizeof(RunStatistics);
}

}  // namespace bistro
