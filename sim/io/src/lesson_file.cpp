// Reading lesson files (TOML, with toml++): the lesson, its scenario and its
// steps; every problem is collected with its position, as for scenarios.
#include "bistro/io/lesson_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "distribution_text.hpp"
#include "lesson_reader.hpp"
#include "scenario_overrides.hpp"
#include "toml_integer.hpp"

namespace bistro {

namespace detail {

std::string dotted(const std::string& prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

void LessonReader::problem(const toml::node* at, const std::string& key, Words message) {
    ScenarioProblem p{source_, 0, 0, key, std::move(message)};
    if (at) {
        p.line = static_cast<int>(at->source().begin.line);
        p.column = static_cast<int>(at->source().begin.column);
    }
    problems_.push_back(std::move(p));
}

void LessonReader::check_keys(const toml::table& t, const std::string& prefix,
                              const std::vector<std::string>& allowed) {
    for (auto&& [key, node] : t) {
        const std::string name(key.str());
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
        const std::string hint = did_you_mean(name, allowed);
        problems_.push_back({source_, static_cast<int>(key.source().begin.line),
                             static_cast<int>(key.source().begin.column), dotted(prefix, name),
                             unknown_key(hint)});
    }
}

std::optional<std::string> LessonReader::text(const toml::table& t, const std::string& prefix,
                                              const char* key, bool required) {
    const toml::node* node = t.get(key);
    if (!node) {
        if (required)
            problem(&t, dotted(prefix, key),
                    BISTRO_PHRASE("Problem", "missing (write %1 = \"...\")").with({key}));
        return std::nullopt;
    }
    if (node->is_string()) return *node->value<std::string>();
    problem(node, dotted(prefix, key), BISTRO_PHRASE("Problem", "expected text in quotes"));
    return std::nullopt;
}

std::optional<double> LessonReader::number(const toml::table& t, const std::string& prefix,
                                           const char* key) {
    const toml::node* node = t.get(key);
    if (!node) return std::nullopt;
    if (node->is_integer() || node->is_floating_point()) return node->value<double>();
    problem(node, dotted(prefix, key), BISTRO_PHRASE("Problem", "expected a number"));
    return std::nullopt;
}

std::vector<std::string> LessonReader::words(const toml::table& t, const std::string& prefix,
                                             const char* key) {
    std::vector<std::string> out;
    const toml::node* node = t.get(key);
    if (!node) return out;
    if (!node->is_array()) {
        problem(node, dotted(prefix, key),
                BISTRO_PHRASE("Problem", "expected a list in brackets, e.g. [\"a\", \"b\"]"));
        return out;
    }
    for (const toml::node& item : *node->as_array()) {
        if (item.is_string())
            out.push_back(*item.value<std::string>());
        else
            problem(&item, dotted(prefix, key),
                    BISTRO_PHRASE("Problem", "expected text in quotes"));
    }
    return out;
}

bool LessonReader::one_of(const toml::node* at, const std::string& key, const std::string& given,
                          const std::vector<std::string>& known, const Words& is_not) {
    if (std::find(known.begin(), known.end(), given) != known.end()) return true;
    const std::string hint = did_you_mean(given, known);
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    const Words sentence = is_not.with({given});
    problem(
        at, key,
        hint.empty()
            ? BISTRO_PHRASE("Problem", "%1; known: %2").around(sentence).with({list})
            : BISTRO_PHRASE("Problem", "%1 (did you mean \"%2\"?)").around(sentence).with({hint}));
    return false;
}

Lesson LessonReader::read(const toml::table& root) {
    Lesson lesson;
    check_keys(root, "", {"title", "teaches", "idea", "minutes", "scenario", "set", "step"});
    read_header(root, lesson);
    const Base base = read_base(root);
    read_steps(root, base, lesson);
    return lesson;
}

void LessonReader::read_header(const toml::table& root, Lesson& lesson) {
    lesson.title = text(root, "", "title", true).value_or("");
    lesson.teaches = text(root, "", "teaches", true).value_or("");
    lesson.idea = text(root, "", "idea", true).value_or("");
    if (const toml::node* m = root.get("minutes")) {
        const auto v = detail::integer_of(*m);
        if (m->is_integer() && v && *v >= 1 && *v <= 120)
            lesson.minutes = static_cast<int>(*v);
        else
            problem(m, "minutes",
                    BISTRO_PHRASE("Problem", "expected a whole number of minutes, 1 to 120"));
    }
}

LessonReader::Base LessonReader::read_base(const toml::table& root) {
    Base base;
    base.sets = words(root, "", "set");
    if (const auto name = text(root, "", "scenario", true)) {
        base.name = *name;
        base.scenario = scenario_of(root, "", base.name, base.sets);
    }
    return base;
}

void LessonReader::read_steps(const toml::table& root, const Base& base, Lesson& lesson) {
    const toml::node* steps = root.get("step");
    if (!steps || !steps->is_array_of_tables() || steps->as_array()->empty()) {
        problem(steps ? steps : &root, "step",
                BISTRO_PHRASE("Problem", "a lesson needs at least one [[step]]"));
        return;
    }
    int i = 0;
    for (const toml::node& node : *steps->as_array()) {
        const std::string prefix = "step[" + std::to_string(++i) + "]";
        lesson.steps.push_back(read_step(*node.as_table(), prefix, base));
    }
}

/// The scenario `name` with `sets` applied; a problem in it is reported where
/// the lesson names it, with the scenario's own words.
std::optional<Scenario> LessonReader::scenario_of(const toml::table& t, const std::string& prefix,
                                                  const std::string& name,
                                                  const std::vector<std::string>& sets) {
    const toml::node* at = t.get("set") ? t.get("set") : t.get("scenario");
    const std::optional<ScenarioText> found = scenarios_ ? scenarios_(name) : std::nullopt;
    if (!found) {
        problem(t.get("scenario") ? t.get("scenario") : at, dotted(prefix, "scenario"),
                BISTRO_PHRASE("Problem",
                              "no scenario \"%1\" (a preset such as \"lunch-rush\", or a file)")
                    .with({name}));
        return std::nullopt;
    }
    try {
        return parse_scenario(found->text, found->source, sets);
    } catch (const ScenarioError& e) {
        for (const ScenarioProblem& p : e.problems()) {
            // The scenario's own words, where it says them; set by the lesson, not on
            // the command line.
            const Words words{"", "%1%2", {Words::verbatim(p.where()), unmarked(p.message)}};
            problem(at, dotted(prefix, t.get("set") ? "set" : "scenario"), words);
        }
    }
    return std::nullopt;
}

LessonStep LessonReader::read_step(const toml::table& t, const std::string& prefix,
                                   const Base& base) {
    check_keys(t, prefix,
               {"text", "scenario", "set", "run_until", "latest", "lock", "locked_why", "highlight",
                "predict"});
    LessonStep step;
    step.text = text(t, prefix, "text", true).value_or("");
    const std::string name = text(t, prefix, "scenario").value_or(base.name);
    std::vector<std::string> sets = base.sets;
    for (const std::string& s : words(t, prefix, "set")) sets.push_back(s);
    if (t.get("scenario") || t.get("set"))
        step.scenario = scenario_of(t, prefix, name, sets).value_or(Scenario{});
    else if (base.scenario)
        step.scenario = *base.scenario;
    read_stop(t, prefix, step);
    read_locks(t, prefix, step);
    read_highlights(t, prefix, step);
    step.prediction = read_prediction(t, prefix, step);
    return step;
}

void LessonReader::read_stop(const toml::table& t, const std::string& prefix, LessonStep& step) {
    const toml::node* node = t.get("run_until");
    if (t.get("latest") && !node)
        problem(t.get("latest"), dotted(prefix, "latest"),
                BISTRO_PHRASE("Problem", "needs run_until = \"first-...\""));
    if (!node) return;
    const std::string given = node->is_string() ? *node->value<std::string>() : "";
    Stop stop{step.scenario.duration, stop_event_named(given)};
    if (!stop.event) {
        const auto time = node->is_string() ? parse_duration(given) : node->value<double>();
        if (!time || *time <= 0 || *time > step.scenario.duration) {
            std::vector<std::string> events;
            for (int e = 0; e < stop_event_count; ++e)
                events.push_back(to_string(static_cast<StopEvent>(e)));
            const std::string hint = did_you_mean(given, events);
            problem(node, dotted(prefix, "run_until"),
                    hint.empty()
                        ? BISTRO_PHRASE("Problem",
                                        "expected a time within the service (\"20m\") or an event "
                                        "(first-order, first-ticket, first-blocked, first-bell, "
                                        "first-burnt, first-served)")
                        : BISTRO_PHRASE("Problem", "unknown event (did you mean \"%1\"?)")
                              .with({hint}));
            return;
        }
        stop.time = *time;
    } else if (const toml::node* latest = t.get("latest")) {
        const auto time = latest->is_string() ? parse_duration(*latest->value<std::string>())
                                              : latest->value<double>();
        if (time && *time > 0 && *time <= step.scenario.duration)
            stop.time = *time;
        else
            problem(latest, dotted(prefix, "latest"),
                    BISTRO_PHRASE("Problem", "expected a time within the service"));
    }
    step.stop = stop;
}

void LessonReader::read_locks(const toml::table& t, const std::string& prefix, LessonStep& step) {
    std::vector<std::string> sliders;
    for (int p = 0; p < parameter_count; ++p)
        sliders.push_back(to_string(static_cast<Parameter>(p)));
    const std::string key = dotted(prefix, "lock");
    for (const std::string& name : words(t, prefix, "lock"))
        if (one_of(t.get("lock"), key, name, sliders,
                   BISTRO_PHRASE("Problem", "\"%1\" is not a slider")))
            step.locked.push_back(static_cast<Parameter>(
                std::find(sliders.begin(), sliders.end(), name) - sliders.begin()));
    step.locked_why = text(t, prefix, "locked_why").value_or("");
    if (!step.locked.empty() && step.locked_why.empty())
        problem(t.get("lock"), dotted(prefix, "locked_why"),
                BISTRO_PHRASE("Problem",
                              "missing: say why the sliders are locked (it is their tooltip)"));
}

void LessonReader::read_highlights(const toml::table& t, const std::string& prefix,
                                   LessonStep& step) {
    for (const std::string& h : words(t, prefix, "highlight")) {
        check_highlight(t.get("highlight"), dotted(prefix, "highlight"), h, step);
        step.highlights.push_back(h);
    }
}

void LessonReader::check_highlight(const toml::node* at, const std::string& key,
                                   const std::string& h, const LessonStep& step) {
    const std::size_t colon = h.find(':');
    const std::string kind = h.substr(0, colon);
    const std::string what = colon == std::string::npos ? "" : h.substr(colon + 1);
    if (colon == std::string::npos) {
        one_of(at, key, h, {"pass", "kitchen", "door"},
               BISTRO_PHRASE("Problem",
                             "\"%1\" is not a place (or write waiter:1, code:..., plot:..., "
                             "panel:..., card:...)"));
    } else if (kind == "waiter") {
        const int n = std::atoi(what.c_str());
        if (n < 1 || n > step.scenario.waiters || std::to_string(n) != what)
            problem(at, key,
                    BISTRO_PHRASE("Problem", "\"%1\": this step's restaurant has waiters 1 to %2")
                        .with({h, std::to_string(step.scenario.waiters)}));
    } else if (kind == "code") {
        std::vector<std::string> lines;
        for (int s = 0; s < waiter_step_count; ++s)
            lines.push_back(line_name(static_cast<WaiterStep>(s)));
        one_of(at, key, what, lines,
               BISTRO_PHRASE("Problem", "\"%1\" is not a line of the waiter's program"));
    } else if (kind == "plot" || kind == "panel") {
        one_of(at, key, what, lesson_panels(), BISTRO_PHRASE("Problem", "\"%1\" is not a panel"));
    } else if (kind == "card") {
        one_of(at, key, what, lesson_cards(),
               BISTRO_PHRASE("Problem", "\"%1\" is not an insight card"));
    } else {
        one_of(at, key, kind, {"waiter", "code", "plot", "panel", "card"},
               BISTRO_PHRASE("Problem", "\"%1\" is not a kind of highlight"));
    }
}

}  // namespace detail

const std::vector<std::string>& lesson_panels() {
    static const std::vector<std::string> panels = {
        "stats",         "controls",    "inspector",  "insights",     "code",
        "timeline",      "eventLog",    "comparison", "plotWaitFood", "plotTimeIn",
        "plotWaitTable", "plotWaiters", "plotQueues", "plotTheory"};
    return panels;
}

const std::vector<std::string>& lesson_cards() {
    static const std::vector<std::string> cards = {"blocked_at_pass", "kitchen_bottleneck",
                                                   "own_work", "queue_grows"};
    return cards;
}

Lesson parse_lesson(std::string_view text, const std::string& source_name,
                    const ScenarioFinder& scenarios) {
    toml::table root;
    try {
        root = toml::parse(text, source_name);
    } catch (const toml::parse_error& e) {
        throw ScenarioError({{source_name, static_cast<int>(e.source().begin.line),
                              static_cast<int>(e.source().begin.column), "",
                              BISTRO_PHRASE("Problem", "not valid TOML: %1")
                                  .with({std::string(e.description())})}});
    }
    detail::LessonReader reader(source_name, scenarios);
    Lesson lesson = reader.read(root);
    if (!reader.problems().empty()) throw ScenarioError(std::move(reader.problems()));
    return lesson;
}

namespace {
std::optional<std::string> read_text(const std::filesystem::path& file) {
    std::error_code ignored;
    if (std::filesystem::is_directory(file, ignored)) return std::nullopt;  // it reads as nothing
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
}  // namespace

ScenarioFinder scenario_files(const std::filesystem::path& lesson_dir,
                              std::vector<std::filesystem::path> presets) {
    presets.insert(presets.begin(), lesson_dir);
    return [presets](const std::string& name) -> std::optional<ScenarioText> {
        std::filesystem::path file(name);
        if (!file.has_extension()) file += ".toml";
        for (const auto& dir : presets) {
            const std::filesystem::path candidate = file.is_absolute() ? file : dir / file;
            if (auto text = read_text(candidate)) return ScenarioText{*text, candidate.string()};
        }
        return std::nullopt;
    };
}

Lesson load_lesson(const std::filesystem::path& file, std::vector<std::filesystem::path> presets) {
    const std::optional<std::string> text = read_text(file);
    if (!text)
        throw ScenarioError({{file.string(), 0, 0, "",
                              BISTRO_PHRASE("Problem", "cannot open the file (does it exist?)")}});
    return parse_lesson(*text, file.string(),
                        scenario_files(file.parent_path(), std::move(presets)));
}

bool looks_like_lesson(std::string_view text) {
    try {
        const toml::table root = toml::parse(text);
        return root.contains("step");
    } catch (const toml::parse_error&) {
        return text.find("[[step]]") != std::string_view::npos;
    }
}

std::string what_it_teaches(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::string line, out;
    bool inside = false;
    while (std::getline(in, line) && line.starts_with('#')) {
        std::string words = line.substr(1);
        words.erase(0, words.find_first_not_of(' '));
        if (!inside && words.starts_with("What it teaches:")) {
            inside = true;
            words = words.substr(16);
            words.erase(0, words.find_first_not_of(' '));
        } else if (inside && (words.empty() || words.starts_with("- "))) {
            break;  // the paragraph ends at a blank line or a list of things to try
        }
        if (inside && !words.empty()) out += (out.empty() ? "" : " ") + words;
    }
    return out;
}

}  // namespace bistro
