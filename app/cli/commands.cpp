#include "commands.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <span>
#include <sstream>
#include <thread>

#include "bistro/io/lesson_file.hpp"
#include "bistro/io/scenario_file.hpp"
#include "bistro/io/scenario_search.hpp"
#include "bistro/io/trace_csv.hpp"
#include "bistro/sim/replications.hpp"
#include "bistro/sim/restaurant.hpp"
#include "long_run.hpp"
#include "report.hpp"
#include "words.hpp"

namespace bistro::cli {

namespace {
/// Bad input: the message has already been printed.
struct BadInput {};

/// Each problem on a line of its own, in the user's language.
std::string problems_of(const ScenarioError& e) {
    std::string text;
    for (const ScenarioProblem& p : e.problems())
        text += (text.empty() ? "" : "\n") + p.where() + say(p.message);
    return text;
}

void fail(const std::string& message) {
    std::cerr << "bistro-cli: " << message << "\n";
    throw BadInput{};
}

/// The scenario with every command-line setting applied, validated as a whole.
Scenario scenario_of(const Options& o, const std::vector<std::string>& vary = {}) {
    // Options first, then --set, then the sweep's --vary: the most specific wins.
    std::vector<std::string> sets;
    if (o.policy) sets.push_back("policy=\"" + *o.policy + "\"");
    if (o.seed) sets.push_back("seed=" + std::to_string(*o.seed));
    auto duration_option = [&](const std::optional<std::string>& text, const char* name) {
        if (!text) return;
        const auto d = parse_duration(*text);
        if (!d || *d < 0)
            fail(say(BISTRO_WORDS("Cli",
                                  "--%1: \"%2\" is not a duration (write e.g. 90s, 30m "
                                  "or 2h)"),
                     {name, *text}));
        sets.push_back(std::string(name) + "=" + fmt::format("{}", *d));
    };
    duration_option(o.warmup, "warmup");
    duration_option(o.duration, "duration");
    sets.insert(sets.end(), o.sets.begin(), o.sets.end());
    sets.insert(sets.end(), vary.begin(), vary.end());
    Scenario s;
    try {
        s = load_scenario(find_scenario(o.scenario, o.presets), sets);
    } catch (const ScenarioError& e) {
        fail(problems_of(e));
    }
    if (o.replications < 1) fail(say(BISTRO_WORDS("Cli", "--replications: must be at least 1")));
    if (o.per_replication && o.format == "table")
        fail(say(BISTRO_WORDS("Cli",
                              "--per-replication: needs --format json or --format csv (a "
                              "table shows intervals)")));
    return s;
}

int jobs_of(const Options& o) {
    return o.jobs > 0 ? o.jobs : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

/// The first replication's event log; `watch` was told to expect it.
void write_trace(const Scenario& s, const std::string& file, RunWatch& watch) {
    TraceCsv trace(file);
    Restaurant r(s);
    r.add_listener(&trace);
    run_to_end(r, &watch);
    trace.commit();
    spdlog::info("wrote {} happenings of replication 1 to {}", trace.rows(), file);
}

/// The body's exit code; its failures as messages and exit codes, after the bar is gone.
template <typename Body>
int guarded(LongRun& long_run, Body body) {
    try {
        return body();
    } catch (const BadInput&) {
        return exit_bad_input;
    } catch (const RunStopped&) {
        long_run.finish();
        std::cerr << "bistro-cli: "
                  << say(BISTRO_WORDS("Cli",
                                      "interrupted after %1; no results printed (they "
                                      "would cover part of the runs only)"),
                         {long_run.progress()})
                  << "\n";
        return exit_interrupted;
    } catch (const std::exception& e) {
        long_run.finish();
        std::cerr << "bistro-cli: " << e.what() << "\n";
        return exit_failure;
    }
}

/// A summary or a comparison on stdout, in the format asked for.
template <class Report>
void print(const Report& report, const Options& o) {
    if (o.format == "json")
        std::cout << to_json(report, o.per_replication).dump(2) << "\n";
    else if (o.format == "csv")
        std::cout << format_csv(report, o.per_replication);
    else
        std::cout << format_table(report);
}
}  // namespace

int run(const Options& o) {
    LongRun long_run;
    return guarded(long_run, [&] {
        const Scenario s = scenario_of(o);
        RunWatch& watch = long_run.watch();
        if (!o.trace.empty()) watch.expect(s.duration);
        const Summary summary =
            summarise(s, run_replications(s, o.replications, jobs_of(o), {}, &watch));
        if (!o.trace.empty()) write_trace(s, o.trace, watch);
        long_run.finish();
        print(summary, o);
        return exit_ok;
    });
}

int compare(const Options& o) {
    LongRun long_run;
    return guarded(long_run, [&] {
        const Scenario s = scenario_of(o);
        RunWatch& watch = long_run.watch();
        if (!o.trace.empty()) watch.expect(s.duration);
        const Comparison c = bistro::cli::compare(s, o.replications, jobs_of(o), &watch);
        if (!o.trace.empty()) write_trace(s, o.trace, watch);
        long_run.finish();
        print(c, o);
        return exit_ok;
    });
}

namespace {
struct Axis {
    std::string key;
    std::vector<std::string> values;
};

Axis parse_vary(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        fail("--vary \"" + text + "\": expected KEY=FROM:TO:STEP or KEY=A,B,C");
    Axis axis{text.substr(0, eq), {}};
    const std::string spec = text.substr(eq + 1);
    if (spec.find(':') != std::string::npos) {
        double from = 0, to = 0, step = 0;
        char c1 = 0, c2 = 0;
        std::istringstream in(spec);
        if (!(in >> from >> c1 >> to >> c2 >> step) || c1 != ':' || c2 != ':' || !in.eof() ||
            step <= 0 || to < from)
            fail("--vary \"" + text +
                 "\": expected FROM:TO:STEP with FROM <= TO and STEP > 0, e.g. 10:40:5");
        const int count = static_cast<int>(std::floor((to - from) / step + 1e-9)) + 1;
        if (count > 10000) fail("--vary \"" + text + "\": more than 10000 values");
        for (int i = 0; i < count; ++i)
            axis.values.push_back(fmt::format("{:.12g}", from + i * step));
    } else {
        std::istringstream in(spec);
        for (std::string v; std::getline(in, v, ',');)
            if (!v.empty()) axis.values.push_back(v);
        if (axis.values.empty()) fail("--vary \"" + text + "\": no values");
    }
    return axis;
}

std::string csv_field(const std::string& v) {
    if (v.find_first_of(",\"\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

/// Every point of the grid the axes span, as settings; the last axis varies fastest.
std::vector<std::vector<std::string>> grid_of(const std::vector<Axis>& axes) {
    std::vector<std::vector<std::string>> points{{}};
    for (const Axis& axis : axes) {
        std::vector<std::vector<std::string>> next;
        for (const auto& p : points)
            for (const auto& v : axis.values) {
                next.push_back(p);
                next.back().push_back(axis.key + "=" + v);
            }
        points = std::move(next);
    }
    return points;
}

/// The metrics of each replication of each scenario, replications of a scenario side by side.
std::vector<std::vector<Metric>> run_all(const std::vector<Scenario>& scenarios, int reps, int jobs,
                                         RunWatch& watch) {
    const int total = static_cast<int>(scenarios.size()) * reps;
    std::vector<std::vector<Metric>> results(static_cast<std::size_t>(total));
    for (const Scenario& s : scenarios) watch.expect(reps * s.duration);
    parallel_for(total, jobs, [&](int task) {
        Scenario s = scenarios[static_cast<std::size_t>(task / reps)];
        s.seed = replication_seed(s.seed, task % reps);
        Restaurant r(std::move(s));
        run_to_end(r, &watch);
        results[static_cast<std::size_t>(task)] = r.metrics();
    });
    return results;
}

/// The axes' keys, then each metric's mean and confidence half-width.
std::string csv_header(const std::vector<Axis>& axes, const std::vector<Metric>& metrics) {
    std::string csv;
    for (const Axis& axis : axes) csv += csv_field(axis.key) + ",";
    for (std::size_t i = 0; i < metrics.size(); ++i)
        csv += metrics[i].name + ".mean," + metrics[i].name + ".half_width" +
               (i + 1 < metrics.size() ? "," : "\n");
    return csv;
}

/// A point's values, then each metric estimated over the point's replications.
std::string csv_row(const std::vector<std::string>& point,
                    std::span<const std::vector<Metric>> replications) {
    std::string csv;
    for (const auto& setting : point) csv += csv_field(setting.substr(setting.find('=') + 1)) + ",";
    const std::size_t count = replications.front().size();
    for (std::size_t i = 0; i < count; ++i) {
        std::vector<double> xs;
        for (const auto& metrics : replications) xs.push_back(metrics[i].value);
        const Estimate e = estimate(xs);
        csv += fmt::format("{},{}{}", e.mean, e.half_width, i + 1 < count ? "," : "\n");
    }
    return csv;
}
}  // namespace

int sweep(const Options& o, const std::vector<std::string>& vary, const std::string& out) {
    LongRun long_run;
    return guarded(long_run, [&] {
        std::vector<Axis> axes;
        for (const auto& v : vary) axes.push_back(parse_vary(v));
        // Every point of the grid, validated up front: no half-done sweep on a typo.
        const std::vector<std::vector<std::string>> points = grid_of(axes);
        std::vector<Scenario> scenarios;
        for (const auto& p : points) scenarios.push_back(scenario_of(o, p));
        const auto reps = static_cast<std::size_t>(o.replications);
        const std::vector<std::vector<Metric>> results =
            run_all(scenarios, o.replications, jobs_of(o), long_run.watch());
        long_run.finish();
        std::string csv = csv_header(axes, results.front());
        for (std::size_t p = 0; p < points.size(); ++p)
            csv += csv_row(points[p], std::span(results).subspan(p * reps, reps));
        write_file_atomically(out, csv);
        std::cerr << say(BISTRO_WORDS("Cli", "wrote %1 rows to %2"),
                         {std::to_string(points.size()), out})
                  << "\n";
        return exit_ok;
    });
}

namespace {
/// Whether the step's prediction is what the model shows, on its day and 20 others;
/// prints how it went, or the problem.
bool check_prediction(const std::string& file, std::size_t step_number, const LessonStep& step) {
    const LessonPrediction& p = *step.prediction;
    const Trial t = try_prediction(step);
    const std::string where = fmt::format("{}: step[{}].predict: ", file, step_number);
    const std::string days = std::to_string(t.days), right = std::to_string(t.right);
    if (!t.reached)
        std::cerr << where << say(BISTRO_WORDS("Cli", "the stop's event did not come on every day"))
                  << "\n";
    else if (!p.right(t.own))
        std::cerr << where
                  << say(BISTRO_WORDS(
                             "Cli",
                             "at the lesson's seed %1 the model shows %2, not the answer the "
                             "lesson calls right"),
                         {std::to_string(step.scenario.seed), describe(t.own)})
                  << "\n";
    else if (!p.varies && t.right < t.days)
        std::cerr << where
                  << say(BISTRO_WORDS(
                             "Cli",
                             "on seed %1 the model shows %2, not the answer the lesson calls "
                             "right (right on %3 of %4 other days; say varies = true and "
                             "teach that, or change it)"),
                         {std::to_string(t.wrong_seed), describe(t.wrong), right, days})
                  << "\n";
    else if (p.varies && t.right == t.days)
        std::cerr << where
                  << say(BISTRO_WORDS(
                             "Cli",
                             "it says the outcome varies, but it is the same on all %1 other days"),
                         {days})
                  << "\n";
    else
        std::cout << "  "
                  << say(p.varies
                             ? BISTRO_WORDS(
                                   "Cli",
                                   "step %1: %2 at seed %3; right on %4 of %5 other days (it "
                                   "says the outcome varies)")
                             : BISTRO_WORDS("Cli",
                                            "step %1: %2 at seed %3; right on %4 of %5 other days"),
                         {std::to_string(step_number), describe(t.own),
                          std::to_string(step.scenario.seed), right, days})
                  << "\n";
    return t.holds(p);
}

/// A lesson file: scenarios are found beside it, then in the presets beside its folder,
/// then among this program's presets. Every prediction is then tried.
int check_lesson(const std::string& file, const std::vector<std::filesystem::path>& presets) {
    const std::filesystem::path path(file);
    std::vector<std::filesystem::path> folders{path.parent_path() / ".." / "scenarios"};
    folders.insert(folders.end(), presets.begin(), presets.end());
    const Lesson lesson = load_lesson(path, folders);
    const auto predictions = std::count_if(lesson.steps.begin(), lesson.steps.end(),
                                           [](const LessonStep& s) { return s.prediction; });
    bool true_to_the_model = true;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i)
        if (lesson.steps[i].prediction)
            true_to_the_model = check_prediction(file, i + 1, lesson.steps[i]) && true_to_the_model;
    if (true_to_the_model)
        std::cout
            << say(predictions == 1
                       ? BISTRO_WORDS("Cli",
                                      "%1: OK. Lesson \"%2\": %3 steps, %4 prediction true to the "
                                      "model, about %5 min.")
                       : BISTRO_WORDS("Cli",
                                      "%1: OK. Lesson \"%2\": %3 steps, %4 predictions true to the "
                                      "model, about %5 min."),
                   {file, lesson.title, std::to_string(lesson.steps.size()),
                    std::to_string(predictions), std::to_string(lesson.minutes)})
            << "\n";
    return true_to_the_model ? exit_ok : exit_bad_input;
}

bool is_lesson_file(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return in && looks_like_lesson(text.str());
}
}  // namespace

int check(const std::string& name, const std::vector<std::filesystem::path>& presets) {
    try {
        if (is_lesson_file(name)) return check_lesson(name, presets);
        const std::string file = find_scenario(name, presets).string();
        const Scenario s = load_scenario(file);
        const std::string waiters = std::to_string(s.waiters), cooks = std::to_string(s.cooks);
        const int tables = s.tables_for_two + s.tables_for_four;
        std::cout << say(BISTRO_WORDS("Cli",
                                      "%1: OK. \"%2\": %3, %4, %5, %6 parties/h, %7, %8 policy."),
                         {file, s.name,
                          s.waiters == 1 ? say(BISTRO_WORDS("Cli", "%1 waiter"), {waiters})
                                         : say(BISTRO_WORDS("Cli", "%1 waiters"), {waiters}),
                          s.cooks == 1 ? say(BISTRO_WORDS("Cli", "%1 cook"), {cooks})
                                       : say(BISTRO_WORDS("Cli", "%1 cooks"), {cooks}),
                          tables == 1
                              ? say(BISTRO_WORDS("Cli", "1 table"))
                              : say(BISTRO_WORDS("Cli", "%1 tables"), {std::to_string(tables)}),
                          localized(fmt::format("{}", s.rate_per_hour)),
                          format_duration(s.duration), to_string(s.policy)})
                  << "\n";
        return exit_ok;
    } catch (const ScenarioError& e) {
        std::cerr << problems_of(e) << "\n";
        return exit_bad_input;
    }
}

}  // namespace bistro::cli
