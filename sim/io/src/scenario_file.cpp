// Reading and writing scenario files (TOML, with toml++).
#include "bistro/io/scenario_file.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace bistro {

// --- problems -------------------------------------------------------------------

std::string ScenarioProblem::describe() const {
    std::string text = source;
    if (line > 0) text += ":" + std::to_string(line) + ":" + std::to_string(column);
    text += ": ";
    if (!key.empty()) text += key + ": ";
    return text + message;
}

namespace {
std::string describe_all(const std::vector<ScenarioProblem>& problems) {
    std::string text;
    for (const auto& p : problems) text += (text.empty() ? "" : "\n") + p.describe();
    return text;
}
}  // namespace

ScenarioError::ScenarioError(std::vector<ScenarioProblem> problems)
    : std::runtime_error(describe_all(problems)), problems_(std::move(problems)) {}

// --- words and numbers ------------------------------------------------------------

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    auto distance = [](std::string_view a, std::string_view b) {
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
    };
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        const std::size_t d = distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

namespace {
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

}  // namespace

std::optional<double> parse_duration(std::string_view text) {
    text = trim(text);
    if (text.empty()) return std::nullopt;
    if (auto plain = parse_number(text)) return plain;  // a bare number: seconds
    double total = 0;
    while (!text.empty()) {
        std::size_t i = 0;
        while (i < text.size() &&
               (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.'))
            ++i;
        // An exponent, as in 1e-05s: what the shortest round-trip notation may write.
        if (i > 0 && i + 1 < text.size() && (text[i] == 'e' || text[i] == 'E') &&
            (std::isdigit(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '-' ||
             text[i + 1] == '+')) {
            i += 2;
            while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
        }
        const auto number = parse_number(text.substr(0, i));
        if (!number || *number < 0) return std::nullopt;
        text = trim(text.substr(i));
        std::size_t j = 0;
        while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
        const std::string_view unit = text.substr(0, j);
        text = trim(text.substr(j));
        if (unit == "h" || unit == "hour" || unit == "hours")
            total += *number * 3600;
        else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" ||
                 unit == "minutes")
            total += *number * 60;
        else if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second" ||
                 unit == "seconds")
            total += *number;
        else
            return std::nullopt;
    }
    return total;
}

std::optional<Distribution> parse_distribution(std::string_view text, std::string& error) {
    text = trim(text);
    const std::size_t open = text.find('(');
    if (open == std::string_view::npos) {
        if (auto d = parse_duration(text)) return Distribution::fixed(*d);
        error =
            "expected a duration (\"30s\") or a distribution such as \"exp(15m)\" or "
            "\"lognormal(12m, 3m)\", got \"" +
            std::string(text) + "\"";
        return std::nullopt;
    }
    if (text.back() != ')') {
        error = "missing ')' in \"" + std::string(text) + "\"";
        return std::nullopt;
    }
    const std::string name(trim(text.substr(0, open)));
    std::vector<double> args;
    std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    while (!trim(inside).empty()) {
        const std::size_t comma = inside.find(',');
        const std::string_view part = inside.substr(0, comma);
        const auto value = parse_duration(part);
        if (!value) {
            error = "\"" + std::string(trim(part)) +
                    "\" is not a duration (write e.g. 90s, 12m or 1h30m)";
            return std::nullopt;
        }
        args.push_back(*value);
        if (comma == std::string_view::npos) break;
        inside.remove_prefix(comma + 1);
    }
    struct Form {
        const char* name;
        std::size_t arity;
        const char* usage;
    };
    static const Form forms[] = {{"fixed", 1, "fixed(value)"},
                                 {"exp", 1, "exp(mean)"},
                                 {"exponential", 1, "exponential(mean)"},
                                 {"uniform", 2, "uniform(low, high)"},
                                 {"triangular", 3, "triangular(low, mode, high)"},
                                 {"normal", 2, "normal(mean, sd)"},
                                 {"lognormal", 2, "lognormal(mean, sd)"}};
    const Form* form = nullptr;
    std::vector<std::string> names;
    for (const Form& f : forms) {
        names.emplace_back(f.name);
        if (name == f.name) form = &f;
    }
    if (!form) {
        const std::string hint = did_you_mean(name, names);
        error = "unknown distribution \"" + name + "\"" +
                (hint.empty() ? "" : " (did you mean \"" + hint + "\"?)") +
                "; known: fixed, exp, uniform, triangular, normal, lognormal";
        return std::nullopt;
    }
    if (args.size() != form->arity) {
        error = std::string(form->usage) + " takes " + std::to_string(form->arity) + " value" +
                (form->arity > 1 ? "s" : "") + ", got " + std::to_string(args.size());
        return std::nullopt;
    }
    Distribution d;
    if (name == "fixed")
        d = Distribution::fixed(args[0]);
    else if (name == "exp" || name == "exponential")
        d = Distribution::exponential(args[0]);
    else if (name == "uniform")
        d = Distribution::uniform(args[0], args[1]);
    else if (name == "triangular")
        d = Distribution::triangular(args[0], args[1], args[2]);
    else if (name == "normal")
        d = Distribution::normal(args[0], args[1]);
    else
        d = Distribution::lognormal(args[0], args[1]);
    if (auto problem = d.problem(); !problem.empty()) {
        error = std::string(form->usage) + ": " + problem;
        return std::nullopt;
    }
    return d;
}

// --- reading --------------------------------------------------------------------------

namespace {

/// Reads a TOML tree into a Scenario, collecting every problem with its position.
class Reader {
  public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    Scenario read(const toml::table& root);
    std::vector<ScenarioProblem>& problems() { return problems_; }
    /// Attach positions to the model's own validation messages ("staff.cooks: ...").
    void add_model_problems(const std::vector<std::string>& messages);

  private:
    void problem(const toml::node* at, const std::string& key, const std::string& message) {
        ScenarioProblem p{source_, 0, 0, key, message};
        if (at) {
            p.line = static_cast<int>(at->source().begin.line);
            p.column = static_cast<int>(at->source().begin.column);
        }
        problems_.push_back(std::move(p));
    }
    void seen(const std::string& key, const toml::node& node) { positions_[key] = &node; }
    void check_keys(const toml::table& table, const std::string& prefix,
                    const std::vector<std::string>& allowed);
    const toml::table* table(const toml::table& parent, const std::string& name,
                             const std::string& prefix);

    void number(const toml::table& t, const std::string& prefix, const char* key, double& out);
    void integer(const toml::table& t, const std::string& prefix, const char* key, int& out);
    void duration(const toml::table& t, const std::string& prefix, const char* key, double& out);
    void distribution(const toml::table& t, const std::string& prefix, const char* key,
                      Distribution& out);
    void text(const toml::table& t, const std::string& prefix, const char* key, std::string& out);
    template <typename Enum>
    void choice(const toml::table& t, const char* key, Enum& out,
                const std::vector<std::pair<std::string, Enum>>& options);

    void read_arrivals(const toml::table& t, Scenario& s);
    void read_menu(const toml::node& node, Scenario& s);

    std::string source_;
    std::vector<ScenarioProblem> problems_;
    std::map<std::string, const toml::node*> positions_;
};

std::string dotted(const std::string& prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

void Reader::check_keys(const toml::table& table, const std::string& prefix,
                        const std::vector<std::string>& allowed) {
    for (auto&& [key, node] : table) {
        const std::string name(key.str());
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
        const std::string hint = did_you_mean(name, allowed);
        ScenarioProblem p{
            source_, static_cast<int>(key.source().begin.line),
            static_cast<int>(key.source().begin.column), dotted(prefix, name),
            "unknown key" + (hint.empty() ? std::string() : " (did you mean \"" + hint + "\"?)")};
        if (p.line == 0) {  // keys made by --set have no position: use the value's
            p.line = static_cast<int>(node.source().begin.line);
            p.column = static_cast<int>(node.source().begin.column);
        }
        problems_.push_back(std::move(p));
    }
}

const toml::table* Reader::table(const toml::table& parent, const std::string& name,
                                 const std::string& prefix) {
    const toml::node* node = parent.get(name);
    if (!node) return nullptr;
    if (!node->is_table()) {
        problem(node, dotted(prefix, name), "expected a table ([" + name + "])");
        return nullptr;
    }
    return node->as_table();
}

void Reader::number(const toml::table& t, const std::string& prefix, const char* key, double& out) {
    const toml::node* node = t.get(key);
    if (!node) return;
    seen(dotted(prefix, key), *node);
    if (auto v = node->value<double>(); v && (node->is_integer() || node->is_floating_point()))
        out = *v;
    else
        problem(node, dotted(prefix, key), "expected a number");
}

void Reader::integer(const toml::table& t, const std::string& prefix, const char* key, int& out) {
    const toml::node* node = t.get(key);
    if (!node) return;
    seen(dotted(prefix, key), *node);
    const auto v = node->value<std::int64_t>();
    if (!node->is_integer() || !v)
        problem(node, dotted(prefix, key), "expected a whole number");
    else if (*v < -1000000 || *v > 1000000)
        problem(node, dotted(prefix, key), "out of range");
    else
        out = static_cast<int>(*v);
}

void Reader::duration(const toml::table& t, const std::string& prefix, const char* key,
                      double& out) {
    const toml::node* node = t.get(key);
    if (!node) return;
    seen(dotted(prefix, key), *node);
    std::optional<double> value;
    if (node->is_integer() || node->is_floating_point())
        value = node->value<double>();
    else if (node->is_string())
        value = parse_duration(*node->value<std::string>());
    if (value && *value >= 0)
        out = *value;
    else
        problem(node, dotted(prefix, key),
                "expected a duration such as \"90s\", \"12m\" or \"1h30m\"");
}

void Reader::distribution(const toml::table& t, const std::string& prefix, const char* key,
                          Distribution& out) {
    const toml::node* node = t.get(key);
    if (!node) return;
    seen(dotted(prefix, key), *node);
    if (node->is_integer() || node->is_floating_point()) {  // a bare number: fixed, in seconds
        const double v = *node->value<double>();
        if (v >= 0)
            out = Distribution::fixed(v);
        else
            problem(node, dotted(prefix, key), "a duration must be >= 0");
        return;
    }
    if (!node->is_string()) {
        problem(node, dotted(prefix, key), "expected a distribution in quotes, e.g. \"exp(15m)\"");
        return;
    }
    std::string error;
    if (auto d = parse_distribution(*node->value<std::string>(), error))
        out = *d;
    else
        problem(node, dotted(prefix, key), error);
}

void Reader::text(const toml::table& t, const std::string& prefix, const char* key,
                  std::string& out) {
    const toml::node* node = t.get(key);
    if (!node) return;
    seen(dotted(prefix, key), *node);
    if (node->is_string())
        out = *node->value<std::string>();
    else
        problem(node, dotted(prefix, key), "expected text in quotes");
}

template <typename Enum>
void Reader::choice(const toml::table& t, const char* key, Enum& out,
                    const std::vector<std::pair<std::string, Enum>>& options) {
    const toml::node* node = t.get(key);
    if (!node) return;
    seen(key, *node);
    std::vector<std::string> names;
    for (const auto& [name, value] : options) names.push_back(name);
    const std::string given = node->is_string() ? *node->value<std::string>() : "";
    for (const auto& [name, value] : options)
        if (given == name) {
            out = value;
            return;
        }
    std::string expected;
    for (const auto& n : names) expected += (expected.empty() ? "\"" : " or \"") + n + "\"";
    const std::string hint = did_you_mean(given, names);
    problem(node, key,
            "expected " + expected + (hint.empty() ? "" : " (did you mean \"" + hint + "\"?)"));
}

Scenario Reader::read(const toml::table& root) {
    Scenario s;
    check_keys(root, "",
               {"name", "description", "duration", "warmup", "seed", "policy", "delivery", "tasks",
                "arrivals", "floor", "staff", "times", "kitchen", "menu"});
    text(root, "", "name", s.name);
    text(root, "", "description", s.description);
    duration(root, "", "duration", s.duration);
    duration(root, "", "warmup", s.warmup);
    if (const toml::node* seed = root.get("seed")) {
        seen("seed", *seed);
        const auto v = seed->value<std::int64_t>();
        if (seed->is_integer() && v && *v >= 0)
            s.seed = static_cast<std::uint64_t>(*v);
        else
            problem(seed, "seed", "expected a whole number >= 0");
    }
    choice<Policy>(root, "policy", s.policy,
                   {{"sync", Policy::synchronous}, {"async", Policy::asynchronous}});
    choice<Delivery>(root, "delivery", s.delivery,
                     {{"whole-order", Delivery::whole_order}, {"each-dish", Delivery::each_dish}});
    choice<TaskOrder>(
        root, "tasks", s.task_order,
        {{"fifo", TaskOrder::fifo}, {"deliveries-first", TaskOrder::deliveries_first}});
    if (const auto* t = table(root, "arrivals", "")) read_arrivals(*t, s);
    if (const auto* t = table(root, "floor", "")) {
        check_keys(*t, "floor",
                   {"tables_for_two", "tables_for_four", "walk_speed", "context_switch"});
        integer(*t, "floor", "tables_for_two", s.tables_for_two);
        integer(*t, "floor", "tables_for_four", s.tables_for_four);
        number(*t, "floor", "walk_speed", s.walk_speed);
        distribution(*t, "floor", "context_switch", s.context_switch);
    }
    if (const auto* t = table(root, "staff", "")) {
        check_keys(*t, "staff", {"waiters", "cooks"});
        integer(*t, "staff", "waiters", s.waiters);
        integer(*t, "staff", "cooks", s.cooks);
    }
    if (const auto* t = table(root, "times", "")) {
        check_keys(*t, "times",
                   {"menu_reading", "order_taking", "own_work", "delivery", "eating", "billing",
                    "pay_at_table"});
        distribution(*t, "times", "menu_reading", s.menu_reading);
        distribution(*t, "times", "order_taking", s.order_taking);
        distribution(*t, "times", "own_work", s.own_work);
        distribution(*t, "times", "delivery", s.delivery_time);
        distribution(*t, "times", "eating", s.eating);
        distribution(*t, "times", "billing", s.billing);
        if (const toml::node* pay = t->get("pay_at_table")) {
            seen("times.pay_at_table", *pay);
            if (pay->is_boolean())
                s.pay_at_table = *pay->value<bool>();
            else
                problem(pay, "times.pay_at_table", "expected true or false");
        }
    }
    if (const auto* t = table(root, "kitchen", "")) {
        check_keys(*t, "kitchen", {"burn_probability"});
        number(*t, "kitchen", "burn_probability", s.burn_probability);
    }
    if (const toml::node* menu = root.get("menu")) read_menu(*menu, s);
    return s;
}

void Reader::read_arrivals(const toml::table& t, Scenario& s) {
    check_keys(t, "arrivals", {"rate_per_hour", "party_size", "patience", "profile"});
    number(t, "arrivals", "rate_per_hour", s.rate_per_hour);
    if (const toml::node* sizes = t.get("party_size")) {
        seen("arrivals.party_size", *sizes);
        if (!sizes->is_table()) {
            problem(sizes, "arrivals.party_size",
                    "expected shares by size, e.g. { 1 = 0.3, 2 = 0.7 }");
        } else {
            std::vector<std::pair<int, double>> weights;
            for (auto&& [key, share] : *sizes->as_table()) {
                const auto size = parse_number(key.str());
                const auto value = share.value<double>();
                if (!size || *size != std::floor(*size) || *size < 1 || *size > max_party_size)
                    problem(&share, "arrivals.party_size",
                            "\"" + std::string(key.str()) + "\" is not a party size (1 to " +
                                std::to_string(max_party_size) + ")");
                else if (!value || !(share.is_integer() || share.is_floating_point()))
                    problem(&share, "arrivals.party_size",
                            "the share of size " + std::string(key.str()) + " must be a number");
                else
                    weights.emplace_back(static_cast<int>(*size), *value);
            }
            std::sort(weights.begin(), weights.end());
            if (!weights.empty()) s.party_size = Discrete(std::move(weights));
        }
    }
    if (const toml::node* patience = t.get("patience")) {
        if (patience->is_string() && *patience->value<std::string>() == "none") {
            seen("arrivals.patience", *patience);
            s.patience.reset();
        } else {
            Distribution d = s.patience.value_or(Distribution::exponential(1200));
            distribution(t, "arrivals", "patience", d);
            s.patience = d;
        }
    }
    if (const toml::node* profile = t.get("profile")) {
        seen("arrivals.profile", *profile);
        if (!profile->is_array()) {
            problem(profile, "arrivals.profile",
                    "expected a list like [ { from = \"1h\", factor = 2 } ]");
            return;
        }
        int i = 0;
        for (const toml::node& entry : *profile->as_array()) {
            const std::string prefix = "arrivals.profile[" + std::to_string(++i) + "]";
            if (!entry.is_table()) {
                problem(&entry, prefix, "expected { from = \"1h\", factor = 2 }");
                continue;
            }
            RateSegment segment;
            check_keys(*entry.as_table(), prefix, {"from", "factor"});
            duration(*entry.as_table(), prefix, "from", segment.start);
            number(*entry.as_table(), prefix, "factor", segment.factor);
            s.profile.push_back(segment);
        }
    }
}

void Reader::read_menu(const toml::node& node, Scenario& s) {
    seen("menu", node);
    if (!node.is_array()) {
        problem(&node, "menu", "expected [[menu]] entries");
        return;
    }
    s.menu.clear();
    int i = 0;
    for (const toml::node& entry : *node.as_array()) {
        const std::string prefix = "menu[" + std::to_string(++i) + "]";
        if (!entry.is_table()) {
            problem(&entry, prefix, "expected a [[menu]] table");
            continue;
        }
        MenuItem item;
        item.name = "Dish " + std::to_string(i);
        check_keys(*entry.as_table(), prefix, {"name", "share", "prep"});
        text(*entry.as_table(), prefix, "name", item.name);
        number(*entry.as_table(), prefix, "share", item.share);
        if (!entry.as_table()->get("prep"))
            problem(&entry, prefix + ".prep",
                    "missing: how long a cook needs, e.g. \"lognormal(8m, 2m)\"");
        distribution(*entry.as_table(), prefix, "prep", item.prep);
        s.menu.push_back(item);
    }
}

void Reader::add_model_problems(const std::vector<std::string>& messages) {
    for (const std::string& message : messages) {
        const std::size_t colon = message.find(": ");
        std::string key = message.substr(0, colon);
        const std::string text = colon == std::string::npos ? message : message.substr(colon + 2);
        // The closest recorded position: the key itself, or the table it lives in.
        const toml::node* at = nullptr;
        for (std::string k = key; !k.empty() && !at;) {
            if (auto it = positions_.find(k); it != positions_.end()) at = it->second;
            const std::size_t cut = k.find_last_of(".[");
            k = cut == std::string::npos ? "" : k.substr(0, cut);
        }
        problem(at, key, text);
    }
}

/// An override's path as problems name it: "menu.1.prep" is "menu[1].prep".
std::string problem_key_of(std::string_view path) {
    std::string key;
    for (std::string_view rest = trim(path);;) {
        const std::size_t dot = rest.find('.');
        const std::string_view part = rest.substr(0, dot);
        key += parse_number(part) ? "[" + std::string(part) + "]"
                                  : (key.empty() ? "" : ".") + std::string(part);
        if (dot == std::string_view::npos) return key;
        rest = rest.substr(dot + 1);
    }
}

/// Applies "a.b.c=value" to the tree; the value is TOML if it parses as such, else text.
void apply_override(toml::table& root, const std::string& setting,
                    std::vector<ScenarioProblem>& problems) {
    const std::size_t eq = setting.find('=');
    if (eq == std::string::npos || eq == 0) {
        problems.push_back({"--set", 0, 0, setting, "expected KEY=VALUE, e.g. staff.waiters=3"});
        return;
    }
    const std::string path(trim(std::string_view(setting).substr(0, eq)));
    const std::string value(trim(std::string_view(setting).substr(eq + 1)));
    toml::node* parent = &root;
    std::string rest = path;
    for (;;) {
        const std::size_t dot = rest.find('.');
        const std::string part = rest.substr(0, dot);
        const bool last = dot == std::string::npos;
        if (auto index = parse_number(part); index && parent->is_array()) {
            auto& array = *parent->as_array();
            const auto i = static_cast<std::size_t>(*index);
            if (*index < 1 || i > array.size()) {
                problems.push_back({"--set", 0, 0, path, "there is no entry " + part});
                return;
            }
            if (last) {
                problems.push_back({"--set", 0, 0, path, "name a key inside the entry"});
                return;
            }
            parent = array.get(i - 1);
        } else if (parent->is_table()) {
            auto& table = *parent->as_table();
            if (last) {
                toml::table parsed;
                try {
                    parsed = toml::parse("v = " + value);
                    table.insert_or_assign(part, *parsed.get("v"));
                } catch (const toml::parse_error&) {
                    table.insert_or_assign(part, value);
                }
                return;
            }
            if (!table.get(part)) table.insert(part, toml::table{});
            parent = table.get(part);
        } else {
            problems.push_back({"--set", 0, 0, path, "\"" + part + "\" is not inside a table"});
            return;
        }
        rest = rest.substr(dot + 1);
    }
}

}  // namespace

Scenario parse_scenario(std::string_view text, const std::string& source_name,
                        const std::vector<std::string>& overrides) {
    toml::table root;
    try {
        root = toml::parse(text, source_name);
    } catch (const toml::parse_error& e) {
        throw ScenarioError({{source_name, static_cast<int>(e.source().begin.line),
                              static_cast<int>(e.source().begin.column), "",
                              "not valid TOML: " + std::string(e.description())}});
    }
    std::vector<ScenarioProblem> override_problems;
    for (const auto& setting : overrides) apply_override(root, setting, override_problems);
    if (!override_problems.empty()) throw ScenarioError(std::move(override_problems));
    Reader reader(source_name);
    Scenario s = reader.read(root);
    if (reader.problems().empty()) reader.add_model_problems(s.problems());
    if (reader.problems().empty()) return s;
    // A value that came from the command line has no place in the file: say so.
    std::vector<std::string> overridden;
    for (const auto& setting : overrides)
        overridden.push_back(problem_key_of(setting.substr(0, setting.find('='))));
    for (ScenarioProblem& problem : reader.problems()) {
        const auto covers = [&](const std::string& path) {
            const std::string& key = problem.key;
            return path.compare(0, key.size(), key) == 0 &&
                   (path.size() == key.size() || path[key.size()] == '.' ||
                    path[key.size()] == '[');
        };
        if (problem.line == 0 && !problem.key.empty() &&
            std::any_of(overridden.begin(), overridden.end(), covers))
            problem.message += " (set on the command line)";
    }
    throw ScenarioError(std::move(reader.problems()));
}

Scenario load_scenario(const std::filesystem::path& file,
                       const std::vector<std::string>& overrides) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ScenarioError({{file.string(), 0, 0, "", "cannot open the file (does it exist?)"}});
    std::ostringstream text;
    text << in.rdbuf();
    return parse_scenario(text.str(), file.string(), overrides);
}

}  // namespace bistro
