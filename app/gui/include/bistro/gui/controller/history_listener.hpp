#pragma once
// A listener that keeps history, and forgets it when the run starts over: the
// controller attaches it to every restaurant it makes and clears it before a
// re-simulation replays the history.

#include "bistro/sim/happening.hpp"

namespace bistro::gui {

class HistoryListener : public Listener {
  public:
    virtual void clear() = 0;
};

}  // namespace bistro::gui
