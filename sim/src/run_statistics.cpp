#include "bistro/sim/run_statistics.hpp"

#include <string>

namespace bistro {

void RunStatistics::restart(double now) {
    for (Tally* t : {&wait_table, &wait_order, &wait_first_dish, &wait_food, &time_in_restaurant,
                     &lost_wait, &cold_food, &kitchen_wait})
        t->clear();
    arrived = seated = served = lost = dishes = burnt = 0;
    for (TimeWeighted* t : {&door_queue, &kitchen_queue, &at_pass, &inside, &cooks_busy,
                            &cooks_present, &waiters_present})
        t->restart(now);
    for (auto& w : waiters) {
        w.closed = {};
        w.since = now;
    }
    start = now;
}

StateTimes RunStatistics::waiter_times(std::size_t waiter, double now) const {
    const WaiterAccount& a = waiters.at(waiter);
    StateTimes t = a.closed;
    if (a.present) t[static_cast<std::size_t>(a.state)] += now - a.since;
    return t;
}

double RunStatistics::waiter_share(WaiterState s, double now) const {
    double in_state = 0.0, total = 0.0;
    for (std::size_t w = 0; w < waiters.size(); ++w) {
        const StateTimes t = waiter_times(w, now);
        in_state += t[static_cast<std::size_t>(s)];
        for (double x : t) total += x;
    }
    return total > 0.0 ? in_state / total : 0.0;
}

namespace {
/// Mean and quantiles of each tally of times, in the order the metrics list them.
void add_tallies(const RunStatistics& r, std::vector<Metric>& m) {
    const std::pair<const char*, const Tally*> tallies[] = {
        {"wait_table", &r.wait_table},
        {"wait_order", &r.wait_order},
        {"wait_first_dish", &r.wait_first_dish},
        {"wait_food", &r.wait_food},
        {"time_in_restaurant", &r.time_in_restaurant},
        {"cold_food", &r.cold_food},
        {"kitchen_wait", &r.kitchen_wait}};
    for (const auto& [name, t] : tallies) {
        const std::string base = name;
        m.push_back({base + ".mean", "s", t->mean()});
        m.push_back({base + ".p50", "s", t->quantile(0.50)});
        m.push_back({base + ".p90", "s", t->quantile(0.90)});
        m.push_back({base + ".p99", "s", t->quantile(0.99)});
    }
}

void add_waiter_shares(const RunStatistics& r, double now, std::vector<Metric>& m) {
    static constexpr const char* state_names[] = {
        "idle", "walking", "taking_order", "making_drinks", "blocked", "delivering", "billing"};
    for (int s = 0; s < waiter_state_count; ++s)
        m.push_back({std::string("waiter_share.") + state_names[s], "fraction",
                     r.waiter_share(static_cast<WaiterState>(s), now)});
}
}  // namespace

std::vector<Metric> RunStatistics::metrics(double now) const {
    std::vector<Metric> m;
    const double hours = (now - start) / 3600.0;
    m.push_back({"arrived", "parties", static_cast<double>(arrived)});
    m.push_back({"served", "parties", static_cast<double>(served)});
    m.push_back({"lost", "parties", static_cast<double>(lost)});
    m.push_back({"lost_share", "fraction",
                 arrived ? static_cast<double>(lost) / static_cast<double>(arrived) : 0.0});
    m.push_back(
        {"throughput", "parties/h", hours > 0.0 ? static_cast<double>(served) / hours : 0.0});
    add_tallies(*this, m);
    m.push_back({"door_queue.mean", "parties", door_queue.mean(now)});
    m.push_back({"kitchen_queue.mean", "dishes", kitchen_queue.mean(now)});
    m.push_back({"at_pass.mean", "dishes", at_pass.mean(now)});
    m.push_back({"inside.mean", "parties", inside.mean(now)});
    const double cook_time = cooks_present.area(now);
    m.push_back(
        {"cook_utilisation", "fraction", cook_time > 0.0 ? cooks_busy.area(now) / cook_time : 0.0});
    m.push_back({"dishes_burnt", "dishes", static_cast<double>(burnt)});
    m.push_back({"waiter_utilisation", "fraction", 1.0 - waiter_share(WaiterState::idle, now)});
    add_waiter_shares(*this, now, m);
    return m;
}

}  // namespace bistro
