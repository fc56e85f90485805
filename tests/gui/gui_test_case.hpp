#pragma once
// What every GUI test program shares: settings of its own, and for each test
// function a fresh window on the lunch-rush preset, shown on the offscreen
// platform. A test class derives from it and gets `window_`.

#include <QObject>
#include <QTemporaryDir>
#include <memory>

#include "bistro/gui/window/main_window.hpp"

namespace bistro::gui::test {

class GuiTestCase : public QObject {
    Q_OBJECT

  protected:
    std::unique_ptr<MainWindow> window_;

  private slots:
    void initTestCase();
    void init();
    void cleanup();

  private:
    QTemporaryDir settings_dir_;
};

}  // namespace bistro::gui::test
