#pragma once
// `bistro --screenshot FILE --at T`: the window at simulated time T, as a PNG, for
// the user guide's pictures (scripts/screenshots). A tool, not part of the window's
// library: only the `bistro` program links it.

#include <QString>

namespace bistro::gui {
class MainWindow;
}

namespace bistro::tools {

/// Goes to `at` (simulated seconds), waits in compare mode for the replicated
/// comparison (at most `patience_ms`), lets the window settle and saves it.
/// Returns the exit code: 0, or 1 when the file could not be written.
int takeScreenshot(gui::MainWindow& window, const QString& file, double at,
                   int patience_ms = 30000);

}  // namespace bistro::tools
