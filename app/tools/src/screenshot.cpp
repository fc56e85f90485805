#include "bistro/tools/screenshot.hpp"

#include <spdlog/spdlog.h>

#include <QEventLoop>
#include <QTimer>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/window/main_window.hpp"

namespace bistro::tools {

int takeScreenshot(gui::MainWindow& window, const QString& file, double at, int patience_ms) {
    window.controller().seek(at);
    QEventLoop loop;
    int code = 1;
    bool saved = false;
    // Saved from the event loop, once: what the seek posted (layout, the docks' tabs,
    // the plots' redraws) is delivered first.
    const auto save = [&] {
        if (saved) return;
        saved = true;
        code = window.saveScreenshot(file) ? 0 : 1;
        loop.quit();
    };
    QTimer patience;
    patience.setSingleShot(true);
    gui::TwinRestaurants& twins = window.twins();
    if (twins.computing()) {  // compare mode: the picture shows the replicated comparison
        QObject::connect(&twins, &gui::TwinRestaurants::replicationsFinished, &loop, save,
                         Qt::QueuedConnection);
        QObject::connect(&patience, &QTimer::timeout, &loop, [&] {
            spdlog::warn("the comparison took longer than {} ms: saved without it", patience_ms);
            save();
        });
        patience.start(patience_ms);
    } else {
        QTimer::singleShot(0, &loop, save);
    }
    loop.exec();
    return code;
}

}  // namespace bistro::tools
