#pragma once
// The statistics of one run, fed by the model as things happen.

#include <array>
#include <cstdint>
#include <vector>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/statistics.hpp"

namespace bistro {

/// Per waiter: seconds spent in each state since the warm-up ended.
using StateTimes = std::array<double, waiter_state_count>;

/// A waiter's time account: closed intervals per state, plus the open one.
struct WaiterAccount {
    StateTimes closed{};
    WaiterState state = WaiterState::idle;
    double since = 0.0;
    bool present = false;

    void enter(double now, WaiterState s) {
        if (present) closed[static_cast<std::size_t>(state)] += now - since;
        state = s;
        since = now;
    }
};

/// The waits still going on at an instant, each counted with its time so far:
/// what a mean over finished waits alone leaves out (right censoring).
struct OpenWaits {
    struct Open {
        double seconds = 0.0;
        std::uint64_t parties = 0;
        void add(double s) {
            seconds += s;
            ++parties;
        }
        /// The mean of these and of the finished waits `done`.
        double mean_with(const Tally& done) const {
            const double n = static_cast<double>(parties + done.count());
            return n > 0 ? (seconds + done.sum()) / n : 0.0;
        }
    };
    Open table;         ///< at the door
    Open order;         ///< ready to order, no waiter at the table yet
    Open food;          ///< ready to order, the whole order not yet on the table
    Open once_ordered;  ///< order taken, not yet all on the table
    Open stay;          ///< everyone inside: time since arriving
    WaitParts parts{};  ///< the waits of everyone inside so far, by cause
};

/// Everything measured in a run. Observations before the warm-up are discarded.
struct RunStatistics {
    // Per party (seconds)
    Tally wait_table;          ///< arrival to seated
    Tally wait_order;          ///< ready to order (menu read) to a waiter at the table
    Tally wait_first_dish;     ///< ready to order to the first dish on the table
    Tally wait_food;           ///< ready to order to the whole order on the table
    Tally order_latency;       ///< order taken to the whole order on the table
    Tally time_in_restaurant;  ///< arrival to leaving (served parties)
    Tally lost_wait;           ///< arrival to giving up (lost parties)
    WaitParts
        wait_parts{};  ///< the waits of the parties who left (served or lost), by cause, summed
    // Per dish (seconds)
    Tally cold_food;     ///< ready at the pass to picked up
    Tally kitchen_wait;  ///< ticket in to a cook starting it

    std::uint64_t arrived = 0, seated = 0, served = 0, lost = 0, dishes = 0, burnt = 0;
    std::uint64_t gone = 0;  ///< parties who left, served or lost, with their waits booked
    /// Orders a waiter took up, and how many of them had found no waiter free.
    std::uint64_t order_tasks = 0, order_tasks_queued = 0;

    TimeWeighted door_queue, kitchen_queue, at_pass, inside, cooks_busy, cooks_present,
        waiters_present;
    std::vector<WaiterAccount> waiters;  ///< indexed by waiter id

    double start = 0.0;  ///< when counting (re)started: 0, or the end of the warm-up

    /// A party leaves (served or lost) with these waits by cause.
    void add_waits(const WaitParts& waits) {
        for (std::size_t c = 0; c < waits.size(); ++c) wait_parts[c] += waits[c];
        ++gone;
    }
    /// Every party's waits by cause, per party: those who left, and those inside
    /// (`open`) with their waits so far.
    WaitParts wait_split(const OpenWaits& open) const {
        const auto parties = static_cast<double>(gone + open.stay.parties);
        WaitParts per_party{};
        for (std::size_t c = 0; c < per_party.size(); ++c)
            per_party[c] = parties > 0 ? (wait_parts[c] + open.parts[c]) / parties : 0.0;
        return per_party;
    }
    /// Start counting afresh at `now`, keeping current levels (queue lengths, staff).
    void restart(double now);
    /// Seconds that waiter spent in each state up to `now`, including the current one.
    StateTimes waiter_times(std::size_t waiter, double now) const;
    /// Share of all waiters' present time spent in state s, up to `now`.
    double waiter_share(WaiterState s, double now) const;
    /// The summary of the run at `now`, with the waits still going on: stable
    /// names, units, values.
    std::vector<Metric> metrics(double now, const OpenWaits& open) const;
};

}  // namespace bistro
