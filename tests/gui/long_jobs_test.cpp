// Long jobs in the window: a run to a far time and a scrub far back go on in slices
// on the event loop (it keeps turning: a timer fires meanwhile), show their
// progress, and stop cleanly on Cancel or Esc, leaving exactly the run a fresh
// replay gives at the instant reached. A replicated comparison over a long horizon
// can be stopped too. No test here looks at the wall clock.
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include "../soak/invariants.hpp"
#include "bistro/gui/compare/comparison_panel.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/window/job_bar.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

constexpr double hour = 3600.0;

/// Where a fresh run of the controller's recorded history differs from it now (empty: nowhere).
QString differenceFromReplay(const SimulationController& c) {
    Restaurant fresh(c.scenario());
    for (const ParameterChange& change : c.changes()) fresh.schedule(change);
    fresh.run_until(c.now());
    return QString::fromStdString(
        soak::first_difference(soak::describe(c.snapshot()), soak::describe(fresh.snapshot())));
}

/// Counts the turns of the event loop made while the controller's job runs.
struct LoopWatch {
    explicit LoopWatch(SimulationController& c) {
        timer.setInterval(0);
        QObject::connect(&timer, &QTimer::timeout, [this, &c] {
            if (c.jobRunning()) ++turns;
        });
        timer.start();
    }
    QTimer timer;
    int turns = 0;
};

}  // namespace

class LongJobsTest : public test::GuiTestCase {
    Q_OBJECT

    SimulationController& c() { return window_->controller(); }

    /// Lunch rush for 200 hours, with small slices: many slices in a test of seconds.
    void openALongService() {
        Scenario s = c().scenario();
        s.duration = 200 * hour;
        c().setScenario(s);
        c().setJobSlices(3000, 3000);
    }

    void typeRunUntil(const QString& text) {
        auto* until = window_->findChild<QLineEdit*>(QStringLiteral("runUntil"));
        until->setFocus();
        until->setText(text);
        QTest::keyClick(until, Qt::Key_Return);
    }

