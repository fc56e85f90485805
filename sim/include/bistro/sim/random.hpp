#pragma once
// Owned, named randomness. Every random number of a run is a pure function of
// (seed, purpose, entity, draw index), so a policy change can never shift which
// customer gets which cook time: the common random numbers of a fair comparison.

#include <cstdint>
#include <optional>
#include <pcg_random.hpp>
#include <string>
#include <utility>
#include <vector>

#include "bistro/sim/words.hpp"

namespace bistro {

/// One independent stream per random purpose. The numeric values are part of
/// the determinism contract: changing them changes every trace.
enum class Stream : std::uint32_t {
    arrivals = 1,
    party_size,
    patience,
    menu_reading,
    order_taking,
    own_work,
    dish_choice,
    cook_time,
    burn,
    delivery,
    eating,
    billing,
    context_switch,
    replication,
};

/// SplitMix64 finaliser: a well-mixed 64-bit hash of a 64-bit value.
constexpr std::uint64_t mix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// A PCG32 generator for one purpose and one entity (a party, a dish, ...).
/// Same arguments, same numbers, with any compiler: all sampling code is ours.
class Rng {
  public:
    Rng(std::uint64_t seed, Stream stream, std::uint64_t entity = 0)
        : Rng(Mixed{mix64(seed)}, stream, entity) {}

    /// A seed already passed through mix64 (saves the mixing when drawing often).
    struct Mixed {
        std::uint64_t value;
    };
    Rng(Mixed seed, Stream stream, std::uint64_t entity)
        : gen_(seed.value,
               mix64(static_cast<std::uint64_t>(stream) * 0x100000001B3ull ^ mix64(entity))) {}

    std::uint32_t next_u32() { return gen_(); }
    /// Two outputs, the first in the high half. (In one expression the order of
    /// the two calls would be the compiler's choice.)
    std::uint64_t next_u64() {
        const std::uint64_t high = gen_();
        return (high << 32) | gen_();
    }
    /// Uniform on [0, 1) with 53 random bits.
    double uniform01() {
        const std::uint64_t hi = gen_() >> 5;  // 27 bits
        const std::uint64_t lo = gen_() >> 6;  // 26 bits
        return static_cast<double>((hi << 26) | lo) * 0x1.0p-53;
    }
    /// Uniform on (0, 1]: safe to take the logarithm of.
    double uniform_open0() { return 1.0 - uniform01(); }
    bool bernoulli(double p) { return uniform01() < p; }
    /// Standard normal, by the ziggurat method: 64 random bits for about 99 % of draws.
    double standard_normal();
    /// Exponential with mean 1, by the ziggurat method, like standard_normal().
    double standard_exponential();

  private:
    // The rare cases of the two ziggurats, out of line so the common one stays lean.
    [[gnu::noinline]] double standard_normal_beyond(std::uint64_t bits);
    [[gnu::noinline]] double standard_exponential_beyond(std::uint64_t bits);
    pcg32 gen_;
};

/// A probability distribution of durations (seconds) or other non-negative values.
/// Parameters are the ones a person states: means and spreads, not internals.
class Distribution {
  public:
    enum class Kind : std::uint8_t { fixed, exponential, uniform, triangular, normal, lognormal };

    Distribution() = default;
    static Distribution fixed(double value);
    static Distribution exponential(double mean);
    static Distribution uniform(double low, double high);
    static Distribution triangular(double low, double mode, double high);
    /// Normal truncated at zero (negative draws are redrawn).
    static Distribution normal(double mean, double sd);
    /// Lognormal with the given mean and standard deviation of the value itself.
    static Distribution lognormal(double mean, double sd);

    Kind kind() const { return kind_; }
    /// The parameters as constructed: (value), (mean), (low, high), (low, mode, high), (mean, sd).
    const std::vector<double>& parameters() const { return params_; }

    double sample(Rng& rng) const;
    /// Exact mean of the distribution (of the truncated normal: its untruncated mean).
    double mean() const;
    /// Exact variance (of the truncated normal: its untruncated variance).
    double variance() const;
    /// The same shape with every value multiplied by factor (> 0): the mean scales by factor.
    Distribution scaled(double factor) const;
    /// Nothing when valid, otherwise what is wrong ("the mean must be > 0").
    std::optional<Words> problem() const;
    /// "lognormal(12m, 3m)": the syntax of scenario files.
    std::string describe() const;
    /// Always the same value (fixed): sampling it needs no generator.
    bool is_certain() const { return kind_ == Kind::fixed; }
    double certain_value() const { return params_[0]; }
    bool is_zero() const { return is_certain() && params_[0] == 0.0; }

    friend bool operator==(const Distribution&, const Distribution&) = default;

  private:
    Distribution(Kind kind, std::vector<double> params);
    Kind kind_ = Kind::fixed;
    std::vector<double> params_{0.0};
    double mu_ = 0.0;     // lognormal: mean of log
    double sigma_ = 0.0;  // lognormal: sd of log
};

/// A discrete distribution over integers with weights (party sizes, menu shares).
class Discrete {
  public:
    Discrete() = default;
    /// Weights need not be normalised here; validation checks they sum to 1 where required.
    explicit Discrete(std::vector<std::pair<int, double>> weights);

    int sample(Rng& rng) const;
    /// True when only one value has a weight: sample() then returns it without
    /// looking at the generator (so a caller may skip making one).
    bool is_certain() const { return certain_; }
    int certain_value() const { return max_value(); }
    double mean() const;
    int max_value() const;
    const std::vector<std::pair<int, double>>& weights() const { return weights_; }
    double total_weight() const { return total_; }
    /// Nothing when valid, otherwise what is wrong ("weights must be >= 0").
    std::optional<Words> problem() const;

    friend bool operator==(const Discrete& a, const Discrete& b) {
        return a.weights_ == b.weights_;
    }

  private:
    std::vector<std::pair<int, double>> weights_;
    std::vector<double> cumulative_;
    double total_ = 0.0;
    bool certain_ = false;
};

/// "90s", "12m", "1h30m"-style rendering of a duration in seconds.
std::string format_duration(double seconds);

}  // namespace bistro
