#pragma once
// The restaurant: a discrete-event simulation of parties, waiters and a kitchen.
// The engine owns time: callers ask it to run up to a time (or one event) and
// read a snapshot; they never move the model's state themselves.

#include <array>
#include <bit>
#include <cstdint>
#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

#include "bistro/sim/calendar.hpp"
#include "bistro/sim/entities.hpp"
#include "bistro/sim/floor.hpp"
#include "bistro/sim/happening.hpp"
#include "bistro/sim/run_statistics.hpp"
#include "bistro/sim/scenario.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro {

/// Thrown when a scenario is not valid; what() lists every problem.
class InvalidScenario : public std::invalid_argument {
  public:
    explicit InvalidScenario(const std::vector<std::string>& problems);
    const std::vector<std::string>& problems() const { return problems_; }

  private:
    std::vector<std::string> problems_;
};

class Restaurant {
  public:
    /// Validates the scenario (throws InvalidScenario) and schedules the first arrival.
    explicit Restaurant(Scenario scenario);

    // --- time and life cycle -------------------------------------------------
    LifeCycle life() const { return life_; }
    double now() const { return now_; }
    double end_time() const { return scenario_.duration; }
    /// Time of the next event, or Calendar::never.
    double peek() const { return calendar_.next_time(); }
    /// Runs every event with time <= min(t, end); the clock then reads min(t, end).
    /// Cheap when nothing happens. Throws std::logic_error once finished or failed,
    /// or when called from a listener while an event runs; std::invalid_argument if
    /// t < now().
    void run_until(double t);
    /// Runs exactly one event and returns true; or, when no event is left before the
    /// end, moves the clock to the end, finishes and returns false.
    bool step();
    /// Number of events run so far.
    std::uint64_t events() const { return events_; }

    // --- parameters, from now on ---------------------------------------------
    /// Applies a change at now() and records it. Throws std::invalid_argument for
    /// out-of-range values (naming the parameter).
    void set(Parameter p, double value);
    /// Schedules a change for a later time (replaying a recorded run).
    void schedule(const ParameterChange& change);
    /// Every change applied so far, in order: replaying them reproduces the run.
    const std::vector<ParameterChange>& changes() const { return changes_; }
    double parameter(Parameter p) const;
    Policy policy() const { return params_.policy; }
    Delivery delivery() const { return params_.delivery; }

    // --- observing -----------------------------------------------------------
    void add_listener(Listener* listener);
    void remove_listener(Listener* listener);
    Snapshot snapshot() const;
    /// Fills `out`, reusing its storage (no allocation once warm).
    void snapshot(Snapshot& out) const;
    const RunStatistics& statistics() const { return stats_; }
    std::vector<Metric> metrics() const { return stats_.metrics(now_); }
    const Scenario& scenario() const { return scenario_; }
    const FloorPlan& floor() const { return floor_; }
    /// Bytes held by the model's containers: stays bounded however long a run goes.
    std::size_t memory_bytes() const;

