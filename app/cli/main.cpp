// bistro-cli: run, compare and sweep restaurant scenarios from a terminal.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "bistro/io/scenario_search.hpp"
#include "commands.hpp"
#include "words.hpp"

namespace {

using bistro::cli::Options;
using bistro::cli::say;

/// CLI11's own words in the help ("Usage", "OPTIONS", "REQUIRED", ...), and the
/// name of the options' group (the subcommands inherit it).
void label_in_the_language(CLI::App& app) {
    const auto label = [&](const char* key, std::string words) {
        app.get_formatter()->label(key, words);
    };
    label("Usage", say(BISTRO_WORDS("Cli", "Usage")));
    label("OPTIONS", say(BISTRO_WORDS("Cli", "OPTIONS")));
    label("Positionals", say(BISTRO_WORDS("Cli", "Positionals")));
    label("REQUIRED", say(BISTRO_WORDS("Cli", "REQUIRED")));
    label("SUBCOMMAND", say(BISTRO_WORDS("Cli", "SUBCOMMAND")));
    app.option_defaults()->group(say(BISTRO_WORDS("Cli", "Options")));
}

void add_scenario_options(CLI::App& cmd, Options& o) {
    cmd.add_option(
           "scenario", o.scenario,
           say(BISTRO_WORDS("Cli", "Scenario file (TOML), or a preset name such as lunch-rush")))
        ->required();
    cmd.add_option(
        "--seed", o.seed,
        say(BISTRO_WORDS("Cli", "Seed of the first replication (the others derive from it)")));
    cmd.add_option("-r,--replications", o.replications,
                   say(BISTRO_WORDS("Cli", "Independent replications (for confidence intervals)")))
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    cmd.add_option("--warmup", o.warmup,
                   say(BISTRO_WORDS("Cli", "Discard statistics before this time, e.g. 30m")));
    cmd.add_option("--duration", o.duration,
                   say(BISTRO_WORDS("Cli", "Length of each run, e.g. 8h")));
    cmd.add_option(
           "--set", o.sets,
           say(BISTRO_WORDS(
               "Cli",
               "Change a scenario key, e.g. --set staff.waiters=4 --set times.eating=exp(20m)")))
        ->type_name("KEY=VALUE");
    cmd.add_option("-j,--jobs", o.jobs,
                   say(BISTRO_WORDS(
                       "Cli", "Threads to use (default: every core); results do not depend on it")))
        ->check(CLI::Range(0, 1024));
}

void add_output_options(CLI::App& cmd, Options& o) {
    cmd.add_option(
           "--format", o.format,
           say(BISTRO_WORDS("Cli", "Output: table (for people), json (for scripts) or csv")))
        ->capture_default_str()
        ->check(CLI::IsMember({"table", "json", "csv"}));
    cmd.add_option(
           "--trace", o.trace,
           say(BISTRO_WORDS("Cli", "Write the event log of the first replication as CSV to FILE")))
        ->type_name("FILE");
    cmd.add_flag("--per-replication", o.per_replication,
                 say(BISTRO_WORDS(
                     "Cli",
                     "With json or csv: every replication's values too, so derived quantities can "
                     "get their own intervals")));
}

void add_policy_option(CLI::App& cmd, Options& o) {
    cmd.add_option("--policy", o.policy, say(BISTRO_WORDS("Cli", "Override the scenario's policy")))
        ->check(CLI::IsMember({"sync", "async"}));
}

/// A subcommand's -h is made before it inherits the options' group, so it would stand
/// alone under CLI11's English "Options".
void group_the_help_flags(CLI::App& app) {
    for (CLI::App* sub : app.get_subcommands({}))
        if (CLI::Option* help = sub->get_help_ptr())
            help->group(app.option_defaults()->get_group());
}

/// What the command line asks for; CLI11 fills it in while parsing.
struct Request {
    Options options;
    std::vector<std::string> vary;
    std::string out;
    std::string check_file;
    std::string log_level = "warn";
};

void add_global_options(CLI::App& app, std::string& log_level) {
    app.set_help_flag("-h,--help", say(BISTRO_WORDS("Cli", "Print this help message and exit")));
    app.set_version_flag("--version", std::string("bistro-cli ") + BISTRO_VERSION,
                         say(BISTRO_WORDS("Cli", "Display program version information and exit")));
    app.require_subcommand(1);
    app.add_option("--log-level", log_level,
                   say(BISTRO_WORDS("Cli", "trace, debug, info, warn, error or off")))
        ->capture_default_str()
        ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}));
}

CLI::App* add_run(CLI::App& app, Options& o) {
    auto* run = app.add_subcommand(
        "run",
        say(BISTRO_WORDS(
            "Cli", "Run a scenario and print every statistic with its 95% confidence interval")));
    run->group(say(BISTRO_WORDS("Cli", "Subcommands")));
    add_scenario_options(*run, o);
    add_policy_option(*run, o);
    add_output_options(*run, o);
    run->footer(say(BISTRO_WORDS("Cli", "Examples:")) +
                "\n  bistro-cli run lunch-rush\n"
                "  bistro-cli run lunch-rush --policy async -r 50 --format json\n"
                "  bistro-cli run my-restaurant.toml --set staff.waiters=4 --trace events.csv");
    return run;
}

