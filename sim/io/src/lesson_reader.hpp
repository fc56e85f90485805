#pragma once
// The reader of lesson files, split over lesson_file.cpp (the lesson and its
// steps) and lesson_prediction.cpp (a step's prediction).

#include <toml++/toml.h>

#include <string>
#include <vector>

#include "bistro/io/lesson_file.hpp"

namespace bistro::detail {

class LessonReader {
  public:
    LessonReader(std::string source, const ScenarioFinder& scenarios)
        : source_(std::move(source)), scenarios_(scenarios) {}

    Lesson read(const toml::table& root);
    std::vector<ScenarioProblem>& problems() { return problems_; }

    // Shared helpers: each records a problem at the node and returns nothing on failure.
    void problem(const toml::node* at, const std::string& key, Words message);
    void check_keys(const toml::table& t, const std::string& prefix,
                    const std::vector<std::string>& allowed);
    std::optional<std::string> text(const toml::table& t, const std::string& prefix,
                                    const char* key, bool required = false);
    std::optional<double> number(const toml::table& t, const std::string& prefix, const char* key);
    std::vector<std::string> words(const toml::table& t, const std::string& prefix,
                                   const char* key);
    /// A word from `known`, or a problem with a suggestion; `is_not` says what the
    /// word is not ("\"%1\" is not a slider").
    bool one_of(const toml::node* at, const std::string& key, const std::string& given,
                const std::vector<std::string>& known, const Words& is_not);

  private:
    struct Base {
        std::optional<Scenario> scenario;
        std::string name;
        std::vector<std::string> sets;
    };
    void read_header(const toml::table& root, Lesson& lesson);
    Base read_base(const toml::table& root);
    void read_steps(const toml::table& root, const Base& base, Lesson& lesson);
    LessonStep read_step(const toml::table& t, const std::string& prefix, const Base& base);
    std::optional<Scenario> scenario_of(const toml::table& t, const std::string& prefix,
                                        const std::string& name,
                                        const std::vector<std::string>& sets);
    void read_stop(const toml::table& t, const std::string& prefix, LessonStep& step);
    void read_locks(const toml::table& t, const std::string& prefix, LessonStep& step);
    void read_highlights(const toml::table& t, const std::string& prefix, LessonStep& step);
    void check_highlight(const toml::node* at, const std::string& key, const std::string& h,
                         const LessonStep& step);

    // lesson_prediction.cpp
    std::optional<LessonPrediction> read_prediction(const toml::table& t, const std::string& prefix,
                                                    const LessonStep& step);
    void read_question(const toml::table& t, const std::string& prefix, LessonPrediction& p);
    std::optional<Comparison> read_comparison(const toml::node& node, const std::string& prefix);
    std::optional<ParameterValue> read_value(const toml::node* node, const std::string& key,
                                             Parameter p);
    void read_choices(const toml::table& t, const std::string& prefix, LessonPrediction& p);
    std::optional<Choice> read_choice(const toml::node& node, const std::string& prefix,
                                      const LessonPrediction& p);
    void read_scale(const toml::table& t, const std::string& prefix, LessonPrediction& p);
    void read_answer(const toml::table& t, const std::string& prefix, LessonPrediction& p);
    void check_stop(const toml::table& t, const std::string& prefix, const LessonStep& step,
                    const LessonPrediction& p);

    std::string source_;
    const ScenarioFinder& scenarios_;
    std::vector<ScenarioProblem> problems_;
};

std::string dotted(const std::string& prefix, std::string_view key);

}  // namespace bistro::detail
