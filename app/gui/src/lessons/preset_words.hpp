#pragma once
// The presets' names and what they teach, in the interface's language.

#include <QString>

namespace bistro::gui::library {

/// A preset's English name or "what it teaches" line in the interface's language
/// (itself when it is not one of the shipped presets' words).
QString translatedPresetWords(const QString& english);
/// Whether the words are one of the shipped presets' (for the test that they match the files).
bool presetWordsKnown(const QString& english);

}  // namespace bistro::gui::library
