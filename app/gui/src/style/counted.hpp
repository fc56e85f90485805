#pragma once
// A count with its noun in the right number: "1 party", "3 parties". Qt's %n
// needs a loaded translation to choose the plural; without one it would say
// "1 parties", so the English words are chosen here.

#include <QString>

namespace bistro::gui {

inline QString counted(long long n, const QString& one, const QString& many) {
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

}  // namespace bistro::gui
