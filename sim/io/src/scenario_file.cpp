// Reading scenario files (TOML, with toml++): every problem is collected with its position.
#include "bistro/io/scenario_file.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "distribution_text.hpp"
#include "scenario_overrides.hpp"
#include "toml_integer.hpp"

namespace bistro {

using detail::parse_number;

// --- problems -------------------------------------------------------------------

std::string ScenarioProblem::where() const {
    std::string text = source;
    if (line > 0) text += ":" + std::to_string(line) + ":" + std::to_string(column);
    text += ": ";
    if (!key.empty()) text += key + ": ";
    return text;
}

std::string ScenarioProblem::describe() const {
    return where() + message.english();
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

// --- reading --------------------------------------------------------------------------

namespace {

/// Reads a TOML tree into a Scenario, collecting every problem with its position.
class Reader {
  public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    Scenario read(const toml::table& root);
    std::vector<ScenarioProblem>& problems() { return problems_; }
    /// Attach positions to the model's own validation messages ("staff.cooks: ...").
    void add_model_problems(const std::vector<FieldProblem>& problems);

  private:
    void problem(const toml::node* at, const std::string& key, Words message) {
        ScenarioProblem p{source_, 0, 0, key, std::move(message)};
        if (at) {
            p.line = static_cast<int>(at->source().begin.line);
            p.column = static_cast<int>(at->source().begin.column);
        }
        problems_.push_back(std::move(p));
    }
    void seen(const std::string& key, const toml::node& node) { positions_[key] = &node; }
    /// The value of `key` in `t`, its position recorded; nullptr if there is none.
    const toml::node* lookup(const toml::table& t, const std::string& prefix, const char* key);
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
    void flag(const toml::table& t, const std::string& prefix, const char* key, bool& out);
    template <typename Enum>
    void choice(const toml::table& t, const char* key, Enum& out,
                const std::vector<std::pair<std::string, Enum>>& options);

    void read_basics(const toml::table& root, Scenario& s);
    void read_seed(const toml::table& root, Scenario& s);
    void read_arrivals(const toml::table& t, Scenario& s);
    void read_party_size(const toml::node& sizes, Scenario& s);
    std::optional<std::pair<int, double>> party_share(std::string_view size,
                                                      const toml::node& share);
    void read_patience(const toml::table& t, const toml::node& patience, Scenario& s);
    void read_profile(const toml::node& profile, Scenario& s);
    void read_floor(const toml::table& t, Scenario& s);
    void read_staff(const toml::table& t, Scenario& s);
    void read_times(const toml::table& t, Scenario& s);
    void read_kitchen(const toml::table& t, Scenario& s);
    void read_menu(const toml::node& node, Scenario& s);

    std::string source_;
    std::vector<ScenarioProblem> problems_;
    std::map<std::string, const toml::node*> positions_;
};

std::string dotted(const std::string& prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

const toml::node* Reader::lookup(const toml::table& t, const std::string& prefix, const char* key) {
    const toml::node* node = t.get(key);
    if (node) seen(dotted(prefix, key), *node);
    return node;
}

void Reader::check_keys(const toml::table& table, const std::string& prefix,
                        const std::vector<std::string>& allowed) {
    for (auto&& [key, node] : table) {
        const std::string name(key.str());
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
        const std::string hint = did_you_mean(name, allowed);
        ScenarioProblem p{source_, static_cast<int>(key.source().begin.line),
                          static_cast<int>(key.source().begin.column), dotted(prefix, name),
                          detail::unknown_key(hint)};
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
        problem(node, dotted(prefix, name),
                BISTRO_PHRASE("Problem", "expected a table ([%1])").with({name}));
        return nullptr;
    }
    return node->as_table();
}

void Reader::number(const toml::table& t, const std::string& prefix, const char* key, double& out) {
    const toml::node* node = lookup(t, prefix, key);
    if (!node) return;
    if (auto v = node->value<double>(); v && (node->is_integer() || node->is_floating_point()))
        out = *v;
    else
        problem(node, dotted(prefix, key), BISTRO_PHRASE("Problem", "expected a number"));
}

void Reader::integer(const toml::table& t, const std::string& prefix, const char* key, int& out) {
    const toml::node* node = lookup(t, prefix, key);
    if (!node) return;
    const auto v = detail::integer_of(*node);
    if (!node->is_integer() || !v)
        problem(node, dotted(prefix, key), BISTRO_PHRASE("Problem", "expected a whole number"));
    else if (*v < -1000000 || *v > 1000000)
        problem(node, dotted(prefix, key), BISTRO_PHRASE("Problem", "out of range"));
    else
        out = static_cast<int>(*v);
}

void Reader::duration(const toml::table& t, const std::string& prefix, const char* key,
                      double& out) {
    const toml::node* node = lookup(t, prefix, key);
    if (!node) return;
    std::optional<double> value;
    if (node->is_integer() || node->is_floating_point())
        value = node->value<double>();
    else if (node->is_string())
        value = parse_duration(*node->value<std::string>());
    if (value && *value >= 0)
        out = *value;
    else
        problem(
            node, dotted(prefix, key),
            BISTRO_PHRASE("Problem", "expected a duration such as \"90s\", \"12m\" or \"1h30m\""));
}

void Reader::distribution(const toml::table& t, const std::string& prefix, const char* key,
                          Distribution& out) {
    const toml::node* node = lookup(t, prefix, key);
    if (!node) return;
    if (node->is_integer() || node->is_floating_point()) {  // a bare number: fixed, in seconds
        const double v = *node->value<double>();
        if (v >= 0)
            out = Distribution::fixed(v);
        else
            problem(node, dotted(prefix, key), BISTRO_PHRASE("Problem", "a duration must be >= 0"));
        return;
    }
    if (!node->is_string()) {
        problem(node, dotted(prefix, key),
                BISTRO_PHRASE("Problem", "expected a distribution in quotes, e.g. \"exp(15m)\""));
        return;
    }
    Words error;
    if (auto d = parse_distribution(*node->value<std::string>(), error))
        out = *d;
    else
        problem(node, dotted(prefix, key), error);
}

void Reader::text(const toml::table& t, const std::string& prefix, const char* key,
                  std::string& out) {
    const toml::node* node = lookup(t, prefix, key);
    if (!node) return;
    if (node->is_string())
        out = *node->value<std::string>();
    else
        problem(node, dotted(prefix, key), BISTRO_PHRASE("Problem", "expected text in quotes"));
}

void Reader::flag(const toml::table& t, const std::string& prefix, const char* key, bool& out) {
    const toml::node* node = lookup(t, prefix, key);
    if (!node) return;
    if (node->is_boolean())
        out = *node->value<bool>();
    else
        problem(node, dotted(prefix, key), BISTRO_PHRASE("Problem", "expected true or false"));
}

template <typename Enum>
void Reader::choice(const toml::table& t, const char* key, Enum& out,
                    const std::vector<std::pair<std::string, Enum>>& options) {
    const toml::node* node = lookup(t, "", key);
    if (!node) return;
    std::vector<std::string> names;
    for (const auto& [name, value] : options) names.push_back(name);
    const std::string given = node->is_string() ? *node->value<std::string>() : "";
    for (const auto& [name, value] : options)
        if (given == name) {
            out = value;
            return;
        }
    const std::string hint = did_you_mean(given, names);
    // Every choice has two options.
    problem(node, key,
            hint.empty()
                ? BISTRO_PHRASE("Problem", "expected \"%1\" or \"%2\"").with({names[0], names[1]})
                : BISTRO_PHRASE("Problem", "expected \"%1\" or \"%2\" (did you mean \"%3\"?)")
                      .with({names[0], names[1], hint}));
}

Scenario Reader::read(const toml::table& root) {
    Scenario s;
    check_keys(root, "",
               {"name", "description", "duration", "warmup", "seed", "policy", "delivery", "tasks",
                "arrivals", "floor", "staff", "times", "kitchen", "menu"});
    read_basics(root, s);
    if (const auto* t = table(root, "arrivals", "")) read_arrivals(*t, s);
    if (const auto* t = table(root, "floor", "")) read_floor(*t, s);
    if (const auto* t = table(root, "staff", "")) read_staff(*t, s);
    if (const auto* t = table(root, "times", "")) read_times(*t, s);
    if (const auto* t = table(root, "kitchen", "")) read_kitchen(*t, s);
    if (const toml::node* menu = root.get("menu")) read_menu(*menu, s);
    return s;
}

/// The keys above the first table.
void Reader::read_basics(const toml::table& root, Scenario& s) {
    text(root, "", "name", s.name);
    text(root, "", "description", s.description);
    duration(root, "", "duration", s.duration);
    duration(root, "", "warmup", s.warmup);
    read_seed(root, s);
    choice<Policy>(root, "policy", s.policy,
                   {{"sync", Policy::synchronous}, {"async", Policy::asynchronous}});
    choice<Delivery>(root, "delivery", s.delivery,
                     {{"whole-order", Delivery::whole_order}, {"each-dish", Delivery::each_dish}});
    choice<TaskOrder>(
        root, "tasks", s.task_order,
        {{"fifo", TaskOrder::fifo}, {"deliveries-first", TaskOrder::deliveries_first}});
}

void Reader::read_seed(const toml::table& root, Scenario& s) {
    const toml::node* seed = lookup(root, "", "seed");
    if (!seed) return;
    const auto v = detail::integer_of(*seed);
    if (seed->is_integer() && v && *v >= 0)
        s.seed = static_cast<std::uint64_t>(*v);
    else
        problem(seed, "seed", BISTRO_PHRASE("Problem", "expected a whole number >= 0"));
}

void Reader::read_arrivals(const toml::table& t, Scenario& s) {
    check_keys(t, "arrivals", {"rate_per_hour", "party_size", "patience", "profile", "at_opening"});
    number(t, "arrivals", "rate_per_hour", s.rate_per_hour);
    integer(t, "arrivals", "at_opening", s.at_opening);
    if (const toml::node* sizes = lookup(t, "arrivals", "party_size")) read_party_size(*sizes, s);
    if (const toml::node* patience = t.get("patience")) read_patience(t, *patience, s);
    if (const toml::node* profile = lookup(t, "arrivals", "profile")) read_profile(*profile, s);
}

void Reader::read_party_size(const toml::node& sizes, Scenario& s) {
    if (!sizes.is_table()) {
        problem(&sizes, "arrivals.party_size",
                BISTRO_PHRASE("Problem", "expected shares by size, e.g. { 1 = 0.3, 2 = 0.7 }"));
        return;
    }
    std::vector<std::pair<int, double>> weights;
    for (auto&& [key, share] : *sizes.as_table())
        if (const auto weight = party_share(key.str(), share)) weights.push_back(*weight);
    std::sort(weights.begin(), weights.end());
    if (!weights.empty()) s.party_size = Discrete(std::move(weights));
}

/// One "size = share" of arrivals.party_size, if both are valid.
std::optional<std::pair<int, double>> Reader::party_share(std::string_view size,
                                                          const toml::node& share) {
    const auto people = parse_number(size);
    const auto value = share.value<double>();
    if (!people || *people != std::floor(*people) || *people < 1 || *people > max_party_size)
        problem(&share, "arrivals.party_size",
                BISTRO_PHRASE("Problem", "\"%1\" is not a party size (1 to %2)")
                    .with({std::string(size), std::to_string(max_party_size)}));
    else if (!value || !(share.is_integer() || share.is_floating_point()))
        problem(&share, "arrivals.party_size",
                BISTRO_PHRASE("Problem", "the share of size %1 must be a number")
                    .with({std::string(size)}));
    else
        return std::pair{static_cast<int>(*people), *value};
    return std::nullopt;
}

void Reader::read_patience(const toml::table& t, const toml::node& patience, Scenario& s) {
    if (patience.is_string() && *patience.value<std::string>() == "none") {
        seen("arrivals.patience", patience);
        s.patience.reset();
        return;
    }
    Distribution d = s.patience.value_or(Distribution::exponential(1200));
    distribution(t, "arrivals", "patience", d);
    s.patience = d;
}

void Reader::read_profile(const toml::node& profile, Scenario& s) {
    if (!profile.is_array()) {
        problem(&profile, "arrivals.profile",
                BISTRO_PHRASE("Problem", "expected a list like [ { from = \"1h\", factor = 2 } ]"));
        return;
    }
    int i = 0;
    for (const toml::node& entry : *profile.as_array()) {
        const std::string prefix = "arrivals.profile[" + std::to_string(++i) + "]";
        if (!entry.is_table()) {
            problem(&entry, prefix,
                    BISTRO_PHRASE("Problem", "expected { from = \"1h\", factor = 2 }"));
            continue;
        }
        RateSegment segment;
        check_keys(*entry.as_table(), prefix, {"from", "factor"});
        duration(*entry.as_table(), prefix, "from", segment.start);
        number(*entry.as_table(), prefix, "factor", segment.factor);
        s.profile.push_back(segment);
    }
}

void Reader::read_floor(const toml::table& t, Scenario& s) {
    check_keys(t, "floor", {"tables_for_two", "tables_for_four", "walk_speed", "context_switch"});
    integer(t, "floor", "tables_for_two", s.tables_for_two);
    integer(t, "floor", "tables_for_four", s.tables_for_four);
    number(t, "floor", "walk_speed", s.walk_speed);
    distribution(t, "floor", "context_switch", s.context_switch);
}

void Reader::read_staff(const toml::table& t, Scenario& s) {
    check_keys(t, "staff", {"waiters", "cooks"});
    integer(t, "staff", "waiters", s.waiters);
    integer(t, "staff", "cooks", s.cooks);
}

void Reader::read_times(const toml::table& t, Scenario& s) {
    check_keys(t, "times",
               {"menu_reading", "order_taking", "own_work", "delivery", "eating", "billing",
                "pay_at_table"});
    distribution(t, "times", "menu_reading", s.menu_reading);
    distribution(t, "times", "order_taking", s.order_taking);
    distribution(t, "times", "own_work", s.own_work);
    distribution(t, "times", "delivery", s.delivery_time);
    distribution(t, "times", "eating", s.eating);
    distribution(t, "times", "billing", s.billing);
    flag(t, "times", "pay_at_table", s.pay_at_table);
}

void Reader::read_kitchen(const toml::table& t, Scenario& s) {
    check_keys(t, "kitchen", {"burn_probability"});
    number(t, "kitchen", "burn_probability", s.burn_probability);
}

void Reader::read_menu(const toml::node& node, Scenario& s) {
    seen("menu", node);
    if (!node.is_array()) {
        problem(&node, "menu", BISTRO_PHRASE("Problem", "expected [[menu]] entries"));
        return;
    }
    s.menu.clear();
    int i = 0;
    for (const toml::node& entry : *node.as_array()) {
        const std::string prefix = "menu[" + std::to_string(++i) + "]";
        if (!entry.is_table()) {
            problem(&entry, prefix, BISTRO_PHRASE("Problem", "expected a [[menu]] table"));
            continue;
        }
        MenuItem item;
        item.name = "Dish " + std::to_string(i);
        check_keys(*entry.as_table(), prefix, {"name", "share", "prep"});
        text(*entry.as_table(), prefix, "name", item.name);
        number(*entry.as_table(), prefix, "share", item.share);
        if (!entry.as_table()->get("prep"))
            problem(&entry, prefix + ".prep",
                    BISTRO_PHRASE("Problem",
                                  "missing: how long a cook needs, e.g. \"lognormal(8m, 2m)\""));
        distribution(*entry.as_table(), prefix, "prep", item.prep);
        s.menu.push_back(item);
    }
}

void Reader::add_model_problems(const std::vector<FieldProblem>& problems) {
    for (const FieldProblem& model : problems) {
        const std::string& key = model.field;
        // The closest recorded position: the key itself, or the table it lives in.
        const toml::node* at = nullptr;
        for (std::string k = key; !k.empty() && !at;) {
            if (auto it = positions_.find(k); it != positions_.end()) at = it->second;
            const std::size_t cut = k.find_last_of(".[");
            k = cut == std::string::npos ? "" : k.substr(0, cut);
        }
        problem(at, key, model.words);
    }
}

/// The text as a TOML tree; a syntax error is the one problem reported.
toml::table parse_toml(std::string_view text, const std::string& source_name) {
    try {
        return toml::parse(text, source_name);
    } catch (const toml::parse_error& e) {
        throw ScenarioError({{source_name, static_cast<int>(e.source().begin.line),
                              static_cast<int>(e.source().begin.column), "",
                              BISTRO_PHRASE("Problem", "not valid TOML: %1")
                                  .with({std::string(e.description())})}});
    }
}

}  // namespace

Scenario parse_scenario(std::string_view text, const std::string& source_name,
                        const std::vector<std::string>& overrides) {
    toml::table root = parse_toml(text, source_name);
    std::vector<ScenarioProblem> override_problems;
    for (const auto& setting : overrides) detail::apply_override(root, setting, override_problems);
    if (!override_problems.empty()) throw ScenarioError(std::move(override_problems));
    Reader reader(source_name);
    Scenario s = reader.read(root);
    if (reader.problems().empty()) reader.add_model_problems(s.problems());
    if (reader.problems().empty()) return s;
    detail::mark_overridden(reader.problems(), overrides);
    throw ScenarioError(std::move(reader.problems()));
}

Scenario load_scenario(const std::filesystem::path& file,
                       const std::vector<std::string>& overrides) {
    std::error_code ignored;
    if (std::filesystem::is_directory(file, ignored))  // a folder opens, and reads as nothing
        throw ScenarioError({{file.string(), 0, 0, "",
                              BISTRO_PHRASE("Problem", "is a folder, not a scenario file")}});
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ScenarioError({{file.string(), 0, 0, "",
                              BISTRO_PHRASE("Problem", "cannot open the file (does it exist?)")}});
    std::ostringstream text;
    text << in.rdbuf();
    return parse_scenario(text.str(), file.string(), overrides);
}

}  // namespace bistro
