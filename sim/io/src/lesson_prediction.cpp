// Reading a step's prediction: what it asks, what it measures, the answers
// offered and the one the lesson calls right.
#include <algorithm>

#include "lesson_reader.hpp"
#include "toml_integer.hpp"

namespace bistro::detail {

namespace {

/// The words an outcome can be, when it is a word: empty for a number.
std::vector<std::string> outcome_words(const Question& q) {
    if (q.compare) return {"a", "b", "same"};
    if (q.measure == "main_wait_cause") {
        std::vector<std::string> causes;
        for (int c = 0; c < wait_cause_count; ++c)
            causes.push_back(to_string(static_cast<WaitCause>(c)));
        return causes;
    }
    return {};
}

std::vector<std::string> measure_names() {
    std::vector<std::string> names;
    for (const MeasureInfo& m : lesson_measures()) names.push_back(m.name);
    for (const char* n :
         {"wait_food.all.mean", "wait_order.all.mean", "wait_first_dish.mean",
          "waiter_share.blocked", "waiter_share.walking", "cook_utilisation", "served", "lost"})
        names.push_back(n);
    return names;
}

}  // namespace

std::optional<LessonPrediction> LessonReader::read_prediction(const toml::table& t,
                                                              const std::string& step_prefix,
                                                              const LessonStep& step) {
    const toml::node* node = t.get("predict");
    if (!node) return std::nullopt;
    const std::string prefix = dotted(step_prefix, "predict");
    if (!node->is_table()) {
        problem(node, prefix, BISTRO_PHRASE("Problem", "expected a table ([step.predict])"));
        return std::nullopt;
    }
    const toml::table& p = *node->as_table();
    check_keys(p, prefix,
               {"ask", "measure", "compare", "pick", "same_within", "choices", "answer", "scale",
                "right", "varies", "explain"});
    LessonPrediction out;
    out.ask = text(p, prefix, "ask", true).value_or("");
    out.explain = text(p, prefix, "explain", true).value_or("");
    read_question(p, prefix, out);
    if (const toml::node* v = p.get("varies")) {
        if (v->is_boolean())
            out.varies = *v->value<bool>();
        else
            problem(v, dotted(prefix, "varies"),
                    BISTRO_PHRASE("Problem", "expected true or false"));
    }
    if (p.get("choices") && p.get("scale"))
        problem(
            p.get("scale"), dotted(prefix, "scale"),
            BISTRO_PHRASE("Problem", "a prediction is a choice or a guess on a scale, not both"));
    else if (p.get("scale"))
        read_scale(p, prefix, out);
    else
        read_choices(p, prefix, out);
    check_stop(t, step_prefix, step, out);
    return out;
}

void LessonReader::read_question(const toml::table& t, const std::string& prefix,
                                 LessonPrediction& p) {
    if (const auto measure = text(t, prefix, "measure", true)) {
        p.question.measure = *measure;
        if (!known_measure(*measure)) {
            const std::string hint = did_you_mean(*measure, measure_names());
            problem(t.get("measure"), dotted(prefix, "measure"),
                    hint.empty()
                        ? BISTRO_PHRASE("Problem",
                                        "unknown measure \"%1\" (a metric of bistro-cli run, or "
                                        "blocked_now, handed_over, main_wait_cause)")
                              .with({*measure})
                        : BISTRO_PHRASE("Problem", "unknown measure \"%1\" (did you mean \"%2\"?)")
                              .with({*measure, hint}));
        }
    }
    if (const toml::node* c = t.get("compare"))
        p.question.compare = read_comparison(*c, dotted(prefix, "compare"));
    if (const auto pick = text(t, prefix, "pick");
        pick && one_of(t.get("pick"), dotted(prefix, "pick"), *pick, {"lower", "higher"},
                       BISTRO_PHRASE("Problem", "\"%1\" is not a pick")))
        p.question.higher = *pick == "higher";
    if (const auto within = number(t, prefix, "same_within")) {
        if (*within < 0 || !t.get("compare"))
            problem(t.get("same_within"), dotted(prefix, "same_within"),
                    BISTRO_PHRASE("Problem", "needs a compare, and a number >= 0"));
        else
            p.question.same_within = *within;
    }
}

std::optional<Comparison> LessonReader::read_comparison(const toml::node& node,
                                                        const std::string& prefix) {
    if (!node.is_table()) {
        problem(&node, prefix,
                BISTRO_PHRASE("Problem",
                              "expected { parameter = \"policy\", a = \"sync\", b = \"async\" }"));
        return std::nullopt;
    }
    const toml::table& t = *node.as_table();
    check_keys(t, prefix, {"parameter", "a", "b"});
    std::vector<std::string> sliders;
    for (int p = 0; p < parameter_count; ++p)
        sliders.push_back(to_string(static_cast<Parameter>(p)));
    const auto name = text(t, prefix, "parameter", true);
    if (!name || !one_of(t.get("parameter"), dotted(prefix, "parameter"), *name, sliders,
                         BISTRO_PHRASE("Problem", "\"%1\" is not a slider")))
        return std::nullopt;
    const auto p =
        static_cast<Parameter>(std::find(sliders.begin(), sliders.end(), *name) - sliders.begin());
    const auto a = read_value(t.get("a"), dotted(prefix, "a"), p);
    const auto b = read_value(t.get("b"), dotted(prefix, "b"), p);
    if (!t.get("a") || !t.get("b"))
        problem(&t, prefix, BISTRO_PHRASE("Problem", "missing: both sides, a = ... and b = ..."));
    if (!a || !b) return std::nullopt;
    return Comparison{p, *a, *b};
}

/// A side's value, of the parameter's type: "sync"/"async", "whole-order"/"each-dish", a number.
std::optional<ParameterValue> LessonReader::read_value(const toml::node* node,
                                                       const std::string& key, Parameter p) {
    if (!node) return std::nullopt;
    const std::string word = node->is_string() ? *node->value<std::string>() : "";
    if (p == Parameter::policy) {
        if (one_of(node, key, word, {"sync", "async"},
                   BISTRO_PHRASE("Problem", "\"%1\" is not a policy")))
            return word == "sync" ? Policy::synchronous : Policy::asynchronous;
        return std::nullopt;
    }
    if (p == Parameter::delivery) {
        if (one_of(node, key, word, {"whole-order", "each-dish"},
                   BISTRO_PHRASE("Problem", "\"%1\" is not a delivery")))
            return word == "whole-order" ? Delivery::whole_order : Delivery::each_dish;
        return std::nullopt;
    }
    const auto v = node->value<double>();
    if (!v || !(node->is_integer() || node->is_floating_point()) || *v < 0) {
        problem(node, key, BISTRO_PHRASE("Problem", "expected a number >= 0"));
        return std::nullopt;
    }
    if ((p == Parameter::waiters || p == Parameter::cooks) && (*v < 1 || *v > 100)) {
        problem(node, key, BISTRO_PHRASE("Problem", "must be 1 to 100"));
        return std::nullopt;
    }
    return from_number(p, *v);
}

void LessonReader::read_choices(const toml::table& t, const std::string& prefix,
                                LessonPrediction& p) {
    const toml::node* node = t.get("choices");
    if (!node || !node->is_array() || node->as_array()->size() < 2) {
        problem(node ? node : &t, dotted(prefix, "choices"),
                BISTRO_PHRASE(
                    "Problem",
                    "expected at least two choices, e.g. [ { text = \"Sync\", is = \"a\" }, ... ], "
                    "or a scale = { from = 0, to = 60 } to guess on"));
        return;
    }
    int i = 0;
    for (const toml::node& c : *node->as_array())
        if (auto choice = read_choice(c, dotted(prefix, "choices[" + std::to_string(++i) + "]"), p))
            p.choices.push_back(*choice);
    read_answer(t, prefix, p);
}

std::optional<Choice> LessonReader::read_choice(const toml::node& node, const std::string& prefix,
                                                const LessonPrediction& p) {
    if (!node.is_table()) {
        problem(&node, prefix,
                BISTRO_PHRASE("Problem",
                              "expected { text = \"...\", is = \"...\" } or { text, from, to }"));
        return std::nullopt;
    }
    const toml::table& t = *node.as_table();
    check_keys(t, prefix, {"text", "is", "from", "to"});
    Choice c;
    c.text = text(t, prefix, "text", true).value_or("");
    const std::vector<std::string> words = outcome_words(p.question);
    if (!words.empty()) {
        const auto is = text(t, prefix, "is", true);
        if (is && one_of(t.get("is"), dotted(prefix, "is"), *is, words,
                         BISTRO_PHRASE("Problem", "\"%1\" is not an outcome here")))
            c.is = *is;
        return c;
    }
    const auto from = number(t, prefix, "from"), to = number(t, prefix, "to");
    if (!from || !to || *from > *to) {
        problem(
            &t, prefix,
            BISTRO_PHRASE("Problem",
                          "expected from = ... and to = ... (from <= to) for a number's range"));
        return std::nullopt;
    }
    c.from = *from;
    c.to = *to;
    return c;
}

void LessonReader::read_answer(const toml::table& t, const std::string& prefix,
                               LessonPrediction& p) {
    const toml::node* node = t.get("answer");
    const auto v = node ? detail::integer_of(*node) : std::nullopt;
    const auto n = static_cast<std::int64_t>(p.choices.size());
    if (!node || !node->is_integer() || !v || *v < 1 || *v > n) {
        problem(node ? node : &t, dotted(prefix, "answer"),
                BISTRO_PHRASE("Problem", "expected the number of the right choice, 1 to %1")
                    .with({std::to_string(n)}));
        return;
    }
    p.answer = static_cast<int>(*v - 1);
}

void LessonReader::read_scale(const toml::table& t, const std::string& prefix,
                              LessonPrediction& p) {
    const toml::node* scale = t.get("scale");
    const toml::node* right = t.get("right");
    if (!outcome_words(p.question).empty())
        problem(scale, dotted(prefix, "scale"),
                BISTRO_PHRASE(
                    "Problem",
                    "a guess on a scale needs a number to measure, not a comparison or a cause"));
    const toml::table* s = scale->as_table();
    const auto from = s ? number(*s, dotted(prefix, "scale"), "from") : std::nullopt;
    const auto to = s ? number(*s, dotted(prefix, "scale"), "to") : std::nullopt;
    if (s) check_keys(*s, dotted(prefix, "scale"), {"from", "to", "step"});
    if (!from || !to || *from >= *to) {
        problem(scale, dotted(prefix, "scale"),
                BISTRO_PHRASE("Problem", "expected { from = 0, to = 60 } with from < to"));
        return;
    }
    p.scale_from = *from;
    p.scale_to = *to;
    p.scale_step = number(*s, dotted(prefix, "scale"), "step").value_or(1.0);
    const toml::array* r = right ? right->as_array() : nullptr;
    if (!r || r->size() != 2 || !r->get(0)->value<double>() || !r->get(1)->value<double>() ||
        *r->get(0)->value<double>() > *r->get(1)->value<double>()) {
        problem(right ? right : scale, dotted(prefix, "right"),
                BISTRO_PHRASE("Problem",
                              "expected the range the lesson calls right, e.g. right = [10, 25]"));
        return;
    }
    p.right_from = *r->get(0)->value<double>();
    p.right_to = *r->get(1)->value<double>();
}

void LessonReader::check_stop(const toml::table& t, const std::string& prefix,
                              const LessonStep& step, const LessonPrediction& p) {
    if (!step.stop)
        problem(
            t.get("predict"), dotted(prefix, "run_until"),
            BISTRO_PHRASE("Problem",
                          "missing: a prediction needs the time or event its experiment runs to"));
    else if (step.stop->event && p.question.compare)
        problem(t.get("run_until"), dotted(prefix, "run_until"),
                BISTRO_PHRASE(
                    "Problem",
                    "a comparison runs both restaurants to the same time: write a time (\"30m\")"));
}

}  // namespace bistro::detail
