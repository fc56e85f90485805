#include "bistro/sim/random.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace bistro {

namespace {

// The ziggurat method of Marsaglia and Tsang (2000): the area under a decreasing
// density f on [0, inf) cut into 256 layers of equal area, so that about 99 % of
// draws cost one table lookup, one multiplication and one comparison. The
// layers are computed once from r, where the tail starts, and never change.
struct Ziggurat {
    static constexpr std::size_t layers = 256;
    double r = 0.0;
    std::array<double, layers + 1> x{};  // right edge of each layer, x[1] = r
    std::array<double, layers + 1> f{};  // f(x[i])

    // tail: the area under f beyond r; inverse: f^-1.
    template <class Density, class Inverse>
    Ziggurat(double start, double tail, Density density, Inverse inverse) : r(start) {
        const double area = r * density(r) + tail;  // base rectangle plus tail
        x[0] = area / density(r);                   // the base layer as a rectangle
        x[1] = r;
        for (std::size_t i = 1; i + 1 < layers; ++i)
            x[i + 1] = inverse(area / x[i] + density(x[i]));
        x[layers] = 0.0;
        for (std::size_t i = 0; i <= layers; ++i) f[i] = density(x[i]);
    }

    // A draw's 64 bits: the layer in the low 8, 53 uniform bits from bit 11 up.
    static std::size_t layer_of(std::uint64_t bits) { return bits & 0xFF; }
    /// The candidate value: a uniform point across its layer's width.
    double candidate(std::uint64_t bits) const {
        return static_cast<double>(bits >> 11) * 0x1.0p-53 * x[layer_of(bits)];
    }
    /// Certainly under the curve: most draws end here.
    bool inside(std::uint64_t bits, double v) const { return v < x[layer_of(bits) + 1]; }
    /// In the wedge between the layer's rectangle and the curve: under f? (One
    /// more uniform.)
    template <class Density>
    bool under_curve(std::uint64_t bits, double v, Rng& rng, Density density) const {
        const std::size_t layer = layer_of(bits);
        return f[layer] + rng.uniform01() * (f[layer + 1] - f[layer]) < density(v);
    }
};

double half_normal_density(double v) {
    return std::exp(-0.5 * v * v);
}
double exponential_density(double v) {
    return std::exp(-v);
}

const Ziggurat& normal_ziggurat() {
    static const Ziggurat table(
        3.6541528853610088,
        std::sqrt(std::acos(-1.0) / 2.0) * std::erfc(3.6541528853610088 / std::sqrt(2.0)),
        half_normal_density, [](double y) { return std::sqrt(-2.0 * std::log(y)); });
    return table;
}

const Ziggurat& exponential_ziggurat() {
    static const Ziggurat table(7.69711747013104972, std::exp(-7.69711747013104972),
                                exponential_density, [](double y) { return -std::log(y); });
    return table;
}

}  // namespace

// Both samplers: the common case inline and lean (no registers to save), the
// rest - wedges, the tail, a rejected point - in a function of its own.

double Rng::standard_normal() {
    // Bit 8 is the sign: it becomes the sign bit (63) of v, with no branch on it.
    const std::uint64_t bits = next_u64();
    const Ziggurat& z = normal_ziggurat();
    const double v = z.candidate(bits);
    if (z.inside(bits, v))
        return std::bit_cast<double>(std::bit_cast<std::uint64_t>(v) ^ ((bits & 0x100) << 55));
    return standard_normal_beyond(bits);
}

double Rng::standard_normal_beyond(std::uint64_t bits) {
    const Ziggurat& z = normal_ziggurat();
    for (;; bits = next_u64()) {
        const double sign = (bits & 0x100) != 0 ? -1.0 : 1.0;
        const double v = z.candidate(bits);
        if (z.inside(bits, v)) return sign * v;
        if (Ziggurat::layer_of(bits) == 0) {
            // Beyond r, by Marsaglia's method (1964).
            double a, b;
            do {
                a = -std::log(uniform_open0()) / z.r;
                b = -std::log(uniform_open0());
            } while (b + b < a * a);
            return sign * (z.r + a);
        }
        if (z.under_curve(bits, v, *this, half_normal_density)) return sign * v;
    }
}

