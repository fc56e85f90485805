// Durations and distributions as people write them ("1h30m", "lognormal(12m, 3m)"),
// and the typo suggestions that go with their error messages.
#include "distribution_text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "bistro/io/scenario_file.hpp"

namespace bistro {

namespace detail {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::optional<double> parse_number(std::string_view s) {
    s = trim(s);
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Words unknown_key(const std::string& hint) {
    if (hint.empty()) return BISTRO_PHRASE("Problem", "unknown key");
    return BISTRO_PHRASE("Problem", "unknown key (did you mean \"%1\"?)").with({hint});
}

}  // namespace detail

using detail::parse_number;
using detail::trim;

// --- words ---------------------------------------------------------------------------

namespace {
/// Levenshtein distance, ignoring case.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
}  // namespace

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

// --- durations ---------------------------------------------------------------------------

namespace {
/// How many characters of `text` the number at its start takes.
std::size_t number_length(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.'))
        ++i;
    // An exponent, as in 1e-05s: what the shortest round-trip notation may write.
    if (i > 0 && i + 1 < text.size() && (text[i] == 'e' || text[i] == 'E') &&
        (std::isdigit(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '-' ||
         text[i + 1] == '+')) {
        i += 2;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    }
    return i;
}

/// Seconds in one `unit` ("h", "min", "seconds" ...), or nullopt for an unknown unit.
std::optional<double> seconds_per(std::string_view unit) {
    if (unit == "h" || unit == "hour" || unit == "hours") return 3600;
    if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes")
        return 60;
    if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second" || unit == "seconds")
        return 1;
    return std::nullopt;
}
}  // namespace

std::optional<double> parse_duration(std::string_view text) {
    text = trim(text);
    if (text.empty()) return std::nullopt;
    if (auto plain = parse_number(text)) return plain;  // a bare number: seconds
    double total = 0;
    while (!text.empty()) {
        const std::size_t i = number_length(text);
        const auto number = parse_number(text.substr(0, i));
        if (!number || *number < 0) return std::nullopt;
        text = trim(text.substr(i));
        std::size_t j = 0;
        while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
        const auto seconds = seconds_per(text.substr(0, j));
        if (!seconds) return std::nullopt;
        text = trim(text.substr(j));
        total += *number * *seconds;
    }
    return total;
}

// --- distributions -------------------------------------------------------------------------

namespace {
/// One way to write a distribution: its name, how many values it takes, and its maker.
struct Form {
    const char* name;
    std::size_t arity;
    const char* usage;
    Distribution (*make)(const std::vector<double>& args);
};

Distribution exponential_of(const std::vector<double>& a) {
    return Distribution::exponential(a[0]);
}

const Form forms[] = {
    {"fixed", 1, "fixed(value)",
     [](const std::vector<double>& a) { return Distribution::fixed(a[0]); }},
    {"exp", 1, "exp(mean)", exponential_of},
    {"exponential", 1, "exponential(mean)", exponential_of},
    {"uniform", 2, "uniform(low, high)",
     [](const std::vector<double>& a) { return Distribution::uniform(a[0], a[1]); }},
    {"triangular", 3, "triangular(low, mode, high)",
     [](const std::vector<double>& a) { return Distribution::triangular(a[0], a[1], a[2]); }},
    {"normal", 2, "normal(mean, sd)",
     [](const std::vector<double>& a) { return Distribution::normal(a[0], a[1]); }},
    {"lognormal", 2, "lognormal(mean, sd)",
     [](const std::vector<double>& a) { return Distribution::lognormal(a[0], a[1]); }}};

/// A bare duration: a fixed distribution.
std::optional<Distribution> parse_fixed(std::string_view text, Words& error) {
    if (auto d = parse_duration(text)) return Distribution::fixed(*d);
    error = BISTRO_PHRASE("Problem",
                          "expected a duration (\"30s\") or a distribution such as "
                          "\"exp(15m)\" or \"lognormal(12m, 3m)\", got \"%1\"")
                .with({std::string(text)});
    return std::nullopt;
}

/// The comma-separated durations between the parentheses.
std::optional<std::vector<double>> parse_arguments(std::string_view inside, Words& error) {
    std::vector<double> args;
    while (!trim(inside).empty()) {
        const std::size_t comma = inside.find(',');
        const std::string_view part = inside.substr(0, comma);
        const auto value = parse_duration(part);
        if (!value) {
            error =
                BISTRO_PHRASE("Problem", "\"%1\" is not a duration (write e.g. 90s, 12m or 1h30m)")
                    .with({std::string(trim(part))});
            return std::nullopt;
        }
        args.push_back(*value);
        if (comma == std::string_view::npos) break;
        inside.remove_prefix(comma + 1);
    }
    return args;
}

/// The form called `name`; for an unknown name, nullptr and a suggestion if it looks like a typo.
const Form* find_form(const std::string& name, Words& error) {
    const Form* form = nullptr;
    std::vector<std::string> names;
    for (const Form& f : forms) {
        names.emplace_back(f.name);
        if (name == f.name) form = &f;
    }
    if (!form) {
        const std::string hint = did_you_mean(name, names);
        error = hint.empty()
                    ? BISTRO_PHRASE("Problem",
                                    "unknown distribution \"%1\"; known: fixed, exp, uniform, "
                                    "triangular, normal, lognormal")
                          .with({name})
                    : BISTRO_PHRASE("Problem",
                                    "unknown distribution \"%1\" (did you mean \"%2\"?); known: "
                                    "fixed, exp, uniform, triangular, normal, lognormal")
                          .with({name, hint});
    }
    return form;
}

/// `form` made from `args`, if they are as many as it takes and valid for it.
std::optional<Distribution> make_distribution(const Form& form, const std::vector<double>& args,
                                              Words& error) {
    if (args.size() != form.arity) {
        const std::string got = std::to_string(args.size());
        error = form.arity == 1
                    ? BISTRO_PHRASE("Problem", "%1 takes one value, got %2").with({form.usage, got})
                    : BISTRO_PHRASE("Problem", "%1 takes %2 values, got %3")
                          .with({form.usage, std::to_string(form.arity), got});
        return std::nullopt;
    }
    const Distribution d = form.make(args);
    if (auto problem = d.problem()) {
        error = BISTRO_PHRASE("Problem", "%1: %2").with({form.usage}).around(*problem);
        return std::nullopt;
    }
    return d;
}
}  // namespace

std::optional<Distribution> parse_distribution(std::string_view text, Words& error) {
    text = trim(text);
    const std::size_t open = text.find('(');
    if (open == std::string_view::npos) return parse_fixed(text, error);
    if (text.back() != ')') {
        error = BISTRO_PHRASE("Problem", "missing ')' in \"%1\"").with({std::string(text)});
        return std::nullopt;
    }
    // The values are read first: a bad value is reported even under an unknown name.
    const auto args = parse_arguments(text.substr(open + 1, text.size() - open - 2), error);
    if (!args) return std::nullopt;
    const Form* form = find_form(std::string(trim(text.substr(0, open))), error);
    if (!form) return std::nullopt;
    return make_distribution(*form, *args, error);
}

}  // namespace bistro
