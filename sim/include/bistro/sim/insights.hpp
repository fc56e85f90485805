#pragma once
// Insight cards: what the running restaurant shows, as numbers a sentence is
// made of. Each card is true of the model's state when it is shown (tests check
// every card both ways, on several seeds); the app words them.

#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

#include "bistro/sim/capacity.hpp"
#include "bistro/sim/entities.hpp"
#include "bistro/sim/run_statistics.hpp"

namespace bistro {

class Restaurant;

/// The kinds of card, each a lesson of the seed essay.
enum class InsightKind : std::uint8_t {
    blocked_at_pass,     ///< sync waiters spend much of their time blocked: try async
    kitchen_bottleneck,  ///< the cooks are nearly always busy: async cannot cook faster
    own_work,            ///< the waiters' own (CPU-bound) work dominates: async brings nothing
    queue_grows,         ///< guests arrive faster than the staff can serve them (rho > 1)
};

/// What a card's "show me" points at on the floor.
struct InsightFocus {
    std::vector<int> waiters;  ///< waiter ids (those blocked, or making drinks, now)
    bool kitchen = false;
    bool door = false;
    friend bool operator==(const InsightFocus&, const InsightFocus&) = default;
};

/// One card: its kind and the numbers its sentence needs.
struct Insight {
    InsightKind kind = InsightKind::blocked_at_pass;
    Policy policy = Policy::synchronous;
    /// blocked_at_pass: the waiters' share of time blocked; kitchen_bottleneck: the
    /// cooks' busy share; own_work: the own work's share of the waiters' busy time;
    /// queue_grows: the bottleneck's rho. Over the tracker's recent window.
    double share = 0.0;
    Load load;                    ///< queue_grows: the resource that cannot keep up
    bool kitchen_limits = false;  ///< queue_grows: the kitchen (else the waiters) limits
    bool patient = false;         ///< queue_grows: guests wait for ever (else some give up)
    std::uint64_t lost = 0;       ///< queue_grows: parties lost so far
    InsightFocus focus;
};

/// Shares of the waiters' and the cooks' time over a recent stretch of the run.
struct RecentShares {
    double observed = 0.0;  ///< seconds the shares cover
    StateTimes waiters{};   ///< share of the waiters' present time in each state
    double cooks_busy = 0.0;
    double waiter(WaiterState s) const { return waiters[static_cast<std::size_t>(s)]; }
};

/// Follows one restaurant as its clock moves and says which cards hold. Shares
/// are measured over the last `window` seconds, and only once `min_observed`
/// seconds have been seen since the start or the last change of a parameter, so
/// no card flickers at t = 0; each card appears above one threshold and goes
/// below a lower one (hysteresis). Time going backwards (a seek) starts afresh.
class InsightTracker {
  public:
    struct Settings {
        double window = 1800.0;       ///< seconds of the recent past the shares cover
        double min_observed = 600.0;  ///< before this, no card that rests on shares
        double sample_every = 30.0;   ///< seconds between kept samples
    };
    InsightTracker() = default;
    explicit InsightTracker(Settings settings) : settings_(settings) {}

    /// Looks at the restaurant now; returns the cards that hold, most urgent first.
    const std::vector<Insight>& update(const Restaurant& r);
    const std::vector<Insight>& cards() const { return cards_; }
    /// The recent shares, if enough time has been observed.
    const std::optional<RecentShares>& recent() const { return recent_; }
    /// The offered loads at the last update.
    const Loads& loads() const { return loads_; }
    void reset();

  private:
    struct Sample {
        double time = 0.0;
        StateTimes waiters{};
        double cooks_busy = 0.0, cooks_present = 0.0;
    };
    static Sample sample_of(const Restaurant& r);
    void follow(const Restaurant& r);
    std::optional<RecentShares> shares(const Sample& now) const;
    bool holds(InsightKind kind, bool now_on, bool now_off);
    void judge(const Restaurant& r);
    void judge_shares(const Restaurant& r, const RecentShares& s);
    void judge_load(const Restaurant& r);
    /// A card about the waiters in state `waiters` (all if none is), or else the kitchen.
    void add(const Restaurant& r, InsightKind kind, double share,
             std::optional<WaiterState> waiters);

    Settings settings_;
    std::deque<Sample> samples_;
    std::size_t changes_seen_ = 0;
    double stats_start_ = 0.0;
    std::optional<RecentShares> recent_;
    Loads loads_;
    PassTimeCache pass_time_;         // the loads are asked for every frame
    std::vector<InsightKind> shown_;  ///< cards on at the last update (for hysteresis)
    std::vector<Insight> cards_;
};

}  // namespace bistro
