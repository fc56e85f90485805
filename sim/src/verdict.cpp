#include "bistro/sim/verdict.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numeric>

namespace bistro {

namespace {
bool significant(const Estimate& d) {
    return d.n > 1 && (d.low() > 0 || d.high() < 0);
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

FoodFinding food_finding(const PartDifference& f) {
    if (f.d.n < 2) return FoodFinding::one_replication;
    if (f.changed(food_share)) return FoodFinding::changed;
    return significant(f.d) ? FoodFinding::about_the_same : FoodFinding::no_difference;
}

double mean(const std::vector<double>& xs) {
    return std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
}

bool none(const std::vector<double>& xs) {
    return std::all_of(xs.begin(), xs.end(), [](double x) { return x == 0; });
}

/// Where the difference lies, from every party's waits by cause: the time all the
/// parties spent waiting for each, up to the end (the ones still waiting too),
/// per party. With the same guests on both sides this is fair at any horizon.
std::vector<PartFinding> parts_of_the_wait(const PairedComparison& p) {
    const struct Part {
        WaitPart part;
        PartDifference d;
        bool always;
    } parts[] = {
        {WaitPart::free_waiter,
         difference_in(p, {"wait_split.waiters_busy", "wait_split.waiters_blocked"}), true},
        {WaitPart::kitchen, difference_in(p, {"wait_split.kitchen", "wait_split.burnt"}), true},
        {WaitPart::at_pass, difference_in(p, {"wait_split.at_pass"}), false},
        {WaitPart::table, difference_in(p, {"wait_split.table"}), false},
    };
    if (parts[0].d.d.n < 2) return {};
    std::vector<PartFinding> out;
    for (const Part& part : parts)
        out.push_back({part.part, part.d.d, part.d.changed(), part.always});
    return out;
}
}  // namespace

bool VerdictFacts::any_part_changed() const {
    return std::any_of(parts.begin(), parts.end(), [](const PartFinding& p) { return p.changed; });
}

VerdictFacts judge(const PairedComparison& p) {
    const PartDifference food = difference_in(p, {"wait_food.all.mean"});
    VerdictFacts v;
    v.replications = food.d.n;
    v.food = food.d;
    v.food_finding = food_finding(food);
    v.parts = parts_of_the_wait(p);
    v.moved_to_kitchen = !v.parts.empty() && v.parts[0].changed && v.parts[1].changed &&
                         v.parts[0].difference.mean < 0 && v.parts[1].difference.mean > 0;
    // No difference in the wait for food, but in where the time goes: lead with that.
    v.lead_with_parts = food.d.n > 1 && !food.changed(food_share) && v.any_part_changed();
    const std::vector<double>&wa = p.a.of("wait_food.waiting"), &wb = p.b.of("wait_food.waiting");
    v.anyone_waiting = !none(wa) || !none(wb);
    v.still_waiting_a = mean(wa);
    v.still_waiting_b = mean(wb);
    return v;
}

}  // namespace bistro
