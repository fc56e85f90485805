#include "bistro/sim/run_statistics.hpp"

#include <initializer_list>
#include <string>

namespace bistro {

void RunStatistics::restart(double now) {
    for (Tally* t : {&wait_table, &wait_order, &wait_first_dish, &wait_food, &order_latency,
                     &time_in_restaurant, &lost_wait, &cold_food, &kitchen_wait})
        t->clear();
    wait_parts = {};
    arrived = seated = served = lost = dishes = burnt = gone = order_tasks = order_tasks_queued = 0;
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
        {"order_latency", &r.order_latency},
        {"time_in_restaurant", &r.time_in_restaurant},
        {"lost_wait", &r.lost_wait},
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

/// Mean of finished waits and of the ones still going on, each with its time so far.
double mean_of_all(std::initializer_list<const Tally*> done, const OpenWaits::Open& open) {
    double seconds = open.seconds;
    auto parties = static_cast<double>(open.parties);
    for (const Tally* t : done) {
        seconds += t->sum();
        parties += static_cast<double>(t->count());
    }
    return parties > 0 ? seconds / parties : 0.0;
}

/// Each wait counting the parties still waiting (`.all.mean`), and how many they are.
void add_open_waits(const RunStatistics& r, const OpenWaits& open, std::vector<Metric>& m) {
    const struct {
        const char* name;
        std::initializer_list<const Tally*> done;
        const OpenWaits::Open& open;
    } waits[] = {{"wait_table", {&r.wait_table, &r.lost_wait}, open.table},
                 {"wait_order", {&r.wait_order}, open.order},
                 {"wait_food", {&r.wait_food}, open.food},
                 {"order_latency", {&r.order_latency}, open.once_ordered},
                 {"time_in_restaurant", {&r.time_in_restaurant, &r.lost_wait}, open.stay}};
    for (const auto& w : waits) {
        const std::string base = w.name;
        m.push_back({base + ".all.mean", "s", mean_of_all(w.done, w.open)});
        m.push_back({base + ".waiting", "parties", static_cast<double>(w.open.parties)});
    }
    const auto share = [](const Tally& t) {
        return t.count() ? static_cast<double>(t.positive()) / static_cast<double>(t.count()) : 0.0;
    };
    m.push_back({"wait_table.share_waited", "fraction", share(r.wait_table)});
    m.push_back({"wait_order.share_waited", "fraction",
                 r.order_tasks ? static_cast<double>(r.order_tasks_queued) /
                                     static_cast<double>(r.order_tasks)
                               : 0.0});
}

/// Every party's waits by cause, per party: those who left and those inside so far.
void add_wait_split(const RunStatistics& r, const OpenWaits& open, std::vector<Metric>& m) {
    const WaitParts split = r.wait_split(open);
    double total = 0.0;
    for (std::size_t c = 0; c < split.size(); ++c) {
        total += split[c];
        m.push_back(
            {std::string("wait_split.") + to_string(static_cast<WaitCause>(c)), "s", split[c]});
    }
    m.push_back({"wait_split.total", "s", total});
}

void add_waiter_shares(const RunStatistics& r, double now, std::vector<Metric>& m) {
    static constexpr const char* state_names[] = {
        "idle", "walking", "taking_order", "making_drinks", "blocked", "delivering", "billing"};
    for (int s = 0; s < waiter_state_count; ++s)
        m.push_back({std::string("waiter_share.") + state_names[s], "fraction",
                     r.waiter_share(static_cast<WaiterState>(s), now)});
}
}  // namespace

std::vector<Metric> RunStatistics::metrics(double now, const OpenWaits& open) const {
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
    add_open_waits(*this, open, m);
    add_wait_split(*this, open, m);
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
