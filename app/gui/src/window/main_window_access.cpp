// The window for keyboard and screen-reader users: Tab reaches every control, a
// shortcut goes to every panel, a ring shows where the keys go, every control,
// number and panel has a name and a description, and important happenings can
// be announced. Also the default layout and the event log's export.
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QLayout>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

#include "bistro/gui/compare/contrast.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/panels/event_log_panel.hpp"
#include "bistro/gui/panels/inspector_panel.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "bistro/gui/panels/stats_panel.hpp"
#include "bistro/gui/window/interface_language.hpp"
#include "bistro/gui/window/main_window.hpp"
#include "window/announcer.hpp"
#include "window/control_keys.hpp"
#include "window/file_places.hpp"
#include "window/floor_area.hpp"
#include "window/focus_ring.hpp"

namespace bistro::gui {

namespace {
/// A panel, the key that goes to it, and what it is for (its accessible description).
struct PanelKey {
    const char* dock;
    QKeyCombination key;
    const char* about;
};

const PanelKey panel_keys[] = {
    {"controlsDock", Qt::ALT | Qt::Key_1,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "The policy, the delivery and the sliders")},
    {"statsDock", Qt::ALT | Qt::Key_2,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow",
                       "The live numbers: served, lost, waits, busy staff")},
    {"inspectorDock", Qt::ALT | Qt::Key_3,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow",
                       "The story of the waiter, table or party selected")},
    {"insightsDock", Qt::ALT | Qt::Key_4,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow",
                       "Insight cards in plain words and the staff's load")},
    {"codeDock", Qt::ALT | Qt::Key_5,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "The waiters' program, each waiter on its line")},
    {"timelineDock", Qt::ALT | Qt::Key_6,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "Each waiter's and cook's states over time")},
    {"eventLogDock", Qt::ALT | Qt::Key_7,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow",
                       "Every happening in order, to filter and export")},
    {"comparisonDock", Qt::ALT | Qt::Key_8,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "Compare mode: the difference and the verdict")},
    {"plotWaitFoodDock", Qt::CTRL | Qt::ALT | Qt::Key_1,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "Plot of the wait for food")},
    {"plotTimeInDock", Qt::CTRL | Qt::ALT | Qt::Key_2,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "Plot of the time in the restaurant")},
    {"plotWaitTableDock", Qt::CTRL | Qt::ALT | Qt::Key_3,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "Plot of the wait for a table")},
    {"plotWaitersDock", Qt::CTRL | Qt::ALT | Qt::Key_4,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "Plot of the waiters' time by state")},
    {"plotQueuesDock", Qt::CTRL | Qt::ALT | Qt::Key_5,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "Plot of the queues over time")},
    {"plotTheoryDock", Qt::CTRL | Qt::ALT | Qt::Key_6,
     QT_TRANSLATE_NOOP("bistro::gui::MainWindow", "The simulation beside queueing theory")},
};

/// The first control inside `area` that Tab would reach, or null.
QWidget* firstControlIn(QWidget* area) {
    QWidget* w = area;
    for (int steps = 0; steps < 500; ++steps) {
        w = w->nextInFocusChain();
        if (!w || w == area) break;
        if (area->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() &&
            w->isEnabled())
            return w;
    }
    return nullptr;
}

QString plain(const QString& rich) {
    return Qt::mightBeRichText(rich) ? QTextDocumentFragment::fromHtml(rich).toPlainText() : rich;
}

// Marks on a widget whose accessible name or description nameEverything() chose.
constexpr const char* named_here = "bistroNamedHere";
constexpr const char* described_here = "bistroDescribedHere";

bool hasName(QWidget* w) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface && !iface->text(QAccessible::Name).trimmed().isEmpty();
}
}  // namespace

