#pragma once
// What every GUI test program shares: settings of its own, and for each test
// function a fresh window on the lunch-rush preset, shown on the offscreen
// platform. A test class derives from it and gets `window_`.

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <memory>

#include "bistro/gui/window/main_window.hpp"

namespace bistro::gui::test {

class GuiTestCase : public QObject {
    Q_OBJECT

  protected:
    std::unique_ptr<MainWindow> window_;

  protected slots:  // QtTest runs them around each test; a test class may extend init()
    void initTestCase();
    void init();
    void cleanup();

  private:
    QTemporaryDir settings_dir_;
};

/// Breaks a run once armed: the slot of the next happening throws, as a bug in
/// the model or in a view would while the model runs. Once only, so the fresh
/// run after Reset goes through.
class Saboteur {
  public:
    Saboteur(SimulationController& c, QString message);
    bool armed = false;

  private:
    QObject context_;  // the connection lasts as long as the saboteur
    QString message_;
};

}  // namespace bistro::gui::test
