#pragma once
// A lesson's words for the screen: its little formatting (**bold**, *italic*,
// `code`, blank lines between paragraphs) and the app's states inline, as the
// floor shows them ([blocked]: the vermilion badge with its hourglass).

#include <QImage>
#include <QString>
#include <string>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/lesson.hpp"

class QTextDocument;

namespace bistro::gui {

/// A waiter state's badge as the floor draws it: its colour, its icon in white.
QImage stateBadge(WaiterState s, int pixels);
/// Registers every state's badge in `doc`, so "state:blocked" images show.
void addStateBadges(QTextDocument& doc, int pixels);
/// The lesson markup as HTML: with the badges' images for a document that has
/// them (addStateBadges), else the states in their colours alone (for a QLabel).
QString lessonHtml(const std::string& text, bool badges = true);
/// The numbers measured: "sync: 63.3 min; async: 37.5 min", "75.0 %".
QString measuredWords(const Outcome& o, const LessonPrediction& p);
/// What happened in the lesson's words: the choice it matches, with the numbers.
QString outcomeWords(const Outcome& o, const LessonPrediction& p);

}  // namespace bistro::gui