void MainWindow::buildAccess() {
    // The toolbar's buttons take the focus too: the transport and twin restaurants by Tab.
    for (QToolButton* b : controls_->findChildren<QToolButton*>()) b->setFocusPolicy(Qt::TabFocus);
    connect(controls_, &ControlBar::entryFinished, this,
            [this] { floors_->floor().setFocus(Qt::OtherFocusReason); });
    new ControlKeys(this);
    focus_ring_ = new FocusRing(this);
    announcer_ = new Announcer(*controller_, *twins_, this);
    statusBar()->addPermanentWidget(announcer_, 1);
    auto* view = findChild<QMenu*>(QStringLiteral("viewMenu"));
    buildGoToMenu(view);
    announce_action_ = view->addAction(QString());
    announce_action_->setCheckable(true);
    connect(announce_action_, &QAction::toggled, this, &MainWindow::setAnnouncing);
    setAnnouncing(QSettings().value(QStringLiteral("access/announce"), false).toBool());
    menus_.default_layout = view->addAction(QString(), this, &MainWindow::applyDefaultLayout);
    view->addMenu(language_->makeMenu(view));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        connect(d, &QDockWidget::dockLocationChanged, this, [this] {
            QTimer::singleShot(0, this, &MainWindow::nameEverything);  // a new tab bar, maybe
        });
    connect(controller_, &SimulationController::scenarioChanged, this,
            &MainWindow::nameEverything);  // new sliders
    nameEverything();
}

void MainWindow::buildGoToMenu(QMenu* view) {
    QMenu* go = menus_.go_to = view->addMenu(QString());
    go->setObjectName(QStringLiteral("goToMenu"));
    QAction* to_floor = menus_.to_floor = go->addAction(
        QString(), this, [this] { floors_->floor().setFocus(Qt::ShortcutFocusReason); });
    to_floor->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    QAction* to_twin = menus_.to_twin = go->addAction(QString(), this, [this] {
        if (twins_->isOn()) floors_->twinFloor().setFocus(Qt::ShortcutFocusReason);
    });
    to_twin->setShortcut(QKeySequence(Qt::ALT | Qt::Key_9));
    for (const PanelKey& k : panel_keys) {
        auto* d = findChild<QDockWidget*>(QString::fromLatin1(k.dock));
        if (!d) continue;
        QAction* a = go->addAction(QString(), this, [this, d] {
            showPanel(d->objectName().chopped(4));
            // After the layout: a dock just shown has no place in the focus chain before.
            QTimer::singleShot(0, d, [d] {
                QWidget* first = firstControlIn(d);
                (first ? first : d->widget())->setFocus(Qt::ShortcutFocusReason);
            });
        });
        a->setShortcut(QKeySequence(k.key));
        a->setObjectName(QStringLiteral("goTo_") + d->objectName());
    }
}

