#pragma once
// The Help menu's pages: the user guide, a legend of every badge, colour and
// icon the floor draws, and the keyboard shortcuts the window has now.

class QWidget;

namespace bistro::gui::help {

void showGuide(QWidget* window);
void showLegend(QWidget* window);
void showShortcuts(QWidget* window);

}  // namespace bistro::gui::help
