#include "compare/choices.hpp"

#include <QtGlobal>

namespace bistro::gui {

namespace {
const Choice all[] = {
    {Parameter::policy, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "waiter policy"), 0, 1, 1, 0},
    {Parameter::delivery, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "delivery"), 0, 1, 1, 0},
    {Parameter::waiters, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "waiters"), 1, 40, 1, 0},
    {Parameter::cooks, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "cooks"), 1, 40, 1, 0},
    {Parameter::arrival_rate, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "guests per hour"), 1,
     240, 1, 0},
    {Parameter::cook_time_scale, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "cook time (x)"), 0.1,
     5, 0.1, 2},
    {Parameter::order_time_scale, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "order taking (x)"),
     0.1, 5, 0.1, 2},
    {Parameter::own_work_scale, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "own work (x)"), 0.1,
     5, 0.1, 2},
    {Parameter::burn_probability,
     QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "burnt dishes (share)"), 0, 0.9, 0.05, 2},
    {Parameter::patience_scale, QT_TRANSLATE_NOOP("bistro::gui::CompareBar", "patience (x)"), 0.1,
     5, 0.1, 2},
};
}  // namespace

std::span<const Choice> choices() {
    return all;
}

const Choice& choice(Parameter p) {
    for (const Choice& c : all)
        if (c.parameter == p) return c;
    return all[0];
}

bool isSwitch(Parameter p) {
    return p == Parameter::policy || p == Parameter::delivery;
}

ParameterValue switchValue(Parameter p, int position) {
    if (p == Parameter::policy) return position == 0 ? Policy::synchronous : Policy::asynchronous;
    return position == 0 ? Delivery::whole_order : Delivery::each_dish;
}

int switchPosition(const ParameterValue& v) {
    if (const auto* policy = std::get_if<Policy>(&v)) return *policy == Policy::synchronous ? 0 : 1;
    if (const auto* delivery = std::get_if<Delivery>(&v))
        return *delivery == Delivery::whole_order ? 0 : 1;
    return 0;
}

}  // namespace bistro::gui
