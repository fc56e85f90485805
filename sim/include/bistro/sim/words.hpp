#pragma once
// A sentence for a user, kept apart from its language: a template with positional
// arguments ("must be at least %1", "10"). sim/ never includes Qt, so it hands the
// programs these, and they translate the template (QCoreApplication::translate with
// its context) and put the arguments in; english() says it as the template reads.
//
// A template is written as BISTRO_WORDS("Context", "text") where the text alone is
// wanted, or as BISTRO_PHRASE("Context", "text") for a Words of that context, its
// arguments given with .with({...}). lupdate (run with both as aliases of
// QT_TRANSLATE_NOOP, cmake/translations.cmake) finds the text with its context.

#include <string>
#include <string_view>
#include <vector>

#define BISTRO_WORDS(context, text) text
#define BISTRO_PHRASE(context, text) (::bistro::Words{context, text, {}})

namespace bistro {

/// A template in English and what goes into its %1, %2, ... (at most %9): words
/// too, so that a sentence can hold another ("%1 (set on the command line)").
struct Words {
    /// The translation context; empty for words said as they are (a number, a name,
    /// a key), which are never translated.
    const char* context = "";
    std::string text;
    std::vector<Words> args;

    /// Words said as they are, in any language.
    static Words verbatim(std::string text) { return {"", std::move(text), {}}; }

    /// The sentence in English: the template with its arguments in place.
    std::string english() const;

    /// These words with `values`, said as they are, for %1, %2, ...
    Words with(const std::vector<std::string>& values) const;
    /// These words with `sentence` as the argument after the others.
    Words around(Words sentence) const;
};

/// `text` with %1 ... %9 replaced by args[0] ... args[8]; a % followed by anything
/// else, or by a number with no argument, stays as it is.
std::string substitute(std::string_view text, const std::vector<std::string>& args);

}  // namespace bistro
