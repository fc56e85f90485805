#include "report.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "words.hpp"

namespace bistro::cli {

const MetricSummary& Summary::get(const std::string& name) const {
    for (const auto& m : metrics)
        if (m.name == name) return m;
    throw std::out_of_range("no metric " + name);
}

Summary summarise(const Scenario& scenario, const Replications& runs) {
    Summary s{scenario.name,
              scenario.policy,
              scenario.seed,
              static_cast<int>(runs.values.front().size()),
              scenario.duration,
              scenario.warmup,
              {}};
    for (std::size_t i = 0; i < runs.names.size(); ++i)
        s.metrics.push_back(
            {runs.names[i], runs.units[i], estimate(runs.values[i]), runs.values[i]});
    return s;
}

Comparison compare(const Scenario& scenario, int replications, int jobs, RunWatch* watch) {
    Scenario sync = scenario, async = scenario;
    sync.policy = Policy::synchronous;
    async.policy = Policy::asynchronous;
    const PairedComparison p = compare_paired(sync, async, replications, jobs, {}, {}, watch);
    Comparison c{summarise(sync, p.a), summarise(async, p.b), {}, {}};
    for (std::size_t i = 0; i < p.a.names.size(); ++i) {
        std::vector<double> diff(p.a.values[i].size());
        for (std::size_t k = 0; k < diff.size(); ++k) diff[k] = p.b.values[i][k] - p.a.values[i][k];
        c.difference.push_back({p.a.names[i], p.a.units[i], p.difference[i], diff});
    }
    c.verdict = word_verdict(judge(p)).text();
    return c;
}

// --- the table for people ---------------------------------------------------------------

namespace {
struct Row {
    const char* metric;  // base name; tallies get .mean/.p50/...
    const char* label;
    bool open = false;  // has .all.mean and .waiting: counts the parties still waiting
};
const Row parties[] = {{"arrived", BISTRO_WORDS("Cli", "arrived")},
                       {"served", BISTRO_WORDS("Cli", "served (paid and left)")},
                       {"lost", BISTRO_WORDS("Cli", "lost (gave up at the door, or it was full)")},
                       {"throughput", BISTRO_WORDS("Cli", "served per hour")}};
const Row had_to_wait[] = {
    {"wait_table.share_waited", BISTRO_WORDS("Cli", "had to wait for a table")},
    {"wait_order.share_waited", BISTRO_WORDS("Cli", "had to wait for a free waiter")}};
const Row waits[] = {
    {"wait_table", BISTRO_WORDS("Cli", "for a table (the lost ones too)"), true},
    {"wait_order", BISTRO_WORDS("Cli", "for a waiter to take the order"), true},
    {"wait_first_dish", BISTRO_WORDS("Cli", "for the first dish (since ready to order)")},
    {"wait_food", BISTRO_WORDS("Cli", "for the whole order (since ready to order)"), true},
    {"order_latency", BISTRO_WORDS("Cli", "for the whole order once ordered"), true},
    {"time_in_restaurant", BISTRO_WORDS("Cli", "in the restaurant, in all (the lost too)"), true},
    {"lost_wait", BISTRO_WORDS("Cli", "at the door before giving up (the lost)")},
    {"cold_food", BISTRO_WORDS("Cli", "food cooling at the pass")},
    {"kitchen_wait", BISTRO_WORDS("Cli", "a dish waiting for a cook")}};
const Row causes[] = {
    {"wait_split.table", BISTRO_WORDS("Cli", "for a table")},
    {"wait_split.waiters_busy", BISTRO_WORDS("Cli", "for a waiter, all of them busy")},
    {"wait_split.waiters_blocked", BISTRO_WORDS("Cli", "for a waiter, while one stood blocked")},
    {"wait_split.waiter_at_work", BISTRO_WORDS("Cli", "for its waiter on the way or at work")},
    {"wait_split.kitchen", BISTRO_WORDS("Cli", "for the kitchen (queue and cooking)")},
    {"wait_split.burnt", BISTRO_WORDS("Cli", "for a burnt dish cooked again")},
    {"wait_split.at_pass", BISTRO_WORDS("Cli", "for food cooling at the pass")},
    {"wait_split.total", BISTRO_WORDS("Cli", "in all")}};
const Row queues[] = {{"door_queue.mean", BISTRO_WORDS("Cli", "parties at the door")},
                      {"kitchen_queue.mean", BISTRO_WORDS("Cli", "dishes waiting for a cook")},
                      {"at_pass.mean", BISTRO_WORDS("Cli", "dishes waiting at the pass")},
                      {"inside.mean", BISTRO_WORDS("Cli", "parties inside")}};
const Row shares[] = {
    {"waiter_utilisation", BISTRO_WORDS("Cli", "waiters busy")},
    {"waiter_share.blocked", BISTRO_WORDS("Cli", "  of which blocked at the pass")},
    {"waiter_share.walking", BISTRO_WORDS("Cli", "  walking")},
    {"waiter_share.taking_order", BISTRO_WORDS("Cli", "  taking orders")},
    {"waiter_share.making_drinks", BISTRO_WORDS("Cli", "  making drinks (own work)")},
    {"waiter_share.delivering", BISTRO_WORDS("Cli", "  delivering")},
    {"waiter_share.billing", BISTRO_WORDS("Cli", "  billing")},
    {"cook_utilisation", BISTRO_WORDS("Cli", "cooks busy")}};

std::string header(const Summary& s) {
    const std::string d = format_duration(s.duration), w = format_duration(s.warmup),
                      n = std::to_string(s.replications), seed = std::to_string(s.seed),
                      policy = to_string(s.policy);
    if (s.warmup > 0)
        return (s.replications == 1
                    ? say(BISTRO_WORDS("Cli",
                                       "%1 (%2), seed %3, %4 replication of %5 after %6 "
                                       "warm-up; ± is a 95% confidence interval"),
                          {s.scenario, policy, seed, n, d, w})
                    : say(BISTRO_WORDS("Cli",
                                       "%1 (%2), seed %3, %4 replications of %5 after %6 "
                                       "warm-up; ± is a 95% confidence interval"),
                          {s.scenario, policy, seed, n, d, w})) +
               "\n";
    return (s.replications == 1
                ? say(BISTRO_WORDS("Cli",
                                   "%1 (%2), seed %3, %4 replication of %5; ± is a 95% "
                                   "confidence interval"),
                      {s.scenario, policy, seed, n, d})
                : say(BISTRO_WORDS("Cli",
                                   "%1 (%2), seed %3, %4 replications of %5; ± is a 95% "
                                   "confidence interval"),
                      {s.scenario, policy, seed, n, d})) +
           "\n";
}

std::string plain(const Estimate& e, double scale, const std::string& format) {
    std::string unsigned_format = format;
    std::erase(unsigned_format, '+');
    return localized(
        fmt::format(fmt::runtime(format), e.mean * scale) +
        (e.n > 1 ? fmt::format(fmt::runtime(" ±" + unsigned_format), e.half_width * scale) : ""));
}

/// Each wait counting everyone (the parties still waiting with their time so
/// far), then the finished waits alone with their quantiles.
std::string waiting_table(const Summary& s) {
    std::string out = fmt::format(
        "\n{:<46}{:>16}{:>9}{:>9}{:>9}{:>9}{:>9}\n", say(BISTRO_WORDS("Cli", "Waiting (minutes)")),
        say(BISTRO_WORDS("Cli", "everyone")), say(BISTRO_WORDS("Cli", "waiting")),
        say(BISTRO_WORDS("Cli", "finished")), "p50", "p90", "p99");
    for (const Row& r : waits) {
        const std::string base = r.metric;
        const auto minutes = [&](const char* m) { return s.get(base + m).estimate.mean / 60; };
        out +=
            fmt::format("  {:<44}{:>16}{:>9}{:>9}{:>9}{:>9}{:>9}\n", say(r.label),
                        r.open ? plain(s.get(base + ".all.mean").estimate, 1 / 60.0, "{:.1f}") : "",
                        r.open ? number(s.get(base + ".waiting").estimate.mean, 1) : "",
                        number(minutes(".mean"), 1), number(minutes(".p50"), 1),
                        number(minutes(".p90"), 1), number(minutes(".p99"), 1));
    }
    return out + say(BISTRO_WORDS("Cli",
                                  "  everyone: the parties still waiting at the end count with "
                                  "their wait so far;\n  waiting: how many they are; finished, "
                                  "p50-p99: the waits that ended\n"));
}
}  // namespace

std::string format_table(const Summary& s) {
    std::string out = header(s);
    out += fmt::format("\n{:<46}{:>16}\n", say(BISTRO_WORDS("Cli", "Parties")),
                       say(BISTRO_WORDS("Cli", "mean")));
    for (const Row& r : parties)
        out += fmt::format("  {:<44}{:>16}\n", say(r.label),
                           plain(s.get(r.metric).estimate, 1, "{:.1f}"));
    for (const Row& r : had_to_wait)
        out += fmt::format("  {:<44}{:>15}%\n", say(r.label),
                           plain(s.get(r.metric).estimate, 100, "{:.0f}"));
    out += waiting_table(s);
    out += fmt::format("\n{:<46}{:>16}\n",
                       say(BISTRO_WORDS("Cli", "Where the waiting went (minutes per party)")),
                       say(BISTRO_WORDS("Cli", "mean")));
    for (const Row& r : causes)
        out += fmt::format("  {:<44}{:>16}\n", say(r.label),
                           plain(s.get(r.metric).estimate, 1 / 60.0, "{:.1f}"));
    out += fmt::format("\n{:<46}{:>16}\n",
                       say(BISTRO_WORDS("Cli", "Queues (average length over time)")),
                       say(BISTRO_WORDS("Cli", "mean")));
    for (const Row& r : queues)
        out += fmt::format("  {:<44}{:>16}\n", say(r.label),
                           plain(s.get(r.metric).estimate, 1, "{:.2f}"));
    out +=
        fmt::format("\n{:<46}{:>16}\n", say(BISTRO_WORDS("Cli", "Staff (share of their time, %)")),
                    say(BISTRO_WORDS("Cli", "mean")));
    for (const Row& r : shares)
        out += fmt::format("  {:<44}{:>16}\n", say(r.label),
                           plain(s.get(r.metric).estimate, 100, "{:.0f}"));
    return out;
}

std::string format_table(const Comparison& c) {
    const std::vector<std::string> args = {c.sync.scenario, std::to_string(c.sync.seed),
                                           std::to_string(c.sync.replications),
                                           format_duration(c.sync.duration)};
    std::string out =
        (c.sync.replications == 1
             ? say(BISTRO_WORDS("Cli",
                                "%1: sync against async on the same customers (seed %2, "
                                "%3 replication of %4)"),
                   args)
             : say(BISTRO_WORDS("Cli",
                                "%1: sync against async on the same customers (seed %2, "
                                "%3 replications of %4)"),
                   args)) +
        "\n\n";
    out += fmt::format("{:<46}{:>14}{:>14}{:>20}\n", "", "sync", "async", "async - sync");
    auto row = [&](const char* label, const std::string& metric, double scale, const char* f) {
        const auto& d = [&]() -> const MetricSummary& {
            for (const auto& m : c.difference)
                if (m.name == metric) return m;
            throw std::out_of_range(metric);
        }();
        out += fmt::format(
            "  {:<44}{:>14}{:>14}{:>20}\n", say(label),
            localized(fmt::format(fmt::runtime(f), c.sync.get(metric).estimate.mean * scale)),
            localized(fmt::format(fmt::runtime(f), c.async.get(metric).estimate.mean * scale)),
            plain(d.estimate, scale, std::string("{:+") + (f + 2)));
    };
    out += say(BISTRO_WORDS("Cli", "Parties")) + "\n";
    for (const Row& r : parties) row(r.label, r.metric, 1, "{:.1f}");
    out += say(BISTRO_WORDS("Cli", "Had to wait (%)")) + "\n";
    for (const Row& r : had_to_wait) row(r.label, r.metric, 100, "{:.0f}");
    out += say(BISTRO_WORDS("Cli", "Waiting, mean (minutes), counting the parties still waiting")) +
           "\n";
    for (const Row& r : waits)
        if (r.open) row(r.label, std::string(r.metric) + ".all.mean", 1 / 60.0, "{:.1f}");
    out += say(BISTRO_WORDS("Cli", "Still waiting at the end (parties)")) + "\n";
    for (const Row& r : waits)
        if (r.open) row(r.label, std::string(r.metric) + ".waiting", 1, "{:.1f}");
    out += say(BISTRO_WORDS("Cli", "Where the waiting went (minutes per party)")) + "\n";
    for (const Row& r : causes) row(r.label, r.metric, 1 / 60.0, "{:.1f}");
    out += say(BISTRO_WORDS("Cli", "Queues (average length)")) + "\n";
    for (const Row& r : queues) row(r.label, r.metric, 1, "{:.2f}");
    out += say(BISTRO_WORDS("Cli", "Staff (share of time, %)")) + "\n";
    for (const Row& r : shares) row(r.label, r.metric, 100, "{:.0f}");
    return out + "\n" + say(BISTRO_WORDS("Cli", "Verdict: %1."), {c.verdict}) + "\n";
}

// --- machines -----------------------------------------------------------------------------

namespace {
nlohmann::json metric_json(const MetricSummary& m, bool per_replication) {
    nlohmann::json out = {{"unit", m.unit},
                          {"mean", m.estimate.mean},
                          {"ci95_low", m.estimate.low()},
                          {"ci95_high", m.estimate.high()},
                          {"half_width", m.estimate.half_width},
                          {"sd", m.estimate.sd}};
    if (per_replication) out["replications"] = m.values;
    return out;
}
nlohmann::json metrics_json(const std::vector<MetricSummary>& metrics, bool per_replication) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& m : metrics) out[m.name] = metric_json(m, per_replication);
    return out;
}
}  // namespace

