// Lesson files (TOML): what they hold, and every mistake named with its file,
// line and column, as the scenario parser does.
#include "bistro/io/lesson_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace bistro {
namespace {

namespace fs = std::filesystem;

/// One scenario besides the presets: "tiny", a sync bistro of two waiters.
std::optional<ScenarioText> find(const std::string& name) {
    if (name == "tiny") return ScenarioText{"[staff]\nwaiters = 2\n", "tiny.toml"};
    if (name == "broken") return ScenarioText{"[staff]\nwaiters = 0\n", "broken.toml"};
    return std::nullopt;
}

const char* good = R"(# A lesson with every key.
title = "Blocking"
teaches = "A blocking call waits."
idea = "blocking I/O"
minutes = 7
scenario = "tiny"
set = ["policy=sync"]

[[step]]
text = "Look at **waiter 1**."
highlight = ["waiter:2", "pass", "code:waiting_at_pass", "plot:plotWaitFood", "card:blocked_at_pass"]

[[step]]
text = "Predict."
set = ["staff.cooks=1"]
run_until = "first-blocked"
latest = "1h"
lock = ["policy", "waiters"]
locked_why = "The experiment needs them as they are."
[step.predict]
ask = "How many waiters are blocked?"
measure = "blocked_now"
choices = [ { text = "None", from = 0, to = 0 }, { text = "Some", from = 1, to = 2 } ]
answer = 2
explain = "Because."

[[step]]
text = "Compare."
run_until = "30m"
[step.predict]
ask = "Which is faster?"
measure = "wait_food.all.mean"
compare = { parameter = "policy", a = "sync", b = "async" }
same_within = 1.5
choices = [ { text = "Sync", is = "a" }, { text = "Async", is = "b" }, { text = "Same", is = "same" } ]
answer = 2
explain = "Async does not block."

[[step]]
text = "Guess."
run_until = "45m"
[step.predict]
ask = "How long?"
measure = "wait_order.all.mean"
scale = { from = 0, to = 60, step = 5 }
right = [5, 30]
varies = true
explain = "It depends on the day."
)";

std::string first_problem(const std::string& text) {
    try {
        parse_lesson(text, "l.toml", find);
    } catch (const ScenarioError& e) {
        return e.problems().front().describe();
    }
    return "(accepted)";
}