double Rng::standard_exponential() {
    const std::uint64_t bits = next_u64();
    const Ziggurat& z = exponential_ziggurat();
    const double v = z.candidate(bits);
    return z.inside(bits, v) ? v : standard_exponential_beyond(bits);
}

double Rng::standard_exponential_beyond(std::uint64_t bits) {
    const Ziggurat& z = exponential_ziggurat();
    for (;; bits = next_u64()) {
        const double v = z.candidate(bits);
        if (z.inside(bits, v)) return v;
        if (Ziggurat::layer_of(bits) == 0)
            return z.r - std::log(uniform_open0());  // memoryless: r plus an Exp(1)
        if (z.under_curve(bits, v, *this, exponential_density)) return v;
    }
}

Distribution::Distribution(Kind kind, std::vector<double> params)
    : kind_(kind), params_(std::move(params)) {
    if (kind_ == Kind::lognormal && params_[0] > 0.0) {
        const double m = params_[0];
        const double s = params_[1];
        sigma_ = std::sqrt(std::log1p((s * s) / (m * m)));
        mu_ = std::log(m) - 0.5 * sigma_ * sigma_;
    }
}

Distribution Distribution::fixed(double value) {
    return {Kind::fixed, {value}};
}
Distribution Distribution::exponential(double mean) {
    return {Kind::exponential, {mean}};
}
Distribution Distribution::uniform(double low, double high) {
    return {Kind::uniform, {low, high}};
}
Distribution Distribution::triangular(double low, double mode, double high) {
    return {Kind::triangular, {low, mode, high}};
}
Distribution Distribution::normal(double mean, double sd) {
    return {Kind::normal, {mean, sd}};
}
Distribution Distribution::lognormal(double mean, double sd) {
    return {Kind::lognormal, {mean, sd}};
}

double Distribution::sample(Rng& rng) const {
    const auto& p = params_;
    switch (kind_) {
        case Kind::fixed:
            return p[0];
        case Kind::exponential:
            return p[0] * rng.standard_exponential();
        case Kind::uniform:
            return p[0] + (p[1] - p[0]) * rng.uniform01();
        case Kind::triangular: {
            const double u = rng.uniform01();
            const double span = p[2] - p[0];
            if (span <= 0.0) return p[0];
            const double cut = (p[1] - p[0]) / span;
            return u < cut ? p[0] + std::sqrt(u * span * (p[1] - p[0]))
                           : p[2] - std::sqrt((1.0 - u) * span * (p[2] - p[1]));
        }
        case Kind::normal: {
            if (p[1] == 0.0) return std::max(0.0, p[0]);
            for (int attempt = 0; attempt < 1000; ++attempt) {
                const double x = p[0] + p[1] * rng.standard_normal();
                if (x >= 0.0) return x;
            }
            return 0.0;  // mean far below zero: validation rejects such parameters
        }
        case Kind::lognormal:
            if (sigma_ == 0.0) return p[0];
            return std::exp(mu_ + sigma_ * rng.standard_normal());
    }
    return 0.0;
}

double Distribution::mean() const {
    const auto& p = params_;
    switch (kind_) {
        case Kind::fixed:
        case Kind::exponential:
        case Kind::normal:
        case Kind::lognormal:
            return p[0];
        case Kind::uniform:
            return 0.5 * (p[0] + p[1]);
        case Kind::triangular:
            return (p[0] + p[1] + p[2]) / 3.0;
    }
    return 0.0;
}

double Distribution::variance() const {
    const auto& p = params_;
    switch (kind_) {
        case Kind::fixed:
            return 0.0;
        case Kind::exponential:
            return p[0] * p[0];
        case Kind::uniform:
            return (p[1] - p[0]) * (p[1] - p[0]) / 12.0;
        case Kind::triangular:
            return (p[0] * p[0] + p[1] * p[1] + p[2] * p[2] - p[0] * p[1] - p[0] * p[2] -
                    p[1] * p[2]) /
                   18.0;
        case Kind::normal:
        case Kind::lognormal:
            return p[1] * p[1];
    }
    return 0.0;
}

Distribution Distribution::scaled(double factor) const {
    std::vector<double> params = params_;
    for (double& v : params) v *= factor;
    return {kind_, std::move(params)};
}

