#include "bistro/sim/random.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace bistro {

double Rng::standard_normal() {
    // Inversion with Wichura's AS241 (accurate to about 1e-16): one uniform per
    // normal, no rejection, and only arithmetic in the central 85 % of draws.
    return normal_quantile(uniform_open0() - 0x1.0p-54);
}

double normal_quantile(double p) {
    const double q = p - 0.5;
    if (std::abs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        const double num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r +
                                 6.7265770927008700853e+4) *
                                    r +
                                4.5921953931549871457e+4) *
                                   r +
                               1.3731693765509461125e+4) *
                                  r +
                              1.9715909503065514427e+3) *
                                 r +
                             1.3314166789178437745e+2) *
                                r +
                            3.3871328727963666080e+0) *
                           q;
        const double den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r +
                                 3.9307895800092710610e+4) *
                                    r +
                                2.1213794301586595867e+4) *
                                   r +
                               5.3941960214247511077e+3) *
                                  r +
                              6.8718700749205790830e+2) *
                                 r +
                             4.2313330701600911252e+1) *
                                r +
                            1.0);
        return num / den;
    }
    double r = std::sqrt(-std::log(q < 0.0 ? p : 1.0 - p));
    double num, den;
    if (r <= 5.0) {
        r -= 1.6;
        num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r +
                    2.41780725177450611770e-1) *
                       r +
                   1.27045825245236838258e+0) *
                      r +
                  3.64784832476320460504e+0) *
                     r +
                 5.76949722146069140550e+0) *
                    r +
                4.63033784615654529590e+0) *
                   r +
               1.42343711074968357734e+0);
        den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r +
                    1.51986665636164571966e-2) *
                       r +
                   1.48103976427480074590e-1) *
                      r +
                  6.89767334985100004550e-1) *
                     r +
                 1.67638483018380384940e+0) *
                    r +
                2.05319162663775882187e+0) *
                   r +
               1.0);
    } else {
        r -= 5.0;
        num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r +
                    1.24266094738807843860e-3) *
                       r +
                   2.65321895265761230930e-2) *
                      r +
                  2.96560571828504891230e-1) *
                     r +
                 1.78482653991729133580e+0) *
                    r +
                5.46378491116411436990e+0) *
                   r +
               6.65790464350110377720e+0);
        den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r +
                    1.84631831751005468180e-5) *
                       r +
                   7.86869131145613259100e-4) *
                      r +
                  1.48753612908506148525e-2) *
                     r +
                 1.36929880922735805310e-1) *
                    r +
                5.99832206555887937690e-1) *
                   r +
               1.0);
    }
    const double x = num / den;
    return q < 0.0 ? -x : x;
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
            return -p[0] * std::log(rng.uniform_open0());
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

std::string Distribution::problem() const {
    for (double v : params_)
        if (!std::isfinite(v)) return "parameters must be finite numbers";
    const auto& p = params_;
    switch (kind_) {
        case Kind::fixed:
            return p[0] < 0.0 ? "the value must be >= 0" : "";
        case Kind::exponential:
            return p[0] <= 0.0 ? "the mean must be > 0" : "";
        case Kind::uniform:
            if (p[0] < 0.0) return "the low end must be >= 0";
            return p[1] < p[0] ? "the high end must be >= the low end" : "";
        case Kind::triangular:
            if (p[0] < 0.0) return "the low end must be >= 0";
            return (p[1] < p[0] || p[2] < p[1]) ? "needs low <= mode <= high" : "";
        case Kind::normal:
            if (p[1] < 0.0) return "the standard deviation must be >= 0";
            return (p[0] < 0.0 || (p[1] > 0.0 && p[0] < -3.0 * p[1])) ? "the mean must be >= 0"
                                                                      : "";
        case Kind::lognormal:
            if (p[0] <= 0.0) return "the mean must be > 0";
            return p[1] < 0.0 ? "the standard deviation must be >= 0" : "";
    }
    return "";
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
}

int Discrete::sample(Rng& rng) const {
    const double u = rng.uniform01() * total_;
    for (std::size_t i = 0; i < cumulative_.size(); ++i)
        if (u < cumulative_[i]) return weights_[i].first;
    return weights_.back().first;
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

std::string Discrete::problem() const {
    if (weights_.empty()) return "needs at least one entry";
    for (const auto& [value, weight] : weights_) {
        if (!std::isfinite(weight) || weight < 0.0) return "weights must be >= 0";
    }
    if (total_ <= 0.0) return "weights must not all be zero";
    return "";
}

}  // namespace bistro