  private:
    struct Task {
        TaskKind kind = TaskKind::none;
        std::uint32_t party = 0;  // slot
        std::uint8_t dishes = 0;  // bit mask of the dishes to deliver
    };
    struct Dish {
        std::int16_t item = -1;
        DishState state = DishState::unordered;
        std::uint8_t attempt = 0;
        double queued_at = 0.0, ready_at = 0.0;
    };
    // A party is its facts and its dishes. Only the first `size` dishes are
    // ever read, so a new party resets its facts and just those dishes.
    struct PartyFacts {
        std::int64_t id = -1;
        int size = 0;
        PartyState state = PartyState::at_door;
        int table = -1;
        int owner = -1;  // the synchronous waiter blocked on this order, if any
        int order_waiter = -1;
        double arrived = 0.0, since = 0.0, called = 0.0, order_taken = 0.0, patience_end = 0.0;
        int delivered = 0;
        // Dish sets as bit masks (bit d: dish d), kept with the dishes' states so
        // the bell and the waiters need not look at every dish.
        std::uint8_t cooked = 0;   // reached the pass (and may have left it)
        std::uint8_t at_pass = 0;  // waiting at the pass now
        std::uint8_t tasked = 0;   // a waiter will deliver it (task queued, or owner)
        std::uint8_t all_dishes() const { return static_cast<std::uint8_t>((1u << size) - 1); }
    };
    struct Party : PartyFacts {
        std::array<Dish, max_party_size> dishes{};
    };
    // What a waiter does when its current activity ends.
    enum class Step : std::uint8_t {
        none,
        at_table_to_take_order,
        order_taken,
        at_pass_with_ticket,
        drinks_made,
        at_pass_to_wait,
        at_pass_to_pick_up,
        at_table_with_food,
        food_set_down,
        at_table_to_bill,
        bill_paid,
    };
    struct Waiter {
        bool present = true, retiring = false;
        WaiterState state = WaiterState::idle;
        double since = 0.0, until = 0.0;
        Step next = Step::none;
        Task task;
        Point position, destination;  // equal unless walking
        double depart = 0.0;
        int last_table = -1;
        std::uint8_t carrying = 0;  // dish mask
    };
    struct Cook {
        bool present = true, retiring = false, busy = false;
        std::uint32_t party = 0;
        int dish = -1;
        double started = 0.0, ends = 0.0;
    };
    struct Params {
        Policy policy;
        Delivery delivery;
        double rate_per_hour;
        double cook_time_scale = 1, order_time_scale = 1, own_work_scale = 1, patience_scale = 1;
        double burn_probability;
        int waiters, cooks;
    };
    // Each kind has its own priority, which orders events at the same instant:
    // the kitchen's bell first, then waiters, guests, the door, and parameter
    // changes last (so a replayed change lands exactly where the interactive one
    // did: after everything else at that instant).
    enum EventKind : std::uint8_t {
        ev_cook,
        ev_waiter,
        ev_menu_read,
        ev_eating_done,
        ev_arrival,
        ev_patience,
        ev_warmup,
        ev_change
    };
    void schedule_event(double time, EventKind kind, std::uint32_t target, std::uint32_t tag = 0) {
        calendar_.schedule(time, kind, target, tag);
    }

    // engine (restaurant.cpp)
    void require_runnable(const char* what) const;
    void require_not_running(const char* what) const;
    void dispatch(const Event& e);
    void tell(HappeningKind kind, const Party* p, int waiter = -1, int cook = -1, int dish = -1,
              double value = 0.0) {
        if (!listeners_.empty()) report(kind, p, waiter, cook, dish, value);
    }
    void report(HappeningKind kind, const Party* p, int waiter, int cook, int dish, double value);
    void apply(const ParameterChange& change);
    // guests (parties.cpp)
    void schedule_next_arrival();
    void on_arrival(std::uint32_t generation);
    void on_patience(std::uint32_t slot, std::uint32_t id);
    bool try_seat(std::uint32_t slot);
    void seat(std::uint32_t slot, int table);
    void seat_from_door(int table);
    void call_waiter(std::uint32_t slot);
    void on_eating_done(std::uint32_t slot);
    void party_leaves(std::uint32_t slot);
    void set_party_state(Party& p, PartyState s);
    std::uint32_t new_party();
    void free_party(std::uint32_t slot);
    // waiters and the two policies (waiters.cpp)
    void queue_task(Task t);
    void dispatch_tasks();
    void start_task(int w, Task t);
    void finish_task(int w);
    void walk_to(int w, Point destination, Step then, int table);
    void work(int w, WaiterState state, double duration, Step then);
    void on_waiter_event(int w);
    void proceed(int w, Step step);
    void after_ticket(int w);
    void wait_at_pass(int w);
    void hand_off_to_bell(int w);
    void after_setting_food_down(int w);
    void choose_dishes(Party& p);
    void pick_up(int w, std::uint8_t dishes);
    void set_food_down(int w);
    void set_waiter_state(int w, WaiterState s);
    void set_waiter_count(int n);
    void remove_waiter(int w);
    void release_blocked_waiters();
    // kitchen (kitchen.cpp)
    void hand_in_ticket(std::uint32_t slot);
    void start_cooking();
    void cook_dish(int c, std::uint32_t slot, int dish);
    void on_cook_done(int c);
    void dish_ready(std::uint32_t slot, int dish);
    void ring_bell(std::uint32_t slot);
    bool deliverable(const Party& p) const;
    void set_cook_count(int n);
    // statistics (restaurant.cpp)
    void end_warmup();

