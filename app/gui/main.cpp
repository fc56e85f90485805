// bistro: the Async Bistro window. Also renders screenshots and measures frames.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <string>
#include <vector>

#include "bench.hpp"
#include "bistro/io/scenario_file.hpp"
#include "compare.hpp"
#include "main_window.hpp"
#include "simulation_controller.hpp"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AsyncBistro"));
    QApplication::setApplicationName(QStringLiteral("Async Bistro"));
    QApplication::setApplicationVersion(QStringLiteral(BISTRO_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("A restaurant that teaches synchronous vs asynchronous programming."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption scenario({"s", "scenario"},
                                      "Scenario file, or a preset name such as lunch-rush.", "S");
    const QCommandLineOption screenshot("screenshot", "Render the window to a PNG and exit.",
                                        "FILE");
    const QCommandLineOption at("at", "With --screenshot: the simulated time to show, e.g. 45m.",
                                "TIME", "45m");
    const QCommandLineOption size("size", "Window size, e.g. 1600x1000.", "WxH", "1600x1000");
    const QCommandLineOption policy("policy", "Start with this policy: sync or async.", "POLICY");
    const QCommandLineOption bench("bench-frames",
                                   "Measure N frames of the window and print the figures.", "N");
    const QCommandLineOption speed("speed", "With --bench-frames: simulation speed.", "X", "100");
    const QCommandLineOption set(
        "set", "Change a scenario key, e.g. staff.cooks=6 (as bistro-cli --set).", "KEY=VALUE");
    const QCommandLineOption compare("compare", "Twin restaurants: sync and async side by side.");
    const QCommandLineOption show("show",
                                  "Show a panel: timeline, eventLog, inspector, comparison, "
                                  "plotWaitFood, plotTimeIn, plotWaitTable, plotWaiters, "
                                  "plotQueues, or all.",
                                  "PANEL");
    cli.addOptions({scenario, screenshot, at, size, policy, bench, speed, set, compare, show});
    cli.process(app);

    // Messages go to stderr from info up; the event log panel shows what the user picks.
    spdlog::set_default_logger(spdlog::stderr_color_mt("bistro"));
    spdlog::default_logger()->sinks().front()->set_level(spdlog::level::info);

    bistro::gui::MainWindow window;
    const QStringList wh = cli.value(size).split('x');
    if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
    if (cli.isSet(scenario)) {
        const QString s = cli.value(scenario);
        const bool ok = QFileInfo::exists(s)
                            ? window.openScenario(s)
                            : window.openPreset(s.endsWith(".toml") ? s : s + ".toml");
        if (!ok) {
            std::fprintf(stderr, "bistro: %s\n", qPrintable(window.lastError()));
            return 2;
        }
    }
    if (cli.isSet(set)) {
        std::vector<std::string> overrides;
        for (const QString& o : cli.values(set)) overrides.push_back(o.toStdString());
        try {
            const auto& c = window.controller();
            window.controller().setScenario(bistro::parse_scenario(
                bistro::scenario_to_toml(c.scenario()), c.scenario().name, overrides));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "bistro: %s\n", e.what());
            return 2;
        }
    }
    if (cli.isSet(policy))
        window.controller().setParameter(bistro::Parameter::policy, cli.value(policy) == "async");
    if (cli.isSet(compare)) window.setCompareMode(true);
    for (const QString& panel : cli.values(show)) window.showPanel(panel);
    window.show();

    if (cli.isSet(bench)) {
        auto& c = window.controller();
        bistro::Scenario s = c.currentScenario();
        s.duration = std::max(s.duration, 24 * 3600.0);  // long enough never to end mid-benchmark
        c.setScenario(s);
        return bistro::gui::run_frame_benchmark(window, cli.value(bench).toInt(),
                                                cli.value(speed).toDouble());
    }
    if (cli.isSet(screenshot)) {
        const auto t = bistro::parse_duration(cli.value(at).toStdString());
        if (!t) {
            std::fprintf(stderr, "bistro: --at: \"%s\" is not a time (write e.g. 45m)\n",
                         qPrintable(cli.value(at)));
            return 2;
        }
        window.controller().seek(*t);
        QApplication::processEvents();
        QElapsedTimer waited;  // compare mode: let the replicated comparison finish
        waited.start();
        while (window.twins().computing() && waited.elapsed() < 30000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        QApplication::processEvents();
        return window.saveScreenshot(cli.value(screenshot)) ? 0 : 1;
    }
    return QApplication::exec();
}
