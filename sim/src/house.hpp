#pragma once
// What the parts of a restaurant share: the scenario and floor, the parameters
// in force, the engine, the guests, the statistics and the listeners. Each part
// (dining room, kitchen, waiters) holds a House& and does one job.

#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "bistro/sim/engine.hpp"
#include "bistro/sim/entities.hpp"
#include "bistro/sim/floor.hpp"
#include "bistro/sim/happening.hpp"
#include "bistro/sim/random.hpp"
#include "bistro/sim/run_statistics.hpp"
#include "bistro/sim/scenario.hpp"

namespace bistro::model {

class DiningRoom;
class Kitchen;
class WaiterCrew;

/// The parameters in force: the scenario's, as changed since.
struct Params {
    Policy policy;
    Delivery delivery;
    double rate_per_hour;
    double cook_time_scale = 1, order_time_scale = 1, own_work_scale = 1, patience_scale = 1;
    double burn_probability;
    int waiters = 0, cooks = 0;
};

/// A set of an order's dishes, as bits (bit d: dish d).
struct Dishes {
    std::uint8_t bits = 0;
    explicit operator bool() const { return bits != 0; }
    bool has(int d) const { return (bits >> d) & 1u; }
    int lowest() const { return bits ? std::countr_zero(bits) : 0; }
    int count() const { return std::popcount(bits); }
    Dishes operator|(Dishes o) const { return {static_cast<std::uint8_t>(bits | o.bits)}; }
    Dishes operator-(Dishes o) const { return {static_cast<std::uint8_t>(bits & ~o.bits)}; }
    Dishes operator&(Dishes o) const { return {static_cast<std::uint8_t>(bits & o.bits)}; }
    friend bool operator==(Dishes, Dishes) = default;
};

struct Dish {
    std::int16_t item = -1;
    DishState state = DishState::unordered;
    std::uint8_t attempt = 0;
    double queued_at = 0.0, ready_at = 0.0;
};

/// A party is its facts and its dishes. Only the first `size` dishes are ever
/// read, so a new party resets its facts and just those dishes.
struct PartyFacts {
    std::int64_t id = -1;
    std::uint32_t slot = 0;  ///< where it is kept
    int size = 0;
    PartyState state = PartyState::at_door;
    int table = -1;
    int holder = -1;  ///< the waiter who handed the ticket in and has not let go yet
    int order_waiter = -1;
    double arrived = 0.0, since = 0.0, called = 0.0, order_taken = 0.0, patience_end = 0.0;
    int delivered = 0;
    bool read_menu = false;  ///< read it while queuing before the opening: orders once seated
    // Dish sets kept with the dishes' states, so the bell need not look at every dish.
    Dishes cooked;     ///< reached the pass (and may have left it)
    Dishes at_pass;    ///< waiting at the pass now
    Dishes tasked;     ///< a waiter will deliver it (a task is queued, or the holder will)
    Dishes recooking;  ///< burnt, and being cooked again
    // Its waits by cause (waiting.cpp): the cause since `cause_since`, and how long
    // some waiter had stood blocked at the pass by then.
    bool waiting = false;
    bool waiter_coming = false;  ///< a waiter has taken its order's or bill's task
    WaitCause cause = WaitCause::table;
    double cause_since = 0.0, blocked_mark = 0.0;
    WaitParts waited{};  ///< seconds, up to `cause_since`
    Dishes all_dishes() const { return {static_cast<std::uint8_t>((1u << size) - 1)}; }
    bool served() const { return delivered == size; }
};
struct Party : PartyFacts {
    std::array<Dish, max_party_size> dishes{};
};

/// The guests inside, in reusable slots (a slot's party id is -1 when free).
/// A party stays where it is while it is inside: programs hold on to it.
class Parties {
  public:
    Party& operator[](std::uint32_t slot) { return *slots_[slot]; }
    const Party& operator[](std::uint32_t slot) const { return *slots_[slot]; }
    std::uint32_t size() const { return static_cast<std::uint32_t>(slots_.size()); }
    /// A slot with fresh facts (its dishes are reset by whoever sizes the party).
    std::uint32_t take() {
        if (free_.empty()) {
            slots_.push_back(std::make_unique<Party>());
            slots_.back()->slot = size() - 1;
            return size() - 1;
        }
        const std::uint32_t slot = free_.back();
        free_.pop_back();
        static_cast<PartyFacts&>(*slots_[slot]) = PartyFacts{};
        slots_[slot]->slot = slot;
        return slot;
    }
    void give_back(std::uint32_t slot) {
        slots_[slot]->id = -1;
        free_.push_back(slot);
    }
    std::size_t capacity_bytes() const {
        return slots_.size() * sizeof(Party) + slots_.capacity() * sizeof(slots_.front()) +
               free_.capacity() * sizeof(std::uint32_t);
    }

