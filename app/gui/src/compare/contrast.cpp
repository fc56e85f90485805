#include "bistro/gui/compare/contrast.hpp"

#include <algorithm>

#include "compare/choices.hpp"

namespace bistro::gui {

QString Contrast::name(double v) const {
    switch (parameter) {
        case Parameter::policy:
            return v >= 0.5 ? QStringLiteral("async") : QStringLiteral("sync");
        case Parameter::delivery:
            return v >= 0.5 ? QStringLiteral("each dish") : QStringLiteral("whole order");
        case Parameter::waiters:
            return QStringLiteral("%1 waiter%2").arg(v).arg(v == 1 ? "" : "s");
        case Parameter::cooks:
            return QStringLiteral("%1 cook%2").arg(v).arg(v == 1 ? "" : "s");
        case Parameter::arrival_rate:
            return QStringLiteral("%1 parties/h").arg(v);
        case Parameter::cook_time_scale:
            return QStringLiteral("cook time x%1").arg(v);
        case Parameter::order_time_scale:
            return QStringLiteral("order taking x%1").arg(v);
        case Parameter::own_work_scale:
            return QStringLiteral("own work x%1").arg(v);
        case Parameter::burn_probability:
            return QStringLiteral("%1 % burnt").arg(v * 100);
        case Parameter::patience_scale:
            return QStringLiteral("patience x%1").arg(v);
    }
    return {};
}

Contrast Contrast::around(Parameter p, double current) {
    if (isSwitch(p)) return {p, 0.0, 1.0};
    const Choice& c = choice(p);
    const double other = current + c.step <= c.max ? current + c.step : current - c.step;
    const double a = std::clamp(current, c.min, c.max);
    if (p == Parameter::cook_time_scale || p == Parameter::order_time_scale ||
        p == Parameter::own_work_scale || p == Parameter::patience_scale)
        return {p, a, a * 2 <= c.max ? a * 2 : a / 2};  // halving or doubling shows more
    return {p, a, other};
}

}  // namespace bistro::gui
