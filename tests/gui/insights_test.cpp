// The insight cards beside the floor: they follow the model, their "Show me"
// outlines what they are about, and compare mode has a column per side.
#include <QTest>
#include <algorithm>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/panels/insight_panel.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

int indexOf(const std::vector<Insight>& cards, InsightKind kind) {
    const auto it =
        std::find_if(cards.begin(), cards.end(), [&](const Insight& c) { return c.kind == kind; });
    return it == cards.end() ? -1 : static_cast<int>(it - cards.begin());
}

/// Steps the clock a minute at a time, as a class watching would see it.
void runTo(SimulationController& c, double until) {
    for (double t = c.now() + 60.0; t <= until; t += 60.0) c.seek(t);
}

}  // namespace

class InsightsTest : public test::GuiTestCase {
    Q_OBJECT

    InsightPanel& panel() { return *window_->findChild<InsightPanel*>(); }

  private slots:
    void cardsSayWhatTheSlowKitchenShows() {
        QVERIFY(window_->openPreset(QStringLiteral("slow-kitchen.toml")));
        runTo(window_->controller(), 2400.0);
        QVERIFY(indexOf(panel().cards(0), InsightKind::blocked_at_pass) >= 0);
        QVERIFY(indexOf(panel().cards(0), InsightKind::queue_grows) >= 0);
        const QString all = panel().sentences(0).join(QLatin1Char(' '));
        QVERIFY2(all.contains(QStringLiteral("blocked at the pass")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("at most 4.8 parties an hour and 14 arrive")),
                 qPrintable(all));
        QVERIFY(panel().loadText(0, false).contains(QStringLiteral("ρ = 2.91 of 1: above 1")));
        QVERIFY(panel().loadText(0, true).contains(QStringLiteral("Kitchen load ρ = 1.11")));
    }

    void asyncWaitersGetNoBlockedCard() {
        QVERIFY(window_->openPreset(QStringLiteral("slow-kitchen.toml")));
        window_->controller().setParameter(Parameter::policy, Policy::asynchronous);
        runTo(window_->controller(), 2400.0);
        QCOMPARE(indexOf(panel().cards(0), InsightKind::blocked_at_pass), -1);
        QVERIFY(panel().loadText(0, false).contains(QStringLiteral("below 1")));
    }

    void showMeOutlinesWhatTheCardIsAbout() {
        QVERIFY(window_->openPreset(QStringLiteral("slow-kitchen.toml")));
        runTo(window_->controller(), 2400.0);
        const int blocked = indexOf(panel().cards(0), InsightKind::blocked_at_pass);
        QVERIFY(blocked >= 0);
        panel().showMe(0, blocked);
        const InsightFocus& lit = window_->floor().spotlit();
        QVERIFY(!lit.waiters.empty());
        QCOMPARE(lit.waiters, panel().cards(0)[static_cast<std::size_t>(blocked)].focus.waiters);
        panel().showMe(0, indexOf(panel().cards(0), InsightKind::queue_grows));
        QVERIFY(window_->floor().spotlit().door);
        QTRY_VERIFY_WITH_TIMEOUT(!window_->floor().spotlit().door, 8000);  // it fades
    }

    void compareModeHasACardColumnPerSide() {
        QVERIFY(window_->openPreset(QStringLiteral("slow-kitchen.toml")));
        window_->setCompareMode(true);
        runTo(window_->controller(), 2400.0);
        QVERIFY(indexOf(panel().cards(0), InsightKind::blocked_at_pass) >= 0);
        QCOMPARE(indexOf(panel().cards(1), InsightKind::blocked_at_pass), -1);  // async
        QVERIFY(panel().loadText(1, false).contains(QStringLiteral("below 1")));
        panel().showMe(1, indexOf(panel().cards(1), InsightKind::queue_grows));
        QVERIFY(window_->twinFloor().spotlit().kitchen);  // the async side's kitchen limits
        QVERIFY(!window_->floor().spotlit().kitchen);
    }
};

QTEST_MAIN(InsightsTest)
#include "insights_test.moc"
