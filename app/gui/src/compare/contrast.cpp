#include "bistro/gui/compare/contrast.hpp"

#include <QCoreApplication>
#include <algorithm>

#include "bistro/gui/style/palette.hpp"
#include "compare/choices.hpp"

namespace bistro::gui {

namespace {
// The translation context of a contrast's names ("async", "3 waiters").
struct ContrastWords {
    Q_DECLARE_TR_FUNCTIONS(ContrastWords)
};
}  // namespace

QString Contrast::name(const ParameterValue& value) const {
    if (const auto* policy = std::get_if<Policy>(&value))
        return *policy == Policy::asynchronous ? ContrastWords::tr("async")
                                               : ContrastWords::tr("sync");
    if (const auto* delivery = std::get_if<Delivery>(&value))
        return *delivery == Delivery::each_dish ? ContrastWords::tr("each dish")
                                                : ContrastWords::tr("whole order");
    const double v = number(parameter, value);
    switch (parameter) {
        case Parameter::waiters:
            return ContrastWords::tr("%n waiters", nullptr, static_cast<int>(v));
        case Parameter::cooks:
            return ContrastWords::tr("%n cooks", nullptr, static_cast<int>(v));
        case Parameter::arrival_rate:
            return ContrastWords::tr("%1 parties/h").arg(v);
        case Parameter::cook_time_scale:
            return ContrastWords::tr("cook time x%1").arg(v);
        case Parameter::order_time_scale:
            return ContrastWords::tr("order taking x%1").arg(v);
        case Parameter::own_work_scale:
            return ContrastWords::tr("own work x%1").arg(v);
        case Parameter::burn_probability:
            return ContrastWords::tr("%1 % burnt").arg(v * 100);
        case Parameter::patience_scale:
            return ContrastWords::tr("patience x%1").arg(v);
        default:
            return {};
    }
}

namespace {
QColor policyColour(const ParameterValue& v) {
    return v == ParameterValue{Policy::asynchronous} ? palette::async_colour : palette::sync_colour;
}
}  // namespace

QColor Contrast::colourA() const {
    if (parameter == Parameter::policy && a != b) return policyColour(a);
    return palette::other_a_colour;
}

QColor Contrast::colourB() const {
    if (parameter == Parameter::policy && a != b) return policyColour(b);
    return palette::other_b_colour;
}

Contrast Contrast::around(Parameter p, const ParameterValue& current) {
    if (isSwitch(p)) return {p, switchValue(p, 0), switchValue(p, 1)};
    const Choice& c = choice(p);
    const double now = number(p, current);
    const double other = now + c.step <= c.max ? now + c.step : now - c.step;
    const double a = std::clamp(now, c.min, c.max);
    if (p == Parameter::cook_time_scale || p == Parameter::order_time_scale ||
        p == Parameter::own_work_scale || p == Parameter::patience_scale)
        return {p, a, a * 2 <= c.max ? a * 2 : a / 2};  // halving or doubling shows more
    return {p, from_number(p, a), from_number(p, other)};
}

}  // namespace bistro::gui
