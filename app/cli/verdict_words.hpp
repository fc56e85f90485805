#pragma once
// The verdict of `bistro-cli compare` in the user's language, from the facts sim
// judged (bistro/sim/verdict.hpp): "async cut the wait for food by 9.1 min (±2.0);
// ...". In English it reads as it always has (the tests check it word for word).

#include <string>

#include "bistro/sim/verdict.hpp"

namespace bistro::cli {

/// What b does against a, in words.
struct VerdictWords {
    /// The wait for food: "async cut the wait for food by 9.1 min (±2.0)".
    std::string headline;
    /// Who the means count, when some were still waiting.
    std::string counted;
    /// Where a difference lies; empty when the parts say nothing more.
    std::string where;
    /// All of it, as one sentence (without a final full stop).
    std::string text() const;
};

VerdictWords word_verdict(const VerdictFacts& facts, const std::string& a_name = "sync",
                          const std::string& b_name = "async");

}  // namespace bistro::cli
