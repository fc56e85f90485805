#pragma once
// Where file dialogs start: the folder the user last chose a file in, else a
// folder of their own holding copies of the built-in scenarios (made on first
// use, never overwritten), so that Open shows presets to start from, not "/".

#include <QString>

namespace bistro::gui::files {

/// The user's scenarios folder, with the presets copied in where missing.
QString presetsFolder();
/// The folder a dialog starts in.
QString startFolder();
/// `name` in the start folder: what a Save dialog suggests.
QString suggested(const QString& name);
/// The folder of a file the user chose (opened or saved): the next dialog starts there.
void remember(const QString& path);

}  // namespace bistro::gui::files
