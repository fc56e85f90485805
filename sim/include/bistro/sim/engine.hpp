#pragma once
// The engine of one run: the calendar, the clock and the life cycle. It knows
// nothing of restaurants: it runs events in (time, priority, sequence) order and
// hands each to the caller's dispatcher.

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "bistro/sim/calendar.hpp"
#include "bistro/sim/entities.hpp"

namespace bistro {

/// What a scheduled event does when it comes due.
enum class EventKind : std::uint8_t {
    cook_done,      ///< a cook finishes (or burns) a dish
    activity_done,  ///< a waiter's walk or piece of work ends
    menu_read,
    eating_done,
    arrival,
    patience_end,  ///< a party at the door gives up, unless seated by then
    warmup_end,
    change,  ///< a scheduled parameter change
};
inline constexpr int event_kind_count = 8;

/// The order of events at the same instant, first to last: the kitchen's bell
/// first (food that is ready is there for a waiter who finishes now), then the
/// waiters, the guests, the door, and parameter changes last, so a replayed
/// change lands exactly where the interactive one did: after everything else.
inline constexpr std::array<EventKind, event_kind_count> same_instant_order = {
    EventKind::cook_done, EventKind::activity_done, EventKind::menu_read,  EventKind::eating_done,
    EventKind::arrival,   EventKind::patience_end,  EventKind::warmup_end, EventKind::change,
};

/// An event's priority: its place in same_instant_order.
constexpr std::uint8_t priority_of(EventKind kind) {
    for (std::uint8_t i = 0; i < event_kind_count; ++i)
        if (same_instant_order[i] == kind) return i;
    throw std::logic_error("an event kind missing from same_instant_order");
}

/// The calendar, clock and life cycle. Illegal calls throw; an exception from
/// an event puts the run into the error state for good.
class Engine {
  public:
    explicit Engine(double end) : end_(end) {}

    double now() const { return now_; }
    double end() const { return end_; }
    LifeCycle life() const { return life_; }
    /// Events run so far.
    std::uint64_t events() const { return events_; }
    /// Time of the next event, or Calendar::never.
    double next_time() const { return calendar_.next_time(); }
    std::size_t capacity_bytes() const { return calendar_.capacity_bytes(); }

    // Inlined, as Calendar::schedule is: no call per event.
    [[gnu::always_inline]] void schedule(double time, EventKind kind, std::uint32_t target,
                                         std::uint32_t tag = 0) {
        calendar_.schedule(time, priorities_[static_cast<std::size_t>(kind)], target, tag);
    }
    static EventKind kind_of(const Event& e) { return same_instant_order[e.priority()]; }

    /// Runs every event with time <= min(t, end) through dispatch(event); the clock
    /// then reads min(t, end).
    template <class Dispatch>
    void run_until(double t, Dispatch&& dispatch) {
        require_runnable("run_until");
        require_not_running("run_until");
        if (!(t >= now_))
            throw std::invalid_argument("run_until: time " + std::to_string(t) +
                                        " is before the current time " + std::to_string(now_));
        const double target = t < end_ ? t : end_;
        guarded([&] {
            while (calendar_.next_time() <= target) run_first(dispatch);
        });
        now_ = target;
        life_ = target >= end_ ? LifeCycle::finished : LifeCycle::paused;
    }

    /// Runs exactly one event and returns true; or, when none is left before the
    /// end, moves the clock to the end, finishes and returns false.
    template <class Dispatch>
    bool step(Dispatch&& dispatch) {
        require_runnable("step");
        require_not_running("step");
        if (calendar_.next_time() > end_) {
            now_ = end_;
            life_ = LifeCycle::finished;
            return false;
        }
        guarded([&] { run_first(dispatch); });
        life_ = LifeCycle::paused;
        return true;
    }

    /// Throws std::logic_error once the run has finished or failed.
    void require_runnable(const char* what) const {
        if (life_ == LifeCycle::finished)
            throw std::logic_error(std::string(what) + ": the run has finished");
        if (life_ == LifeCycle::error)
            throw std::logic_error(std::string(what) + ": the run stopped on an error");
    }
    /// Throws std::logic_error while an event runs: a listener that moved time
    /// would run that event again.
    void require_not_running(const char* what) const {
        if (life_ == LifeCycle::running)
            throw std::logic_error(std::string(what) + ": called while an event is running");
    }

  private:
    static constexpr std::array<std::uint8_t, event_kind_count> priorities_ = [] {
        std::array<std::uint8_t, event_kind_count> p{};
        for (std::size_t k = 0; k < p.size(); ++k) p[k] = priority_of(static_cast<EventKind>(k));
        return p;
    }();

    template <class Dispatch>
    void run_first(Dispatch& dispatch) {
        calendar_.run_first([&](const Event& e) {
            now_ = e.time();
            ++events_;
            dispatch(e);
        });
    }
    template <class Body>
    void guarded(Body&& body) {
        life_ = LifeCycle::running;
        try {
            body();
        } catch (...) {
            life_ = LifeCycle::error;
            throw;
        }
    }

    Calendar calendar_;
    double now_ = 0.0;
    double end_;
    std::uint64_t events_ = 0;
    LifeCycle life_ = LifeCycle::ready;
};

}  // namespace bistro
