#pragma once
// The lessons and presets the app carries (Qt resources :/lessons, :/scenarios)
// and lesson files a teacher writes: found, read and described.

#include <QString>
#include <QStringList>

#include "bistro/sim/lesson.hpp"

namespace bistro::gui::library {

/// The built-in lessons, in their order: ":/lessons/01-blocking-call.toml", ...
QStringList lessons();
/// Reads a lesson (a resource or a file); its scenarios are found beside a file,
/// then among the presets. Throws ScenarioError with every problem.
Lesson loadLesson(const QString& path);
/// A preset's "What it teaches:" line ("lunch-rush.toml"); empty if it has none.
QString teaches(const QString& preset);
/// The first sentence of a text, for a menu ("A thread blocked on I/O.").
QString firstSentence(const QString& text);
/// "Lunch rush" for "lunch-rush.toml".
QString presetTitle(const QString& preset);

}  // namespace bistro::gui::library
