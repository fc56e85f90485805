#include "bistro/sim/capacity.hpp"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

#include "bistro/sim/restaurant.hpp"

namespace bistro {

namespace {

double value(const Restaurant& r, Parameter p) {
    return number(p, r.parameter(p));
}

/// Mean walking time of one walk: the mean distance between the pass and a table.
double mean_walk(const Restaurant& r) {
    const double speed = r.scenario().walk_speed;
    const auto& tables = r.floor().tables();
    if (speed <= 0.0 || tables.empty()) return 0.0;
    double sum = 0.0;
    for (const TablePlace& t : tables) sum += r.floor().distance(r.floor().pass(), t.service);
    return sum / static_cast<double>(tables.size()) / speed;
}

Discrete menu_choice(const Scenario& s) {
    std::vector<std::pair<int, double>> shares;
    for (std::size_t i = 0; i < s.menu.size(); ++i)
        shares.emplace_back(static_cast<int>(i), s.menu[i].share);
    return Discrete(std::move(shares));
}

/// One dish's cook time, cooked again after every burn.
double cook_with_burns(const Distribution& prep, double scale, double burn, Rng& rng) {
    double time = scale * prep.sample(rng);
    for (int attempt = 1; attempt < 256 && rng.bernoulli(burn); ++attempt)
        time += scale * prep.sample(rng);
    return time;
}

/// E[max(own work, the slowest dish of the order)]: how long a synchronous
/// waiter is held at the pass after handing the ticket in (no kitchen queue).
double expected_time_at_pass(const Restaurant& r) {
    constexpr int samples = 4000;
    const Scenario& s = r.scenario();
    const Discrete menu = menu_choice(s);
    const double cook_scale = value(r, Parameter::cook_time_scale);
    const double own_scale = value(r, Parameter::own_work_scale);
    const double burn = value(r, Parameter::burn_probability);
    Rng rng(20240611, Stream::replication, 0);  // an estimate, not part of any run
    double sum = 0.0;
    for (int i = 0; i < samples; ++i) {
        double slowest = own_scale * s.own_work.sample(rng);
        const int size = s.party_size.sample(rng);
        for (int d = 0; d < size; ++d) {
            const auto& prep = s.menu[static_cast<std::size_t>(menu.sample(rng))].prep;
            slowest = std::max(slowest, cook_with_burns(prep, cook_scale, burn, rng));
        }
        sum += slowest;
    }
    return sum / samples;
}

/// The part both policies share: walk to the table, take the order, walk to the
/// pass; and the bill, if guests pay at the table.
double order_and_bill(const Restaurant& r, double walk) {
    const Scenario& s = r.scenario();
    const double order = value(r, Parameter::order_time_scale) * s.order_taking.mean();
    const double bill = s.pay_at_table ? walk + s.billing.mean() : 0.0;
    return walk + order + walk + bill;
}

double sync_work(const Restaurant& r, double walk, PassTimeCache* cache) {
    // Held at the pass from the ticket to the food (the drinks made meanwhile),
    // then one trip to the table. Each-dish trips beyond the first are not counted.
    const double at_pass = cache ? cache->get(r) : expected_time_at_pass(r);
    return order_and_bill(r, walk) + at_pass + walk + r.scenario().delivery_time.mean();
}

double async_work(const Restaurant& r, double walk) {
    const Scenario& s = r.scenario();
    const double own = value(r, Parameter::own_work_scale) * s.own_work.mean();
    const double trips = r.delivery() == Delivery::each_dish ? s.party_size.mean() : 1.0;
    const double trip = 2 * walk + s.delivery_time.mean();  // to the pass and to the table
    // A change of table before taking the order, before each fetch and before the bill.
    const double switches = 1.0 + trips + (s.pay_at_table ? 1.0 : 0.0);
    return order_and_bill(r, walk) + own + trips * trip + switches * s.context_switch.mean();
}

}  // namespace

Load make_load(double arrivals_per_hour, double work_per_party, int servers) {
    Load l;
    l.arrivals_per_hour = arrivals_per_hour;
    l.work_per_party = work_per_party;
    l.servers = servers;
    const double inf = std::numeric_limits<double>::infinity();
    l.capacity_per_hour = work_per_party > 0.0 ? servers * 3600.0 / work_per_party : inf;
    if (servers > 0)
        l.rho = arrivals_per_hour * work_per_party / 3600.0 / servers;
    else
        l.rho = arrivals_per_hour > 0.0 ? inf : 0.0;
    return l;
}

double kitchen_work_per_party(const Restaurant& r) {
    const Scenario& s = r.scenario();
    double shares = 0.0, prep = 0.0;
    for (const MenuItem& item : s.menu) {
        shares += item.share;
        prep += item.share * item.prep.mean();
    }
    if (shares <= 0.0) return 0.0;
    const double burn = std::min(value(r, Parameter::burn_probability), 0.999);
    return s.party_size.mean() * value(r, Parameter::cook_time_scale) * prep / shares /
           (1.0 - burn);
}

double PassTimeCache::get(const Restaurant& r) {
    const double cook = value(r, Parameter::cook_time_scale);
    const double own = value(r, Parameter::own_work_scale);
    const double burn = value(r, Parameter::burn_probability);
    if (!valid_ || cook != cook_ || own != own_ || burn != burn_ || !(scenario_ == r.scenario())) {
        value_ = expected_time_at_pass(r);
        scenario_ = r.scenario();
        cook_ = cook;
        own_ = own;
        burn_ = burn;
        valid_ = true;
    }
    return value_;
}

double waiter_work_per_party(const Restaurant& r, Policy policy, PassTimeCache* cache) {
    const double walk = mean_walk(r);
    return policy == Policy::synchronous ? sync_work(r, walk, cache) : async_work(r, walk);
}

double arrivals_per_hour(const Restaurant& r) {
    double factor = 1.0;
    for (const RateSegment& segment : r.scenario().profile)
        if (segment.start <= r.now()) factor = segment.factor;
    return value(r, Parameter::arrival_rate) * factor;
}

Loads offered_loads(const Restaurant& r, PassTimeCache* cache) {
    Loads loads;
    loads.policy = r.policy();
    const double arrivals = arrivals_per_hour(r);
    loads.waiters = make_load(arrivals, waiter_work_per_party(r, loads.policy, cache),
                              std::get<int>(r.parameter(Parameter::waiters)));
    loads.kitchen = make_load(arrivals, kitchen_work_per_party(r),
                              std::get<int>(r.parameter(Parameter::cooks)));
    return loads;
}

}  // namespace bistro
