#pragma once
// The comparison's verdict in the interface's language, from the facts sim judged
// (bistro/sim/verdict.hpp). In English it reads as `bistro-cli compare` says it.

#include <QCoreApplication>
#include <QString>

#include "bistro/sim/verdict.hpp"

namespace bistro::gui {

/// What b does against a, in words.
struct VerdictWords {
    Q_DECLARE_TR_FUNCTIONS(VerdictWords)

  public:
    /// The wait for food: "async cut the wait for food by 9.1 min (±2.0)".
    QString headline;
    /// Who the means count, when some were still waiting.
    QString counted;
    /// Where a difference lies; empty when the parts say nothing more.
    QString where;
    /// All of it, as one sentence (without a final full stop).
    QString text() const;
};

VerdictWords wordVerdict(const VerdictFacts& facts, const QString& nameA, const QString& nameB);

}  // namespace bistro::gui
