#include "bistro/gui/window/sim_words.hpp"

#include <QCoreApplication>
#include <QStringList>

#include "bistro/sim/restaurant.hpp"

namespace bistro::gui {

QString translated(const Words& words) {
    QString text = *words.context ? QCoreApplication::translate(words.context, words.text.c_str())
                                  : QString::fromStdString(words.text);
    if (words.args.empty()) return text;
    std::vector<std::string> said;
    for (const Words& arg : words.args) said.push_back(translated(arg).toStdString());
    return QString::fromStdString(substitute(text.toStdString(), said));
}

QString described(const ScenarioProblem& problem) {
    return QString::fromStdString(problem.where()) + translated(problem.message);
}

QString describedError(const std::exception& error) {
    QStringList lines;
    if (const auto* file = dynamic_cast<const ScenarioError*>(&error)) {
        for (const ScenarioProblem& p : file->problems()) lines << described(p);
    } else if (const auto* model = dynamic_cast<const InvalidScenario*>(&error)) {
        for (const FieldProblem& p : model->problems())
            lines << QString::fromStdString(p.field) + QStringLiteral(": ") + translated(p.words);
    } else {
        return QString::fromUtf8(error.what());
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace bistro::gui