/// `good` with one line replaced.
std::string with(const std::string& from, const std::string& to) {
    std::string text = good;
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST(LessonFile, ReadsEveryKey) {
    const Lesson l = parse_lesson(good, "l.toml", find);
    EXPECT_EQ(l.title, "Blocking");
    EXPECT_EQ(l.minutes, 7);
    ASSERT_EQ(l.steps.size(), 4u);
    EXPECT_EQ(l.steps[0].scenario.waiters, 2);
    EXPECT_EQ(l.steps[0].highlights.size(), 5u);
    EXPECT_FALSE(l.steps[0].prediction);
    const LessonStep& s = l.steps[1];
    EXPECT_EQ(s.scenario.cooks, 1);  // the step's set, on the lesson's
    ASSERT_TRUE(s.stop);
    EXPECT_EQ(s.stop->event, StopEvent::first_blocked);
    EXPECT_EQ(s.stop->time, 3600);
    EXPECT_EQ(s.locked, (std::vector{Parameter::policy, Parameter::waiters}));
    ASSERT_TRUE(s.prediction);
    EXPECT_EQ(s.prediction->answer, 1);  // the file counts from 1
    EXPECT_EQ(s.prediction->choices[1].to, 2);
    const LessonPrediction& c = *l.steps[2].prediction;
    ASSERT_TRUE(c.question.compare);
    EXPECT_EQ(c.question.compare->b, ParameterValue(Policy::asynchronous));
    EXPECT_EQ(c.question.same_within, 1.5);
    EXPECT_EQ(c.choices[2].is, "same");
    EXPECT_EQ(l.steps[2].scenario.cooks, 4);  // not the previous step's set
    const LessonPrediction& g = *l.steps[3].prediction;
    EXPECT_TRUE(g.choices.empty());
    EXPECT_EQ(g.scale_step, 5);
    EXPECT_EQ(g.right_to, 30);
    EXPECT_TRUE(g.varies);
}

TEST(LessonFile, KnowsALessonFromAScenario) {
    EXPECT_TRUE(looks_like_lesson(good));
    EXPECT_FALSE(looks_like_lesson("[staff]\nwaiters = 2\n"));
}

struct LessonCase {
    const char* name;
    std::string text;
    std::string expected;
};
void PrintTo(const LessonCase& c, std::ostream* os) {
    *os << c.name;
}

class LessonErrors : public ::testing::TestWithParam<LessonCase> {};

TEST_P(LessonErrors, NameTheFileLineColumnAndWhatIsWrong) {
    EXPECT_EQ(first_problem(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Lessons, LessonErrors,
    ::testing::Values(
        LessonCase{"missing_scenario", with("scenario = \"tiny\"", "scenario = \"tinny\""),
                   "l.toml:6:12: scenario: no scenario \"tinny\" (a preset such as "
                   "\"lunch-rush\", or a file)"},
        LessonCase{"bad_scenario", with("scenario = \"tiny\"", "scenario = \"broken\""),
                   "l.toml:7:7: set: broken.toml:2:11: staff.waiters: must be 1 to 100"},
        LessonCase{"bad_set", with("set = [\"staff.cooks=1\"]", "set = [\"staff.cook=1\"]"),
                   "l.toml:15:7: step[2].set: tiny.toml: staff.cook: unknown key (did you mean "
                   "\"cooks\"?)"},
        LessonCase{"missing_slider",
                   with("lock = [\"policy\", \"waiters\"]", "lock = [\"policy\", \"waitress\"]"),
                   "l.toml:18:8: step[2].lock: \"waitress\" is not a slider (did you mean "
                   "\"waiters\"?)"},
        LessonCase{"missing_panel", with("plot:plotWaitFood", "plot:plotWaitFod"),
                   "l.toml:11:13: step[1].highlight: \"plotWaitFod\" is not a panel (did you "
                   "mean \"plotWaitFood\"?)"},
        LessonCase{"missing_waiter", with("waiter:2", "waiter:3"),
                   "l.toml:11:13: step[1].highlight: \"waiter:3\": this step's restaurant has "
                   "waiters 1 to 2"},
        LessonCase{"missing_line", with("code:waiting_at_pass", "code:blocked"),
                   "l.toml:11:13: step[1].highlight: \"blocked\" is not a line of the waiter's "
                   "program; known: waiting_for_task, to_take_order, taking_order, "
                   "carrying_ticket, making_drinks, waiting_at_pass, fetching_food, "
                   "carrying_food, serving, to_bill, billing"},
        LessonCase{"unknown_key", with("locked_why", "lockedwhy"),
                   "l.toml:19:1: step[2].lockedwhy: unknown key (did you mean \"locked_why\"?)"},
        LessonCase{"unknown_event", with("\"first-blocked\"", "\"first-block\""),
                   "l.toml:16:13: step[2].run_until: unknown event (did you mean "
                   "\"first-blocked\"?)"},
        LessonCase{"unknown_measure", with("\"blocked_now\"", "\"blocked_nwo\""),
                   "l.toml:22:11: step[2].predict.measure: unknown measure \"blocked_nwo\" (did "
                   "you mean \"blocked_now\"?)"},
        LessonCase{"answer_out_of_range",
                   with("answer = 2\nexplain = \"Because", "answer = 3\nexplain = \"Because"),
                   "l.toml:24:10: step[2].predict.answer: expected the number of the right "
                   "choice, 1 to 2"},
        LessonCase{"bad_outcome", with("is = \"same\"", "is = \"equal\""),
                   "l.toml:35:94: step[3].predict.choices[3].is: \"equal\" is not an outcome "
                   "here; known: a, b, same"},
        LessonCase{"compare_to_an_event", with("run_until = \"30m\"", "run_until = \"first-bell\""),
                   "l.toml:29:13: step[3].run_until: a comparison runs both restaurants "
                   "to the same time: write a time (\"30m\")"},
        LessonCase{"past_the_end", with("run_until = \"45m\"", "run_until = \"5h\""),
                   "l.toml:41:13: step[4].run_until: expected a time within the service "
                   "(\"20m\") or an event (first-order, first-ticket, first-blocked, "
                   "first-bell, first-burnt, first-served)"},
        LessonCase{"lock_without_why",
                   with("locked_why = \"The experiment needs them as they "
                        "are.\"\n",
                        ""),
                   "l.toml:18:8: step[2].locked_why: missing: say why the sliders are locked "
                   "(it is their tooltip)"},
        LessonCase{"no_steps",
                   "title = \"t\"\nteaches = \"t\"\nidea = \"i\"\nscenario = \"tiny\"\n",
                   "l.toml:1:1: step: a lesson needs at least one [[step]]"},
        LessonCase{"not_toml", "title = \n",
                   "l.toml:1:9: not valid TOML: Error while parsing key-value "
                   "pair: expected value, saw '\\n'"}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(LessonFile, ReportsEveryProblemAtOnce) {
    std::string text = with("lock = [\"policy\", \"waiters\"]", "lock = [\"policy\", \"x\"]");
    text = text.replace(text.find("plotWaitFood"), 12, "nowhere");
    try {
        parse_lesson(text, "l.toml", find);
        FAIL() << "accepted";
    } catch (const ScenarioError& e) {
        EXPECT_EQ(e.problems().size(), 2u) << e.what();
    }
}

TEST(LessonFile, AMissingFileIsOneClearProblem) {
    try {
        load_lesson("/nonexistent/lesson.toml", {"/nonexistent"});
        FAIL() << "accepted";
    } catch (const ScenarioError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "/nonexistent/lesson.toml: cannot open the file (does it exist?)");
    }
}

TEST(LessonFile, EveryPresetSaysWhatItTeaches) {
    int presets = 0;
    for (const auto& entry : fs::directory_iterator(BISTRO_SCENARIOS_DIR)) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string teaches = what_it_teaches(text.str());
        EXPECT_GT(teaches.size(), 40u) << entry.path();
        EXPECT_EQ(teaches.find('#'), std::string::npos) << teaches;
        ++presets;
    }
    EXPECT_GE(presets, 8);
    EXPECT_EQ(what_it_teaches("# A title.\n#\n# What it teaches: one\n# line.\n#\n# More.\n"),
              "one line.");
}

}  // namespace bistro