nlohmann::json to_json(const Summary& s, bool per_replication) {
    return {{"scenario", s.scenario},
            {"policy", to_string(s.policy)},
            {"seed", s.seed},
            {"replications", s.replications},
            {"duration_s", s.duration},
            {"warmup_s", s.warmup},
            {"metrics", metrics_json(s.metrics, per_replication)}};
}

nlohmann::json to_json(const Comparison& c, bool per_replication) {
    return {{"scenario", c.sync.scenario},
            {"seed", c.sync.seed},
            {"replications", c.sync.replications},
            {"duration_s", c.sync.duration},
            {"warmup_s", c.sync.warmup},
            {"sync", metrics_json(c.sync.metrics, per_replication)},
            {"async", metrics_json(c.async.metrics, per_replication)},
            {"difference", metrics_json(c.difference, per_replication)},
            {"verdict", c.verdict}};
}

std::string format_csv(const Summary& s, bool per_replication) {
    if (per_replication) {
        std::string out = "replication,seed,metric,unit,value\n";
        for (int r = 0; r < s.replications; ++r)
            for (const auto& m : s.metrics)
                out += fmt::format("{},{},{},{},{}\n", r, replication_seed(s.seed, r), m.name,
                                   m.unit, m.values[static_cast<std::size_t>(r)]);
        return out;
    }
    std::string out = "metric,unit,mean,ci95_low,ci95_high,half_width\n";
    for (const auto& m : s.metrics)
        out += fmt::format("{},{},{},{},{},{}\n", m.name, m.unit, m.estimate.mean, m.estimate.low(),
                           m.estimate.high(), m.estimate.half_width);
    return out;
}

std::string format_csv(const Comparison& c, bool per_replication) {
    if (per_replication) {
        std::string out = "replication,seed,metric,unit,sync,async,difference\n";
        for (int r = 0; r < c.sync.replications; ++r)
            for (std::size_t i = 0; i < c.difference.size(); ++i) {
                const auto k = static_cast<std::size_t>(r);
                out += fmt::format("{},{},{},{},{},{},{}\n", r, replication_seed(c.sync.seed, r),
                                   c.difference[i].name, c.difference[i].unit,
                                   c.sync.metrics[i].values[k], c.async.metrics[i].values[k],
                                   c.difference[i].values[k]);
            }
        return out;
    }
    std::string out =
        "metric,unit,sync_mean,async_mean,difference_mean,difference_ci95_low,difference_ci95_"
        "high\n";
    for (std::size_t i = 0; i < c.difference.size(); ++i) {
        const auto& d = c.difference[i];
        out += fmt::format("{},{},{},{},{},{},{}\n", d.name, d.unit,
                           c.sync.metrics[i].estimate.mean, c.async.metrics[i].estimate.mean,
                           d.estimate.mean, d.estimate.low(), d.estimate.high());
    }
    return out;
}

}  // namespace bistro::cli
