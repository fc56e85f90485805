// Runs the real bistro-cli binary, as a person or a script would.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct Result {
    int code = -1;
    std::string out, err;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path work_dir() {
    static const fs::path dir = [] {
        const fs::path d =
            fs::temp_directory_path() / ("bistro-cli-test-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

/// Runs bistro-cli with `args` in the folder `cwd`, in English unless `env` says
/// otherwise ("LANG=de_DE.UTF-8").
Result cli_in(const fs::path& cwd, const std::string& args, const std::string& env = "LANG=C") {
    const fs::path out = work_dir() / "stdout", err = work_dir() / "stderr";
    const std::string command = "cd " + cwd.string() + " && env -u LC_ALL -u LC_MESSAGES -u " +
                                "LANGUAGE " + env + " " + std::string(BISTRO_CLI) + " " + args +
                                " >" + out.string() + " 2>" + err.string();
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

Result cli(const std::string& args) {
    return cli_in(fs::current_path(), args);
}

std::string preset(const std::string& name) {
    return std::string(BISTRO_SCENARIOS_DIR) + "/" + name + ".toml";
}

fs::path write(const std::string& name, const std::string& text) {
    const fs::path p = work_dir() / name;
    std::ofstream(p) << text;
    return p;
}

}  // namespace

TEST(Cli, EveryPresetChecksAndRuns) {
    int count = 0;
    for (const auto& entry : fs::directory_iterator(BISTRO_SCENARIOS_DIR)) {
        const Result check = cli("check " + entry.path().string());
        EXPECT_EQ(check.code, 0) << check.err;
        EXPECT_NE(check.out.find(": OK."), std::string::npos);
        const Result run = cli("run " + entry.path().string() + " -r 2");
        EXPECT_EQ(run.code, 0) << run.err;
        EXPECT_NE(run.out.find("for a waiter to take the order"), std::string::npos);
        ++count;
    }
    EXPECT_GE(count, 6);
}

TEST(Cli, EveryShippedLessonChecksTrueToTheModel) {
    int count = 0;
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(BISTRO_SCENARIOS_DIR) / ".." / "lessons")) {
        if (!entry.is_regular_file()) continue;  // each language's lessons are in a folder
        const Result check = cli("check " + entry.path().string());
        EXPECT_EQ(check.code, 0) << check.err;
        EXPECT_NE(check.out.find(": OK. Lesson"), std::string::npos) << check.out;
        EXPECT_NE(check.out.find("right on 20 of 20 other days"), std::string::npos) << check.out;
        ++count;
    }
    EXPECT_GE(count, 21);  // seven lessons in English, German and Spanish
}

TEST(Cli, AFolderIsNotAScenario) {
    // A folder opens for reading on Linux and reads as nothing: it must not pass for
    // the default restaurant.
    const Result check = cli("check " + (fs::path(BISTRO_SCENARIOS_DIR) / "..").string());
    EXPECT_EQ(check.code, 2);
    EXPECT_NE(check.err.find("is a folder"), std::string::npos) << check.err << check.out;
}

/// A lesson on the shipped lunch rush with one step, `step` (TOML lines).
std::string lesson_with(const std::string& step) {
    return "title = \"t\"\nteaches = \"t\"\nidea = \"i\"\nscenario = \"" + preset("lunch-rush") +
           "\"\n[[step]]\ntext = \"x\"\n" + step;
}

TEST(Cli, CheckRefusesALessonThatNamesAMissingSliderOrPanel) {
    const fs::path file =
        write("bad-lesson.toml", lesson_with("lock = [\"cooks\", \"chefs\"]\nlocked_why = \"w\"\n"
                                             "highlight = [\"panel:kitchenCam\"]\n"));
    const Result check = cli("check " + file.string());
    EXPECT_EQ(check.code, 2);
    EXPECT_NE(check.err.find(file.string() + ":7:8: step[1].lock: \"chefs\" is not a slider"),
              std::string::npos)
        << check.err;
    EXPECT_NE(check.err.find(":9:13: step[1].highlight: \"kitchenCam\" is not a panel"),
              std::string::npos)
        << check.err;
}

TEST(Cli, CheckRefusesALessonTheModelContradicts) {
    // Async waiters never block; a lesson that says both are blocked is untrue.
    const fs::path file = write(
        "untrue-lesson.toml",
        lesson_with("set = [\"policy=async\"]\nrun_until = \"1h\"\n[step.predict]\nask = \"?\"\n"
                    "measure = \"blocked_now\"\nexplain = \"e\"\nanswer = 2\n"
                    "choices = [ { text = \"none\", from = 0, to = 0 }, { text = \"some\", "
                    "from = 1, to = 3 } ]\n[[step]]\ntext = \"end\"\n"));
    const Result check = cli("check " + file.string());
    EXPECT_EQ(check.code, 2);
    EXPECT_NE(check.err.find("step[1].predict: at the lesson's seed 42 the model shows 0.0 "
                             "waiters, not the answer the lesson calls right"),
              std::string::npos)
        << check.err;
}

struct BadCase {
    const char* name;
    const char* file_text;  // nullptr: use `args` alone
    const char* args;
    const char* message;
};

class CliBadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(CliBadInput, ExplainsOnStderrAndExitsWith2) {
    const BadCase& c = GetParam();
    std::string args = c.args;
    if (c.file_text) args = args + " " + write(std::string(c.name) + ".toml", c.file_text).string();
    const Result r = cli(args);
    EXPECT_EQ(r.code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << "results on stdout, messages on stderr";
}

INSTANTIATE_TEST_SUITE_P(
    EveryCase, CliBadInput,
    ::testing::Values(
        BadCase{"typo", "[staff]\nwaitres = 2\n", "run",
                ":2:1: staff.waitres: unknown key (did you mean \"waiters\"?)"},
        BadCase{"wrong_type", "seed = \"forty\"\n", "run", ":1:8: seed: expected a whole number"},
        BadCase{"negative_rate", "[arrivals]\nrate_per_hour = -1\n", "run",
                "arrivals.rate_per_hour: must be > 0"},
        BadCase{"zero_waiters", "[staff]\nwaiters = 0\n", "compare",
                "staff.waiters: must be 1 to 100"},
        BadCase{"zero_cooks", "[staff]\ncooks = 0\n", "run", "staff.cooks: must be 1 to 100"},
        BadCase{"shares", "[arrivals]\nparty_size = { 2 = 0.3 }\n", "run",
                "shares must sum to 1 (they sum to 0.3"},
        BadCase{"duration", "duration = \"long\"\n", "run",
                "duration: expected a duration such as"},
        BadCase{"distribution", "[times]\neating = \"exp(20m\"\n", "run",
                "times.eating: missing ')'"},
        BadCase{"check_reports", "[staff]\ncooks = -2\n", "check", "staff.cooks: must be 1 to 100"},
        BadCase{"missing_file", nullptr, "run /nonexistent/lunch.toml",
                "/nonexistent/lunch.toml: cannot open the file"},
        BadCase{"bad_set", "", "run --set staff.waiters=zero",
                "staff.waiters: expected a whole number"},
        BadCase{"bad_option", "", "run --policy maybe", "--policy"},
        BadCase{"bad_warmup", "", "run --warmup soon", "--warmup: \"soon\" is not a duration"},
        BadCase{"bad_vary", "", "sweep --out x.csv --vary staff.waiters=5:1:1",
                "expected FROM:TO:STEP"},
        // What no restaurant means, refused before it can run for hours or fill the memory.
        BadCase{"huge_rate", "", "run --set arrivals.rate_per_hour=1e9",
                "arrivals.rate_per_hour: at most 10000 parties an hour (set on the command line)"},
        BadCase{"huge_duration", "", "run --set duration=1e9h",
                "duration: at most 10000h (over a year of service) (set on the command line)"},
        BadCase{"huge_duration_option", "", "compare --duration 20000h",
                "duration: at most 10000h"},
        BadCase{"huge_peak",
                "[arrivals]\nrate_per_hour = 5000\nprofile = [{ from = \"1h\", factor = 3 }]\n",
                "run", ":3:36: arrivals.profile[1].factor: gives 15000 parties an hour"},
        BadCase{"many_tables", "[floor]\ntables_for_two = 300\ntables_for_four = 101\n", "run",
                "floor.tables: at most 400 tables"}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(Cli, JsonHoldsTheDocumentedKeys) {
    const Result r = cli("run " + preset("lunch-rush") + " -r 3 --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    for (const char* key :
         {"scenario", "policy", "seed", "replications", "duration_s", "warmup_s", "metrics"})
        EXPECT_TRUE(j.contains(key)) << key;
    for (const char* metric :
         {"arrived", "served", "lost", "throughput", "wait_table.mean", "wait_order.p90",
          "wait_first_dish.p50", "wait_food.p99", "time_in_restaurant.mean", "cold_food.mean",
          "kitchen_wait.mean", "door_queue.mean", "kitchen_queue.mean", "at_pass.mean",
          "cook_utilisation", "waiter_utilisation", "waiter_share.blocked"}) {
        ASSERT_TRUE(j["metrics"].contains(metric)) << metric;
        for (const char* field : {"unit", "mean", "ci95_low", "ci95_high", "half_width", "sd"})
            EXPECT_TRUE(j["metrics"][metric].contains(field)) << metric << "." << field;
    }
    EXPECT_EQ(j["replications"], 3);
    EXPECT_EQ(j["policy"], "sync");
}

TEST(Cli, ResultsDoNotDependOnTheNumberOfJobs) {
    const Result one = cli("run " + preset("lunch-rush") + " -r 6 --jobs 1 --format json");
    const Result two = cli("run " + preset("lunch-rush") + " -r 6 --jobs 2 --format json");
    ASSERT_EQ(one.code, 0);
    EXPECT_EQ(one.out, two.out);
}

TEST(Cli, CompareShowsAsyncAheadInTheSlowKitchen) {
    const Result r = cli("compare " + preset("slow-kitchen") + " -r 20 --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_LT(j["difference"]["wait_food.all.mean"]["ci95_high"].get<double>(), 0.0);
    EXPECT_NE(j["verdict"].get<std::string>().find("async cut the wait for food by"),
              std::string::npos);
    const Result table = cli("compare " + preset("slow-kitchen") + " -r 5");
    EXPECT_NE(table.out.find("Verdict: async cut the wait for food"), std::string::npos)
        << table.out;
}

TEST(Cli, CompareShowsNoSignificantDifferenceInTheCocktailBar) {
    const Result r = cli("compare " + preset("cocktail-bar") + " -r 20 --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const auto& d = j["difference"]["wait_food.all.mean"];
    EXPECT_LE(d["ci95_low"].get<double>(), 0.0);
    EXPECT_GE(d["ci95_high"].get<double>(), 0.0);
    EXPECT_NE(j["verdict"].get<std::string>().find("no significant difference"), std::string::npos);
}

TEST(Cli, LittlesLawHoldsFromTheOutputWhenPartiesAreLost) {
    // Every party who came counts: served, lost (with its time at the door) and
    // still inside (so far). Then the time-average number inside times the
    // horizon is exactly the sum of their times: L T = W N, replication by
    // replication.
    const Result r = cli("run " + preset("lunch-rush") + " -r 5 --per-replication --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const auto& m = j["metrics"];
    const double horizon = j["duration_s"].get<double>();
    double lost = 0;
    for (std::size_t k = 0; k < 5; ++k) {
        const double inside = m["inside.mean"]["replications"][k].get<double>();
        const double stay = m["time_in_restaurant.all.mean"]["replications"][k].get<double>();
        const double arrived = m["arrived"]["replications"][k].get<double>();
        EXPECT_NEAR(inside * horizon, stay * arrived, 1e-6 * inside * horizon)
            << "replication " << k;
        lost += m["lost"]["replications"][k].get<double>();
    }
    EXPECT_GT(lost, 0) << "the check is meant for a run that loses parties";
    EXPECT_GT(m["lost_wait.mean"]["mean"].get<double>(), 0);
}

TEST(Cli, PerReplicationValuesGiveTheIntervals) {
    const Result json =
        cli("compare " + preset("slow-kitchen") + " -r 4 --per-replication --format json");
    ASSERT_EQ(json.code, 0) << json.err;
    const auto j = nlohmann::json::parse(json.out);
    for (const char* side : {"sync", "async", "difference"}) {
        const auto& food = j[side]["wait_food.all.mean"];
        ASSERT_EQ(food["replications"].size(), 4u) << side;
        double sum = 0;
        for (const auto& v : food["replications"]) sum += v.get<double>();
        EXPECT_NEAR(sum / 4, food["mean"].get<double>(), 1e-9) << side;
    }
    const Result csv =
        cli("compare " + preset("slow-kitchen") + " -r 4 --per-replication --format csv");
    ASSERT_EQ(csv.code, 0) << csv.err;
    EXPECT_EQ(csv.out.substr(0, csv.out.find('\n')),
              "replication,seed,metric,unit,sync,async,difference");
    const auto rows = std::count(csv.out.begin(), csv.out.end(), '\n') - 1;
    EXPECT_EQ(static_cast<std::size_t>(rows), 4 * j["difference"].size());
    const Result table = cli("run " + preset("slow-kitchen") + " --per-replication");
    EXPECT_EQ(table.code, 2);
    EXPECT_NE(table.err.find("--per-replication: needs --format json"), std::string::npos)
        << table.err;
}

TEST(Cli, SweepWritesOneRowPerPointWhateverTheJobs) {
    const fs::path a = work_dir() / "a.csv", b = work_dir() / "b.csv";
    const std::string args = "sweep " + preset("lunch-rush") +
                             " --vary staff.waiters=1:3:1 --vary policy=sync,async -r 3 --out ";
    const Result r1 = cli(args + a.string() + " --jobs 1");
    const Result r2 = cli(args + b.string() + " --jobs 2");
    ASSERT_EQ(r1.code, 0) << r1.err;
    ASSERT_EQ(r2.code, 0) << r2.err;
    const std::string csv = slurp(a);
    EXPECT_EQ(csv, slurp(b));
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1 + 3 * 2);
    EXPECT_EQ(csv.rfind("staff.waiters,policy,arrived.mean,arrived.half_width,", 0), 0u);
    EXPECT_NE(csv.find("\n2,async,"), std::string::npos);
}

TEST(Cli, TraceWritesTheEventLogAsCsv) {
    const fs::path trace = work_dir() / "trace.csv";
    const Result r = cli("run " + preset("quiet-afternoon") + " -r 1 --trace " + trace.string());
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string csv = slurp(trace);
    EXPECT_EQ(csv.rfind("time_s,kind,party,table,waiter,cook,dish,item,detail\n", 0), 0u);
    EXPECT_NE(csv.find(",party_arrived,0,-1,-1,-1,-1,-1,size="), std::string::npos);
    EXPECT_NE(csv.find(",waiter_state_changed,"), std::string::npos);
    EXPECT_NE(csv.find(",state=taking_order\n"), std::string::npos);
    EXPECT_NE(csv.find(",bill_paid,"), std::string::npos);
}

TEST(Cli, HelpAndVersionSucceed) {
    const Result help = cli("run --help");
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("Examples:"), std::string::npos);
    const Result version = cli("--version");
    EXPECT_EQ(version.code, 0);
    EXPECT_NE(version.out.find("bistro-cli "), std::string::npos);
    EXPECT_NE(cli("").code, 0);  // a command is required
}

TEST(Cli, PresetsRunByNameFromAnyFolder) {
    const Result run = cli_in(fs::temp_directory_path(), "run lunch-rush -r 1 --duration 20m");
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.out.rfind("Lunch rush (sync)", 0), 0u) << run.out;
    const Result check = cli_in(fs::temp_directory_path(), "check slow-kitchen.toml");
    EXPECT_EQ(check.code, 0) << check.err;
    EXPECT_EQ(check.out.rfind(preset("slow-kitchen") + ": OK.", 0), 0u) << check.out;
    const Result help = cli("--help");
    EXPECT_NE(help.out.find("or the name of a preset:\n  burning-kitchen, cocktail-bar,"),
              std::string::npos)
        << help.out;
}

TEST(Cli, AFileInTheCurrentFolderWinsOverThePreset) {
    write("lunch-rush.toml", "name = \"My own lunch rush\"\n");
    const Result r = cli_in(work_dir(), "run lunch-rush.toml -r 1 --duration 20m");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("My own lunch rush", 0), 0u) << r.out;
}

TEST(Cli, AnUnknownPresetSaysWhereItLookedAndSuggestsTheClosest) {
    const Result r = cli_in(work_dir(), "run lunch-rsh");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("lunch-rsh: no such file, and no preset of that name"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find((work_dir() / "lunch-rsh").string()), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(preset("lunch-rsh")), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Did you mean \"lunch-rush\"?"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

#ifdef BISTRO_CLI_TRANSLATED
namespace {
/// Every key of a JSON document, as paths ("/sync/wait_food.mean/ci95_low").
void keys_of(const nlohmann::json& j, const std::string& at, std::vector<std::string>& out) {
    if (!j.is_object()) return;
    for (const auto& [key, value] : j.items()) {
        out.push_back(at + "/" + key);
        keys_of(value, at + "/" + key, out);
    }
}
}  // namespace

TEST(Cli, FollowsLangForItsWordsButNotForJsonKeysOrNumbers) {
    // The German words from tests/cli/fake_de.ts (the real German translation is
    // still being written); the numbers in German notation from the locale alone.
    const std::string german =
        "LANG=de_DE.UTF-8 BISTRO_TRANSLATIONS_DIR=" + std::string(BISTRO_TEST_TRANSLATIONS);
    const std::string args = "compare " + preset("slow-kitchen") + " -r 5";
    const Result de = cli_in(fs::current_path(), args, german);
    const Result en = cli(args);
    ASSERT_EQ(de.code, 0) << de.err;
    const std::string cut = "Urteil: async verkürzte das Warten aufs Essen um ";
    const auto at = de.out.find(cut);
    ASSERT_NE(at, std::string::npos) << de.out;
    EXPECT_EQ(de.out.find("Verdict:"), std::string::npos) << de.out;
    EXPECT_NE(de.out.find("\nGäste\n"), std::string::npos) << de.out;
    EXPECT_NE(en.out.find("Verdict: async cut the wait for food by"), std::string::npos) << en.out;
    // "um 9,1 min": a decimal comma, where English has a point.
    const std::string by =
        de.out.substr(at + cut.size(), de.out.find(' ', at + cut.size()) - at - cut.size());
    EXPECT_NE(by.find(','), std::string::npos) << by;
    EXPECT_EQ(by.find('.'), std::string::npos) << by;

    const Result de_json = cli_in(fs::current_path(), args + " --format json", german);
    const Result en_json = cli(args + " --format json");
    ASSERT_EQ(de_json.code, 0) << de_json.err;
    const auto dj = nlohmann::json::parse(de_json.out), ej = nlohmann::json::parse(en_json.out);
    std::vector<std::string> dk, ek;
    keys_of(dj, "", dk);
    keys_of(ej, "", ek);
    EXPECT_EQ(dk, ek);
    EXPECT_EQ(dj["difference"], ej["difference"]);  // the numbers are the same numbers
    EXPECT_EQ(dj["sync"], ej["sync"]);
    const std::string run = "run " + preset("slow-kitchen") + " -r 2 --format csv";
    EXPECT_EQ(cli_in(fs::current_path(), run, german).out, cli(run).out);
}

TEST(Cli, ProblemsHelpAndCheckFollowLang) {
    // sim/ hands its problems over as templates; bistro-cli words them, a sentence
    // inside another too, and keeps the file's place and key as they are.
    const std::string german =
        "LANG=de_DE.UTF-8 BISTRO_TRANSLATIONS_DIR=" + std::string(BISTRO_TEST_TRANSLATIONS);
    const fs::path staff = write("staff.toml", "[staff]\ncooks = 0\n");
    const Result de = cli_in(fs::current_path(), "check " + staff.string(), german);
    EXPECT_EQ(de.code, 2);
    EXPECT_NE(de.err.find(staff.string() + ":2:9: staff.cooks: muss 1 bis 100 sein"),
              std::string::npos)
        << de.err;
    EXPECT_NE(cli("check " + staff.string()).err.find("staff.cooks: must be 1 to 100"),
              std::string::npos);
    const fs::path eating = write("eating.toml", "[times]\neating = \"uniform(5m, 1m)\"\n");
    const Result nested = cli_in(fs::current_path(), "check " + eating.string(), german);
    EXPECT_NE(
        nested.err.find("times.eating: uniform(low, high): das obere Ende muss >= dem unteren "
                        "sein"),
        std::string::npos)
        << nested.err;
    const Result set = cli_in(fs::current_path(),
                              "run " + preset("lunch-rush") + " --set staff.waiters=0", german);
    EXPECT_EQ(set.code, 2);
    EXPECT_NE(set.err.find("staff.waiters: muss 1 bis 100 sein (auf der Kommandozeile gesetzt)"),
              std::string::npos)
        << set.err;
    const Result help = cli_in(fs::current_path(), "--help", german);
    EXPECT_NE(help.out.find("Aufruf: bistro-cli"), std::string::npos) << help.out;
    EXPECT_NE(help.out.find("Sync und async mit denselben Gästen laufen lassen"), std::string::npos)
        << help.out;
    EXPECT_EQ(help.out.find("Usage"), std::string::npos) << help.out;
    // A subcommand's -h too stands in the options' group, not alone under "Options".
    const Result run_help = cli_in(fs::current_path(), "run --help", german);
    EXPECT_NE(run_help.out.find("Optionen:\n  -h,--help"), std::string::npos) << run_help.out;
    EXPECT_EQ(run_help.out.find("Options:"), std::string::npos) << run_help.out;
    const Result ok = cli_in(fs::current_path(), "check " + preset("lunch-rush"), german);
    EXPECT_NE(ok.out.find(": OK. „Lunch rush“: 3 Kellner,"), std::string::npos) << ok.out;
}
#endif
