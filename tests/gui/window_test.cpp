// The window: scenarios opened and saved, errors shown, settings kept between sessions.
#include <QFile>
#include <QMessageBox>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

class WindowTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void openingABadScenarioShowsTheErrorAndKeepsTheCurrentOne() {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.toml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name = \"Broken\"\n[staff]\ncooks = 0\n");
        f.close();
        const std::string before = window_->controller().scenario().name;
        QVERIFY(!window_->openScenario(path));
        QVERIFY(window_->lastError().contains("staff.cooks"));
        QVERIFY(window_->lastError().contains("bad.toml:3:9"));
        QCOMPARE(window_->controller().scenario().name, before);
        auto* box = window_->findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
    }

    void saveThenOpenRoundTrips() {
        auto& c = window_->controller();
        c.setParameter(Parameter::waiters, 4);
        c.setParameter(Parameter::policy, Policy::asynchronous);
        c.setParameter(Parameter::cook_time_scale, 1.5);
        const Scenario expected = c.currentScenario();
        QVERIFY(window_->isWindowModified());
        QTemporaryDir dir;
        const QString path = dir.filePath("saved.toml");
        QVERIFY(window_->saveScenario(path));
        QVERIFY(!window_->isWindowModified());
        QVERIFY(window_->openPreset("quiet-afternoon.toml"));
        QVERIFY(window_->openScenario(path));
        QVERIFY(c.scenario() == expected);
        QCOMPARE(c.parameter(Parameter::waiters), ParameterValue{4});
    }

    void speedIsRememberedBetweenSessions() {
        window_->controls().speedSlider()->setValue(ControlBar::positionOf(200));
        window_->close();
        MainWindow second;
        QCOMPARE(second.controller().speed(), 200.0);  // a step of the slider, exactly
    }
};

QTEST_MAIN(WindowTest)
#include "window_test.moc"
