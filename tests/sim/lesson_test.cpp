// Lessons must be true: every prediction's right answer is what the model
// shows at the lesson's seed and on 20 other days (other seeds), unless the
// lesson says the outcome varies, and then it must really vary. The measures
// are the ones the app's reveal uses (bistro/sim/lesson.hpp).
#include "bistro/sim/lesson.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "bistro/io/lesson_file.hpp"
#include "bistro/sim/replications.hpp"
#include "bistro/sim/restaurant.hpp"

namespace bistro {
namespace {

namespace fs = std::filesystem;

constexpr int other_days = 20;

std::vector<std::string> lesson_files() {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(BISTRO_LESSONS_DIR))
        if (entry.path().extension() == ".toml") files.push_back(entry.path().filename());
    std::sort(files.begin(), files.end());
    return files;
}

Lesson shipped(const std::string& file) {
    return load_lesson(fs::path(BISTRO_LESSONS_DIR) / file, {BISTRO_SCENARIOS_DIR});
}

class ShippedLesson : public ::testing::TestWithParam<std::string> {};

TEST_P(ShippedLesson, EveryPredictionIsWhatTheModelShows) {
    const Lesson lesson = shipped(GetParam());
    int predictions = 0;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep& step = lesson.steps[i];
        if (!step.prediction) continue;
        ++predictions;
        const LessonPrediction& p = *step.prediction;
        SCOPED_TRACE("step " + std::to_string(i + 1) + ": " + p.ask);
        const Trial t = try_prediction(step, other_days);
        EXPECT_EQ(t.days, other_days);
        EXPECT_TRUE(t.reached) << "the stop's event did not come on every day";
        EXPECT_TRUE(p.right(t.own)) << "at the lesson's seed the model shows " << describe(t.own);
        if (p.varies)
            EXPECT_LT(t.right, t.days) << "it is called varying but never does";
        else
            EXPECT_EQ(t.right, t.days) << "seed " << t.wrong_seed << " shows " << describe(t.wrong);
        EXPECT_TRUE(t.holds(p));
    }
    EXPECT_GE(predictions, 1) << "a lesson asks at least one prediction";
}

TEST_P(ShippedLesson, IsForABeginnerAndNamesTheIdea) {
    const Lesson lesson = shipped(GetParam());
    EXPECT_GE(lesson.minutes, 5);
    EXPECT_LE(lesson.minutes, 10);
    EXPECT_GE(lesson.steps.size(), 3u);
    EXPECT_FALSE(lesson.idea.empty());
    EXPECT_FALSE(lesson.steps.back().prediction) << "the last step says what was learnt";
}

INSTANTIATE_TEST_SUITE_P(Lessons, ShippedLesson, ::testing::ValuesIn(lesson_files()),
                         [](const auto& test) {
                             std::string name = test.param.substr(0, test.param.find('.'));
                             std::erase_if(name, [](char c) { return !std::isalnum(c); });
                             return name;
                         });

TEST(Lessons, OneForEveryClaimOfTheSeed) {
    EXPECT_GE(lesson_files().size(), 7u);
}

// The measures themselves, on restaurants whose answer is known.
TEST(LessonMeasures, SyncWaitersBlockAndAsyncOnesNever) {
    Scenario s;
    s.seed = 4;
    const Question blocked{"blocked_now", std::nullopt, false, 0.0};
    const Outcome first = evaluate(s, {3600, StopEvent::first_blocked}, blocked);
    EXPECT_TRUE(first.reached);
    EXPECT_GE(first.value, 1.0);
    s.policy = Policy::asynchronous;
    for (double t : {1200.0, 2400.0, 3600.0})
        EXPECT_EQ(evaluate(s, {t, std::nullopt}, blocked).value, 0.0);
    EXPECT_FALSE(evaluate(s, {3600, StopEvent::first_blocked}, blocked).reached);
}

TEST(LessonMeasures, ASyncWaiterBringsTheFoodOfTheOrderItTook) {
    Scenario s;
    s.rate_per_hour = 20;
    const Question handed{"handed_over", std::nullopt, false, 0.0};
    EXPECT_EQ(evaluate(s, {7200, std::nullopt}, handed).value, 0.0);
    s.policy = Policy::asynchronous;
    EXPECT_GT(evaluate(s, {7200, std::nullopt}, handed).value, 10.0);
}

TEST(LessonMeasures, ACompareSaysWhichSideIsLowerOrTheSame) {
    Scenario s;
    s.rate_per_hour = 20;
    Question q{"waiter_share.blocked", Comparison{}, false, 0.0};
    const Outcome o = evaluate(s, {3600, std::nullopt}, q);
    EXPECT_EQ(o.word, "b");  // async blocks less
    EXPECT_EQ(o.value_b, 0.0);
    EXPECT_GT(o.value, 10.0);  // percent
    EXPECT_EQ(o.unit, "%");
    q.higher = true;
    EXPECT_EQ(evaluate(s, {3600, std::nullopt}, q).word, "a");
    q.same_within = 100.0;
    EXPECT_EQ(evaluate(s, {3600, std::nullopt}, q).word, "same");
}

