#pragma once
// The dining room: guests arrive (a Poisson process, perhaps with a profile over
// the day), queue at the door for the smallest table that fits, give up when
// their patience runs out (or find the queue full, max_door_queue), read the menu, call a waiter,
// eat, and leave.

#include <cstdint>
#include <deque>
#include <vector>

#include "house.hpp"

namespace bistro::model {

class DiningRoom {
  public:
    explicit DiningRoom(House& house);

    /// Draws the next arrival from now at the rate in force (a rate change redraws:
    /// the process is memoryless, so that is exact).
    void schedule_next_arrival();
    void on_arrival(std::uint32_t generation);
    /// Puts the scenario's parties at the opening on the calendar at time 0, before
    /// any other arrival (so scenarios without them keep their traces).
    void schedule_opening();
    /// One of the parties queued before the opening comes in.
    void on_opening_arrival();
    /// The target that marks an arrival event as one of the opening's.
    static constexpr std::uint32_t opening_target = 1;
    void on_patience_end(std::uint32_t slot, std::uint32_t id);
    /// Menu read: the party wants to order.
    void call_waiter(std::uint32_t slot);
    /// The whole order is on the table, set down by that waiter.
    void start_meal(std::uint32_t slot, int waiter);
    void on_eating_done(std::uint32_t slot);
    /// The party pays (or just goes) and frees its table for the door.
    void party_leaves(std::uint32_t slot);

    /// Slot of the party at each table, -1 when empty.
    const std::vector<std::int32_t>& table_party() const { return table_party_; }
    const std::deque<std::uint32_t>& door() const { return door_; }
    std::int64_t arrived() const { return next_party_id_; }
    std::uint64_t inside() const { return inside_; }
    std::uint64_t served() const { return total_served_; }
    std::uint64_t lost() const { return total_lost_; }
    std::size_t capacity_bytes() const { return door_.size() * sizeof(std::uint32_t); }

  private:
    /// A new party at the door: seated if a table fits, else queued.
    void come_in(bool read_menu);
    bool try_seat(std::uint32_t slot);
    /// No table fits now: the party queues (with its patience), or finds the queue full.
    void queue_at_door(std::uint32_t slot);
    void seat(std::uint32_t slot, int table);
    void seat_from_door(int table);
    void release_table(int table);
    /// The party leaves the door unserved: its patience ran out, or it was turned away.
    void lose(std::uint32_t slot, bool turned_away);
    void free_party(std::uint32_t slot);

    House& h_;
    Rng arrival_rng_;
    std::uint32_t arrival_generation_ = 0;
    std::int64_t next_party_id_ = 0;
    std::vector<std::int32_t> table_party_;
    // Free tables per seat count (ascending), each a bit set over table numbers:
    // the smallest table that fits, the lowest number among equals, in a few words' scan.
    struct FreeTables {
        int seats = 0;
        std::vector<std::uint64_t> bits;  // bit t set: table t is free
    };
    std::vector<FreeTables> free_tables_;
    std::deque<std::uint32_t> door_;
    std::uint64_t inside_ = 0, total_served_ = 0, total_lost_ = 0;  // whole run, warm-up included
};

}  // namespace bistro::model
