#include "bistro/gui/window/command_line.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QStringList>
#include <cstdio>
#include <string>
#include <vector>

#include "bistro/gui/code/code_panel.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/lessons/lesson_desk.hpp"
#include "bistro/gui/window/interface_language.hpp"
#include "bistro/gui/window/main_window.hpp"
#include "bistro/gui/window/sim_words.hpp"
#include "bistro/io/scenario_file.hpp"
#include "bistro/io/scenario_search.hpp"

namespace bistro::gui {

CommandLine::CommandLine()
    : scenario_({"s", "scenario"}, QString(), QStringLiteral("S")),
      screenshot_file_(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE")),
      at_(QStringLiteral("at"), QString(), QStringLiteral("TIME"), QStringLiteral("45m")),
      size_(QStringLiteral("size"), QString(), QStringLiteral("WxH"), QStringLiteral("1600x1000")),
      policy_(QStringLiteral("policy"), QString(), QStringLiteral("POLICY")),
      bench_(QStringLiteral("bench-frames"), QString(), QStringLiteral("N")),
      speed_(QStringLiteral("speed"), QString(), QStringLiteral("X"), QStringLiteral("100")),
      set_(QStringLiteral("set"), QString(), QStringLiteral("KEY=VALUE")),
      compare_(QStringLiteral("compare"), QString()),
      show_(QStringLiteral("show"), QString(), QStringLiteral("PANEL")),
      code_(QStringLiteral("code"), QString(), QStringLiteral("LANGUAGE")),
      lesson_(QStringLiteral("lesson"), QString(), QStringLiteral("NAME[:STEP]")),
      welcome_(QStringLiteral("welcome"), QString()),
      language_(QStringLiteral("language"), QString(), QStringLiteral("CODE")) {}

void CommandLine::describe() {
    scenario_.setDescription(tr("Scenario file, or a preset name such as lunch-rush."));
    screenshot_file_.setDescription(tr("Render the window to a PNG and exit."));
    at_.setDescription(tr("With --screenshot: the simulated time to show, e.g. 45m."));
    size_.setDescription(tr("Window size, e.g. 1600x1000."));
    policy_.setDescription(tr("Start with this policy: sync or async."));
    bench_.setDescription(tr("Measure N frames of the window and print the figures."));
    speed_.setDescription(tr("With --bench-frames: simulation speed."));
    set_.setDescription(tr("Change a scenario key, e.g. staff.cooks=6 (as bistro-cli --set)."));
    compare_.setDescription(tr("Twin restaurants: sync and async side by side."));
    show_.setDescription(
        tr("Show a panel: code, timeline, eventLog, inspector, comparison, plotWaitFood, "
           "plotTimeIn, plotWaitTable, plotWaiters, plotQueues, plotTheory, or all."));
    code_.setDescription(
        tr("Show the waiter's program in this language: pseudo, python, javascript or cpp."));
    lesson_.setDescription(
        tr("Open a lesson: a file, or a built-in one such as 01-blocking-call; :N opens its "
           "step N (from 1)."));
    welcome_.setDescription(tr("Show the welcome card."));
    language_.setDescription(
        tr("Speak this language for this run: en, de or es (View > Language remembers a "
           "choice; by default the system's)."));
    parser_.setApplicationDescription(
        tr("A restaurant that teaches synchronous vs asynchronous programming."));
    parser_.addHelpOption();
    parser_.addVersionOption();
    parser_.addOptions({scenario_, screenshot_file_, at_, size_, policy_, bench_, speed_, set_,
                        compare_, show_, code_, lesson_, welcome_, language_});
}

void CommandLine::prepare(int argc, char** argv) {
    const auto has_display = [] {
        return !qEnvironmentVariableIsEmpty("DISPLAY") ||
               !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
               !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    };
    if (has_display()) return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

void CommandLine::process(const QCoreApplication& app) {
    QCoreApplication::setOrganizationName(QStringLiteral("AsyncBistro"));
    QCoreApplication::setApplicationName(QStringLiteral("Async Bistro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BISTRO_VERSION));
    // The desktop entry and the icon the desktop shows for the window (resources/desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral(BISTRO_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" BISTRO_APP_ID ".svg")));
    // Before the window is made: its first words, and --help's, are in the language asked
    // for (else the remembered one, else the system's). This speaker leaves with process().
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--language") && i + 1 < args.size())
            InterfaceLanguage::setForThisRun(args[i + 1]);
        else if (args[i].startsWith(QLatin1String("--language=")))
            InterfaceLanguage::setForThisRun(args[i].section(QLatin1Char('='), 1));
    }
    const InterfaceLanguage speaking;
    describe();
    parser_.process(app);
    // Messages go to stderr from info up; the event log panel shows what the user picks.
    spdlog::set_default_logger(spdlog::stderr_color_mt("bistro"));
    spdlog::default_logger()->sinks().front()->set_level(spdlog::level::info);
}

bool CommandLine::applyTo(MainWindow& window) {
    if (parser_.isSet(language_) && !window.language().choose(parser_.value(language_), false))
        return fail(
            tr("--language: \"%1\" is not one of en, de, es").arg(parser_.value(language_)));
    const QStringList wh = parser_.value(size_).split('x');
    if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
    if (!openScenario(window) || !applyOverrides(window)) return false;
    if (parser_.isSet(policy_))
        window.controller().setParameter(Parameter::policy, parser_.value(policy_) == "async"
                                                                ? Policy::asynchronous
                                                                : Policy::synchronous);
    if (parser_.isSet(compare_)) window.setCompareMode(true);
    for (const QString& panel : parser_.values(show_)) window.showPanel(panel);
    return showCode(window) && openLesson(window) && readScreenshot();
}

bool CommandLine::openLesson(MainWindow& window) const {
    if (parser_.isSet(welcome_)) window.lessons().showWelcome();
    if (!parser_.isSet(lesson_)) return true;
    QString name = parser_.value(lesson_);
    std::optional<int> step;
    if (const qsizetype colon = name.lastIndexOf(':'); colon > 0 && !QFileInfo::exists(name)) {
        bool number = false;
        const int n = name.mid(colon + 1).toInt(&number);
        if (!number || n < 1)
            return fail(tr("--lesson: \"%1\" is not a step number").arg(name.mid(colon + 1)));
        step = n - 1;
        name = name.left(colon);
    }
    const QString path = QFileInfo::exists(name)
                             ? name
                             : QStringLiteral(":/lessons/") + name +
                                   (name.endsWith(QStringLiteral(".toml")) ? "" : ".toml");
    return window.lessons().openLesson(path, step) ||
           fail(tr("--lesson: cannot open %1").arg(name));
}

bool CommandLine::showCode(MainWindow& window) const {
    if (!parser_.isSet(code_)) return true;
    const QStringList names = {"pseudo", "python", "javascript", "cpp"};
    const int language = static_cast<int>(names.indexOf(parser_.value(code_)));
    if (language < 0)
        return fail(tr("--code: \"%1\" is not one of pseudo, python, javascript, cpp")
                        .arg(parser_.value(code_)));
    window.code().setLanguage(static_cast<CodePanel::Language>(language));
    window.showPanel(QStringLiteral("code"));
    return true;
}

bool CommandLine::openScenario(MainWindow& window) const {
    if (!parser_.isSet(scenario_)) return true;
    const QString s = parser_.value(scenario_);
    // A file wins; then a preset of the Scenario menu (read-only: Save asks where);
    // then a preset in the data folders, as bistro-cli looks for it.
    const QString preset = s.endsWith(QStringLiteral(".toml")) ? s : s + QStringLiteral(".toml");
    if (!QFileInfo::exists(s) && MainWindow::presetNames().contains(preset))
        return window.openPreset(preset) || fail(window.lastError());
    try {
        const auto dirs =
            scenario_directories(QCoreApplication::applicationFilePath().toStdString());
        const auto file = find_scenario(s.toStdString(), dirs);
        return window.openScenario(QString::fromStdString(file.string())) ||
               fail(window.lastError());
    } catch (const ScenarioError& e) {
        const QString menu = MainWindow::presetNames().join(QStringLiteral(", "));
        return fail(describedError(e) + QLatin1Char('\n') + tr("The Scenario menu has: ") +
                    QString(menu).remove(QStringLiteral(".toml")) + QLatin1Char('.'));
    }
}

bool CommandLine::applyOverrides(MainWindow& window) const {
    if (!parser_.isSet(set_)) return true;
    std::vector<std::string> overrides;
    for (const QString& o : parser_.values(set_)) overrides.push_back(o.toStdString());
    try {
        SimulationController& c = window.controller();
        c.setScenario(parse_scenario(scenario_to_toml(c.scenario()), c.scenario().name, overrides));
    } catch (const std::exception& e) {
        return fail(describedError(e));
    }
    return true;
}

bool CommandLine::readScreenshot() {
    // The benchmark wins: with it, --at is never read.
    if (!parser_.isSet(screenshot_file_) || parser_.isSet(bench_)) return true;
    const auto t = parse_duration(parser_.value(at_).toStdString());
    if (!t) return fail(tr("--at: \"%1\" is not a time (write e.g. 45m)").arg(parser_.value(at_)));
    screenshot_ = Screenshot{parser_.value(screenshot_file_), *t};
    return true;
}

std::optional<CommandLine::Benchmark> CommandLine::benchmark() const {
    if (!parser_.isSet(bench_)) return std::nullopt;
    return Benchmark{parser_.value(bench_).toInt(), parser_.value(speed_).toDouble()};
}

bool CommandLine::fail(const QString& message) {
    std::fprintf(stderr, "bistro: %s\n", qPrintable(message));
    return false;
}

}  // namespace bistro::gui