    /// One draw for a purpose and an entity (a Distribution or a Discrete). A
    /// certain one needs no generator, so none is made.
    template <class D>
    auto draw(Stream s, std::uint64_t entity, const D& d) const {
        if (d.is_certain()) return d.certain_value();
        Rng rng(seed_, s, entity);
        return d.sample(rng);
    }

    Scenario scenario_;
    FloorPlan floor_;
    Params params_;
    Calendar calendar_;
    LifeCycle life_ = LifeCycle::ready;
    double now_ = 0.0;
    std::uint64_t events_ = 0;
    Discrete menu_choice_;              // menu item index by share
    bool context_switch_free_ = false;  // switching tables costs nothing
    Rng::Mixed seed_{0};                // the scenario's seed, mixed once
    Rng arrival_rng_;
    std::uint32_t arrival_generation_ = 0;
    std::int64_t next_party_id_ = 0;

    std::vector<Party> parties_;
    std::vector<std::uint32_t> free_parties_;
    std::vector<std::int32_t> table_party_;  // slot per table, -1 empty
    // Free tables per seat count (ascending), each a bit set over table numbers:
    // the smallest table that fits, the lowest number among equals, in a few words' scan.
    struct FreeTables {
        int seats = 0;
        std::vector<std::uint64_t> bits;  // bit t set: table t is free
    };
    std::vector<FreeTables> free_tables_;
    // A set of staff numbers, as bits: the lowest member in a few words' scan,
    // without a branch per person on who happens to be free.
    class StaffSet {
      public:
        /// Room for numbers 0 to n - 1.
        void reserve(std::size_t n) {
            if (n > words_.size() * 64) words_.resize((n + 63) / 64, 0);
        }
        void insert(std::size_t i) { words_[i / 64] |= std::uint64_t{1} << (i % 64); }
        void erase(std::size_t i) { words_[i / 64] &= ~(std::uint64_t{1} << (i % 64)); }
        void assign(std::size_t i, bool member) { member ? insert(i) : erase(i); }
        /// The lowest member, or -1.
        int lowest() const {
            for (std::size_t w = 0; w < words_.size(); ++w)
                if (words_[w]) return static_cast<int>(w * 64) + std::countr_zero(words_[w]);
            return -1;
        }

      private:
        std::vector<std::uint64_t> words_;
    };
    // Kept up to date where staff start or end work, and rebuilt when the
    // number of staff changes.
    StaffSet free_waiters_;  // present, staying, and without a task (so idle)
    StaffSet free_cooks_;    // present, staying and not cooking
    void update_free_waiter(int w) {
        const Waiter& waiter = waiters_[static_cast<std::size_t>(w)];
        free_waiters_.assign(static_cast<std::size_t>(w), waiter.present && !waiter.retiring &&
                                                              waiter.task.kind == TaskKind::none);
    }
    void update_free_cook(int c) {
        const Cook& cook = cooks_[static_cast<std::size_t>(c)];
        free_cooks_.assign(static_cast<std::size_t>(c),
                           cook.present && !cook.retiring && !cook.busy);
    }
    void release_table(int table);
    std::deque<std::uint32_t> door_;
    std::deque<Task> tasks_;
    std::vector<Waiter> waiters_;
    std::vector<Cook> cooks_;
    std::deque<std::pair<std::uint32_t, int>> kitchen_queue_;
    std::uint64_t inside_ = 0, total_served_ = 0, total_lost_ = 0;  // whole run, warm-up included

    std::vector<ParameterChange> changes_;
    std::vector<ParameterChange> scheduled_;
    std::vector<Listener*> listeners_;
    RunStatistics stats_;
};

}  // namespace bistro
