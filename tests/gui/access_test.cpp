// Keyboard and screen readers (issue 14): every control named and reached by Tab,
// a shortcut to every panel, a focus ring that shows on the coloured buttons too,
// the floor from the arrows, and happenings announced to screen readers.
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
/// Some of it can be seen (a container is covered by its children: look at them).
bool seen(const QWidget* w) {
    if (!w->isVisible()) return false;
    if (!w->visibleRegion().isEmpty()) return true;
    for (const QWidget* child : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (seen(child)) return true;
    return false;
}

/// The controls a keyboard user can reach: in view, enabled, taking the focus by Tab.
QList<QWidget*> controls(QWidget* window) {
    QList<QWidget*> out;
    for (QWidget* w : window->findChildren<QWidget*>())
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isEnabled() && seen(w))
            out.append(w);
    return out;
}

QString describe(QWidget* w) {
    QStringList chain;
    for (QWidget* up = w; up; up = up->parentWidget())
        chain << QStringLiteral("%1 '%2' %3")
                     .arg(QString::fromLatin1(up->metaObject()->className()), up->objectName(),
                          up->property("text").toString());
    return chain.join(QStringLiteral(" in "));
}

}  // namespace

class AccessTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void init() {
        GuiTestCase::init();
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }

    void everyControlNumberAndPanelHasAName() {
        window_->resize(1600, 900);  // below 1500 px the controls are a tab in compare mode
        window_->setCompareMode(true);
        window_->showPanel(QStringLiteral("all"));
        QTest::qWait(50);
        const QList<QWidget*> all = controls(window_.get());
        QVERIFY(all.size() > 40);
        for (QWidget* w : all) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(), qPrintable(describe(w)));
        }
        for (QDockWidget* d : window_->findChildren<QDockWidget*>()) {
            QVERIFY2(!d->widget()->accessibleName().isEmpty(), qPrintable(d->objectName()));
            QVERIFY2(!d->widget()->accessibleDescription().isEmpty(), qPrintable(d->objectName()));
        }
        auto* busy = window_->findChild<QLabel*>(QStringLiteral("busy"));
        window_->controller().seek(1800);
        QCOMPARE(busy->accessibleName(), QStringLiteral("waiters busy: ") + busy->text());
    }

    void tabReachesEveryControl() {
        window_->resize(1600, 900);
        window_->setCompareMode(true);
        window_->controller().seek(60);  // Step back is a control once there is a past
        window_->showPanel(QStringLiteral("eventLog"));
        QTest::qWait(50);
        const QList<QWidget*> all = controls(window_.get());
        QSet<QWidget*> reached;
        window_->floor().setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 4 * all.size() && QApplication::focusWidget(); ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QWidget* w : all) QVERIFY2(reached.contains(w), qPrintable(describe(w)));
        // The transport and twin restaurants are among them.
        int tool_buttons = 0;
        for (QWidget* w : reached)
            tool_buttons += QString(w->metaObject()->className()) == "QToolButton";
        QVERIFY(tool_buttons >= 6);
    }

    void theKeyboardChoosesEitherSideOfEachSwitch() {
        // Tab reaches both buttons of a switch, Space chooses, and choosing one twice keeps it.
        for (QButtonGroup* group :
             {window_->parameters().policyButtons(), window_->parameters().deliveryButtons()}) {
            QAbstractButton* first = group->button(0);
            QAbstractButton* second = group->button(1);
            first->setFocus(Qt::TabFocusReason);
            QTest::keyClick(first, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), second);
            QTest::keyClick(second, Qt::Key_Space);
            QTest::keyClick(second, Qt::Key_Space);
            QVERIFY(second->isChecked() && !first->isChecked());
        }
        QCOMPARE(window_->controller().currentScenario().policy, Policy::asynchronous);
        QCOMPARE(window_->controller().currentScenario().delivery, Delivery::each_dish);
    }

    void everyPanelHasAShortcutThatGoesIntoIt() {
        const QStringList docks = {"controlsDock",   "statsDock",         "inspectorDock",
                                   "insightsDock",   "codeDock",          "timelineDock",
                                   "eventLogDock",   "comparisonDock",    "plotWaitFoodDock",
                                   "plotTimeInDock", "plotWaitTableDock", "plotWaitersDock",
                                   "plotQueuesDock", "plotTheoryDock"};
        for (const QString& name : docks) {
            auto* go = window_->findChild<QAction*>(QStringLiteral("goTo_") + name);
            QVERIFY2(go && !go->shortcut().isEmpty(), qPrintable(name));
            auto* dock = window_->findChild<QDockWidget*>(name);
            go->trigger();
            QTRY_VERIFY2(dock->isAncestorOf(QApplication::focusWidget()) ||
                             QApplication::focusWidget() == dock->widget(),
                         qPrintable(name));
            QVERIFY2(seen(dock->widget()), qPrintable(name));
        }
    }

    void theFocusRingShowsOnTheColouredButtons() {
        auto* sync = qobject_cast<QPushButton*>(window_->parameters().policyButtons()->button(0));
        QVERIFY(sync->isChecked());  // vermilion, with white words
        const QImage before = sync->grab().toImage();
        sync->setFocus(Qt::TabFocusReason);
        QTest::qWait(20);
        QVERIFY(sync->grab().toImage() != before);  // the button marks its own focus
        auto* ring = window_->findChild<QWidget*>(QStringLiteral("focusRing"));
        QVERIFY(ring && ring->isVisible());
        const QRect at(sync->mapTo(window_.get(), QPoint(0, 0)), sync->size());
        QVERIFY(ring->geometry().contains(at));
        // Drawn dark right outside the button, whatever is under it.
        const QImage shot = window_->grab().toImage();
        const QColor edge = shot.pixelColor(at.center().x(), at.top() - 2);
        QVERIFY2(edge.lightness() < 90, qPrintable(edge.name()));
    }

    void theFloorFromTheKeyboard() {
        auto& c = window_->controller();
        c.seek(1800);
        FloorView& floor = window_->floor();
        floor.setFocus(Qt::TabFocusReason);
        QCOMPARE(floor.keyboardPlace(), (Selection{Selection::Kind::table, 0}));
        QVERIFY(!floor.accessibleDescription().isEmpty());
        const QPointF first = floor.markOf(floor.keyboardPlace()).center();
        QTest::keyClick(&floor, Qt::Key_Right);
        const QPointF second = floor.markOf(floor.keyboardPlace()).center();
        QVERIFY(second.x() > first.x());
        QCOMPARE(c.now(), 1800.0);  // Right moved the ring, it did not step the run
        QTest::keyClick(&floor, Qt::Key_Down);
        QVERIFY(floor.markOf(floor.keyboardPlace()).center().y() > second.y());
        // Down through the room reaches the waiters at the pass.
        for (int i = 0; i < 8 && floor.keyboardPlace().kind != Selection::Kind::waiter; ++i)
            QTest::keyClick(&floor, Qt::Key_Down);
        QCOMPARE(floor.keyboardPlace().kind, Selection::Kind::waiter);
        QTest::keyClick(&floor, Qt::Key_Return);
        QCOMPARE(floor.selection(), floor.keyboardPlace());
        auto* inspector = window_->findChild<QTextBrowser*>(QStringLiteral("inspector"));
        QVERIFY(inspector->toPlainText().contains(
            QStringLiteral("Waiter %1").arg(floor.keyboardPlace().id + 1)));
        QTest::keyClick(&floor, Qt::Key_Escape);
        QCOMPARE(floor.selection().kind, Selection::Kind::none);
    }

    void happeningsAreAnnouncedWhenAsked() {
        auto* announcer = window_->findChild<QLabel*>(QStringLiteral("announcer"));
        QVERIFY(announcer && !announcer->isVisible());
        // Offscreen there is no screen reader to hear the events: the label says when it sent them.
        QSignalSpy said(announcer, SIGNAL(announced(QString)));
        auto& c = window_->controller();
        c.seek(600);  // off: nothing said
        QTest::qWait(1700);
        QVERIFY(announcer->text().isEmpty());
        QCOMPARE(said.count(), 0);
        window_->setAnnouncing(true);
        QVERIFY(announcer->isVisible());
        c.seek(1800);  // waiters block and orders are served on the way
        QTRY_VERIFY_WITH_TIMEOUT(said.count() == 1, 3000);
        const QString words = said.front().front().toString();
        QVERIFY2(words.contains(QStringLiteral("blocked at the pass")) ||
                     words.contains(QStringLiteral("served")),
                 qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("more")));  // half an hour of service: summed up
        QCOMPARE(announcer->text(), words);
        QCOMPARE(announcer->accessibleName(), words);  // the live region's new name
        // A seek back tells old news again: not announced.
        c.seek(900);
        QTest::qWait(1700);
        QCOMPARE(said.count(), 1);
        window_->setAnnouncing(false);
    }
};

QTEST_MAIN(AccessTest)
#include "access_test.moc"
