#pragma once
// Lessons: predict, then run, then see why. A lesson is ordered steps; a step
// may ask a prediction whose answer is measured on the model itself, by the
// code here, so that the test that runs every lesson and the app's reveal say
// the same thing (docs/lessons.md). The file format lives in bistro::io.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/scenario.hpp"

namespace bistro {

/// Something that can happen, to run until ("until the first waiter blocks").
enum class StopEvent : std::uint8_t {
    first_order,    ///< a waiter takes the first order
    first_ticket,   ///< the first ticket is handed in at the pass
    first_blocked,  ///< a waiter blocks at the pass
    first_bell,     ///< the first dish is ready at the pass
    first_burnt,    ///< the first dish burns
    first_served,   ///< the first whole order is on the table
};
inline constexpr int stop_event_count = 6;
/// "first-blocked", ... as a lesson file writes it.
const char* to_string(StopEvent e);
std::optional<StopEvent> stop_event_named(const std::string& name);

/// A line of the waiter's program as a lesson names it ("waiting_at_pass"): the
/// WaiterStep's own identifier, stable across versions.
const char* line_name(WaiterStep s);
std::optional<WaiterStep> line_named(const std::string& name);

/// Where a step runs to: a time, or an event (at the latest the end of the service).
struct Stop {
    double time = 0.0;  ///< seconds; with an event, the latest time to wait for it
    std::optional<StopEvent> event;
    friend bool operator==(const Stop&, const Stop&) = default;
};

/// Two settings of one parameter, side by side on the same guests.
struct Comparison {
    Parameter parameter = Parameter::policy;
    ParameterValue a = Policy::synchronous;
    ParameterValue b = Policy::asynchronous;
    friend bool operator==(const Comparison&, const Comparison&) = default;
};

/// What a prediction measures, at the stop. `measure` is a metric of
/// RunStatistics::metrics ("wait_food.all.mean") or one of lesson_measures()'
/// own ("blocked_now", "handed_over", "first_plate", "main_wait_cause"). Values are in display
/// units: seconds as minutes, fractions as percent, counts as they are.
struct Question {
    std::string measure;
    std::optional<Comparison> compare;  ///< the outcome is "a", "b" or "same"
    bool higher = false;                ///< compare: which side is higher (else lower)
    double same_within = 0.0;           ///< compare: "same" when the sides differ by no more
    friend bool operator==(const Question&, const Question&) = default;
};

/// What the model showed: a number, or a word ("a", "b", "same", a wait cause).
struct Outcome {
    double time = 0.0;     ///< when it was measured (the stop reached)
    bool reached = true;   ///< an event stop: the event happened before the latest time
    double value = 0.0;    ///< the measure (of side a when comparing)
    double value_b = 0.0;  ///< compare: side b's
    std::string word;      ///< compare or a categorical measure: the answer; else empty
    std::string unit;      ///< of value: "min", "%", "parties", ...
};

/// One answer a student may choose, matched to outcomes.
struct Choice {
    std::string text;
    std::string is;               ///< a word outcome it stands for, or empty
    double from = 0.0, to = 0.0;  ///< a number outcome it stands for (from <= value <= to)
    bool matches(const Outcome& o) const;
};

/// A prediction committed before the reveal: a choice, or a guess on a scale.
struct LessonPrediction {
    std::string ask;
    Question question;
    std::vector<Choice> choices;  ///< empty: a guess on the scale
    int answer = 0;               ///< choices: the index the lesson calls right
    double scale_from = 0.0, scale_to = 0.0, scale_step = 1.0;  ///< a guess's slider
    double right_from = 0.0, right_to = 0.0;  ///< a guess: the range the lesson calls right
    bool varies = false;  ///< the lesson says the outcome differs from day to day
    std::string explain;  ///< why, shown with what happened
    /// Whether the outcome is the one the lesson calls right.
    bool right(const Outcome& o) const;
};

/// One step: words, a restaurant, where to run, what to show and maybe a prediction.
struct LessonStep {
    std::string text;  ///< a little formatting: **bold**, *italic*, `code`, [icon] words
    Scenario scenario;
    std::optional<Stop> stop;
    std::vector<Parameter> locked;
    std::string locked_why;
    std::vector<std::string> highlights;  ///< "waiter:1", "pass", "code:waiting_at_pass", ...
    std::optional<LessonPrediction> prediction;
};

struct Lesson {
    std::string title;
    std::string teaches;  ///< one line: what it teaches
    std::string idea;     ///< the programming idea, named at the end
    int minutes = 5;
    std::vector<LessonStep> steps;
};

/// The measures a lesson may ask about besides the metrics, with what each says.
struct MeasureInfo {
    const char* name;
    const char* unit;
    const char* meaning;
};
const std::vector<MeasureInfo>& lesson_measures();
/// Whether a question can measure it (a metric name or one of lesson_measures()).
bool known_measure(const std::string& name);

/// Runs the step's experiment from time 0 and measures the question: the
/// step's scenario to the stop (both settings of a comparison, on the same
/// guests). Deterministic: the same step gives the same outcome.
Outcome evaluate(const Scenario& scenario, const Stop& stop, const Question& q);

/// A prediction tried on the lesson's own day and on other days (other seeds).
struct Trial {
    Outcome own;                   ///< at the step's own seed: what the app's reveal shows
    int days = 0;                  ///< other days tried
    int right = 0;                 ///< of those, the days the lesson's answer held
    bool reached = true;           ///< every day reached the stop's event
    std::uint64_t wrong_seed = 0;  ///< the first other day it did not hold (if right < days)
    Outcome wrong;                 ///< and what that day showed
    /// The lesson is true: right on its day and on every other day, or, when it
    /// says the outcome varies, right on its day and not on every other.
    bool holds(const LessonPrediction& p) const;
};

/// Tries the step's prediction at its seed and on `other_days` seeds derived from it
/// (replication_seed). Throws std::invalid_argument if the step has no prediction or stop.
Trial try_prediction(const LessonStep& step, int other_days = 20);

/// What an outcome says, in words: "12.3 min", "a: 12.3 against 4.1 min".
std::string describe(const Outcome& o);

}  // namespace bistro
