#pragma once
// bistro-cli's words in the user's language (LANG, LC_ALL, LC_MESSAGES): with Qt
// (BISTRO_CLI_TRANSLATED) through QCoreApplication::translate and the embedded
// translations, numbers in the language's QLocale; built without Qt, in English with
// "C" numbers. Machine output (JSON and CSV) never goes through here.
//
// Write each sentence as say(BISTRO_WORDS("Cli", "text %1"), {args}) so lupdate
// finds it in context "Cli".

#include <initializer_list>
#include <string>
#include <vector>

#include "bistro/sim/words.hpp"

namespace bistro::cli {

/// `text` (a template of context "Cli") in the user's language, with its arguments.
std::string say(const char* text, std::initializer_list<std::string> args = {});

std::string say(const char* text, const std::vector<std::string>& args);

/// A sentence from sim/ (a problem in a file, a reason) in the user's language.
std::string say(const Words& words);

/// `value` with `places` decimals, in the user's language's notation ("2,5").
std::string number(double value, int places);

/// A number fmt wrote in "C" ("-2.5 ±0.3") in the language's notation ("-2,5 ±0,3").
std::string localized(const std::string& c_number);

/// Sets the language from the environment and loads its translation, once, at the
/// start of main (with argc/argv for the QCoreApplication it needs). Does nothing
/// without Qt.
class Language {
  public:
    Language(int& argc, char** argv);
    ~Language();
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;
    /// The language's name ("de", "en"); "en" without Qt.
    static std::string name();

  private:
    struct Parts;
    Parts* parts_ = nullptr;
};

}  // namespace bistro::cli