  private slots:
    void runUntilAFarTimeKeepsTheWindowTurningAndEndsAsASeekWould() {
        openALongService();
        c().seek(2 * hour);
        c().setParameter(Parameter::waiters, 5);  // a change in the history, replayed too
        QSignalSpy started(&c(), &SimulationController::jobStarted);
        QSignalSpy progressed(&c(), &SimulationController::jobProgressed);
        QSignalSpy ended(&c(), &SimulationController::jobEnded);
        LoopWatch loop(c());
        typeRunUntil(QStringLiteral("150h"));
        QCOMPARE(started.count(), 1);
        QVERIFY(c().jobRunning());
        QVERIFY(c().now() < 150 * hour);  // not there yet: the rest goes on in slices
        QVERIFY(window_->jobs().isVisibleTo(window_.get()));
        QVERIFY(QTest::qWaitFor([&] { return !c().jobRunning(); }, 120000));
        QVERIFY2(loop.turns > 0, "the event loop did not turn while the job ran");
        QVERIFY(progressed.count() >= 2);
        for (qsizetype i = 1; i < progressed.count(); ++i)
            QVERIFY(progressed[i][0].toDouble() > progressed[i - 1][0].toDouble());
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended[0][0].toBool(), true);
        QCOMPARE(c().now(), 150 * hour);
        QVERIFY(window_->jobs().isHidden());
        QCOMPARE(differenceFromReplay(c()), QString());
    }

    void cancelStopsWhereTheRunIsAndLeavesItUsable() {
        openALongService();
        QSignalSpy progressed(&c(), &SimulationController::jobProgressed);
        QSignalSpy ended(&c(), &SimulationController::jobEnded);
        typeRunUntil(QStringLiteral("150h"));
        QVERIFY(QTest::qWaitFor([&] { return progressed.count() >= 3; }, 60000));
        QVERIFY(window_->jobs().progressBar()->value() > 0);
        window_->jobs().cancelButton()->click();
        QVERIFY(!c().jobRunning());
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended[0][0].toBool(), false);
        const double stopped = c().now();
        QVERIFY(stopped > 0 && stopped < 150 * hour);
        const QString said = window_->statusBar()->currentMessage();
        QVERIFY2(said.startsWith(QStringLiteral("Stopped at ")) &&
                     said.endsWith(QStringLiteral(" of 150 h.")),
                 qPrintable(said));
        QVERIFY(said.contains(JobBar::timeText(stopped)));
        QCOMPARE(differenceFromReplay(c()), QString());
        QTest::qWait(50);  // no slice runs after the cancel
        QCOMPARE(c().now(), stopped);
        QVERIFY(c().stepForward());  // usable: it steps, and a new job runs to the end
        c().setJobSlices(250'000, 25'000);
        typeRunUntil(QStringLiteral("160h"));
        QVERIFY(QTest::qWaitFor([&] { return !c().jobRunning(); }, 120000));
        QCOMPARE(c().now(), 160 * hour);
        QCOMPARE(differenceFromReplay(c()), QString());
    }

    void aScrubFarBackGoesInSlicesAndEscStopsIt() {
        openALongService();
        c().seek(180 * hour);
        QSlider* timeline = window_->controls().timeline();
        timeline->setSliderDown(true);  // as a drag does
        timeline->setSliderPosition(500);
        timeline->setSliderDown(false);
        QVERIFY(c().jobRunning());  // re-simulating 100 h from the start
        QCOMPARE(c().jobTarget(), 100 * hour);
        QSignalSpy progressed(&c(), &SimulationController::jobProgressed);
        QVERIFY(QTest::qWaitFor([&] { return progressed.count() >= 2; }, 60000));
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        window_->floor().setFocus();  // where the keys are after Run until; Esc is the job's
        QTest::keyClick(&window_->floor(), Qt::Key_Escape);
        QVERIFY(!c().jobRunning());
        QVERIFY(c().now() < 100 * hour);
        QVERIFY(!window_->presenterMode());
        QCOMPARE(differenceFromReplay(c()), QString());
    }

    void aNewTargetWhileAJobRunsAimsItAnew() {
        openALongService();
        c().runTo(150 * hour);
        QVERIFY(c().jobRunning());
        c().runTo(40 * hour);  // back: from the start again
        QVERIFY(QTest::qWaitFor([&] { return !c().jobRunning(); }, 120000));
        QCOMPARE(c().now(), 40 * hour);
        QCOMPARE(differenceFromReplay(c()), QString());
    }

    void playingOrChangingASettingEndsTheJobFirst() {
        openALongService();
        c().runTo(150 * hour);
        QVERIFY(c().jobRunning());
        const double at = c().now();
        c().setParameter(Parameter::cooks, 6);
        QVERIFY(!c().jobRunning());
        QCOMPARE(c().changes().back().time, at);  // made where the job stopped
        c().runTo(150 * hour);
        c().play();
        QVERIFY(!c().jobRunning());
        QVERIFY(c().isPlaying());
        c().pause();
        QCOMPARE(differenceFromReplay(c()), QString());
    }

    void aShortRunUntilIsDoneAtOnceWithNoJob() {
        QSignalSpy started(&c(), &SimulationController::jobStarted);
        typeRunUntil(QStringLiteral("2h"));
        QCOMPARE(c().now(), 2 * hour);
        QCOMPARE(started.count(), 0);
        QVERIFY(window_->jobs().isHidden());
    }

    void aLongReplicatedComparisonCanBeStopped() {
        Scenario s = c().scenario();
        s.duration = 2000 * hour;
        c().setScenario(s);
        window_->setCompareMode(true);
        TwinRestaurants& twins = window_->twins();
        QSignalSpy done(&twins, &TwinRestaurants::replicationsFinished);
        c().seek(60 * hour);  // ten pairs of 60-hour services: long enough to stop half-way
        QVERIFY(twins.computing());
        QVERIFY(QTest::qWaitFor([&] { return twins.comparisonProgress() > 0; }, 60000));
        twins.cancelComparison();
        QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 60000));
        QVERIFY(twins.result() && twins.result()->stopped);
        QVERIFY(twins.result()->reached < twins.result()->total);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window_->comparison().toPlainText().contains(QStringLiteral("was stopped"));
            },
            10000));
        QVERIFY(!twins.computing());  // until the clock moves on
    }

    void timesAreWrittenAsAClassReadsThem() {
        QCOMPARE(JobBar::timeText(2314 * hour + 1200), QStringLiteral("2,314 h"));
        QCOMPARE(JobBar::timeText(90 * 60), QStringLiteral("1 h 30 min"));
        QCOMPARE(JobBar::timeText(45 * 60), QStringLiteral("45 min"));
    }
};

QTEST_MAIN(LongJobsTest)
#include "long_jobs_test.moc"
