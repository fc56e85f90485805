#include "bistro/sim/replications.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "bistro/sim/random.hpp"
#include "bistro/sim/restaurant.hpp"

namespace bistro {

namespace {
// Continued fraction for the regularised incomplete beta function (Lentz's method).
double beta_fraction(double a, double b, double x) {
    constexpr double tiny = 1e-300;
    double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::abs(d) < tiny) d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 300; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + aa * d;
        c = 1.0 + aa / c;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = std::abs(c) < tiny ? tiny : c;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + aa * d;
        c = 1.0 + aa / c;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = std::abs(c) < tiny ? tiny : c;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < 1e-15) break;
    }
    return h;
}

double incomplete_beta(double a, double b, double x) {
    if (x <= 0.0) return 0.0;
    if (x >= 1.0) return 1.0;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                  a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0)) return front * beta_fraction(a, b, x) / a;
    return 1.0 - front * beta_fraction(b, a, 1.0 - x) / b;
}

double student_t_cdf(double t, int df) {
    const double v = df;
    const double tail = 0.5 * incomplete_beta(v / 2.0, 0.5, v / (v + t * t));
    return t >= 0.0 ? 1.0 - tail : tail;
}
}  // namespace

double student_t_quantile(double p, int df) {
    if (df < 1 || !(p > 0.0 && p < 1.0))
        throw std::invalid_argument("student_t_quantile: bad arguments");
    if (p < 0.5) return -student_t_quantile(1.0 - p, df);
    double lo = 0.0, hi = 1.0;
    while (student_t_cdf(hi, df) < p) hi *= 2.0;
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (student_t_cdf(mid, df) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

Estimate estimate(const std::vector<double>& xs, double confidence) {
    Estimate e;
    e.n = static_cast<int>(xs.size());
    if (xs.empty()) return e;
    double sum = 0.0;
    for (double x : xs) sum += x;
    e.mean = sum / e.n;
    if (e.n < 2) return e;
    double ss = 0.0;
    for (double x : xs) ss += (x - e.mean) * (x - e.mean);
    e.sd = std::sqrt(ss / (e.n - 1));
    e.half_width = student_t_quantile(0.5 + confidence / 2.0, e.n - 1) * e.sd / std::sqrt(e.n);
    return e;
}

std::uint64_t replication_seed(std::uint64_t seed, int r) {
    if (r == 0) return seed;
    return mix64(seed ^ mix64(static_cast<std::uint64_t>(Stream::replication) << 32 |
                              static_cast<std::uint64_t>(r)));
}

std::size_t Replications::index(const std::string& name) const {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return i;
    throw std::out_of_range("no metric named '" + name + "'");
}

Estimate Replications::estimate(const std::string& name, double confidence) const {
    return bistro::estimate(of(name), confidence);
}

void run_to_end(Restaurant& restaurant, RunWatch* watch) {
    if (!watch) return restaurant.run_until(restaurant.end_time());
    // Ten simulated minutes a slice: a few milliseconds of work at the most a scenario allows.
    constexpr double slice = 600.0;
    while (restaurant.now() < restaurant.end_time()) {
        if (watch->stopping()) throw RunStopped();
        const double from = restaurant.now();
        restaurant.run_until(std::min(restaurant.end_time(), from + slice));
        watch->advance(restaurant.now() - from);
    }
}

void parallel_for(int count, int jobs, const std::function<void(int)>& body,
                  const std::function<void(int)>& progress) {
    std::atomic<int> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex lock;
    int done = 0;
    auto worker = [&] {
        for (int i; !failed && (i = next++) < count;) {
            try {
                body(i);
            } catch (...) {
                std::lock_guard guard(lock);
                if (!failed.exchange(true)) failure = std::current_exception();
            }
            if (progress) {
                std::lock_guard guard(lock);
                progress(++done);
            }
        }
    };
    const int threads = std::max(1, std::min(jobs, count));
    {
        std::vector<std::jthread> pool;
        for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
        worker();
    }
    if (failure) std::rethrow_exception(failure);
}

namespace {
/// The replications, the watch told only how far they get (callers say how far they go).
Replications replicate(const Scenario& scenario, int count, int jobs,
                       const std::vector<ParameterChange>& changes, RunWatch* watch) {
    if (count < 1) throw std::invalid_argument("replications: must be at least 1");
    std::vector<std::vector<Metric>> results(static_cast<std::size_t>(count));
    parallel_for(count, jobs, [&](int r) {
        Scenario s = scenario;
        s.seed = replication_seed(scenario.seed, r);
        Restaurant restaurant(std::move(s));
        for (const auto& c : changes) restaurant.schedule(c);
        run_to_end(restaurant, watch);
        results[static_cast<std::size_t>(r)] = restaurant.metrics();
    });
    Replications out;
    for (const Metric& m : results.front()) {
        out.names.push_back(m.name);
        out.units.push_back(m.unit);
    }
    out.values.assign(out.names.size(), std::vector<double>(static_cast<std::size_t>(count)));
    for (std::size_t r = 0; r < results.size(); ++r)
        for (std::size_t i = 0; i < out.names.size(); ++i) out.values[i][r] = results[r][i].value;
    return out;
}

}  // namespace

Replications run_replications(const Scenario& scenario, int count, int jobs,
                              const std::vector<ParameterChange>& changes, RunWatch* watch) {
    if (watch) watch->expect(count * scenario.duration);
    return replicate(scenario, count, jobs, changes, watch);
}

PairedComparison compare_paired(const Scenario& a, const Scenario& b, int count, int jobs,
                                const std::vector<ParameterChange>& changes_a,
                                const std::vector<ParameterChange>& changes_b, RunWatch* watch) {
    if (watch) watch->expect(count * (a.duration + b.duration));
    PairedComparison c{replicate(a, count, jobs, changes_a, watch),
                       replicate(b, count, jobs, changes_b, watch),
                       {}};
    for (std::size_t i = 0; i < c.a.names.size(); ++i) {
        std::vector<double> diff(c.a.values[i].size());
        for (std::size_t r = 0; r < diff.size(); ++r) diff[r] = c.b.values[i][r] - c.a.values[i][r];
        c.difference.push_back(estimate(diff));
    }
    return c;
}

}  // namespace bistro
