#pragma once
// The insight cards and the loads in plain words (translatable): the model
// computes the numbers (bistro/sim/insights.hpp), these functions say them.

#include <QString>

#include "bistro/sim/capacity.hpp"
#include "bistro/sim/insights.hpp"

namespace bistro::gui {

/// The card's sentence, e.g. "Your waiters spend 75 % of their time blocked at the pass: ...".
QString insightSentence(const Insight& card);

/// One load with its stability limit, e.g. "Kitchen load ρ = 0.93 of 1: it keeps up, just."
QString loadSentence(const Load& load, bool kitchen);

/// A tooltip explaining what rho is and where the number comes from.
QString loadExplanation(const Load& load, bool kitchen);

}  // namespace bistro::gui
