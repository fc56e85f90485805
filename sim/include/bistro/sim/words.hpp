#pragma once
// A sentence for a user, kept apart from its language: a template with positional
// arguments ("must be at least %1", "10"). sim/ never includes Qt, so it hands the
// programs these, and they translate the template (QCoreApplication::translate with
// its context) and put the arguments in; english() says it as the template reads.
//
// Every template is written as BISTRO_WORDS("Context", "text"): to the compiler the
// text alone, and lupdate (run with -tr-function-alias QT_TRANSLATE_NOOP+=BISTRO_WORDS,
// cmake/translations.cmake) finds it with its context for the translators.

#include <string>
#include <string_view>
#include <vector>

#define BISTRO_WORDS(context, text) text

namespace bistro {

/// A template in English and what goes into its %1, %2, ... (at most %9).
struct Words {
    const char* context = "";
    const char* text = "";
    std::vector<std::string> args;

    /// The sentence in English: the template with its arguments in place.
    std::string english() const;
};

/// `text` with %1 ... %9 replaced by args[0] ... args[8]; a % followed by anything
/// else, or by a number with no argument, stays as it is.
std::string substitute(std::string_view text, const std::vector<std::string>& args);

}  // namespace bistro
