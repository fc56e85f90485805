#include "bistro/io/scenario_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace bistro {

namespace fs = std::filesystem;

namespace {
std::string first_problem(std::string_view text, const std::vector<std::string>& sets = {}) {
    try {
        parse_scenario(text, "test.toml", sets);
    } catch (const ScenarioError& e) {
        return e.problems().front().describe();
    }
    return "(accepted)";
}

fs::path temp_dir() {
    const fs::path dir = fs::temp_directory_path() / ("bistro-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}
}  // namespace

TEST(Durations, AreWrittenTheWayAPersonSaysThem) {
    EXPECT_EQ(parse_duration("90s"), 90);
    EXPECT_EQ(parse_duration("12m"), 720);
    EXPECT_EQ(parse_duration("1h30m"), 5400);
    EXPECT_EQ(parse_duration("1h 30m"), 5400);
    EXPECT_EQ(parse_duration("2.5m"), 150);
    EXPECT_EQ(parse_duration("45"), 45);
    EXPECT_EQ(parse_duration("0"), 0);
    EXPECT_EQ(parse_duration("12 minutes"), 720);
    EXPECT_EQ(parse_duration("1e-05s"), 1e-05);
    for (double v : {1e-5, 0.1, 61.5, 7200.5, 1e7})
        EXPECT_EQ(parse_duration(format_duration(v)), v) << format_duration(v);
    EXPECT_FALSE(parse_duration("12 minutes!"));
    EXPECT_FALSE(parse_duration("m"));
    EXPECT_FALSE(parse_duration(""));
}

TEST(Distributions, ParseEveryKind) {
    Words error;
    EXPECT_EQ(parse_distribution("exp(15m)", error), Distribution::exponential(900));
    EXPECT_EQ(parse_distribution("lognormal(12m, 3m)", error), Distribution::lognormal(720, 180));
    EXPECT_EQ(parse_distribution("uniform(1m,3m)", error), Distribution::uniform(60, 180));
    EXPECT_EQ(parse_distribution("triangular(1m, 2m, 5m)", error),
              Distribution::triangular(60, 120, 300));
    EXPECT_EQ(parse_distribution("normal(10m, 2m)", error), Distribution::normal(600, 120));
    EXPECT_EQ(parse_distribution("fixed(30s)", error), Distribution::fixed(30));
    EXPECT_EQ(parse_distribution("30s", error), Distribution::fixed(30));
}

TEST(Distributions, ExplainWhatIsWrong) {
    Words error;
    const auto said = [&] { return error.english(); };
    EXPECT_FALSE(parse_distribution("lognormol(12m, 3m)", error));
    EXPECT_NE(said().find("did you mean \"lognormal\""), std::string::npos) << said();
    EXPECT_FALSE(parse_distribution("exp(1m, 2m)", error));
    EXPECT_EQ(said(), "exp(mean) takes one value, got 2");
    EXPECT_FALSE(parse_distribution("uniform(1m, 2m, 3m)", error));
    EXPECT_EQ(said(), "uniform(low, high) takes 2 values, got 3");
    EXPECT_FALSE(parse_distribution("uniform(5m, 1m)", error));
    EXPECT_EQ(said(), "uniform(low, high): the high end must be >= the low end");
    EXPECT_FALSE(parse_distribution("exp(soon)", error));
    EXPECT_NE(said().find("\"soon\" is not a duration"), std::string::npos) << said();
}

TEST(Distributions, ProblemsKeepTheirTemplatesForTranslation) {
    // The programs translate the template and its inner sentence, not the English.
    Words error;
    EXPECT_FALSE(parse_distribution("uniform(5m, 1m)", error));
    EXPECT_STREQ(error.context, "Problem");
    EXPECT_EQ(error.text, "%1: %2");
    ASSERT_EQ(error.args.size(), 2u);
    EXPECT_STREQ(error.args[0].context, "");  // "uniform(low, high)", said as it is
    EXPECT_EQ(error.args[1].text, "the high end must be >= the low end");
    EXPECT_STREQ(error.args[1].context, "Problem");
}

TEST(ScenarioFile, ReadsEveryKey) {
    const Scenario s = parse_scenario(R"TOML(
name = "Test"
duration = "2h"
warmup = "10m"
seed = 9
policy = "async"
delivery = "each-dish"
tasks = "deliveries-first"
[arrivals]
rate_per_hour = 12.5
party_size = { 1 = 0.5, 2 = 0.5 }
patience = "none"
profile = [ { from = "30m", factor = 2 } ]
[floor]
tables_for_two = 3
tables_for_four = 0
walk_speed = 1.5
context_switch = "10s"
[staff]
waiters = 4
cooks = 2
[times]
eating = "exp(20m)"
pay_at_table = false
[kitchen]
burn_probability = 0.1
[[menu]]
name = "Only"
share = 1
prep = "uniform(1m, 2m)"
)TOML",
                                      "t.toml");
    EXPECT_EQ(s.name, "Test");
    EXPECT_EQ(s.duration, 7200);
    EXPECT_EQ(s.warmup, 600);
    EXPECT_EQ(s.seed, 9u);
    EXPECT_EQ(s.policy, Policy::asynchronous);
    EXPECT_EQ(s.delivery, Delivery::each_dish);
    EXPECT_EQ(s.task_order, TaskOrder::deliveries_first);
    EXPECT_EQ(s.rate_per_hour, 12.5);
    EXPECT_EQ(s.party_size.max_value(), 2);
    EXPECT_FALSE(s.patience);
    ASSERT_EQ(s.profile.size(), 1u);
    EXPECT_EQ(s.profile[0].start, 1800);
    EXPECT_EQ(s.tables_for_two, 3);
    EXPECT_EQ(s.walk_speed, 1.5);
    EXPECT_EQ(s.context_switch, Distribution::fixed(10));
    EXPECT_EQ(s.waiters, 4);
    EXPECT_EQ(s.eating, Distribution::exponential(1200));
    EXPECT_FALSE(s.pay_at_table);
    EXPECT_EQ(s.burn_probability, 0.1);
    ASSERT_EQ(s.menu.size(), 1u);
    EXPECT_EQ(s.menu[0].prep, Distribution::uniform(60, 120));
}

struct BadInput {
    const char* what;
    const char* text;
    const char* expected;  // a part of the first message
};

class ScenarioErrors : public ::testing::TestWithParam<BadInput> {};

TEST_P(ScenarioErrors, NameTheFileLineKeyAndWhatWasExpected) {
    const std::string message = first_problem(GetParam().text);
    EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, ScenarioErrors,
    ::testing::Values(
        BadInput{"unknown_key", "[staff]\nwaiter = 3\n",
                 "test.toml:2:1: staff.waiter: unknown key (did you mean \"waiters\"?)"},
        BadInput{"unknown_table", "[stafff]\nwaiters = 3\n",
                 "test.toml:1:2: stafff: unknown key (did you mean \"staff\"?)"},
        BadInput{"wrong_type", "[staff]\nwaiters = \"three\"\n",
                 "test.toml:2:11: staff.waiters: expected a whole number"},
        BadInput{"fractional_staff", "[staff]\ncooks = 2.5\n",
                 "staff.cooks: expected a whole number"},
        BadInput{"negative_rate", "[arrivals]\nrate_per_hour = -3\n",
                 "test.toml:2:17: arrivals.rate_per_hour: must be > 0"},
        BadInput{"zero_rate", "[arrivals]\nrate_per_hour = 0\n",
                 "test.toml:2:17: arrivals.rate_per_hour: must be > 0"},
        BadInput{"zero_waiters", "[staff]\nwaiters = 0\n",
                 "test.toml:2:11: staff.waiters: must be 1 to 100"},
        BadInput{"zero_cooks", "[staff]\ncooks = 0\n",
                 "test.toml:2:9: staff.cooks: must be 1 to 100"},
        BadInput{"sizes_sum", "[arrivals]\nparty_size = { 1 = 0.5, 2 = 0.6 }\n",
                 "arrivals.party_size: shares must sum to 1"},
        BadInput{"menu_sum", "[[menu]]\nname = \"A\"\nshare = 0.5\nprep = \"5m\"\n",
                 "test.toml:1:1: menu: shares must sum to 1"},
        BadInput{"bad_duration", "duration = \"three hours\"\n",
                 "test.toml:1:12: duration: expected a duration"},
        BadInput{"bad_distribution", "[times]\neating = \"lognormal(20m)\"\n",
                 "times.eating: lognormal(mean, sd) takes 2 values, got 1"},
        BadInput{"bad_policy", "policy = \"asynch\"\n",
                 "policy: expected \"sync\" or \"async\" (did you mean \"async\"?)"},
        BadInput{"bad_toml", "[staff\nwaiters = 3\n", "test.toml:1:"},
        BadInput{"burn_too_likely", "[kitchen]\nburn_probability = 1.5\n",
                 "kitchen.burn_probability: must be between 0 and 0.95"},
        BadInput{"party_too_big", "[arrivals]\nparty_size = { 6 = 1 }\n",
                 "do not fit the largest table"},
        BadInput{"menu_without_prep", "[[menu]]\nname = \"A\"\nshare = 1\n",
                 "menu[1].prep: missing"}),
    [](const auto& test) { return std::string(test.param.what); });

TEST(ScenarioFile, ReportsEveryProblemNotJustTheFirst) {
    try {
        parse_scenario("[staff]\nwaiters = 0\ncooks = \"x\"\nchef = 1\n", "t.toml");
        FAIL();
    } catch (const ScenarioError& e) {
        EXPECT_EQ(e.problems().size(), 2u) << e.what();  // type errors first; range checks after
    }
}

TEST(ScenarioFile, MissingFileIsAClearError) {
    try {
        load_scenario("/no/such/scenario.toml");
        FAIL();
    } catch (const ScenarioError& e) {
        EXPECT_NE(std::string(e.what()).find("/no/such/scenario.toml: cannot open the file"),
                  std::string::npos);
    }
}

TEST(ScenarioFile, OverridesChangeKeysAndAreChecked) {
    const Scenario s =
        parse_scenario("", "t.toml", {"staff.waiters=5", "policy=async", "times.eating=exp(20m)"});
    EXPECT_EQ(s.waiters, 5);
    EXPECT_EQ(s.policy, Policy::asynchronous);
    EXPECT_EQ(s.eating, Distribution::exponential(1200));
    EXPECT_NE(first_problem("", {"staff.waiterz=5"}).find("staff.waiterz: unknown key"),
              std::string::npos);
    EXPECT_NE(first_problem("", {"nonsense"}).find("expected KEY=VALUE"), std::string::npos);
}

TEST(ScenarioFile, AnOverriddenValueThatIsWrongSaysItCameFromTheCommandLine) {
    // warmup has no line in the file to point at: the message says where it came from.
    EXPECT_EQ(first_problem("duration = \"3h\"\n", {"warmup=14400"}),
              "test.toml: warmup: must be >= 0 and shorter than the duration (set on the command "
              "line)");
    // Menu entries are named by number on the command line and [number] in problems.
    const std::string in_menu = first_problem(scenario_to_toml(Scenario{}), {"menu.2.prep=bogus"});
    EXPECT_NE(in_menu.find("menu[2].prep: "), std::string::npos) << in_menu;
    EXPECT_NE(in_menu.find("(set on the command line)"), std::string::npos) << in_menu;
    // A mistake in the file points at its line, whatever else the command line set.
    const std::string in_file =
        first_problem("duration = \"3h\"\nwarmup = \"4h\"\n", {"duration=3h", "seed=7"});
    EXPECT_NE(in_file.find("test.toml:2:"), std::string::npos) << in_file;
    EXPECT_EQ(in_file.find("command line"), std::string::npos) << in_file;
}

TEST(ScenarioFile, OverridesReachMenuEntriesByNumber) {
    const Scenario base;
    const Scenario s =
        parse_scenario(scenario_to_toml(base), "t.toml", {"menu.1.share=0.05", "menu.2.share=0.4"});
    EXPECT_EQ(s.menu[0].share, 0.05);
    EXPECT_EQ(s.menu[1].share, 0.4);
}

TEST(ScenarioFile, AHugeFloatWhereAnIntegerBelongsIsAProblemNotUndefined) {
    // Found by scenario_fuzzer and overrides_fuzzer: toml++ converted 5777E70 to an
    // integer before checking it fitted (undefined behaviour, caught by UBSan).
    for (const char* text : {"[floor]\ntables_for_two = 5777E70\n", "seed = 7.8888888881e19\n",
                             "[staff]\nwaiters = -1e300\n", "[staff]\nwaiters = nan\n"})
        EXPECT_FALSE(first_problem(text, {}).empty()) << text;
}

TEST(ScenarioFile, AMenuNumberFarOutOfRangeIsNoEntry) {
    // Found by overrides_fuzzer: a number too big for an index was converted before
    // it was checked (undefined behaviour, caught by UBSan).
    const std::string menu = scenario_to_toml(Scenario{});
    for (const char* set : {"menu.111111111111111111111111111112.share=0.4", "menu.1e30.share=0.4",
                            "menu.0.share=0.4", "menu.99.share=0.4", "menu.-3.share=0.4"})
        EXPECT_NE(first_problem(menu, {set}).find("there is no entry"), std::string::npos) << set;
}

TEST(ScenarioFile, SaveThenLoadGivesTheSameScenario) {
    Scenario s;
    s.name = "Round \"trip\" \\ test";
    s.description = "Two lines\nof text";
    s.duration = 12345.678;
    s.warmup = 600;
    s.seed = 123456789012345ull;
    s.policy = Policy::asynchronous;
    s.delivery = Delivery::each_dish;
    s.task_order = TaskOrder::deliveries_first;
    s.rate_per_hour = 17.3;
    s.profile = {{3600, 2.5}, {7200.5, 0}};
    s.patience.reset();
    s.tables_for_two = 3;
    s.walk_speed = 0.7;
    s.context_switch = Distribution::triangular(1, 2.25, 9);
    s.own_work = Distribution::normal(61.5, 7);
    s.pay_at_table = false;
    s.burn_probability = 0.123;
    s.menu.push_back({"Extra", 0, Distribution::uniform(10, 20)});
    const Scenario back = parse_scenario(scenario_to_toml(s), "saved.toml");
    EXPECT_EQ(back, s) << scenario_to_toml(s);
}

TEST(ScenarioFile, EveryPresetRoundTrips) {
    int presets = 0;
    for (const auto& entry : fs::directory_iterator(BISTRO_SCENARIOS_DIR)) {
        const Scenario s = load_scenario(entry.path());
        EXPECT_EQ(parse_scenario(scenario_to_toml(s), "again.toml"), s) << entry.path();
        ++presets;
    }
    EXPECT_GE(presets, 6);
}

TEST(AtomicWrite, ReplacesTheWholeFile) {
    const fs::path file = temp_dir() / "scenario.toml";
    write_file_atomically(file, "a much longer old content\n");
    write_file_atomically(file, "new\n");
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text, "new\n");
    fs::remove_all(file.parent_path());
}

TEST(AtomicWrite, AFailureLeavesTheOldFileAndNoLitter) {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "keep.toml";
    write_file_atomically(file, "old\n");
    // Renaming onto a directory fails after the temporary file was written.
    const fs::path blocker = dir / "blocker";
    fs::create_directories(blocker / "inside");
    EXPECT_THROW(write_file_atomically(blocker, "new\n"), std::runtime_error);
    EXPECT_THROW(write_file_atomically(dir / "missing" / "x.toml", "new\n"), std::runtime_error);
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text, "old\n");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
    EXPECT_EQ(entries, 2);  // keep.toml and blocker: no temporary files left behind
    fs::remove_all(dir);
}

}  // namespace bistro
