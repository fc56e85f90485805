#pragma once
// A paired comparison in plain words. It never looks at finished waits alone: a
// policy that leaves parties stuck would look as good as one that serves them
// (right censoring). Each wait counts the parties still waiting, with the time
// they have waited so far, and the verdict says so.

#include <string>

#include "bistro/sim/replications.hpp"

namespace bistro {

/// What b does against a on the same customers, and where the difference lies.
struct Verdict {
    /// The wait for food: "async cut the wait for food by 9.1 min (±2.0)".
    std::string headline;
    /// Who the means count, when some were still waiting: "counting the parties
    /// still waiting at the end: 10 with sync, 0 with async".
    std::string counted;
    /// Where a difference lies: in the wait for a waiter to take the order, once
    /// ordered, at the door. Empty when the parts say nothing more.
    std::string where;
    /// All of it, as one sentence (without a final full stop).
    std::string text() const;
};

/// The verdict on `p` (b - a), from the waits counting the parties still waiting
/// (the `.all.mean` metrics): the wait for food, and its parts.
Verdict verdict(const PairedComparison& p, const std::string& a_name = "sync",
                const std::string& b_name = "async");

}  // namespace bistro
