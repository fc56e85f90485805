#include "bistro/sim/insights.hpp"

#include <algorithm>

#include "bistro/sim/restaurant.hpp"

namespace bistro {

namespace {

// Each card appears above its first threshold and goes below its second.
constexpr double blocked_on = 0.40, blocked_off = 0.30;
constexpr double busy_on = 0.80, busy_off = 0.70;  // blocking hurts only busy waiters
constexpr double waiters_rho = 0.70;  // ... kept busy by the guests: not a passing rush
constexpr double kitchen_on = 0.85, kitchen_off = 0.75;
constexpr double kitchen_rho = 0.80;  // and offered enough work to stay busy: not a passing rush
constexpr double own_on = 0.50, own_off = 0.40;  // own work's share of the busy time
constexpr double own_busy = 0.50;                // waiters busy enough for "more waiters would"
constexpr double own_blocked_max = 0.10;         // nothing to overlap: "async brings nothing"
constexpr double rho_on = 1.05, rho_off = 1.0;

/// The waiters in state `s` now; all waiters if none is.
std::vector<int> waiters_in(const Restaurant& r, WaiterState s) {
    const Snapshot snap = r.snapshot();
    std::vector<int> ids, all;
    for (const WaiterView& w : snap.waiters) {
        all.push_back(w.id);
        if (w.state == s) ids.push_back(w.id);
    }
    return ids.empty() ? all : ids;
}

bool waits_forever(const Restaurant& r) {
    return !r.scenario().patience.has_value();
}

}  // namespace

InsightTracker::Sample InsightTracker::sample_of(const Restaurant& r) {
    const RunStatistics& stats = r.statistics();
    Sample s;
    s.time = r.now();
    for (std::size_t w = 0; w < stats.waiters.size(); ++w) {
        const StateTimes t = stats.waiter_times(w, s.time);
        for (std::size_t k = 0; k < t.size(); ++k) s.waiters[k] += t[k];
    }
    s.cooks_busy = stats.cooks_busy.area(s.time);
    s.cooks_present = stats.cooks_present.area(s.time);
    return s;
}

void InsightTracker::reset() {
    samples_.clear();
    changes_seen_ = 0;
    stats_start_ = 0.0;
    recent_.reset();
    loads_ = {};
    shown_.clear();
    cards_.clear();
}

void InsightTracker::follow(const Restaurant& r) {
    const bool back_in_time = !samples_.empty() && r.now() < samples_.back().time;
    const bool restarted = r.statistics().start != stats_start_;  // the warm-up ended
    if (back_in_time || restarted) reset();
    stats_start_ = r.statistics().start;
    if (r.changes().size() != changes_seen_) {
        // A new setting: what was measured before it says nothing of now.
        samples_.clear();
        std::erase_if(shown_, [](InsightKind k) { return k != InsightKind::queue_grows; });
        changes_seen_ = r.changes().size();
    }
    Sample now = sample_of(r);
    if (samples_.empty() || now.time - samples_.back().time >= settings_.sample_every)
        samples_.push_back(now);
    while (samples_.size() > 2 && now.time - samples_[1].time >= settings_.window)
        samples_.pop_front();
    recent_ = shares(now);
}

std::optional<RecentShares> InsightTracker::shares(const Sample& now) const {
    if (samples_.empty()) return std::nullopt;
    const Sample& then = samples_.front();
    const double observed = now.time - then.time;
    if (observed < settings_.min_observed) return std::nullopt;
    RecentShares s;
    s.observed = observed;
    double total = 0.0;
    for (std::size_t k = 0; k < s.waiters.size(); ++k) total += now.waiters[k] - then.waiters[k];
    for (std::size_t k = 0; k < s.waiters.size(); ++k)
        s.waiters[k] = total > 0.0 ? (now.waiters[k] - then.waiters[k]) / total : 0.0;
    const double present = now.cooks_present - then.cooks_present;
    s.cooks_busy = present > 0.0 ? (now.cooks_busy - then.cooks_busy) / present : 0.0;
    return s;
}

bool InsightTracker::holds(InsightKind kind, bool above_on, bool above_off) {
    const bool was = std::find(shown_.begin(), shown_.end(), kind) != shown_.end();
    return was ? above_off : above_on;
}

const std::vector<Insight>& InsightTracker::update(const Restaurant& r) {
    follow(r);
    loads_ = offered_loads(r, &pass_time_);
    judge(r);
    shown_.clear();
    for (const Insight& c : cards_) shown_.push_back(c.kind);
    return cards_;
}

void InsightTracker::judge(const Restaurant& r) {
    cards_.clear();
    judge_load(r);
    if (recent_) judge_shares(r, *recent_);
}

void InsightTracker::judge_load(const Restaurant& r) {
    const Load& limit = loads_.bottleneck();
    if (!holds(InsightKind::queue_grows, limit.rho >= rho_on, limit.rho >= rho_off)) return;
    Insight c;
    c.kind = InsightKind::queue_grows;
    c.policy = loads_.policy;
    c.share = limit.rho;
    c.load = limit;
    c.kitchen_limits = loads_.kitchen_limits();
    c.patient = waits_forever(r);
    c.lost = r.statistics().lost;
    c.focus.door = true;
    c.focus.kitchen = c.kitchen_limits;
    if (!c.kitchen_limits) c.focus.waiters = waiters_in(r, WaiterState::blocked);
    cards_.push_back(std::move(c));
}

void InsightTracker::judge_shares(const Restaurant& r, const RecentShares& s) {
    const double blocked = s.waiter(WaiterState::blocked);
    const double busy = 1.0 - s.waiter(WaiterState::idle);
    const double own = busy > 0.0 ? s.waiter(WaiterState::making_drinks) / busy : 0.0;
    const bool loaded = loads_.kitchen.rho >= kitchen_rho;
    const bool kitchen =
        holds(InsightKind::kitchen_bottleneck, loaded && s.cooks_busy >= kitchen_on,
              loaded && s.cooks_busy >= kitchen_off);
    // Blocking is the waiters' problem only while the kitchen keeps up: else async
    // would free them to wait for the same cooks.
    const bool blocking =
        r.policy() == Policy::synchronous && !kitchen && loads_.waiters.rho >= waiters_rho &&
        holds(InsightKind::blocked_at_pass, blocked >= blocked_on && busy >= busy_on,
              blocked >= blocked_off && busy >= busy_off);
    if (blocking) add(r, InsightKind::blocked_at_pass, blocked, WaiterState::blocked);
    if (kitchen) add(r, InsightKind::kitchen_bottleneck, s.cooks_busy, std::nullopt);
    if (blocked < own_blocked_max && busy >= own_busy &&
        holds(InsightKind::own_work, own >= own_on, own >= own_off))
        add(r, InsightKind::own_work, own, WaiterState::making_drinks);
}

void InsightTracker::add(const Restaurant& r, InsightKind kind, double share,
                         std::optional<WaiterState> waiters) {
    Insight c;
    c.kind = kind;
    c.policy = r.policy();
    c.share = share;
    if (waiters) c.focus.waiters = waiters_in(r, *waiters);
    c.focus.kitchen = !waiters;
    cards_.push_back(std::move(c));
}

}  // namespace bistro
