#pragma once
// Simulated time as the inspector and the event log show it: h:mm:ss.

#include <QString>
#include <cmath>

namespace bistro::gui {

inline QString clockText(double seconds) {
    const auto s = static_cast<long long>(std::floor(seconds));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace bistro::gui
