#pragma once
// What differs between the twin restaurants of compare mode: one parameter, a
// value on each side.

#include <QColor>
#include <QString>

#include "bistro/sim/entities.hpp"

namespace bistro::gui {

struct Contrast {
    Parameter parameter = Parameter::policy;
    ParameterValue a = Policy::synchronous;   ///< the left restaurant (the main one)
    ParameterValue b = Policy::asynchronous;  ///< the right restaurant (the twin)

    /// "sync", "async", "4 cooks", "cook time x1.5"...
    QString name(const ParameterValue& value) const;
    QString nameA() const { return name(a); }
    QString nameB() const { return name(b); }
    /// Each side's colour, the same in every view: sync and async keep theirs; any other
    /// comparison (3 against 4 waiters) gets two others, so nobody reads it as sync/async.
    QColor colourA() const;
    QColor colourB() const;
    /// The usual other value to compare the current one with.
    static Contrast around(Parameter p, const ParameterValue& current);
};

}  // namespace bistro::gui