  private:
    std::vector<std::unique_ptr<Party>> slots_;
    std::vector<std::uint32_t> free_;
};

/// Everything the parts share. Owned by the Restaurant; never copied.
struct House {
    House(const Scenario& s, const FloorPlan& f)
        : scenario(s),
          floor(f),
          params{s.policy, s.delivery, s.rate_per_hour, 1, 1, 1, 1, s.burn_probability, 0, 0},
          engine(s.duration),
          seed{mix64(s.seed)},
          menu_choice(menu_shares(s)) {}
    House(const House&) = delete;
    House& operator=(const House&) = delete;

    const Scenario& scenario;
    const FloorPlan& floor;
    Params params;
    Engine engine;
    RunStatistics stats;
    Parties parties;
    Rng::Mixed seed;       // the scenario's seed, mixed once
    Discrete menu_choice;  // menu item index by share
    std::vector<Listener*> listeners;
    int blocked_waiters = 0;
    TimeWeighted blocking;  // 1 while some waiter stands blocked at the pass
    DiningRoom* room = nullptr;
    Kitchen* kitchen = nullptr;
    WaiterCrew* crew = nullptr;

    double now() const { return engine.now(); }
    // Inlined, as Calendar::schedule is: no call per event.
    [[gnu::always_inline]] void schedule(double time, EventKind kind, std::uint32_t target,
                                         std::uint32_t tag = 0) {
        engine.schedule(time, kind, target, tag);
    }
    void set_state(Party& p, PartyState s) {
        p.state = s;
        p.since = now();
        p.waiter_coming = false;
        account_wait(p);
    }
    // --- waits by cause (waiting.cpp) ----------------------------------------
    /// Books the party's wait since it was last looked at to its cause then, and
    /// takes its cause from now on. Called whenever the party, its dishes or its
    /// waiter change. Inlined: it runs at most events.
    [[gnu::always_inline]] void account_wait(Party& p) {
        const double t = now();
        if (p.waiting) {
            if (p.cause == WaitCause::waiters_busy)
                split_wait_for_waiter(p, t, p.waited);
            else
                p.waited[static_cast<std::size_t>(p.cause)] += t - p.cause_since;
        }
        p.cause_since = t;
        p.waiting = take_cause(p);
        if (p.waiting && p.cause == WaitCause::waiters_busy) p.blocked_mark = blocking.area(t);
    }
    /// The party's waits by cause up to now.
    WaitParts waited_so_far(const Party& p) const;
    /// A waiter starts (+1) or stops (-1) standing blocked at the pass.
    void waiter_blocked(int delta) {
        blocked_waiters += delta;
        blocking.set(now(), blocked_waiters > 0 ? 1.0 : 0.0);
    }
    /// One draw for a purpose and an entity (a Distribution or a Discrete). A
    /// certain one needs no generator, so none is made.
    template <class D>
    auto draw(Stream s, std::uint64_t entity, const D& d) const {
        if (d.is_certain()) return d.certain_value();
        Rng rng(seed, s, entity);
        return d.sample(rng);
    }
    /// Reports a happening to the listeners, if any (no cost without).
    template <class Kind>
    void tell(const Kind& what) {
        if (listened()) report(what);
    }
    /// Whether anyone listens: a happening that takes looking up is made only then.
    bool listened() const { return !listeners.empty(); }

  private:
    /// The party's cause now (WaitCause); false when it is not waiting.
    static bool take_cause(Party& p) {
        switch (p.state) {
            case PartyState::at_door:
                p.cause = WaitCause::table;
                return true;
            case PartyState::waiting_to_order:
            case PartyState::waiting_for_bill:
                p.cause = p.waiter_coming ? WaitCause::waiter_at_work : WaitCause::waiters_busy;
                return true;
            case PartyState::waiting_for_food:
                p.cause = food_cause(p);
                return true;
            default:
                return false;  // reading, ordering, eating, paying: not waiting
        }
    }
    static WaitCause food_cause(const Party& p) {
        if (p.dishes[0].state == DishState::unordered)
            return WaitCause::waiter_at_work;  // the ticket is on its way
        const Dishes uncooked = p.all_dishes() - p.cooked;
        if (uncooked) return uncooked & p.recooking ? WaitCause::burnt : WaitCause::kitchen;
        if (p.at_pass) return WaitCause::at_pass;
        return WaitCause::waiter_at_work;  // the plates are on their way
    }
    /// Splits a wait for a free waiter since `p.cause_since` by whether some waiter
    /// stood blocked at the pass meanwhile (waiting.cpp).
    void split_wait_for_waiter(const Party& p, double t, WaitParts& parts) const;
    static Discrete menu_shares(const Scenario& s) {
        std::vector<std::pair<int, double>> shares;
        for (std::size_t i = 0; i < s.menu.size(); ++i)
            shares.emplace_back(static_cast<int>(i), s.menu[i].share);
        return Discrete(std::move(shares));
    }
    void report(const What& what);
};

inline std::uint64_t party_key(const Party& p) {
    return static_cast<std::uint64_t>(p.id);
}

}  // namespace bistro::model
