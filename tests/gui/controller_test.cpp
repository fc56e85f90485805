// The controller drives the model: play, pause, steps and scrubbing; a failing model stops the run
// until Reset.
#include <QAction>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTest>
#include <stdexcept>
#include <vector>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/sim/trace.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

/// Why two snapshots differ, or empty when they show the same instant.
QString difference(const Snapshot& a, const Snapshot& b) {
    if (a.time != b.time) return QStringLiteral("time %1 vs %2").arg(a.time).arg(b.time);
    if (a.arrived != b.arrived || a.served != b.served || a.lost != b.lost || a.inside != b.inside)
        return QStringLiteral("counters differ");
    if (a.policy != b.policy) return QStringLiteral("policy differs");
    if (a.waiters.size() != b.waiters.size()) return QStringLiteral("waiter count differs");
    for (std::size_t i = 0; i < a.waiters.size(); ++i) {
        const auto &x = a.waiters[i], &y = b.waiters[i];
        if (x.id != y.id || x.state != y.state || x.position != y.position || x.party != y.party ||
            x.since != y.since)
            return QStringLiteral("waiter %1 differs").arg(x.id + 1);
    }
    for (std::size_t i = 0; i < a.tables.size(); ++i)
        if (a.tables[i].party != b.tables[i].party || a.tables[i].state != b.tables[i].state)
            return QStringLiteral("table %1 differs").arg(i + 1);
    if (a.door.size() != b.door.size() || a.kitchen_queue.size() != b.kitchen_queue.size() ||
        a.pass.size() != b.pass.size() || a.tasks.size() != b.tasks.size())
        return QStringLiteral("queues differ");
    for (std::size_t i = 0; i < a.cooks.size(); ++i)
        if (a.cooks[i].busy != b.cooks[i].busy || a.cooks[i].party != b.cooks[i].party)
            return QStringLiteral("cook %1 differs").arg(i + 1);
    return {};
}

/// A fresh run of the controller's history to time t.
Snapshot fresh_run(const SimulationController& c, double t) {
    Restaurant r(c.scenario());
    for (const auto& change : c.changes()) r.schedule(change);
    r.run_until(t);
    return r.snapshot();
}

}  // namespace

class ControllerTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void reEmitsWhatHappensAsTypedSignals() {
        // Each typed signal fires once per happening of its kind, with its fields,
        // in the model's order; a seek back tells the history again from the start.
        auto& c = window_->controller();
        std::vector<std::pair<double, std::int64_t>> served, burnt;
        int states = 0, restarts = 0;
        QObject context;
        connect(&c, &SimulationController::orderServed, &context,
                [&](double t, const happened::OrderServed& e) { served.emplace_back(t, e.party); });
        connect(&c, &SimulationController::dishBurnt, &context,
                [&](double t, const happened::DishBurnt& e) { burnt.emplace_back(t, e.party); });
        connect(&c, &SimulationController::waiterStateChanged, &context,
                [&](double, const happened::WaiterStateChanged&) { ++states; });
        connect(&c, &SimulationController::historyRestarted, &context, [&] {
            ++restarts;
            served.clear();
            burnt.clear();
            states = 0;
        });
        Scenario s = c.scenario();
        s.burn_probability = 0.3;
        c.setScenario(s);
        c.seek(4 * 3600);
        c.seek(3 * 3600);
        QCOMPARE(restarts, 2);  // the new scenario, and the seek back
        Recorder reference;
        Restaurant r(s);
        r.add_listener(&reference);
        r.run_until(3 * 3600);
        std::vector<std::pair<double, std::int64_t>> want_served, want_burnt;
        int want_states = 0;
        for (const Happening& h : reference.happenings) {
            if (const auto* e = h.as<happened::OrderServed>())
                want_served.emplace_back(h.time, e->party);
            if (const auto* e = h.as<happened::DishBurnt>())
                want_burnt.emplace_back(h.time, e->party);
            want_states += h.as<happened::WaiterStateChanged>() != nullptr;
        }
        QVERIFY(want_served.size() > 20);
        QVERIFY(want_burnt.size() > 5);
        QCOMPARE(served, want_served);
        QCOMPARE(burnt, want_burnt);
        QCOMPARE(states, want_states);
    }

    void playAdvancesTheClock() {
        auto& c = window_->controller();
        c.setSpeed(100);
        window_->controls().playAction()->trigger();
        QVERIFY(c.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(c.now() > 5.0, 5000);
    }

    void pauseStopsTheClock() {
        auto& c = window_->controller();
        c.setSpeed(100);
        c.play();
        QTRY_VERIFY_WITH_TIMEOUT(c.now() > 1.0, 5000);
        QVERIFY(c.ticking());
        window_->controls().playAction()->trigger();  // the same button pauses
        QVERIFY(!c.isPlaying());
        // The clock moves only on the frame timer's ticks, and the timer is stopped: no
        // frame comes while the event loop runs on.
        QVERIFY(!c.ticking());
        const double t = c.now();
        QSignalSpy frames(&c, &SimulationController::frameAdvanced);
        QVERIFY(!frames.wait(100));
        QCOMPARE(c.now(), t);
    }

    void stepRunsExactlyOneEvent() {
        auto& c = window_->controller();
        for (int i = 0; i < 5; ++i) {
            const auto before = c.events();
            const double next = c.restaurant().peek();
            window_->controls().stepAction()->trigger();
            QCOMPARE(c.events(), before + 1);
            QCOMPARE(c.now(), next);
        }
    }

    void stepBackReturnsToThePreviousEvent() {
        auto& c = window_->controller();
        std::vector<double> times{0.0};
        for (int i = 0; i < 12; ++i) {
            c.stepForward();
            times.push_back(c.now());
        }
        window_->controls().stepBackAction()->trigger();
        // The last event strictly before now (several events may share an instant).
        double previous = 0;
        for (double t : times)
            if (t < times.back()) previous = t;
        QCOMPARE(c.now(), previous);
        QCOMPARE(difference(c.snapshot(), fresh_run(c, c.now())), QString());
    }

    void scrubbingBackMatchesAFreshRunWithTheSameChanges() {
        auto& c = window_->controller();
        c.seek(1800);
        c.setParameter(Parameter::waiters, 5);
        c.seek(3600);
        c.setParameter(Parameter::policy, Policy::asynchronous);
        c.seek(5400);
        for (double t : {4000.0, 2500.0, 1000.0, 5000.0}) {
            window_->controls().timeline()->setSliderDown(true);
            c.seek(t);
            QCOMPARE(difference(c.snapshot(), fresh_run(c, t)), QString());
        }
        c.seek(2000);
        QCOMPARE(c.parameter(Parameter::waiters),
                 ParameterValue{5});  // the sliders follow the history
        QCOMPARE(c.policy(), Policy::synchronous);
    }

    void aChangeAfterScrubbingBackReplacesTheLaterHistory() {
        auto& c = window_->controller();
        c.seek(3600);
        c.setParameter(Parameter::waiters, 6);
        c.seek(1800);
        c.setParameter(Parameter::cooks, 2);
        QCOMPARE(c.changes().size(), std::size_t{1});
        c.seek(5000);
        QCOMPARE(c.parameter(Parameter::waiters), ParameterValue{3});
    }

    void aModelThatThrowsStopsTheRunUntilReset_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("a frame while playing") << QStringLiteral("play");
        QTest::newRow("a step") << QStringLiteral("step");
        QTest::newRow("a seek forward") << QStringLiteral("seek");
    }

    void aModelThatThrowsStopsTheRunUntilReset() {
        QFETCH(QString, how);
        auto& c = window_->controller();
        test::Saboteur saboteur(c, QStringLiteral("a listener broke on purpose"));
        c.seek(600);
        QSignalSpy failed(&c, &SimulationController::failed);
        saboteur.armed = true;
        breakTheModelBy(how, failed);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(c.life(), LifeCycle::error);
        QCOMPARE(c.errorString(), QStringLiteral("a listener broke on purpose"));
        QVERIFY(!c.isPlaying());
        QVERIFY(!c.ticking());
        // The window says what happened, and what to do.
        const QString said = QStringLiteral(
            "The simulation stopped: a listener broke on purpose. Press Reset to start again.");
        QVERIFY(window_->failureBanner().isVisible());
        QCOMPARE(window_->failureBanner().text(), said);
        QCOMPARE(window_->statusBar()->currentMessage(), said);
        // Nothing moves a failed run: only Reset is offered.
        QVERIFY(!window_->controls().playAction()->isEnabled());
        QVERIFY(!window_->controls().stepAction()->isEnabled());
        QVERIFY(window_->controls().resetAction()->isEnabled());
        QVERIFY(!c.stepForward());
        c.play();
        QVERIFY(!c.isPlaying());

        window_->controls().resetAction()->trigger();
        QVERIFY(c.life() != LifeCycle::error);
        QVERIFY(c.errorString().isEmpty());
        QCOMPARE(c.now(), 0.0);
        QVERIFY(!window_->failureBanner().isVisible());
        QVERIFY(window_->controls().playAction()->isEnabled());
        QVERIFY(window_->controls().stepAction()->isEnabled());
        QVERIFY(c.stepForward());
        c.setSpeed(1000);
        c.play();
        QTRY_VERIFY_WITH_TIMEOUT(c.now() > 600, 10000);
        c.pause();
        QCOMPARE(c.life(), LifeCycle::paused);
    }

  private:
    /// Runs the armed model the way `how` says until it throws.
    void breakTheModelBy(const QString& how, QSignalSpy& failed) {
        auto& c = window_->controller();
        if (how == "play") {
            c.setSpeed(100);
            window_->controls().playAction()->trigger();
            QVERIFY(failed.wait(10000));  // thrown inside the frame timer's tick
        } else if (how == "step") {
            for (int i = 0; i < 100 && failed.isEmpty(); ++i)  // not every event reports
                window_->controls().stepAction()->trigger();
        } else {
            c.seek(1800);
        }
    }
};

QTEST_MAIN(ControllerTest)
#include "controller_test.moc"
