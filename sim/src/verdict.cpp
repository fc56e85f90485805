#include "bistro/sim/verdict.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numeric>

namespace bistro {

namespace {
bool significant(const Estimate& d) {
    return d.n > 1 && (d.low() > 0 || d.high() < 0);
}

/// Minutes to one decimal, or to two when one would round the number to zero.
std::string minutes(double seconds) {
    const double m = std::abs(seconds) < 0.3 ? 0.0 : seconds / 60;  // no "-0.00"
    return fmt::format("{:.{}f}", m, std::abs(m) >= 0.095 || m == 0 ? 1 : 2);
}

/// "-8.9 min ±2.1"
std::string signed_minutes(const Estimate& d) {
    return (d.mean >= 0 ? "+" : "") + minutes(d.mean) + " min ±" + minutes(d.half_width);
}

/// "10", or "2.4" when the replications differ: the mean count still waiting.
std::string count(const std::vector<double>& xs) {
    const double mean = std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
    return std::abs(mean - std::round(mean)) < 0.05 ? fmt::format("{:.0f}", mean)
                                                    : fmt::format("{:.1f}", mean);
}

/// A part of the wait, per party: the paired difference in a sum of metrics, and
/// the larger side's mean.
struct PartDifference {
    Estimate d;
    double larger = 0.0;
    /// Significant, and not a sliver: at least 6 s a party and `share` of the
    /// larger side's.
    bool changed(double share = 0.1) const {
        return significant(d) && std::abs(d.mean) >= std::max(6.0, share * larger);
    }
};

PartDifference difference_in(const PairedComparison& p,
                             std::initializer_list<const char*> metrics) {
    const std::size_t n = p.a.values.front().size();
    std::vector<double> diff(n, 0.0);
    double a = 0.0, b = 0.0;
    for (const char* m : metrics)
        for (std::size_t r = 0; r < n; ++r) {
            diff[r] += p.b.of(m)[r] - p.a.of(m)[r];
            a += p.a.of(m)[r] / static_cast<double>(n);
            b += p.b.of(m)[r] / static_cast<double>(n);
        }
    return {estimate(diff), std::max(a, b)};
}

/// A change in the wait for food that counts: at least 6 s and 5 % of it.
constexpr double food_share = 0.05;

std::string headline(const PartDifference& f, const std::string& a, const std::string& b) {
    const Estimate& food = f.d;
    if (food.n < 2)
        return fmt::format(
            "{} - {} = {} min in the wait for food; one replication gives no confidence "
            "interval, so run more (-r 10) before drawing a conclusion",
            b, a, (food.mean >= 0 ? "+" : "") + minutes(food.mean));
    if (f.changed(food_share))
        return fmt::format("{} {} the wait for food by {} min (±{})", b,
                           food.mean < 0 ? "cut" : "lengthened", minutes(std::abs(food.mean)),
                           minutes(food.half_width));
    if (significant(food))
        return fmt::format("about the same wait for food ({} - {} = {})", b, a,
                           signed_minutes(food));
    return fmt::format("no significant difference in the wait for food ({} - {} = {})", b, a,
                       signed_minutes(food));
}

std::string counted(const PairedComparison& p, const std::string& a, const std::string& b) {
    const std::vector<double>&wa = p.a.of("wait_food.waiting"), &wb = p.b.of("wait_food.waiting");
    const auto none = [](const std::vector<double>& xs) {
        return std::all_of(xs.begin(), xs.end(), [](double x) { return x == 0; });
    };
    if (none(wa) && none(wb)) return {};
    return fmt::format("counting the parties still waiting at the end ({}{} with {}, {} with {})",
                       wa.size() > 1 ? "on average " : "", count(wa), a, count(wb), b);
}

/// "a and b", "a, b and c"
std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

/// Where the difference lies, from every party's waits by cause: the time all the
/// parties spent waiting for each, up to the end (the ones still waiting too),
/// per party. With the same guests on both sides this is fair at any horizon.
/// What changed, e.g. "with async, parties spent 8.8 min less each waiting for a
/// free waiter (±2.5)", and what did not.
struct Parts {
    std::string changed, same;
};

Parts parts_of_the_wait(const PairedComparison& p, const std::string& b) {
    const struct Part {
        const char* what;
        PartDifference d;
        bool always;  // said even when it did not change
    } parts[] = {
        {"waiting for a free waiter",
         difference_in(p, {"wait_split.waiters_busy", "wait_split.waiters_blocked"}), true},
        {"waiting on the kitchen", difference_in(p, {"wait_split.kitchen", "wait_split.burnt"}),
         true},
        {"with their food cooling at the pass", difference_in(p, {"wait_split.at_pass"}), false},
        {"waiting for a table", difference_in(p, {"wait_split.table"}), false},
    };
    if (parts[0].d.d.n < 2) return {};
    std::vector<std::string> changed, same;
    for (const Part& part : parts) {
        const Estimate& d = part.d.d;
        if (part.d.changed())
            changed.push_back(fmt::format("{} min {} each {} (±{})", minutes(std::abs(d.mean)),
                                          d.mean < 0 ? "less" : "more", part.what,
                                          minutes(d.half_width)));
        else if (part.always)
            same.push_back(fmt::format("{} ({})", part.what, signed_minutes(d)));
    }
    std::string moved;
    if (parts[0].d.changed() && parts[1].d.changed() && parts[0].d.d.mean < 0 &&
        parts[1].d.d.mean > 0)
        moved = ": the waiting moved from the waiters to the kitchen";
    return {changed.empty() ? "" : "with " + b + ", parties spent " + join(changed) + moved,
            same.empty() ? "" : "about the same time spent " + join(same)};
}

/// "a; b", leaving out the empty ones.
std::string clauses(std::initializer_list<std::string> parts) {
    std::string out;
    for (const std::string& s : parts)
        if (!s.empty()) out += (out.empty() ? "" : "; ") + s;
    return out;
}
}  // namespace

std::string Verdict::text() const {
    std::string out = headline;
    if (!where.empty()) out += "; " + where;
    if (!counted.empty()) out += ", " + counted;
    return out;
}

Verdict verdict(const PairedComparison& p, const std::string& a_name, const std::string& b_name) {
    const PartDifference food = difference_in(p, {"wait_food.all.mean"});
    const Parts parts = parts_of_the_wait(p, b_name);
    Verdict v{headline(food, a_name, b_name), counted(p, a_name, b_name),
              clauses({parts.changed, parts.same})};
    // No difference in the wait for food, but in where the time goes: lead with that.
    if (food.d.n > 1 && !food.changed(food_share) && !parts.changed.empty()) {
        v.where = clauses({parts.same, v.headline});
        v.headline = parts.changed;
    }
    return v;
}

}  // namespace bistro