CLI::App* add_compare(CLI::App& app, Options& o) {
    auto* compare = app.add_subcommand(
        "compare",
        say(BISTRO_WORDS("Cli", "Run sync and async on the same customers and compare them")));
    compare->group(say(BISTRO_WORDS("Cli", "Subcommands")));
    add_scenario_options(*compare, o);
    add_output_options(*compare, o);
    compare->footer(say(BISTRO_WORDS("Cli", "Examples:")) +
                    "\n  bistro-cli compare slow-kitchen\n"
                    "  bistro-cli compare cocktail-bar -r 40 --format json");
    return compare;
}

CLI::App* add_sweep(CLI::App& app, Request& r) {
    auto* sweep = app.add_subcommand(
        "sweep",
        say(BISTRO_WORDS("Cli", "Run a grid of settings and write one CSV row per point")));
    sweep->group(say(BISTRO_WORDS("Cli", "Subcommands")));
    add_scenario_options(*sweep, r.options);
    add_policy_option(*sweep, r.options);
    sweep
        ->add_option("--vary", r.vary,
                     say(BISTRO_WORDS("Cli", "KEY=FROM:TO:STEP or KEY=A,B,C; several make a grid")))
        ->required()
        ->type_name("SPEC");
    sweep->add_option("--out", r.out, say(BISTRO_WORDS("Cli", "CSV file to write")))
        ->required()
        ->type_name("FILE.csv");
    sweep->footer(
        say(BISTRO_WORDS("Cli", "Examples:")) +
        "\n  bistro-cli sweep lunch-rush --vary arrivals.rate_per_hour=10:40:5 --out "
        "rate.csv\n"
        "  bistro-cli sweep lunch-rush --vary policy=sync,async --vary staff.waiters=1:6:1 -r "
        "20 --out grid.csv");
    return sweep;
}

void add_check(CLI::App& app, std::string& file) {
    auto* check = app.add_subcommand(
        "check",
        say(BISTRO_WORDS("Cli", "Validate a scenario or lesson file and explain what is wrong")));
    check->group(say(BISTRO_WORDS("Cli", "Subcommands")));
    check
        ->add_option("file", file,
                     say(BISTRO_WORDS("Cli", "Scenario or lesson file (TOML), or a preset name")))
        ->required();
    check->footer(say(BISTRO_WORDS("Cli", "Examples:")) +
                  "\n  bistro-cli check my-scenario.toml\n"
                  "  bistro-cli check resources/lessons/01-blocking-call.toml");
}

/// The presets a scenario may be named by, for the help.
std::string presets_footer(const std::vector<std::filesystem::path>& presets) {
    std::string names;
    for (const auto& n : bistro::preset_names(presets)) names += (names.empty() ? "" : ", ") + n;
    return say(BISTRO_WORDS("Cli", "A scenario is a TOML file, or the name of a preset:")) +
           "\n  " +
           (names.empty() ? say(BISTRO_WORDS("Cli", "none found (is Async Bistro installed?)"))
                          : names) +
           ".\n";
}

/// Parses the command line; an exit code if that already ends the program (help, version,
/// a usage error), nothing if a command is to run.
std::optional<int> parse(CLI::App& app, int argc, char** argv) {
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return bistro::cli::exit_bad_input;
    }
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    const bistro::cli::Language language(argc, argv);  // LANG: the words, not JSON or CSV
    spdlog::set_default_logger(spdlog::stderr_color_mt("bistro"));
    spdlog::set_level(spdlog::level::warn);

    CLI::App app{
        say(BISTRO_WORDS("Cli",
                         "Async Bistro from the terminal: simulate a restaurant served "
                         "synchronously or asynchronously.\nExit codes: 0 ok, 2 bad input (a "
                         "scenario or an option), 1 other failures, 130 interrupted (Ctrl-C: no "
                         "results).\nResults go to stdout, messages to stderr.")),
        "bistro-cli"};  // the name in the usage lines, however the program was started
    label_in_the_language(app);
    Request request;
    Options& options = request.options;
    options.presets = bistro::scenario_directories(bistro::this_executable(argv[0]));
    app.footer(presets_footer(options.presets));
    add_global_options(app, request.log_level);
    const CLI::App* run = add_run(app, request.options);
    const CLI::App* compare = add_compare(app, request.options);
    const CLI::App* sweep = add_sweep(app, request);
    add_check(app, request.check_file);
    group_the_help_flags(app);
    if (const auto exit_code = parse(app, argc, argv)) return *exit_code;
    spdlog::set_level(spdlog::level::from_str(request.log_level));

    if (*run) return bistro::cli::run(options);
    if (*compare) return bistro::cli::compare(options);
    if (*sweep) return bistro::cli::sweep(options, request.vary, request.out);
    return bistro::cli::check(request.check_file, options.presets);
}
