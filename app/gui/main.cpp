// bistro: the Async Bistro window. Also renders screenshots and measures frames.
#include <QApplication>

#include "bistro/gui/lessons/lesson_desk.hpp"
#include "bistro/gui/window/command_line.hpp"
#include "bistro/gui/window/main_window.hpp"
#include "bistro/tools/frame_benchmark.hpp"
#include "bistro/tools/screenshot.hpp"

int main(int argc, char** argv) {
    bistro::gui::CommandLine::prepare(argc, argv);
    QApplication app(argc, argv);
    bistro::gui::CommandLine options;
    options.process(app);
    bistro::gui::MainWindow window;
    if (!options.applyTo(window)) return bistro::gui::CommandLine::usage_error;
    window.show();
    if (const auto bench = options.benchmark())
        return bistro::tools::FrameBenchmark(window, bench->frames, bench->speed).run();
    if (const auto shot = options.screenshot())
        return bistro::tools::takeScreenshot(window, shot->file, shot->at);
    window.lessons().welcomeOnFirstStart();
    return QApplication::exec();
}
