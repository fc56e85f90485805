#include "floor/crowd.hpp"

#include <algorithm>
#include <cmath>

namespace bistro::gui {

Crowd::Key Crowd::keyOf(Point p) {
    return {std::lround(p.x * 4), std::lround(p.y * 4)};  // the same spot within 25 cm
}

int Crowd::claim(Key key, int id) {
    std::vector<int>& slots = taken_[key];
    auto free = std::find(slots.begin(), slots.end(), -1);
    if (free == slots.end()) free = slots.insert(slots.end(), -1);
    *free = id;
    return static_cast<int>(free - slots.begin());
}

Point Crowd::place(int id, Point spot, double spacing) {
    const Key key = keyOf(spot);
    auto it = places_.find(id);
    if (it != places_.end() && it->second.key != key) {  // moved on: its old place is free
        taken_[it->second.key][static_cast<std::size_t>(it->second.index)] = -1;
        places_.erase(it);
        it = places_.end();
    }
    if (it == places_.end()) it = places_.emplace(id, Where{key, claim(key, id)}).first;
    seen_.push_back(id);
    // Places 0, 1, 2, 3 ... lie at 0, -1, +1, -2 ... spacings from the spot.
    const int n = it->second.index;
    spot.x += (n % 2 ? -1.0 : 1.0) * ((n + 1) / 2) * spacing;
    return spot;
}

void Crowd::endFrame() {
    for (auto it = places_.begin(); it != places_.end();) {
        if (std::find(seen_.begin(), seen_.end(), it->first) != seen_.end()) {
            ++it;
            continue;
        }
        taken_[it->second.key][static_cast<std::size_t>(it->second.index)] = -1;  // left the floor
        it = places_.erase(it);
    }
    for (auto it = taken_.begin(); it != taken_.end();)  // forget spots nobody stands on
        it = std::all_of(it->second.begin(), it->second.end(), [](int w) { return w < 0; })
                 ? taken_.erase(it)
                 : std::next(it);
}

}  // namespace bistro::gui
