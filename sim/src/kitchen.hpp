#pragma once
// The kitchen: K cooks take dishes first in, first out; a burnt dish is cooked
// again at once by the same cook (it keeps its place); a finished dish waits at
// the pass, and the waiters' crew is told it is there.

#include <deque>
#include <utility>
#include <vector>

#include "house.hpp"
#include "staff.hpp"

namespace bistro::model {

struct Cook : StaffMember {
    bool busy = false;
    std::uint32_t party = 0;  // slot
    int dish = -1;
    double started = 0.0, ends = 0.0;
};

class Kitchen {
  public:
    explicit Kitchen(House& house) : h_(house) {}

    /// The order's dishes join the queue; free cooks start on them.
    void hand_in(std::uint32_t slot);
    /// A cook's dish is done: burnt (cooked again) or ready at the pass.
    void on_cook_done(int c);
    void set_cook_count(int n);

    const std::vector<Cook>& cooks() const { return cooks_; }
    const std::deque<std::pair<std::uint32_t, int>>& queue() const { return queue_; }
    std::size_t capacity_bytes() const {
        return cooks_.capacity() * sizeof(Cook) + queue_.size() * sizeof(queue_.front());
    }

  private:
    void start_cooking();
    void cook_dish(int c, std::uint32_t slot, int dish);
    bool burnt(int c);
    void free_cook(int c);
    void dish_ready(std::uint32_t slot, int dish);
    void update_free_cook(std::size_t c) {
        free_.assign(c, cooks_[c].staying() && !cooks_[c].busy);
    }

    House& h_;
    std::vector<Cook> cooks_;
    StaffSet free_;                                    // staying and not cooking
    std::deque<std::pair<std::uint32_t, int>> queue_;  // (party slot, dish), oldest first
};

}  // namespace bistro::model
