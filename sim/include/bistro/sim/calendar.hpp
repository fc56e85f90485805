#pragma once
// The event calendar: a 4-ary min-heap ordered by (time, priority, sequence
// number). Events at the same instant therefore run in a fixed order: lower
// priority number first, then the order in which they were scheduled.

#include <bit>
#include <cstdint>
#include <limits>
#include <vector>

namespace bistro {

__extension__ typedef unsigned __int128 EventKey;

/// A scheduled happening: when, in which order, and what (kind + two small ids).
/// `key` is (time, priority, sequence) as one number: for times >= 0 the bits of
/// a double sort like the double itself, so one comparison orders two events.
struct Event {
    EventKey key = 0;  // time bits (high 64), priority (next 8), sequence number (low 56)
    std::uint32_t target = 0;
    std::uint32_t tag = 0;

    double time() const { return std::bit_cast<double>(static_cast<std::uint64_t>(key >> 64)); }
    std::uint8_t priority() const {
        return static_cast<std::uint8_t>(static_cast<std::uint64_t>(key) >> 56);
    }
};

/// Min-heap of events. O(log n) push and pop, no allocation once warm. Four
/// children per node: a shallower heap, and siblings share a cache line.
class Calendar {
  public:
    static constexpr double never = std::numeric_limits<double>::infinity();

    // Inlined into every caller (as engine and house forward it): a call of
    // its own cost most events some 15 instructions. The way down the heap
    // (sift_down) stays one shared function.
    [[gnu::always_inline]] void schedule(double time, std::uint8_t priority, std::uint32_t target,
                                         std::uint32_t tag = 0) {
        // +0.0 for -0.0: the two must not sort apart.
        const EventKey order = (std::uint64_t{priority} << 56) | next_seq_++;
        const Event e{(EventKey{std::bit_cast<std::uint64_t>(time + 0.0)} << 64) | order, target,
                      tag};
        if (root_free_) {
            // Most events schedule one more: it takes the place of the one being run.
            root_free_ = false;
            sift_down(e);
            return;
        }
        std::size_t hole = heap_.size();
        heap_.push_back(e);
        while (hole > 0) {
            const std::size_t parent = (hole - 1) / 4;
            if (!before(e, heap_[parent])) break;
            heap_[hole] = heap_[parent];
            hole = parent;
        }
        heap_[hole] = e;
    }
    bool empty() const { return size() == 0; }
    std::size_t size() const { return heap_.size() - (root_free_ ? 1 : 0); }
    /// Time of the next event, or `never`.
    double next_time() const {
        if (!root_free_) return heap_.empty() ? never : heap_.front().time();
        // While an event runs: the next one is the smallest of the root's children.
        std::size_t best = 0;
        for (std::size_t c = 1; c < heap_.size() && c <= 4; ++c)
            best = best == 0 || before(heap_[c], heap_[best]) ? c : best;
        return best == 0 ? never : heap_[best].time();
    }
    Event pop() {
        const Event first = heap_.front();
        remove_root();
        return first;
    }
    /// Pops the first event and calls handle(event). The first event scheduled by
    /// the handler, if any, is put where the popped one was: one pass down the
    /// heap instead of one down (pop) and one up (push).
    template <class Handler>
    void run_first(Handler&& handle) {
        const Event first = heap_.front();
        root_free_ = true;
        struct Settle {
            Calendar& c;
            ~Settle() {
                if (c.root_free_) {
                    c.root_free_ = false;
                    c.remove_root();
                }
            }
        } settle{*this};
        handle(first);
    }
    std::size_t capacity_bytes() const { return heap_.capacity() * sizeof(Event); }

  private:
    static bool before(const Event& a, const Event& b) { return a.key < b.key; }
    /// 1 if second comes before first, else 0.
    static std::size_t pick(const Event& second, const Event& first) {
        return static_cast<std::size_t>(before(second, first));
    }
    /// The earliest of the (up to four) children starting at `child`.
    std::size_t earliest_child(std::size_t child, std::size_t n) const {
        if (child + 4 <= n) {
            // A full family: a two-round tournament, without branches (which
            // child wins is a coin toss the branch predictor cannot learn).
            const Event* c = &heap_[child];
            const std::size_t a = child + pick(c[1], c[0]);
            const std::size_t b = child + 2 + pick(c[3], c[2]);
            return before(heap_[b], heap_[a]) ? b : a;
        }
        std::size_t best = child;
        for (std::size_t c = child + 1; c < n; ++c) best = before(heap_[c], heap_[best]) ? c : best;
        return best;
    }
    /// Puts e at the root and moves it down to its place.
    void sift_down(const Event& e) {
        const std::size_t n = heap_.size();
        std::size_t hole = 0;
        for (std::size_t child = 1; child < n; child = 4 * hole + 1) {
            const std::size_t best = earliest_child(child, n);
            if (!before(heap_[best], e)) break;
            heap_[hole] = heap_[best];
            hole = best;
        }
        heap_[hole] = e;
    }
    void remove_root() {
        const Event last = heap_.back();
        heap_.pop_back();
        const std::size_t n = heap_.size();
        if (n == 0) return;
        // Bottom-up (Floyd): move the smallest child up into the hole all the way to
        // a leaf - one well-predicted comparison chain per level - then sift the
        // last element up from there, which is rarely more than a step.
        std::size_t hole = 0;
        for (std::size_t child = 1; child < n; child = 4 * hole + 1) {
            const std::size_t best = earliest_child(child, n);
            heap_[hole] = heap_[best];
            hole = best;
        }
        while (hole > 0) {
            const std::size_t parent = (hole - 1) / 4;
            if (!before(last, heap_[parent])) break;
            heap_[hole] = heap_[parent];
            hole = parent;
        }
        heap_[hole] = last;
    }

    std::vector<Event> heap_;
    std::uint64_t next_seq_ = 0;
    bool root_free_ = false;  // run_first: the root's event has been taken
};

}  // namespace bistro
