#pragma once
// A paired comparison judged: what the numbers say, as facts the programs word in
// the user's language (app/gui/.../verdict_words, app/cli/verdict_words). It never
// looks at finished waits alone: a policy that leaves parties stuck would look as
// good as one that serves them (right censoring). Each wait counts the parties
// still waiting, with the time they have waited so far, and the facts say how many.

#include <vector>

#include "bistro/sim/replications.hpp"

namespace bistro {

/// What the wait for food did, b against a.
enum class FoodFinding {
    one_replication,  ///< one pair of services: no confidence interval, run more
    changed,          ///< significant, at least 6 s and 5 % of the wait: cut or lengthened
    about_the_same,   ///< significant but a sliver
    no_difference,    ///< not significant
};

/// A part of every party's wait, by cause.
enum class WaitPart {
    free_waiter,  ///< waiting for a free waiter (busy or blocked elsewhere)
    kitchen,      ///< waiting on the kitchen (a burnt dish too)
    at_pass,      ///< with the food cooling at the pass
    table,        ///< waiting for a table
};

/// One part's paired difference (b - a), in seconds a party.
struct PartFinding {
    WaitPart part = WaitPart::free_waiter;
    Estimate difference;
    /// Significant, and not a sliver: at least 6 s a party and a tenth of the
    /// larger side's.
    bool changed = false;
    /// Worth saying even when it did not change (the waiter and the kitchen).
    bool said_when_same = false;
};

/// What b does against a on the same customers, and where the difference lies.
struct VerdictFacts {
    int replications = 0;
    /// b - a in the mean wait for food (s), counting the parties still waiting.
    Estimate food;
    FoodFinding food_finding = FoodFinding::one_replication;
    /// The parts of the wait, in the order they are said (free waiter, kitchen, at
    /// the pass, table); empty with one replication.
    std::vector<PartFinding> parts;
    /// Less waiting for a waiter and more on the kitchen, both changed.
    bool moved_to_kitchen = false;
    /// The wait for food did not change but its parts did: lead with the parts.
    bool lead_with_parts = false;
    /// The mean number of parties still waiting for food at the end, a and b.
    double still_waiting_a = 0.0, still_waiting_b = 0.0;
    /// Anyone still waiting at the end on either side, in any replication.
    bool anyone_waiting = false;

    bool any_part_changed() const;
};

/// The facts of `p` (b - a), from the waits counting the parties still waiting
/// (the `.all.mean` metrics): the wait for food, and its parts.
VerdictFacts judge(const PairedComparison& p);

}  // namespace bistro