TEST(LessonMeasures, MetricsAreInMinutesAndTheStopTimeIsKept) {
    Scenario s;
    const Question q{"wait_order.all.mean", std::nullopt, false, 0.0};
    const Outcome o = evaluate(s, {1800, std::nullopt}, q);
    Restaurant r(s);
    r.run_until(1800);
    double seconds = -1;
    for (const Metric& m : r.metrics())
        if (m.name == "wait_order.all.mean") seconds = m.value;
    EXPECT_DOUBLE_EQ(o.value, seconds / 60.0);
    EXPECT_EQ(o.unit, "min");
    EXPECT_EQ(o.time, 1800);
    EXPECT_THROW(evaluate(s, {1800, std::nullopt}, Question{"nonsense", std::nullopt, false, 0.0}),
                 std::invalid_argument);
}

// A translated lesson (resources/lessons/<language>/) tells the same experiment:
// only its words differ, so it is as true as the English one, which the tests
// above hold to the model. Every step, stop, lock, highlight, measure, choice's
// range and answer must be the same; every text translated, none left empty,
// and each [state] badge kept.
std::vector<std::string> translated_lessons() {
    std::vector<std::string> out;
    for (const auto& dir : fs::directory_iterator(BISTRO_LESSONS_DIR)) {
        if (!dir.is_directory()) continue;
        for (const auto& entry : fs::directory_iterator(dir.path()))
            if (entry.path().extension() == ".toml")
                out.push_back(dir.path().filename().string() + "/" +
                              entry.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

int count_of(const std::string& text, const std::string& token) {
    int n = 0;
    for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + 1)) ++n;
    return n;
}

void expect_translated(const std::string& english, const std::string& words, const char* what) {
    EXPECT_FALSE(words.empty()) << what;
    if (english.size() > 12) {
        EXPECT_NE(words, english) << what << " is not translated";
    }
    for (const char* token : {"[idle]", "[walking]", "[taking_order]", "[making_drinks]",
                              "[blocked]", "[delivering]", "[billing]"})
        EXPECT_EQ(count_of(words, token), count_of(english, token)) << what << ": " << token;
}

class TranslatedLesson : public ::testing::TestWithParam<std::string> {};

TEST_P(TranslatedLesson, TellsTheSameExperimentInOtherWords) {
    const std::string file = GetParam();
    const Lesson english = shipped(fs::path(file).filename().string());
    const Lesson words = shipped(file);
    expect_translated(english.title, words.title, "title");
    expect_translated(english.teaches, words.teaches, "teaches");
    expect_translated(english.idea, words.idea, "idea");
    EXPECT_EQ(words.minutes, english.minutes);
    ASSERT_EQ(words.steps.size(), english.steps.size());
    for (std::size_t i = 0; i < english.steps.size(); ++i) {
        SCOPED_TRACE("step " + std::to_string(i + 1));
        const LessonStep &e = english.steps[i], &w = words.steps[i];
        expect_translated(e.text, w.text, "text");
        EXPECT_EQ(w.scenario, e.scenario);
        EXPECT_EQ(w.stop, e.stop);
        EXPECT_EQ(w.locked, e.locked);
        if (!e.locked_why.empty()) expect_translated(e.locked_why, w.locked_why, "locked_why");
        EXPECT_EQ(w.highlights, e.highlights);
        ASSERT_EQ(w.prediction.has_value(), e.prediction.has_value());
        if (!e.prediction) continue;
        const LessonPrediction &ep = *e.prediction, &wp = *w.prediction;
        expect_translated(ep.ask, wp.ask, "ask");
        expect_translated(ep.explain, wp.explain, "explain");
        EXPECT_EQ(wp.question, ep.question);
        EXPECT_EQ(wp.answer, ep.answer);
        EXPECT_EQ(wp.varies, ep.varies);
        EXPECT_EQ(wp.scale_from, ep.scale_from);
        EXPECT_EQ(wp.scale_to, ep.scale_to);
        EXPECT_EQ(wp.right_from, ep.right_from);
        EXPECT_EQ(wp.right_to, ep.right_to);
        ASSERT_EQ(wp.choices.size(), ep.choices.size());
        for (std::size_t c = 0; c < ep.choices.size(); ++c) {
            expect_translated(ep.choices[c].text, wp.choices[c].text, "a choice");
            EXPECT_EQ(wp.choices[c].is, ep.choices[c].is);
            EXPECT_EQ(wp.choices[c].from, ep.choices[c].from);
            EXPECT_EQ(wp.choices[c].to, ep.choices[c].to);
        }
    }
}

TEST(TranslatedLessons, EveryShippedLanguageHasEveryLesson) {
    for (const char* language : {"de", "es"})
        for (const std::string& file : lesson_files())
            EXPECT_TRUE(fs::exists(fs::path(BISTRO_LESSONS_DIR) / language / file))
                << language << "/" << file;
}

INSTANTIATE_TEST_SUITE_P(Lessons, TranslatedLesson, ::testing::ValuesIn(translated_lessons()),
                         [](const auto& test) {
                             std::string name = test.param.substr(0, test.param.find('.'));
                             std::erase_if(name, [](char c) { return !std::isalnum(c); });
                             return name;
                         });

}  // namespace
}  // namespace bistro
