// Names of enumerations (for logs, traces and the GUI) and scenario validation.
#include <cmath>
#include <cstdio>
#include <iterator>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/happening.hpp"
#include "bistro/sim/scenario.hpp"

namespace bistro {

const char* to_string(Policy p) {
    return p == Policy::synchronous ? "sync" : "async";
}
const char* to_string(Delivery d) {
    return d == Delivery::whole_order ? "whole-order" : "each-dish";
}

const char* to_string(TaskOrder o) {
    return o == TaskOrder::fifo ? "fifo" : "deliveries-first";
}

const char* to_string(WaiterState s) {
    static constexpr const char* names[] = {
        "idle", "walking", "taking order", "making drinks", "blocked", "delivering", "billing"};
    return names[static_cast<int>(s)];
}

const char* to_string(PartyState s) {
    static constexpr const char* names[] = {
        "at the door",      "reading the menu", "waiting to order",     "ordering",
        "waiting for food", "eating",           "waiting for the bill", "paying"};
    return names[static_cast<int>(s)];
}

const char* to_string(TaskKind k) {
    static constexpr const char* names[] = {"none", "take order", "deliver", "bill"};
    return names[static_cast<int>(k)];
}

const char* to_string(WaitCause c) {
    static constexpr const char* names[] = {"table",          "waiters_busy", "waiters_blocked",
                                            "waiter_at_work", "kitchen",      "burnt",
                                            "at_pass"};
    static_assert(std::size(names) == wait_cause_count);
    return names[static_cast<int>(c)];
}

const char* to_string(WaiterStep s) {
    static constexpr const char* names[] = {"waiting for a task",
                                            "walking to take an order",
                                            "taking the order",
                                            "carrying the ticket",
                                            "making drinks",
                                            "waiting at the pass",
                                            "fetching food",
                                            "carrying food",
                                            "serving",
                                            "walking to bring the bill",
                                            "billing"};
    static_assert(std::size(names) == waiter_step_count);
    return names[static_cast<int>(s)];
}

const char* to_string(LifeCycle s) {
    static constexpr const char* names[] = {"ready", "running", "paused", "finished", "error"};
    return names[static_cast<int>(s)];
}

const char* to_string(Parameter p) {
    static constexpr const char* names[] = {
        "waiters",          "cooks",           "arrival_rate",     "policy",
        "delivery",         "cook_time_scale", "order_time_scale", "own_work_scale",
        "burn_probability", "patience_scale"};
    return names[static_cast<int>(p)];
}

const char* to_string(HappeningKind k) {
    static constexpr const char* names[] = {
        "party_arrived",     "party_seated",     "party_lost",     "waiter_called",
        "order_taken",       "ticket_handed_in", "dish_started",   "dish_burnt",
        "dish_ready",        "dish_picked_up",   "food_delivered", "order_served",
        "bill_requested",    "bill_paid",        "party_left",     "waiter_state_changed",
        "parameter_changed", "warmup_ended"};
    return names[static_cast<int>(k)];
}

namespace {
template <class T>
const char* type_name() {
    if constexpr (std::is_same_v<T, int>) return "a count";
    if constexpr (std::is_same_v<T, double>) return "a number";
    if constexpr (std::is_same_v<T, Policy>) return "a policy";
    return "a delivery mode";
}
template <class Want>
Want require(Parameter p, const ParameterValue& v) {
    if (const Want* w = std::get_if<Want>(&v)) return *w;
    if constexpr (std::is_same_v<Want, double>)
        if (const int* i = std::get_if<int>(&v)) return *i;
    const char* given = std::visit([](auto x) { return type_name<decltype(x)>(); }, v);
    throw std::invalid_argument(std::string(to_string(p)) + " takes " + type_name<Want>() +
                                ", not " + given);
}
}  // namespace

ParameterValue typed(Parameter p, ParameterValue v) {
    switch (p) {
        case Parameter::waiters:
        case Parameter::cooks:
            return require<int>(p, v);
        case Parameter::policy:
            return require<Policy>(p, v);
        case Parameter::delivery:
            return require<Delivery>(p, v);
        default:
            return require<double>(p, v);
    }
}

double number(Parameter p, const ParameterValue& v) {
    const ParameterValue t = typed(p, v);
    if (const int* i = std::get_if<int>(&t)) return *i;
    if (const double* d = std::get_if<double>(&t)) return *d;
    throw std::invalid_argument(std::string(to_string(p)) + " is a switch, not a number");
}

ParameterValue from_number(Parameter p, double v) {
    switch (p) {
        case Parameter::waiters:
        case Parameter::cooks:
            return static_cast<int>(std::lround(v));
        case Parameter::policy:
        case Parameter::delivery:
            throw std::invalid_argument(std::string(to_string(p)) + " is a switch, not a number");
        default:
            return v;
    }
}

Scenario with_parameter(Scenario s, Parameter p, ParameterValue value) {
    value = typed(p, value);
    const auto scale = [&] { return std::get<double>(value); };
    switch (p) {
        case Parameter::waiters:
            s.waiters = std::get<int>(value);
            break;
        case Parameter::cooks:
            s.cooks = std::get<int>(value);
            break;
        case Parameter::arrival_rate:
            s.rate_per_hour = std::get<double>(value);
            break;
        case Parameter::policy:
            s.policy = std::get<Policy>(value);
            break;
        case Parameter::delivery:
            s.delivery = std::get<Delivery>(value);
            break;
        case Parameter::cook_time_scale:
            for (auto& item : s.menu) item.prep = item.prep.scaled(scale());
            break;
        case Parameter::order_time_scale:
            s.order_taking = s.order_taking.scaled(scale());
            break;
        case Parameter::own_work_scale:
            s.own_work = s.own_work.scaled(scale());
            break;
        case Parameter::burn_probability:
            s.burn_probability = std::get<double>(value);
            break;
        case Parameter::patience_scale:
            if (s.patience) s.patience = s.patience->scaled(scale());
            break;
    }
    return s;
}

namespace {
/// Validation problems in the order the checks run: tests compare the whole list.
class ProblemList {
  public:
    void require(bool ok, const std::string& field, Words words) {
        if (!ok) add(field, std::move(words));
    }
    void add(const std::string& field, Words words) {
        problems_.push_back({field, std::move(words)});
    }
    void check(const std::string& field, const Distribution& d) {
        if (auto problem = d.problem()) add(field, *problem);
    }
    std::vector<FieldProblem> take() { return std::move(problems_); }

