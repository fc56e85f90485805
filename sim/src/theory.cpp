#include "bistro/sim/theory.hpp"

#include <cmath>
#include <optional>

#include "bistro/sim/restaurant.hpp"

namespace bistro {

// --- the formulas ----------------------------------------------------------------

double erlang_b(int c, double a) {
    // The stable recursion B(k) = a B(k-1) / (k + a B(k-1)), B(0) = 1.
    double b = 1.0;
    for (int k = 1; k <= c; ++k) b = a * b / (k + a * b);
    return b;
}

double erlang_c_probability(int c, double a) {
    const double b = erlang_b(c, a);
    const double rho = a / c;
    return b / (1.0 - rho * (1.0 - b));
}

double erlang_c_wait(int c, double lambda, double s) {
    const double a = lambda * s;
    return erlang_c_probability(c, a) * s / (c - a);
}

double pollaczek_khinchine_wait(double lambda, double mean, double second_moment) {
    return lambda * second_moment / (2.0 * (1.0 - lambda * mean));
}

// --- the parameters --------------------------------------------------------------

ParameterValues initial_parameters(const Scenario& s) {
    ParameterValues v;
    v.fill(1.0);  // the scales
    v[static_cast<std::size_t>(Parameter::waiters)] = s.waiters;
    v[static_cast<std::size_t>(Parameter::cooks)] = s.cooks;
    v[static_cast<std::size_t>(Parameter::arrival_rate)] = s.rate_per_hour;
    v[static_cast<std::size_t>(Parameter::policy)] = s.policy;
    v[static_cast<std::size_t>(Parameter::delivery)] = s.delivery;
    v[static_cast<std::size_t>(Parameter::burn_probability)] = s.burn_probability;
    return v;
}

ParameterValues parameters_of(const Restaurant& r) {
    ParameterValues v;
    for (int p = 0; p < parameter_count; ++p)
        v[static_cast<std::size_t>(p)] = r.parameter(static_cast<Parameter>(p));
    return v;
}

const Prediction* find_prediction(const std::vector<Prediction>& all, const std::string& metric) {
    for (const Prediction& p : all)
        if (p.metric == metric) return &p;
    return nullptr;
}

namespace {

/// The first two moments of a duration. Known exactly for every law except a
/// normal with real mass below zero (it is truncated there).
struct Moments {
    double mean = 0.0;
    double second = 0.0;  ///< E[X^2]
    bool exponential = false;
    bool zero() const { return mean == 0.0 && second == 0.0; }
};

std::optional<Moments> moments(const Distribution& d) {
    if (d.kind() == Distribution::Kind::normal && d.mean() < 5.0 * std::sqrt(d.variance()))
        return std::nullopt;  // the cut at zero changes its moments
    return Moments{d.mean(), d.variance() + d.mean() * d.mean(),
                   d.kind() == Distribution::Kind::exponential};
}

/// X + Y for independent X and Y.
Moments plus(const Moments& x, const Moments& y) {
    return {x.mean + y.mean, x.second + y.second + 2.0 * x.mean * y.mean, false};
}

/// A dish's cooking until it comes out unburnt: a geometric number of independent
/// cook times, each a draw from the menu's mixture. Exponential when every dish is
/// exponential with one mean (a geometric sum of exponentials is exponential).
std::optional<Moments> cooking(const Scenario& s) {
    double total = 0.0, mean = 0.0, second = 0.0, first_mean = -1.0;
    bool exponential = true;
    for (const MenuItem& item : s.menu) {
        if (item.share <= 0.0) continue;
        const auto m = moments(item.prep);
        if (!m) return std::nullopt;
        total += item.share;
        mean += item.share * m->mean;
        second += item.share * m->second;
        exponential = exponential && m->exponential && (first_mean < 0 || m->mean == first_mean);
        first_mean = m->mean;
    }
    if (total <= 0.0) return Moments{};
    mean /= total;
    second /= total;
    const double q = 1.0 - s.burn_probability;  // tries: geometric, mean 1/q
    const double variance = (second - mean * mean) / q + mean * mean * (1.0 - q) / (q * q);
    return Moments{mean / q, variance + mean * mean / (q * q), exponential};
}

/// One step of work with its name for a student ("the kitchen (the waiter blocks for it)").
struct Step {
    Words name;
    std::optional<Moments> m;
};

/// "%1 (a normal time cut at zero)": a step whose distribution theory cannot take.
const Words cut_at_zero = BISTRO_PHRASE("Theory", "%1 (a normal time cut at zero)");

/// What every prediction shares: the scenario in force and the reasons found.
struct Setting {
    Scenario s;
    double lambda = 0.0;  ///< parties per second
    bool async = false;
    std::vector<Words> breakers;
    void breaks(Words why) { breakers.push_back(std::move(why)); }
    bool parties_of_one() const {
        return s.party_size.is_certain() && s.party_size.certain_value() == 1;
    }
    bool billed() const { return s.pay_at_table && !s.billing.is_zero(); }
    int tables() const { return s.tables_for_two + s.tables_for_four; }
};

Setting in_force(const Scenario& scenario, const ParameterValues& values) {
    Setting set;
    set.s = scenario;
    for (int p = 0; p < parameter_count; ++p)
        set.s = with_parameter(std::move(set.s), static_cast<Parameter>(p),
                               values[static_cast<std::size_t>(p)]);
    set.lambda = set.s.rate_per_hour / 3600.0;
    set.async = set.s.policy == Policy::asynchronous;
    return set;
}

/// Poisson arrivals at a steady rate, and nobody's timing depends on where a waiter stands.
void check_arrivals_and_floor(Setting& set) {
    for (const RateSegment& r : set.s.profile)
        if (r.factor != 1.0) {
            set.breaks(BISTRO_PHRASE("Theory", "arrivals that change over the day"));
            break;
        }
    if (set.s.walk_speed > 0.0) set.breaks(BISTRO_PHRASE("Theory", "walking time"));
    if (set.async && !set.s.context_switch.is_zero())
        set.breaks(BISTRO_PHRASE("Theory", "switching tables (async)"));
}

/// The door must practically never hold anyone, or the stream reaching the waiters is
/// thinned and delayed by the state of the tables. A rule of thumb (docs/model.md):
/// tables that fit the largest party >= twice the mean number of parties at tables + 20.
void check_tables(Setting& set, double stay) {
    const int largest = set.s.party_size.max_value();
    const int fitting = set.s.tables_for_four + (largest <= 2 ? set.s.tables_for_two : 0);
    if (fitting < 2.0 * set.lambda * stay + 20.0)
        set.breaks(BISTRO_PHRASE("Theory", "too few tables (guests queue at the door)"));
}

/// Mean time a party keeps its table apart from queueing: the sum of the step means.
double stay_without_queues(const Setting& set) {
    const Scenario& s = set.s;
    const auto mean = [](const Distribution& d) { return d.mean(); };
    const auto cook = cooking(s);
    return mean(s.menu_reading) + mean(s.order_taking) + mean(s.own_work) +
           (cook ? cook->mean : 0.0) + mean(s.delivery_time) + mean(s.eating) +
           (s.pay_at_table ? mean(s.billing) : 0.0);
}

/// A queue with `servers`, Poisson arrivals at lambda and service as the sum of
/// `steps`: Erlang C when the service is one exponential step, Pollaczek–Khinchine
/// with one server, otherwise the steps that keep it from being either.
Prediction queue(Setting& set, const std::vector<Step>& steps, int servers,
                 const std::string& metric, bool share) {
    Prediction p{metric, share ? "fraction" : "s", {}, 0.0, {}};
    Moments service;
    std::vector<const Step*> busy;
    for (const Step& step : steps) {
        if (!step.m) {
            set.breaks(cut_at_zero.around(step.name));
            continue;
        }
        if (step.m->zero()) continue;
        busy.push_back(&step);
        service = busy.size() == 1 ? *step.m : plus(service, *step.m);
    }
    const double a = set.lambda * service.mean;
    if (servers > 1 && busy.size() > 1)
        for (std::size_t i = 1; i < busy.size(); ++i) set.breaks(busy[i]->name);
    if (servers > 1 && busy.size() == 1 && !service.exponential)
        set.breaks(BISTRO_PHRASE("Theory", "%1 not exponential (with more than one server)")
                       .around(busy[0]->name));
    if (servers < 1 || a >= servers)
        set.breaks(BISTRO_PHRASE("Theory", "more work than the staff can do (the queue grows)"));
    p.breakers = set.breakers;
    if (!p.reduces()) return p;
    const bool erlang = servers > 1 || service.exponential || service.mean == 0.0;
    p.model = erlang ? "Erlang C" : "M/G/1 Pollaczek–Khinchine";
    if (share)
        p.value = erlang ? erlang_c_probability(servers, a) : a;
    else
        p.value = erlang ? erlang_c_wait(servers, set.lambda, service.mean)
                         : pollaczek_khinchine_wait(set.lambda, service.mean, service.second);
    return p;
}

/// The waiters as servers of the guests' calls to order.
Prediction waiter_queue(Setting set, bool share) {
    const Scenario& s = set.s;
    std::vector<Step> steps = {{BISTRO_PHRASE("Theory", "order taking"), moments(s.order_taking)},
                               {BISTRO_PHRASE("Theory", "making drinks"), moments(s.own_work)}};
    check_arrivals_and_floor(set);
    if (set.billed()) set.breaks(BISTRO_PHRASE("Theory", "bringing the bill"));
    if (set.async) {
        if (!s.delivery_time.is_zero())
            set.breaks(BISTRO_PHRASE(
                "Theory", "setting plates down (async: deliveries join the waiters' queue)"));
    } else {
        const auto cook = cooking(s);
        const bool kitchen = !cook || !cook->zero();
        if (!set.parties_of_one()) set.breaks(BISTRO_PHRASE("Theory", "parties of more than one"));
        if (kitchen && s.cooks < s.waiters)
            set.breaks(BISTRO_PHRASE("Theory", "fewer cooks than waiters (dishes queue)"));
        steps.push_back({BISTRO_PHRASE("Theory", "the kitchen (the waiter blocks for it)"), cook});
        steps.push_back({BISTRO_PHRASE("Theory", "setting plates down"), moments(s.delivery_time)});
    }
    check_tables(set, stay_without_queues(set));
    return queue(set, steps, s.waiters, share ? "wait_order.share_waited" : "wait_order.mean",
                 share);
}

/// The cooks as servers of the dishes, when tickets reach the kitchen as a Poisson stream.
Prediction kitchen_queue(Setting set) {
    const Scenario& s = set.s;
    check_arrivals_and_floor(set);
    if (!set.async)
        set.breaks(
            BISTRO_PHRASE("Theory", "synchronous waiters (a dish comes only from a free waiter)"));
    if (!set.parties_of_one())
        set.breaks(BISTRO_PHRASE("Theory", "parties of more than one (dishes come in batches)"));
    // Tickets stay a Poisson stream while waiters (practically) never queue.
    const double work = s.order_taking.mean() + s.own_work.mean() + s.delivery_time.mean() +
                        (set.billed() ? s.billing.mean() : 0.0);
    const double a = set.lambda * work;
    if (work > 0.0 && (a >= s.waiters || erlang_c_probability(s.waiters, a) > 1e-3))
        set.breaks(BISTRO_PHRASE("Theory", "too few waiters (tickets bunch up)"));
    check_tables(set, stay_without_queues(set));
    return queue(set, {{BISTRO_PHRASE("Theory", "cook time"), cooking(s)}}, s.cooks,
                 "kitchen_wait.mean", false);
}

/// Erlang's loss system: the tables are the servers and nobody waits at the door.
Prediction lost_parties(Setting set) {
    const Scenario& s = set.s;
    Prediction p{"lost_share", "fraction", {}, 0.0, {}};
    check_arrivals_and_floor(set);
    if (!s.patience || !s.patience->is_zero())
        set.breaks(BISTRO_PHRASE("Theory", "patience at the door"));
    if (!set.parties_of_one()) set.breaks(BISTRO_PHRASE("Theory", "parties of more than one"));
    // A party's time at its table must not depend on the others: nobody queues for
    // a waiter or a cook (at most one task per table, one dish per table).
    const auto cook = cooking(s);
    const bool cooking_free = cook && cook->zero();
    const bool waiters_free = s.order_taking.is_zero() && s.own_work.is_zero() &&
                              s.delivery_time.is_zero() && !set.billed() &&
                              (set.async || cooking_free);
    if (!waiters_free && s.waiters < set.tables())
        set.breaks(BISTRO_PHRASE("Theory", "fewer waiters than tables"));
    if (!cooking_free && s.cooks < set.tables())
        set.breaks(BISTRO_PHRASE("Theory", "fewer cooks than tables"));
    if (!cook) set.breaks(cut_at_zero.around(BISTRO_PHRASE("Theory", "cook time")));
    p.breakers = set.breakers;
    if (!p.reduces()) return p;
    p.model = "Erlang B";
    p.value = erlang_b(set.tables(), set.lambda * stay_without_queues(set));
    return p;
}

}  // namespace

std::vector<Prediction> predict(const Scenario& s, const ParameterValues& in_force_now) {
    const Setting set = in_force(s, in_force_now);
    return {waiter_queue(set, false), waiter_queue(set, true), kitchen_queue(set),
            lost_parties(set)};
}

std::vector<Prediction> predict(const Restaurant& r) {
    return predict(r.scenario(), parameters_of(r));
}

}  // namespace bistro
