// The window: scenarios opened and saved, errors shown, settings kept between sessions.
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
/// Model time of the first party seated and of the first waiter leaving idle
/// (walking, or at work where nobody walks), stepping event by event from the start.
struct FirstHappenings {
    double seated = -1.0, waiterBusy = -1.0;
};

FirstHappenings firstHappenings(SimulationController& c, double horizon) {
    FirstHappenings first;
    QObject context;
    QObject::connect(&c, &SimulationController::partySeated, &context, [&](double t, auto&&) {
        if (first.seated < 0) first.seated = t;
    });
    QObject::connect(&c, &SimulationController::waiterStateChanged, &context,
                     [&](double t, const happened::WaiterStateChanged& e) {
                         if (first.waiterBusy < 0 && e.state != WaiterState::idle)
                             first.waiterBusy = t;
                     });
    while ((first.seated < 0 || first.waiterBusy < 0) && c.now() <= horizon && c.stepForward()) {
    }
    return first;
}
}  // namespace

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

    void aFirstStartOpensOnLunchRushAtTheDefaultSpeed() {
        window_.reset();
        QSettings().clear();  // a first start: nothing remembered
        MainWindow first;
        QCOMPARE(first.controller().scenario().name, std::string("Lunch rush"));
        QCOMPARE(first.controller().speed(), SimulationController::defaultSpeed);
    }

    void somethingHappensWithinSecondsOfPlayAtTheDefaultSpeed_data() {
        QTest::addColumn<QString>("preset");
        // Not the textbook queue: it starts empty and forgets its first hour, as the
        // steady state of the theory beside it asks.
        for (const QString& name : MainWindow::presetNames())
            if (name != QStringLiteral("textbook-queue.toml"))
                QTest::newRow(qPrintable(name)) << name;
    }

    // The promise, computed from model time and the speed (wall = model / speed),
    // not timed: a party sits down within 3 s of Play, a waiter moves within 5 s.
    void somethingHappensWithinSecondsOfPlayAtTheDefaultSpeed() {
        QFETCH(QString, preset);
        QVERIFY(window_->openPreset(preset));
        auto& c = window_->controller();
        const double speed = SimulationController::defaultSpeed;
        const FirstHappenings first = firstHappenings(c, 10 * speed);
        const auto says = [speed](const char* what, double model) {
            return QStringLiteral("%1 at %2 s of model time: %3 s of wall time at %4x")
                .arg(what)
                .arg(model)
                .arg(model / speed)
                .arg(speed);
        };
        QVERIFY2(first.seated >= 0 && first.seated / speed <= 3.0,
                 qPrintable(says("first party seated", first.seated)));
        QVERIFY2(first.waiterBusy >= 0 && first.waiterBusy / speed <= 5.0,
                 qPrintable(says("first waiter busy", first.waiterBusy)));
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
