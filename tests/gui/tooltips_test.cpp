// The floor's tooltips: hovering a waiter, a table, a dish at the pass, a cook or
// the ticket rail says what it is doing now and why, and every sentence is checked
// here against the model's snapshot, on several seeds and times of two presets.
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/floor/floor_words.hpp"
#include "bistro/gui/panels/inspector_words.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
/// What a party's state is called in a table's headline (said here, not borrowed).
QString stateWords(PartyState s) {
    switch (s) {
        case PartyState::reading_menu:
            return "reading the menu";
        case PartyState::waiting_to_order:
            return "waiting to order";
        case PartyState::ordering:
            return "ordering";
        case PartyState::waiting_for_food:
            return "waiting for food";
        case PartyState::eating:
            return "eating";
        case PartyState::waiting_for_bill:
            return "waiting for the bill";
        case PartyState::paying:
            return "paying";
        case PartyState::at_door:
            break;
    }
    return "at the door";
}

QString so(double seconds) {  // "(3.1 min so far)": the time the thing has been at it
    return FloorWords::lasting(seconds);
}

/// Counts of what was checked, so a test knows it looked at every kind.
struct Checked {
    int waiters = 0, blocked = 0, tables = 0, seated = 0, dishes = 0, cooks = 0, busy_cooks = 0,
        rails = 0, full_rails = 0;
};
}  // namespace

class TooltipsTest : public test::GuiTestCase {
    Q_OBJECT

    FloorView& floor() { return window_->floor(); }
    QStringList tipAt(QRectF sceneRect) {
        return floor().toolTipAt(floor().mapFromScene(sceneRect.center()));
    }
    Checked checked_;

    void checkWaiters(const Snapshot& s) {
        for (const WaiterView& w : s.waiters) {
            const QStringList tip = tipAt(floor().waiterRect(w.id));
            QVERIFY(!tip.isEmpty());
            if (!tip[0].startsWith(QStringLiteral("Waiter %1 — ").arg(w.id + 1)))
                continue;  // another on top
            ++checked_.waiters;
            const QString all = tip.join('\n');
            QVERIFY2(tip[0].endsWith(QStringLiteral("(%1 so far).").arg(so(s.time - w.since))),
                     qPrintable(all));
            QCOMPARE(all.contains("blocked at the pass"), w.state == WaiterState::blocked);
            QCOMPARE(all.contains("Synchronous"), w.state == WaiterState::blocked);
            if (w.state == WaiterState::blocked) {
                ++checked_.blocked;
                QVERIFY(all.contains(QStringLiteral("party %1's food").arg(w.party)));
                QVERIFY(all.contains("thread blocked on I/O"));
            }
            QCOMPARE(tip[0].contains("free, waiting for the next task"),
                     w.state == WaiterState::idle);
            QCOMPARE(all.contains("the waiters' queue is empty"),
                     w.state == WaiterState::idle && s.tasks.empty());
            if (w.party >= 0 && w.state != WaiterState::idle)
                QVERIFY2(tip[0].contains(QStringLiteral("party %1").arg(w.party)), qPrintable(all));
            if (w.state == WaiterState::making_drinks) QVERIFY(all.contains("CPU-bound"));
        }
    }

    void checkTables(const Snapshot& s) {
        for (const TableView& t : s.tables) {
            const QStringList tip = tipAt(floor().markOf({Selection::Kind::table, t.id}));
            QVERIFY(!tip.isEmpty());
            if (!tip[0].startsWith(QStringLiteral("Table T%1 ").arg(t.id + 1)))
                continue;  // a waiter there
            ++checked_.tables;
            const QString all = tip.join('\n');
            QCOMPARE(tip[0].contains("free, waiting for a party"), t.party < 0);
            if (t.party < 0) {
                QVERIFY(tip[0].contains(QStringLiteral("(%1 seats)").arg(t.seats)));
                continue;
            }
            ++checked_.seated;
            QVERIFY2(tip[0] == QStringLiteral("Table T%1 — a party of %2, %3 for %4 so far.")
                                   .arg(t.id + 1)
                                   .arg(t.party_size)
                                   .arg(stateWords(t.state), so(s.time - t.since)),
                     qPrintable(all));
            QCOMPARE(all.contains("Right now it waits "), t.waiting);
            if (t.waiting)
                QVERIFY(
                    all.contains("Right now it waits " + InspectorWords::forWhat(t.cause) + "."));
        }
    }