void MainWindow::namePanels() {
    for (const PanelKey& k : panel_keys) {
        auto* d = findChild<QDockWidget*>(QString::fromLatin1(k.dock));
        auto* a = findChild<QAction*>(QStringLiteral("goTo_") + QString::fromLatin1(k.dock));
        if (!d || !a) continue;
        a->setText(d->windowTitle());
        d->widget()->setAccessibleName(d->windowTitle());
        d->widget()->setAccessibleDescription(
            tr(k.about) + tr(" (%1)").arg(a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::nameEverything() {
    // Dock tabs show their whole title; when they do not fit, arrows scroll them.
    for (QTabBar* bar : findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
    for (QWidget* w : findChildren<QWidget*>()) {
        if (auto* text = qobject_cast<QTextEdit*>(w)) text->setTabChangesFocus(true);
        if (auto* text = qobject_cast<QPlainTextEdit*>(w)) text->setTabChangesFocus(true);
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy()) continue;
        // What was taken from the tooltip or the panel is taken again: in another language now?
        if (w->property(described_here).toBool()) w->setAccessibleDescription(QString());
        if (w->property(named_here).toBool()) w->setAccessibleName(QString());
        if (w->accessibleDescription().isEmpty() && !w->toolTip().isEmpty()) {
            w->setAccessibleDescription(plain(w->toolTip()));
            w->setProperty(described_here, true);
        }
        if (hasName(w)) continue;
        w->setProperty(named_here, true);
        // Unnamed: a panel's own view takes the panel's name, else its tooltip's first words.
        for (QWidget* up = w; up && !hasName(w); up = up->parentWidget())
            if (auto* d = qobject_cast<QDockWidget*>(up)) w->setAccessibleName(d->windowTitle());
        if (!hasName(w) && !w->toolTip().isEmpty())
            w->setAccessibleName(plain(w->toolTip()).section(QLatin1Char('.'), 0, 0).left(60));
    }
    auto& floor = floors_->floor();
    floor.setAccessibleName(twins_->isOn()
                                ? tr("The left floor: %1").arg(twins_->contrast().nameA())
                                : tr("The floor of the restaurant"));
    floors_->twinFloor().setAccessibleName(
        tr("The right floor: %1").arg(twins_->contrast().nameB()));
}

void MainWindow::setAnnouncing(bool on) {
    if (announce_action_ && announce_action_->isChecked() != on) announce_action_->setChecked(on);
    announcer_->setOn(on);
    QSettings().setValue(QStringLiteral("access/announce"), on);
}

void MainWindow::describeIn(int side) {
    const Contrast& c = twins_->contrast();
    if (!twins_->isOn())
        inspector_->describe(*controller_);
    else if (side == 0)
        inspector_->describe(*controller_, c.nameA(), c.colourA(), tr("left"));
    else
        inspector_->describe(twins_->twin(), c.nameB(), c.colourB(), tr("right"));
    nameEverything();  // the floors' names say which restaurant is which
}

void MainWindow::exportLog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the event log"), files::suggested("events.csv"), tr("CSV files (*.csv)"));
    files::remember(path);
    if (!path.isEmpty()) exportLog(path);
}

bool MainWindow::exportLog(const QString& path) {
    if (event_log_->exportCsv(path)) {
        statusBar()->showMessage(tr("Saved the event log to %1").arg(path), 4000);
        return true;
    }
    showError(
        tr("Cannot export the event log"),
        tr("<p>Nothing was written.</p><p>%1</p>").arg(event_log_->lastError().toHtmlEscaped()));
    return false;
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (shown_once_) return;
    shown_once_ = true;
    if (!restored_layout_) QTimer::singleShot(0, this, &MainWindow::applyDefaultLayout);
    // Compare mode asked for before the window stood (bistro --compare): its room now.
    if (twins_->isOn()) QTimer::singleShot(0, this, [this] { makeRoomForTwoFloors(true); });
}

void MainWindow::applyDefaultLayout() {
    // Every control in view without a scroll bar; the live numbers whole; the rest shared.
    auto* controls = findChild<QDockWidget*>(QStringLiteral("controlsDock"));
    auto* insights = findChild<QDockWidget*>(QStringLiteral("insightsDock"));
    auto* stats = findChild<QDockWidget*>(QStringLiteral("statsDock"));
    auto* inspector = findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    const int title = controls->height() - controls->widget()->height();
    const int side = std::max(300, parameters_->sizeHint().width() + 24);
    resizeDocks({controls, stats}, {side, std::max(320, stats_->sizeHint().width() + 16)},
                Qt::Horizontal);
    // Sizes that add up to the column's height: resizeDocks() shares out any other sum.
    const auto split = [this, title](QDockWidget* top, QDockWidget* below, int wanted) {
        if (!top->isVisible() || !below->isVisible()) return;
        const int column = top->height() + below->height();
        const int first = std::min(title + wanted + 4, column - 120);
        resizeDocks({top, below}, {first, column - first}, Qt::Vertical);
    };
    split(controls, insights, parameters_->sizeHint().height());
    split(stats, inspector, stats_->sizeHint().height());
    // In compare mode on a small screen the lesson is under the verdict: half each.
    auto* lesson = findChild<QDockWidget*>(QStringLiteral("lessonDock"));
    auto* compared = findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
    if (lesson_moved_for_twins_ && lesson && lesson->isVisible() && compared->isVisible()) {
        const int column = compared->height() + lesson->height();
        resizeDocks({compared, lesson}, {column / 2, column - column / 2}, Qt::Vertical);
    }
    layout()->activate();  // now, not at the next pass: a screenshot may come first
}

}  // namespace bistro::gui
