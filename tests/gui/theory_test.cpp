// Theory beside the simulation: the Theory plot's badge says what the sim
// module predicts for the settings in force, names the setting that breaks a
// reduction otherwise, and follows the sliders.
#include "bistro/sim/theory.hpp"

#include <QTest>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/plots/theory_plot.hpp"
#include "bistro/io/scenario_file.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

/// The textbook preset's restaurant: three sync waiters, exponential order taking, nothing else.
Scenario textbook() {
    return load_scenario(BISTRO_SCENARIOS_DIR "/textbook-queue.toml");
}

double predicted(const SimulationController& c, const char* metric) {
    const std::vector<Prediction> all = predict(c.restaurant());
    return find_prediction(all, metric)->value;
}

}  // namespace

class TheoryTest : public test::GuiTestCase {
    Q_OBJECT

    TheoryPlot& plot() {
        window_->showPanel(QStringLiteral("plotTheory"));
        auto* p = window_->findChild<TheoryPlot*>(QStringLiteral("plot-theory"));
        [&] { QVERIFY(p); }();
        p->refreshNow();
        return *p;
    }

  private slots:
    void badgeSaysTheSimModulesValueForATextbookRestaurant() {
        auto& c = window_->controller();
        c.setScenario(textbook());
        c.seek(2 * 3600.0);
        TheoryPlot& p = plot();
        QCOMPARE(p.metric(), QStringLiteral("wait_order.mean"));
        const double theory = predicted(c, "wait_order.mean");
        QVERIFY(std::abs(theory - erlang_c_wait(3, 20 / 3600.0, 360)) < 1e-9);
        QCOMPARE(p.badge(0), QStringLiteral("theory: Erlang C %1 min").arg(theory / 60, 0, 'f', 2));
        QCOMPARE(p.badge(0), QStringLiteral("theory: Erlang C 2.67 min"));
        QVERIFY(std::abs(p.theoryValue(0) - theory / 60) < 1e-12);
        QVERIFY(!p.meanPoints(0).isEmpty());  // the simulation's running mean beside it
    }

    void badgeFollowsTheWaitersSlider() {
        auto& c = window_->controller();
        c.setScenario(textbook());
        c.seek(3600.0);
        c.setParameter(Parameter::waiters, 4);
        TheoryPlot& p = plot();
        const double theory = predicted(c, "wait_order.mean");
        QVERIFY(std::abs(theory - erlang_c_wait(4, 20 / 3600.0, 360)) < 1e-9);
        QCOMPARE(p.badge(0), QStringLiteral("theory: Erlang C %1 min").arg(theory / 60, 0, 'f', 2));
        QCOMPARE(p.badge(0), QStringLiteral("theory: Erlang C 0.52 min"));
        c.setParameter(Parameter::waiters, 2);  // a = 2 orders at once on 2 waiters: unstable
        p.refreshNow();
        QVERIFY(p.badge(0).startsWith(QStringLiteral("no textbook queue here: ")));
        QVERIFY(p.badge(0).contains(QStringLiteral("more work than the staff can do")));
        QVERIFY(std::isnan(p.theoryValue(0)));
    }

    void badgeNamesTheSettingThatBreaksTheReduction() {
        auto& c = window_->controller();
        Scenario s = textbook();
        s.walk_speed = 1.0;
        c.setScenario(s);
        c.seek(1800.0);
        TheoryPlot& p = plot();
        QCOMPARE(p.badge(0), QStringLiteral("no textbook queue here: walking time"));
        // The lunch rush (the window's preset) breaks it in many ways; walking among them.
        c.setScenario(Scenario{});
        p.refreshNow();
        QVERIFY(p.badge(0).contains(QStringLiteral("walking time")));
        QVERIFY(p.badge(0).contains(QStringLiteral("parties of more than one")));
    }

    void lostPartiesShowErlangBWhenNothingElseReduces() {
        auto& c = window_->controller();
        Scenario s = textbook();
        s.policy = Policy::asynchronous;
        s.tables_for_two = 6;
        s.patience = Distribution::fixed(0);
        s.waiters = 6;
        s.cooks = 6;
        s.eating = Distribution::exponential(20 * 60.0);
        s.rate_per_hour = 12;  // too few tables for the waiters' queue: only Erlang B is left
        c.setScenario(s);
        c.seek(3600.0);
        TheoryPlot& p = plot();
        QCOMPARE(p.metric(), QStringLiteral("lost_share"));
        const double theory = predicted(c, "lost_share");
        QCOMPARE(p.badge(0),
                 QStringLiteral("theory: Erlang B %1 % lost").arg(100 * theory, 0, 'f', 1));
    }
};

QTEST_MAIN(TheoryTest)
#include "theory_test.moc"
