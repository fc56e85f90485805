#pragma once
// Streaming statistics with bounded memory: however long a run goes, each
// estimator keeps a fixed number of numbers.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <vector>

namespace bistro {

/// Log-linear histogram of non-negative values: 64 linear bins per power of two
/// above 0.01, so any quantile is known to within 1.6 % of its value. Fixed size.
class Histogram {
  public:
    static constexpr double floor_value = 0.01;
    static constexpr int bins_per_octave = 64;  // 2^6: the top 6 mantissa bits
    static constexpr int octaves = 36;
    static constexpr int bin_count = 1 + bins_per_octave * octaves;

    void add(double v) {
        ++bins_[static_cast<std::size_t>(index_of(v))];
        ++count_;
    }
    /// Value below which a fraction q of the observations lie (bin midpoint).
    double quantile(double q) const;
    std::uint64_t count() const { return count_; }
    void clear();
    /// Lower edge of bin i, for drawing.
    static double bin_low(int i);
    std::uint32_t bin(int i) const { return bins_[static_cast<std::size_t>(i)]; }

  private:
    static int index_of(double v) {
        const double x = v * (1.0 / floor_value);
        // x = 1.m * 2^e: the exponent picks the octave, the top mantissa bits the bin.
        // Selected, not branched: whether a wait is below 0.01 s (zero) is data.
        const auto bits = std::bit_cast<std::uint64_t>(x);
        const int octave = std::min(static_cast<int>(bits >> 52) - 1023, octaves);
        const int sub = static_cast<int>((bits >> (52 - 6)) & (bins_per_octave - 1));
        const int index = std::min(1 + octave * bins_per_octave + sub, bin_count - 1);
        return x >= 1.0 ? index : 0;  // also NaN and negatives to 0
    }
    std::array<std::uint32_t, bin_count> bins_{};
    std::uint64_t count_ = 0;
};

/// Count, mean, variance, extremes and quantiles of observations. Sums are kept
/// shifted by the first observation, which keeps the variance accurate without
/// a division per observation.
class Tally {
  public:
    void add(double v) {
        if (n_ == 0) {
            shift_ = min_ = max_ = v;
        } else {
            min_ = std::min(min_, v);
            max_ = std::max(max_, v);
        }
        ++n_;
        positive_ += v > 0.0;
        const double d = v - shift_;
        sum_ += d;
        sum2_ += d * d;
        hist_.add(v);
    }
    std::uint64_t count() const { return n_; }
    /// How many observations were above zero (a wait that was a wait).
    std::uint64_t positive() const { return positive_; }
    double sum() const { return shift_ * static_cast<double>(n_) + sum_; }
    double mean() const { return n_ ? shift_ + sum_ / static_cast<double>(n_) : 0.0; }
    double variance() const {
        if (n_ < 2) return 0.0;
        const double n = static_cast<double>(n_);
        return std::max(0.0, (sum2_ - sum_ * sum_ / n) / (n - 1));
    }
    double min() const { return n_ ? min_ : 0.0; }
    double max() const { return n_ ? max_ : 0.0; }
    /// Clamped to [min, max], so a single observation gives itself exactly.
    double quantile(double q) const;
    const Histogram& histogram() const { return hist_; }
    void clear();

  private:
    std::uint64_t n_ = 0, positive_ = 0;
    double shift_ = 0.0, sum_ = 0.0, sum2_ = 0.0, min_ = 0.0, max_ = 0.0;
    Histogram hist_;
};

/// Time-weighted average of a piecewise-constant quantity (a queue length).
class TimeWeighted {
  public:
    void set(double now, double value) {
        area_ += value_ * (now - since_);
        since_ = now;
        value_ = value;
        max_ = std::max(max_, value);  // selected, not branched: whether it is a new high is data
    }
    void add(double now, double delta) { set(now, value_ + delta); }
    double value() const { return value_; }
    double max() const { return max_; }
    double area(double now) const { return area_ + value_ * (now - since_); }
    double mean(double now) const { return now > start_ ? area(now) / (now - start_) : value_; }
    /// Forget the past but keep the current value: used at the end of the warm-up.
    void restart(double now) {
        area_ = 0.0;
        since_ = start_ = now;
        max_ = value_;
    }

  private:
    double value_ = 0.0, area_ = 0.0, since_ = 0.0, start_ = 0.0, max_ = 0.0;
};

/// A named number of a run's summary, e.g. {"wait_food.mean", "s", 312.5}.
struct Metric {
    std::string name;
    std::string unit;
    double value = 0.0;
};

}  // namespace bistro
