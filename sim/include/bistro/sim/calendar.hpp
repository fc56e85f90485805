#pragma once
// The event calendar: a 4-ary min-heap ordered by (time, priority, sequence
// number). Events at the same instant therefore run in a fixed order: lower
// priority number first, then the order in which they were scheduled.

#include <cstdint>
#include <limits>
#include <vector>

namespace bistro {

/// A scheduled happening: when, in which order, and what (kind + two small ids).
struct Event {
    double time = 0.0;
    std::uint64_t order = 0;  // priority in the top 8 bits, sequence number below
    std::uint32_t target = 0;
    std::uint32_t tag = 0;

    std::uint8_t priority() const { return static_cast<std::uint8_t>(order >> 56); }
};

/// Min-heap of events. O(log n) push and pop, no allocation once warm. Four
/// children per node: a shallower heap, and siblings share a cache line.
class Calendar {
public:
    static constexpr double never = std::numeric_limits<double>::infinity();

    void schedule(double time, std::uint8_t priority, std::uint32_t target, std::uint32_t tag = 0) {
        const Event e{time, (std::uint64_t{priority} << 56) | next_seq_++, target, tag};
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
    double next_time() const { return heap_.empty() ? never : heap_.front().time; }
    const Event& top() const { return heap_.front(); }
    Event pop() {
        const Event first = heap_.front();
        const Event last = heap_.back();
        heap_.pop_back();
        const std::size_t n = heap_.size();
        if (n == 0) return first;
        std::size_t hole = 0;
        for (;;) {
            const std::size_t child = 4 * hole + 1;
            if (child >= n) break;
            std::size_t best = child;
            const std::size_t end = child + 4 < n ? child + 4 : n;
            for (std::size_t c = child + 1; c < end; ++c)
                if (before(heap_[c], heap_[best])) best = c;
            if (!before(heap_[best], last)) break;
            heap_[hole] = heap_[best];
            hole = best;
        }
        heap_[hole] = last;
        return first;
    }
    std::size_t capacity_bytes() const { return heap_.capacity() * sizeof(Event); }

private:
    static bool before(const Event& a, const Event& b) {
        return a.time < b.time || (a.time == b.time && a.order < b.order);
    }
    std::vector<Event> heap_;
    std::uint64_t next_seq_ = 0;
};

}  // namespace bistro
