#pragma once
// Waiters standing on the same spot (idle at the pass, say) are drawn side by
// side. Each keeps its place while it stays: when one walks off, the others do
// not shuffle along (they would seem to move when nothing happened to them).

#include <map>
#include <utility>
#include <vector>

#include "bistro/sim/floor.hpp"

namespace bistro::gui {

class Crowd {
  public:
    /// Starts a frame: places not claimed again by `place` before `endFrame` are freed.
    void beginFrame() { seen_.clear(); }
    /// Where waiter `id`, standing at `spot` (metres), is drawn: its place on that spot,
    /// the lowest free one when it has just arrived, `spacing` metres apart.
    Point place(int id, Point spot, double spacing);
    void endFrame();

  private:
    using Key = std::pair<long, long>;
    struct Where {
        Key key;
        int index;
    };
    static Key keyOf(Point p);
    int claim(Key key, int id);

    std::map<int, Where> places_;            // waiter -> its place
    std::map<Key, std::vector<int>> taken_;  // a spot's places: the waiter, or -1 when free
    std::vector<int> seen_;
};

}  // namespace bistro::gui
