// Engine speed: events and parties per second on one core (Google Benchmark).
// Targets (issue #2): > 10 M events/s, > 1 M parties/s on the reduced
// restaurant, an 8-hour busy service in < 5 ms.
#include <benchmark/benchmark.h>

#include "../tests/sim/scenarios.hpp"
#include "bistro/sim/calendar.hpp"
#include "bistro/sim/random.hpp"
#include "bistro/sim/restaurant.hpp"

namespace {

using namespace bistro;

void run(benchmark::State& state, const Scenario& scenario) {
    std::uint64_t events = 0, parties = 0;
    std::uint64_t seed = 1;
    for (auto _ : state) {
        Scenario s = scenario;
        s.seed = seed++;
        Restaurant r(std::move(s));
        r.run_until(r.end_time());
        events += r.events();
        parties += r.snapshot().arrived;
        benchmark::DoNotOptimize(r.statistics().served);
    }
    state.counters["events/s"] =
        benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
    state.counters["parties/s"] =
        benchmark::Counter(static_cast<double>(parties), benchmark::Counter::kIsRate);
    state.counters["events/party"] = static_cast<double>(events) / static_cast<double>(parties);
}

Policy policy_of(const benchmark::State& state) {
    return state.range(0) == 0 ? Policy::synchronous : Policy::asynchronous;
}

// (a) The lunch rush: the full model, walking, menus, meals and bills.
void LunchRush(benchmark::State& state) {
    Scenario s = testing::lunch_rush(policy_of(state));
    s.duration = 1000 * 3600.0;
    run(state, s);
}
BENCHMARK(LunchRush)->Arg(0)->Arg(1)->ArgName("async")->Unit(benchmark::kMillisecond);

// (b) The restaurant reduced to its bones (see tests/sim/scenarios.hpp).
void Reduced(benchmark::State& state) {
    Scenario s = testing::reduced(policy_of(state));
    s.duration = 10000 * 3600.0;
    run(state, s);
}
BENCHMARK(Reduced)->Arg(0)->Arg(1)->ArgName("async")->Unit(benchmark::kMillisecond);

// An 8-hour service of a busy restaurant: 60 parties/h, 4 waiters, 4 cooks.
void BusyEightHourService(benchmark::State& state) {
    Scenario s = testing::lunch_rush(policy_of(state));
    s.duration = 8 * 3600.0;
    s.rate_per_hour = 60;
    s.waiters = 4;
    s.cooks = 4;
    s.tables_for_two = 20;
    s.tables_for_four = 20;
    run(state, s);
}
BENCHMARK(BusyEightHourService)->Arg(0)->Arg(1)->ArgName("async")->Unit(benchmark::kMillisecond);

// Reference: a bare heap event loop (each event schedules one more), the ceiling.
void BareCalendar(benchmark::State& state) {
    Calendar c;
    Rng rng(1, Stream::arrivals);
    for (int i = 0; i < 64; ++i) c.schedule(rng.uniform01(), 0, 0);
    std::uint64_t events = 0;
    for (auto _ : state) {
        const Event e = c.pop();
        c.schedule(e.time() + rng.uniform01(), 0, 0);
        ++events;
    }
    state.counters["events/s"] =
        benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}
BENCHMARK(BareCalendar);

}  // namespace

BENCHMARK_MAIN();
