#pragma once
// The event calendar: a binary heap ordered by (time, priority, sequence number).
// Events at the same instant therefore run in a fixed order: lower priority
// number first, then the order in which they were scheduled.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace bistro {

/// A scheduled happening: when, in which order, and what (kind + two small ids).
struct Event {
    double time = 0.0;
    std::uint64_t order = 0;  // priority in the top 8 bits, sequence number below
    std::uint32_t kind = 0;
    std::uint32_t target = 0;
    std::uint64_t tag = 0;

    std::uint8_t priority() const { return static_cast<std::uint8_t>(order >> 56); }
};

/// Min-heap of events. Amortised O(log n) push and pop, no allocation once warm.
class Calendar {
public:
    static constexpr double never = std::numeric_limits<double>::infinity();

    void schedule(double time, std::uint8_t priority, std::uint32_t kind, std::uint32_t target,
                  std::uint64_t tag = 0) {
        heap_.push_back(Event{time, (std::uint64_t{priority} << 56) | next_seq_++, kind, target, tag});
        std::push_heap(heap_.begin(), heap_.end(), later);
    }
    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    /// Time of the next event, or `never`.
    double next_time() const { return heap_.empty() ? never : heap_.front().time; }
    const Event& top() const { return heap_.front(); }
    Event pop() {
        std::pop_heap(heap_.begin(), heap_.end(), later);
        Event e = heap_.back();
        heap_.pop_back();
        return e;
    }
    std::size_t capacity_bytes() const { return heap_.capacity() * sizeof(Event); }

private:
    static bool later(const Event& a, const Event& b) {
        return a.time > b.time || (a.time == b.time && a.order > b.order);
    }
    std::vector<Event> heap_;
    std::uint64_t next_seq_ = 0;
};

}  // namespace bistro