  private:
    std::vector<FieldProblem> problems_;
};

/// "12500", "0.25": a number as a person writes it.
std::string short_number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

void check_run_length(const Scenario& s, ProblemList& out) {
    out.require(std::isfinite(s.duration) && s.duration > 0, "duration",
                BISTRO_PHRASE("Problem", "must be > 0"));
    out.require(!(s.duration > max_duration), "duration",
                BISTRO_PHRASE("Problem", "at most 10000h (over a year of service)"));
    out.require(std::isfinite(s.warmup) && s.warmup >= 0 && s.warmup < s.duration, "warmup",
                BISTRO_PHRASE("Problem", "must be >= 0 and shorter than the duration"));
}

void check_party_size(const Scenario& s, ProblemList& out) {
    const std::string field = "arrivals.party_size";
    if (auto problem = s.party_size.problem())
        out.add(field, *problem);
    else if (std::abs(s.party_size.total_weight() - 1.0) > 1e-6)
        out.add(field, BISTRO_PHRASE("Problem", "shares must sum to 1 (they sum to %1)")
                           .with({short_number(s.party_size.total_weight())}));
    for (const auto& [size, weight] : s.party_size.weights())
        if (weight > 0)
            out.require(size >= 1 && size <= max_party_size, field,
                        BISTRO_PHRASE("Problem", "sizes must be 1 to %1")
                            .with({std::to_string(max_party_size)}));
}

void check_profile(const Scenario& s, ProblemList& out) {
    double previous = -1.0;
    for (std::size_t i = 0; i < s.profile.size(); ++i) {
        const RateSegment& segment = s.profile[i];
        const std::string field = "arrivals.profile[" + std::to_string(i + 1) + "]";
        out.require(std::isfinite(segment.start) && segment.start > previous, field + ".start",
                    BISTRO_PHRASE("Problem", "must be >= 0 and after the previous segment"));
        out.require(std::isfinite(segment.factor) && segment.factor >= 0, field + ".factor",
                    BISTRO_PHRASE("Problem", "must be >= 0"));
        out.require(!(segment.factor * s.rate_per_hour > max_rate_per_hour), field + ".factor",
                    BISTRO_PHRASE("Problem",
                                  "gives %1 parties an hour (rate_per_hour x factor), at most "
                                  "10000")
                        .with({short_number(segment.factor * s.rate_per_hour)}));
        previous = segment.start;
    }
}

void check_arrivals(const Scenario& s, ProblemList& out) {
    out.require(std::isfinite(s.rate_per_hour) && s.rate_per_hour > 0, "arrivals.rate_per_hour",
                BISTRO_PHRASE("Problem", "must be > 0"));
    out.require(!(s.rate_per_hour > max_rate_per_hour), "arrivals.rate_per_hour",
                BISTRO_PHRASE("Problem", "at most 10000 parties an hour"));
    check_profile(s, out);
    out.require(s.at_opening >= 0 && s.at_opening <= max_door_queue, "arrivals.at_opening",
                BISTRO_PHRASE("Problem", "must be 0 to 1000 parties"));
    check_party_size(s, out);
    if (s.patience) out.check("arrivals.patience", *s.patience);
}

void check_floor(const Scenario& s, ProblemList& out) {
    const int tables = s.tables_for_two + s.tables_for_four;
    out.require(s.tables_for_two >= 0 && s.tables_for_four >= 0, "floor.tables",
                BISTRO_PHRASE("Problem", "counts must be >= 0"));
    out.require(tables >= 1, "floor.tables", BISTRO_PHRASE("Problem", "needs at least one table"));
    out.require(tables <= max_tables, "floor.tables",
                BISTRO_PHRASE("Problem", "at most 400 tables"));
    // Reported with the floor: it is the tables that decide which parties fit.
    const int biggest = s.tables_for_four > 0 ? 4 : 2;
    out.require(s.party_size.problem() || s.party_size.max_value() <= biggest,
                "arrivals.party_size",
                BISTRO_PHRASE("Problem", "parties of %1 do not fit the largest table (%2 seats)")
                    .with({std::to_string(s.party_size.max_value()), std::to_string(biggest)}));
    out.require(std::isfinite(s.walk_speed) && s.walk_speed >= 0, "floor.walk_speed",
                BISTRO_PHRASE("Problem", "must be >= 0 (0: no walking)"));
    out.check("floor.context_switch", s.context_switch);
}

void check_staff(const Scenario& s, ProblemList& out) {
    out.require(s.waiters >= 1 && s.waiters <= max_staff, "staff.waiters",
                BISTRO_PHRASE("Problem", "must be 1 to 100"));
    out.require(s.cooks >= 1 && s.cooks <= max_staff, "staff.cooks",
                BISTRO_PHRASE("Problem", "must be 1 to 100"));
}

void check_times(const Scenario& s, ProblemList& out) {
    out.check("times.menu_reading", s.menu_reading);
    out.check("times.order_taking", s.order_taking);
    out.check("times.own_work", s.own_work);
    out.check("times.delivery", s.delivery_time);
    out.check("times.eating", s.eating);
    out.check("times.billing", s.billing);
}

void check_kitchen(const Scenario& s, ProblemList& out) {
    out.require(
        std::isfinite(s.burn_probability) && s.burn_probability >= 0 && s.burn_probability <= 0.95,
        "kitchen.burn_probability", BISTRO_PHRASE("Problem", "must be between 0 and 0.95"));
}

void check_menu(const Scenario& s, ProblemList& out) {
    out.require(!s.menu.empty(), "menu", BISTRO_PHRASE("Problem", "needs at least one dish"));
    double shares = 0.0;
    for (std::size_t i = 0; i < s.menu.size(); ++i) {
        const MenuItem& item = s.menu[i];
        const std::string field = "menu[" + std::to_string(i + 1) + "]";
        out.require(std::isfinite(item.share) && item.share >= 0, field + ".share",
                    BISTRO_PHRASE("Problem", "must be >= 0"));
        out.check(field + ".prep", item.prep);
        shares += item.share;
    }
    if (!s.menu.empty())
        out.require(std::abs(shares - 1.0) <= 1e-6, "menu",
                    BISTRO_PHRASE("Problem", "shares must sum to 1 (they sum to %1)")
                        .with({short_number(shares)}));
}
}  // namespace

std::vector<FieldProblem> Scenario::problems() const {
    ProblemList out;
    check_run_length(*this, out);
    check_arrivals(*this, out);
    check_floor(*this, out);
    check_staff(*this, out);
    check_times(*this, out);
    check_kitchen(*this, out);
    check_menu(*this, out);
    return out.take();
}

}  // namespace bistro