    void checkKitchen(const Snapshot& s) {
        const Scenario& scenario = window_->controller().scenario();
        const auto dish = [&](int item) {
            return QString::fromStdString(scenario.menu[static_cast<std::size_t>(item)].name);
        };
        for (const CookView& c : s.cooks) {
            const QStringList tip = tipAt(floor().cookRect(c.id));
            QVERIFY(!tip.isEmpty());
            QVERIFY(tip[0].startsWith(QStringLiteral("Cook %1 — ").arg(c.id + 1)));
            ++checked_.cooks;
            QCOMPARE(tip[0].contains("free"), !c.busy);
            QCOMPARE(tip[0].contains("no dish waits on the ticket rail"),
                     !c.busy && s.kitchen_queue.empty());
            if (!c.busy) continue;
            ++checked_.busy_cooks;
            QVERIFY2(
                tip[0].contains(QStringLiteral("%1 for party %2").arg(dish(c.item)).arg(c.party)),
                qPrintable(tip[0]));
            QCOMPARE(tip[0].contains("again, as it burnt"), c.attempt > 0);
            QVERIFY(tip[0].contains(QStringLiteral("%1 in, %2 to go")
                                        .arg(so(s.time - c.started), so(c.ends - s.time))));
        }
        for (std::size_t i = 0; i < s.pass.size() && i < 22; ++i) {
            const QStringList tip = tipAt(floor().passDishRect(i));
            QVERIFY(!tip.isEmpty());
            if (tip[0].startsWith("Waiter")) continue;  // one stands over it
            ++checked_.dishes;
            const DishView& d = s.pass[i];
            QCOMPARE(tip[0],
                     QStringLiteral("%1 for party %2 at T%3 — ready at the pass for %4, cooling.")
                         .arg(dish(d.item))
                         .arg(d.party)
                         .arg(d.table + 1)
                         .arg(so(s.time - d.since)));
        }
        const QStringList rail = tipAt(floor().railRect());
        QVERIFY(!rail.isEmpty());
        ++checked_.rails;
        const auto n = static_cast<int>(s.kitchen_queue.size());
        int busy = 0;
        for (const CookView& c : s.cooks) busy += c.busy;
        const QString cooks = QStringLiteral("%1 of %2 cooks busy").arg(busy).arg(s.cooks.size());
        QVERIFY2(rail[0].contains(cooks), qPrintable(rail[0]));
        QCOMPARE(rail[0].contains("empty"), n == 0);
        if (n == 0) return;
        ++checked_.full_rails;
        QVERIFY(rail[0].contains(n == 1 ? QStringLiteral("1 dish waits")
                                        : QStringLiteral("%1 dishes wait").arg(n)));
        for (int i = 0; i < std::min(n, 5); ++i) {
            const DishView& d = s.kitchen_queue[static_cast<std::size_t>(i)];
            QCOMPARE(rail[i + 1], QStringLiteral("%1. %2 for party %3 at T%4, waiting %5.")
                                      .arg(i + 1)
                                      .arg(dish(d.item))
                                      .arg(d.party)
                                      .arg(d.table + 1)
                                      .arg(so(s.time - d.since)));
        }
        QCOMPARE(rail.join('\n').contains(QStringLiteral("and %1 more").arg(n - 5)), n > 5);
    }

  private slots:
    void everyTooltipSaysWhatTheSnapshotShows_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("policy");
        QTest::newRow("lunch rush, sync") << "lunch-rush.toml"
                                          << "sync";
        QTest::newRow("lunch rush, async") << "lunch-rush.toml"
                                           << "async";
        QTest::newRow("burning kitchen") << "burning-kitchen.toml"
                                         << "sync";
    }

    void everyTooltipSaysWhatTheSnapshotShows() {
        QFETCH(QString, preset);
        QFETCH(QString, policy);
        QVERIFY(window_->openPreset(preset));
        auto& c = window_->controller();
        checked_ = {};
        for (std::uint64_t seed : {42u, 7u, 1234u, 99u}) {
            c.setSeed(seed);
            if (policy == "async") c.setParameter(Parameter::policy, Policy::asynchronous);
            for (double t : {5.0, 900.0, 2400.0, 4300.0}) {
                c.seek(t);
                floor().refresh();
                const Snapshot s = c.snapshot();
                checkWaiters(s);
                checkTables(s);
                checkKitchen(s);
            }
        }
        // Every kind was hovered, and most of each where it was not under a waiter.
        QVERIFY(checked_.waiters >= 4 * 4 * 2);
        QVERIFY(checked_.tables >= 4 * 4 * 10);
        QVERIFY(checked_.seated > 20);
        QVERIFY(checked_.busy_cooks > 10);
        if (preset == "lunch-rush.toml") QVERIFY(checked_.full_rails > 0);  // its kitchen queues
        QVERIFY(checked_.dishes > 0);
        if (policy == "sync") QVERIFY(checked_.blocked > 0);
    }

    void hoveringShowsTheTooltipAtASizeThatFollowsTheZoom() {
        auto& c = window_->controller();
        c.seek(1800);
        floor().refresh();
        const Snapshot s = c.snapshot();
        QVERIFY(!s.waiters.empty());
        const QPoint at = floor().mapFromScene(floor().waiterRect(s.waiters[0].id).center());
        QHelpEvent help(QEvent::ToolTip, at, floor().viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(floor().viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("Waiter %1 — ").arg(s.waiters[0].id + 1)));
        QVERIFY(QToolTip::text().contains(
            QStringLiteral("font-size:%1px").arg(floor().toolTipPixels())));
        const int desk = floor().toolTipPixels();
        QVERIFY(desk >= 14);
        floor().setZoom(2.0);
        QVERIFY(std::abs(floor().toolTipPixels() - 2 * desk) <= 1);
        // Over the bare floor, no tooltip.
        QVERIFY(floor()
                    .toolTipAt(floor().mapFromScene(floor().sceneRect().topLeft() + QPointF(5, 5)))
                    .isEmpty());
    }
};

QTEST_MAIN(TooltipsTest)
#include "tooltips_test.moc"
