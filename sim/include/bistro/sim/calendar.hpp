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

    void schedule(double time, std::uint8_t priority, std::uint32_t target, std::uint32_t tag = 0) {
        // +0.0 for -0.0: the two must not sort apart.
        const EventKey order = (std::uint64_t{priority} << 56) | next_seq_++;
        const Event e{(EventKey{std::bit_cast<std::uint64_t>(time + 0.0)} << 64) | order, target,
                      tag};
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
    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    /// Time of the next event, or `never`.
    double next_time() const { return heap_.empty() ? never : heap_.front().time(); }
    const Event& top() const { return heap_.front(); }
    Event pop() {
        const Event first = heap_.front();
        const Event last = heap_.back();
        heap_.pop_back();
        const std::size_t n = heap_.size();
        if (n == 0) return first;
        // Bottom-up (Floyd): move the smallest child up into the hole all the way to
        // a leaf - one well-predicted comparison chain per level - then sift the
        // last element up from there, which is rarely more than a step.
        std::size_t hole = 0;
        for (std::size_t child = 1; child < n; child = 4 * hole + 1) {
            std::size_t best;
            if (child + 4 <= n) {
                // A full family: a two-round tournament, without branches (which
                // child wins is a coin toss the branch predictor cannot learn).
                const Event* c = &heap_[child];
                const std::size_t a = child + pick(c[1], c[0]);
                const std::size_t b = child + 2 + pick(c[3], c[2]);
                best = before(heap_[b], heap_[a]) ? b : a;
            } else {
                best = child;
                for (std::size_t c = child + 1; c < n; ++c)
                    best = before(heap_[c], heap_[best]) ? c : best;
            }
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
        return first;
    }
    std::size_t capacity_bytes() const { return heap_.capacity() * sizeof(Event); }

  private:
    static bool before(const Event& a, const Event& b) { return a.key < b.key; }
    /// 1 if second comes before first, else 0.
    static std::size_t pick(const Event& second, const Event& first) {
        return static_cast<std::size_t>(before(second, first));
    }
    std::vector<Event> heap_;
    std::uint64_t next_seq_ = 0;
};

}  // namespace bistro
