#include "verdict_words.hpp"

#include <cmath>
#include <vector>

#include "words.hpp"

namespace bistro::cli {

namespace {
/// Minutes to one decimal, or to two when one would round the number to zero.
std::string minutes(double seconds) {
    const double m = std::abs(seconds) < 0.3 ? 0.0 : seconds / 60;  // no "-0.00"
    return number(m, std::abs(m) >= 0.095 || m == 0 ? 1 : 2);
}

std::string sign(double x) {
    return x >= 0 ? "+" : "";
}

/// "-8.9 min ±2.1"
std::string signed_minutes(const Estimate& d) {
    return say(BISTRO_WORDS("Cli", "%1%2 min ±%3"),
               {sign(d.mean), minutes(d.mean), minutes(d.half_width)});
}

/// "10", or "2.4" when the replications differ: the mean count still waiting.
std::string count(double mean) {
    return number(mean, std::abs(mean - std::round(mean)) < 0.05 ? 0 : 1);
}

std::string headline(const VerdictFacts& f, const std::string& a, const std::string& b) {
    const Estimate& food = f.food;
    switch (f.food_finding) {
        case FoodFinding::one_replication:
            return say(BISTRO_WORDS("Cli",
                                    "%1 - %2 = %3%4 min in the wait for food; one "
                                    "replication gives no confidence interval, so run more "
                                    "(-r 10) before drawing a conclusion"),
                       {b, a, sign(food.mean), minutes(food.mean)});
        case FoodFinding::changed:
            return food.mean < 0
                       ? say(BISTRO_WORDS("Cli", "%1 cut the wait for food by %2 min (±%3)"),
                             {b, minutes(std::abs(food.mean)), minutes(food.half_width)})
                       : say(BISTRO_WORDS("Cli", "%1 lengthened the wait for food by %2 min (±%3)"),
                             {b, minutes(std::abs(food.mean)), minutes(food.half_width)});
        case FoodFinding::about_the_same:
            return say(BISTRO_WORDS("Cli", "about the same wait for food (%1 - %2 = %3)"),
                       {b, a, signed_minutes(food)});
        case FoodFinding::no_difference:
            break;
    }
    return say(BISTRO_WORDS("Cli", "no significant difference in the wait for food (%1 - %2 = %3)"),
               {b, a, signed_minutes(food)});
}

std::string counted(const VerdictFacts& f, const std::string& a, const std::string& b) {
    if (!f.anyone_waiting) return {};
    const std::string wa = count(f.still_waiting_a), wb = count(f.still_waiting_b);
    return f.replications > 1
               ? say(BISTRO_WORDS("Cli",
                                  "counting the parties still waiting at the end (on "
                                  "average %1 with %2, %3 with %4)"),
                     {wa, a, wb, b})
               : say(BISTRO_WORDS("Cli",
                                  "counting the parties still waiting at the end (%1 "
                                  "with %2, %3 with %4)"),
                     {wa, a, wb, b});
}

/// "a and b", "a, b and c"
std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out = i == 0                  ? items[i]
              : i + 1 == items.size() ? say(BISTRO_WORDS("Cli", "%1 and %2"), {out, items[i]})
                                      : say(BISTRO_WORDS("Cli", "%1, %2"), {out, items[i]});
    return out;
}

/// "8.8 min less each waiting for a free waiter (±2.5)"
std::string changed(const PartFinding& p) {
    const std::string by = minutes(std::abs(p.difference.mean)),
                      pm = minutes(p.difference.half_width);
    const bool less = p.difference.mean < 0;
    switch (p.part) {
        case WaitPart::free_waiter:
            return less ? say(BISTRO_WORDS("Cli",
                                           "%1 min less each waiting for a free waiter (±%2)"),
                              {by, pm})
                        : say(BISTRO_WORDS("Cli",
                                           "%1 min more each waiting for a free waiter (±%2)"),
                              {by, pm});
        case WaitPart::kitchen:
            return less ? say(BISTRO_WORDS("Cli", "%1 min less each waiting on the kitchen (±%2)"),
                              {by, pm})
                        : say(BISTRO_WORDS("Cli", "%1 min more each waiting on the kitchen (±%2)"),
                              {by, pm});
        case WaitPart::at_pass:
            return less ? say(BISTRO_WORDS(
                                  "Cli",
                                  "%1 min less each with their food cooling at the pass (±%2)"),
                              {by, pm})
                        : say(BISTRO_WORDS(
                                  "Cli",
                                  "%1 min more each with their food cooling at the pass (±%2)"),
                              {by, pm});
        case WaitPart::table:
            break;
    }
    return less ? say(BISTRO_WORDS("Cli", "%1 min less each waiting for a table (±%2)"), {by, pm})
                : say(BISTRO_WORDS("Cli", "%1 min more each waiting for a table (±%2)"), {by, pm});
}

/// "waiting on the kitchen (+0.1 min ±0.3)": a part said although it did not change.
std::string same(const PartFinding& p) {
    const std::string d = signed_minutes(p.difference);
    switch (p.part) {
        case WaitPart::free_waiter:
            return say(BISTRO_WORDS("Cli", "waiting for a free waiter (%1)"), {d});
        case WaitPart::kitchen:
            return say(BISTRO_WORDS("Cli", "waiting on the kitchen (%1)"), {d});
        case WaitPart::at_pass:
            return say(BISTRO_WORDS("Cli", "with their food cooling at the pass (%1)"), {d});
        case WaitPart::table:
            break;
    }
    return say(BISTRO_WORDS("Cli", "waiting for a table (%1)"), {d});
}

struct Parts {
    std::string changed, same;
};

Parts parts_of_the_wait(const VerdictFacts& f, const std::string& b) {
    std::vector<std::string> changes, sames;
    for (const PartFinding& p : f.parts)
        if (p.changed)
            changes.push_back(changed(p));
        else if (p.said_when_same)
            sames.push_back(same(p));
    Parts out;
    if (!changes.empty())
        out.changed =
            f.moved_to_kitchen
                ? say(BISTRO_WORDS("Cli",
                                   "with %1, parties spent %2: the waiting moved "
                                   "from the waiters to the kitchen"),
                      {b, join(changes)})
                : say(BISTRO_WORDS("Cli", "with %1, parties spent %2"), {b, join(changes)});
    if (!sames.empty())
        out.same = say(BISTRO_WORDS("Cli", "about the same time spent %1"), {join(sames)});
    return out;
}

/// "a; b", leaving out the empty ones.
std::string clauses(std::initializer_list<std::string> parts) {
    std::string out;
    for (const std::string& s : parts)
        if (!s.empty()) out = out.empty() ? s : say(BISTRO_WORDS("Cli", "%1; %2"), {out, s});
    return out;
}
}  // namespace

std::string VerdictWords::text() const {
    std::string out = headline;
    if (!where.empty()) out = say(BISTRO_WORDS("Cli", "%1; %2"), {out, where});
    if (!counted.empty()) out = say(BISTRO_WORDS("Cli", "%1, %2"), {out, counted});
    return out;
}

VerdictWords word_verdict(const VerdictFacts& f, const std::string& a, const std::string& b) {
    const Parts parts = parts_of_the_wait(f, b);
    VerdictWords v{headline(f, a, b), counted(f, a, b), clauses({parts.changed, parts.same})};
    if (f.lead_with_parts) {
        v.where = clauses({parts.same, v.headline});
        v.headline = parts.changed;
    }
    return v;
}

}  // namespace bistro::cli
