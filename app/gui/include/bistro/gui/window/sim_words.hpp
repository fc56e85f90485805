#pragma once
// The sentences sim/ hands over (problems in a file, reasons theory does not apply)
// in the interface's language: their templates are translated in their context
// (lupdate finds them marked BISTRO_PHRASE in sim/), their arguments put in.

#include <QString>
#include <exception>

#include "bistro/io/scenario_file.hpp"
#include "bistro/sim/words.hpp"

namespace bistro::gui {

/// `words` in the interface's language.
QString translated(const Words& words);

/// "lunch.toml:12:9: staff.cooks: must be 1 to 100", in the interface's language.
QString described(const ScenarioProblem& problem);

/// What went wrong, for a person: each problem of a scenario or lesson file on a
/// line of its own, in the interface's language; any other error as it says itself.
QString describedError(const std::exception& error);

}  // namespace bistro::gui
