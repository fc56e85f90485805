#include "lessons/lesson_library.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include "bistro/io/lesson_file.hpp"
#include "lessons/preset_words.hpp"

namespace bistro::gui::library {

namespace {
std::optional<QByteArray> read(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    return f.readAll();
}

/// A scenario a lesson names: beside the lesson's file, else a preset.
ScenarioFinder finder(const QString& lesson_path) {
    const QString dir = lesson_path.startsWith(QStringLiteral(":/"))
                            ? QString()
                            : QFileInfo(lesson_path).absolutePath();
    return [dir](const std::string& name) -> std::optional<ScenarioText> {
        QString file = QString::fromStdString(name);
        if (QFileInfo(file).suffix().isEmpty()) file += QStringLiteral(".toml");
        QStringList candidates;
        if (QFileInfo(file).isAbsolute()) candidates << file;
        if (!dir.isEmpty()) candidates << QDir(dir).filePath(file);
        candidates << QStringLiteral(":/scenarios/") + QFileInfo(file).fileName();
        for (const QString& c : candidates)
            if (auto text = read(c))
                return ScenarioText{text->toStdString(), QFileInfo(c).fileName().toStdString()};
        return std::nullopt;
    };
}
}  // namespace

QStringList lessons() {
    QStringList out;
    for (const QString& name : QDir(QStringLiteral(":/lessons"))
                                   .entryList({QStringLiteral("*.toml")}, QDir::Files, QDir::Name))
        out << QStringLiteral(":/lessons/") + name;
    return out;
}

/// A built-in lesson in the interface's language, if it has been translated
/// (resources/lessons/<language>/); else the English one.
QString inTheInterfaceLanguage(const QString& path) {
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    if (!path.startsWith(QStringLiteral(":/lessons/")) || language == QLatin1String("en") ||
        path.count(QLatin1Char('/')) != 2)
        return path;
    const QString translated =
        QStringLiteral(":/lessons/%1/%2").arg(language, QFileInfo(path).fileName());
    return QFileInfo::exists(translated) ? translated : path;
}

Lesson loadLesson(const QString& original) {
    const QString path = inTheInterfaceLanguage(original);
    const auto text = read(path);
    if (!text)
        throw ScenarioError({{path.toStdString(), 0, 0, "",
                              BISTRO_PHRASE("Problem", "cannot open the file (does it exist?)")}});
    return parse_lesson(text->toStdString(), QFileInfo(path).fileName().toStdString(),
                        finder(path));
}

QString teaches(const QString& preset) {
    const auto text = read(QStringLiteral(":/scenarios/") + preset);
    if (!text) return {};
    QString line = QString::fromStdString(what_it_teaches(text->toStdString()))
                       .replace(QStringLiteral(" -- "), QStringLiteral(" \u2013 "));
    if (!line.isEmpty()) line[0] = line[0].toUpper();
    return translatedPresetWords(line);
}

QString firstSentence(const QString& text) {
    qsizetype end = text.indexOf(QStringLiteral(". "));
    if (end >= 0 && end < 40)
        end = text.indexOf(QStringLiteral(". "), end + 2);  // "Scale." says little
    QString sentence = end < 0 ? text : text.left(end + 1);
    return sentence.replace(QStringLiteral(" -- "), QStringLiteral(" \u2013 "));
}

QString presetTitle(const QString& preset) {
    QString title = QFileInfo(preset).baseName().replace('-', ' ');
    if (!title.isEmpty()) title[0] = title[0].toUpper();
    return translatedPresetWords(title);
}

}  // namespace bistro::gui::library