std::optional<Words> Distribution::problem() const {
    for (double v : params_)
        if (!std::isfinite(v)) return BISTRO_PHRASE("Problem", "parameters must be finite numbers");
    const auto& p = params_;
    switch (kind_) {
        case Kind::fixed:
            if (p[0] < 0.0) return BISTRO_PHRASE("Problem", "the value must be >= 0");
            break;
        case Kind::exponential:
            if (p[0] <= 0.0) return BISTRO_PHRASE("Problem", "the mean must be > 0");
            break;
        case Kind::uniform:
            if (p[0] < 0.0) return BISTRO_PHRASE("Problem", "the low end must be >= 0");
            if (p[1] < p[0]) return BISTRO_PHRASE("Problem", "the high end must be >= the low end");
            break;
        case Kind::triangular:
            if (p[0] < 0.0) return BISTRO_PHRASE("Problem", "the low end must be >= 0");
            if (p[1] < p[0] || p[2] < p[1])
                return BISTRO_PHRASE("Problem", "needs low <= mode <= high");
            break;
        case Kind::normal:
            if (p[1] < 0.0) return BISTRO_PHRASE("Problem", "the standard deviation must be >= 0");
            if (p[0] < 0.0 || (p[1] > 0.0 && p[0] < -3.0 * p[1]))
                return BISTRO_PHRASE("Problem", "the mean must be >= 0");
            break;
        case Kind::lognormal:
            if (p[0] <= 0.0) return BISTRO_PHRASE("Problem", "the mean must be > 0");
            if (p[1] < 0.0) return BISTRO_PHRASE("Problem", "the standard deviation must be >= 0");
            break;
    }
    return std::nullopt;
}

std::string format_duration(double seconds) {
    // The shortest text that reads back as exactly the same number.
    auto shortest = [](double v) {
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
        return std::string(buffer, end);
    };
    if (seconds != 0.0 && std::fmod(seconds, 3600.0) == 0.0)
        return shortest(seconds / 3600.0) + 'h';
    if (seconds != 0.0 && std::fmod(seconds, 60.0) == 0.0) return shortest(seconds / 60.0) + 'm';
    return shortest(seconds) + 's';
}

std::string Distribution::describe() const {
    static constexpr const char* names[] = {"fixed",      "exp",    "uniform",
                                            "triangular", "normal", "lognormal"};
    if (kind_ == Kind::fixed) return format_duration(params_[0]);
    std::string text = names[static_cast<int>(kind_)];
    text += '(';
    for (std::size_t i = 0; i < params_.size(); ++i) {
        if (i > 0) text += ", ";
        text += format_duration(params_[i]);
    }
    return text + ')';
}

Discrete::Discrete(std::vector<std::pair<int, double>> weights) : weights_(std::move(weights)) {
    double sum = 0.0;
    for (const auto& [value, weight] : weights_) {
        sum += weight;
        cumulative_.push_back(sum);
    }
    total_ = sum;
    certain_ = std::count_if(weights_.begin(), weights_.end(),
                             [](const auto& w) { return w.second > 0.0; }) == 1;
}

int Discrete::sample(Rng& rng) const {
    if (certain_) return certain_value();
    const double u = rng.uniform01() * total_;
    // The first entry whose cumulative weight exceeds u: as the sums never
    // decrease, that is the number of sums <= u. Counted without branches, as
    // which entry it is cannot be predicted.
    std::size_t i = 0;
    for (const double c : cumulative_) i += static_cast<std::size_t>(c <= u);
    return weights_[std::min(i, weights_.size() - 1)].first;
}

double Discrete::mean() const {
    double m = 0.0;
    for (const auto& [value, weight] : weights_) m += value * weight;
    return m / total_;
}

int Discrete::max_value() const {
    int m = 0;
    for (const auto& [value, weight] : weights_)
        if (weight > 0.0) m = std::max(m, value);
    return m;
}

std::optional<Words> Discrete::problem() const {
    if (weights_.empty()) return BISTRO_PHRASE("Problem", "needs at least one entry");
    for (const auto& [value, weight] : weights_) {
        if (!std::isfinite(weight) || weight < 0.0)
            return BISTRO_PHRASE("Problem", "weights must be >= 0");
    }
    if (total_ <= 0.0) return BISTRO_PHRASE("Problem", "weights must not all be zero");
    return std::nullopt;
}

}  // namespace bistro
