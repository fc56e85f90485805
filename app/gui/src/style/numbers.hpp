#pragma once
// Numbers in the words of the interface's language: "2.5" in English, "2,5" in
// German and Spanish. The language chosen in View > Language sets the default
// QLocale, so every number on screen follows it.

#include <QLocale>
#include <QString>

namespace bistro::gui {

/// `value` with `places` digits after the decimal separator of the interface's language.
inline QString decimal(double value, int places) {
    return QLocale().toString(value, 'f', places);
}

}  // namespace bistro::gui
