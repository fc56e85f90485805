#include "words.hpp"

#include <fmt/format.h>

#include <clocale>
#include <memory>
#include <vector>

#ifdef BISTRO_CLI_TRANSLATED
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#endif

namespace bistro::cli {

namespace {
std::string translated(const char* context, const char* text) {
#ifdef BISTRO_CLI_TRANSLATED
    if (QCoreApplication::instance())
        return QCoreApplication::translate(context, text).toStdString();
#else
    (void)context;
#endif
    return text;
}
}  // namespace

std::string say(const char* text, std::initializer_list<std::string> args) {
    return substitute(translated("Cli", text), std::vector<std::string>(args));
}

std::string say(const char* text, const std::vector<std::string>& args) {
    return substitute(translated("Cli", text), args);
}

std::string say(const Words& words) {
    std::vector<std::string> said;
    for (const Words& arg : words.args) said.push_back(say(arg));
    const std::string text =
        *words.context ? translated(words.context, words.text.c_str()) : words.text;
    return said.empty() ? text : substitute(text, said);
}

std::string localized(const std::string& c_number) {
#ifdef BISTRO_CLI_TRANSLATED
    const QLocale language;
    QString out = QString::fromStdString(c_number);
    out.replace(u'.', language.decimalPoint()).replace(u'-', language.negativeSign());
    return out.toStdString();
#else
    return c_number;
#endif
}

std::string number(double value, int places) {
    // Rounded as fmt rounds (the English output stays what it was), then written with
    // the language's decimal point and minus sign.
    return localized(fmt::format("{:.{}f}", value, places));
}

#ifdef BISTRO_CLI_TRANSLATED
struct Language::Parts {
    std::unique_ptr<QCoreApplication> app;
    QTranslator translator;
};

Language::Language(int& argc, char** argv) : parts_(new Parts) {
    parts_->app = std::make_unique<QCoreApplication>(argc, argv);
    // QCoreApplication set every category from the environment; numbers the program
    // reads and writes for machines (TOML, options, JSON, CSV) stay in "C".
    std::setlocale(LC_NUMERIC, "C");
    const QLocale system = QLocale::system();  // LC_ALL, LC_MESSAGES or LANG
    QLocale::setDefault(system);
    // BISTRO_TRANSLATIONS_DIR: a folder of bistro_<language>.qm tried first, so a
    // translator (or a test) sees a translation without building the program again.
    const QString own = qEnvironmentVariable("BISTRO_TRANSLATIONS_DIR");
    for (const QString& dir : {own, QStringLiteral(":/i18n")})
        if (!dir.isEmpty() &&
            parts_->translator.load(system, QStringLiteral("bistro"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(&parts_->translator);
            break;
        }
}

Language::~Language() {
    delete parts_;
}

std::string Language::name() {
    return QLocale().name().section(u'_', 0, 0).toStdString();
}
#else
struct Language::Parts {};
Language::Language(int&, char**) {}
Language::~Language() = default;
std::string Language::name() {
    return "en";
}
#endif

}  // namespace bistro::cli
