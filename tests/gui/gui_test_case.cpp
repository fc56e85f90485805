#include "gui_test_case.hpp"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <stdexcept>

#include "bistro/gui/controller/simulation_controller.hpp"

namespace bistro::gui::test {

void GuiTestCase::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // Settings of its own: CTest runs test processes side by side.
    QVERIFY(settings_dir_.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings_dir_.path());
    QSettings().clear();
}

void GuiTestCase::init() {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 720);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openPreset("lunch-rush.toml"));
}

void GuiTestCase::cleanup() {
    window_.reset();
}

Saboteur::Saboteur(SimulationController& c, QString message) : message_(std::move(message)) {
    QObject::connect(&c, &SimulationController::happened, &context_, [this](const Happening&) {
        if (!armed) return;
        armed = false;
        throw std::runtime_error(message_.toStdString());
    });
}

}  // namespace bistro::gui::test
