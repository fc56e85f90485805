// The classroom's part of the window: the zoom of the whole interface and
// presenter mode, their actions in the View menu and their keys.
#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/window/interface_zoom.hpp"
#include "bistro/gui/window/job_bar.hpp"
#include "bistro/gui/window/main_window.hpp"
#include "panels/floor_legend.hpp"
#include "window/floor_area.hpp"
#include "window/presenter_bar.hpp"
#include "window/presenter_mode.hpp"

namespace bistro::gui {

namespace {
/// The legend of the floor, a tab beside the controls and the inspector.
QDockWidget* legendDock(QMainWindow& window) {
    auto* legend = new QDockWidget(QObject::tr("Legend"), &window);
    legend->setObjectName(QStringLiteral("legendDock"));
    auto* scroll = new QScrollArea(legend);  // it must not make the window taller
    scroll->setWidget(new FloorLegend(scroll));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    legend->setWidget(scroll);
    scroll->setAccessibleName(legend->windowTitle());
    scroll->setAccessibleDescription(
        QObject::tr("What every badge, colour and icon on the floor means"));
    window.tabifyDockWidget(window.findChild<QDockWidget*>(QStringLiteral("inspectorDock")),
                            legend);
    window.findChild<QDockWidget*>(QStringLiteral("controlsDock"))->raise();
    return legend;
}
}  // namespace

void MainWindow::buildClassroom() {
    zoom_ = new InterfaceZoom(*this, {&floors_->floor(), &floors_->twinFloor()}, this);
    auto* bar = new PresenterBar(*twins_, *code_, floors_);
    floors_->setPresenterBar(bar);
    for (SimulationController* c : {controller_, &twins_->twin()})
        connect(c, &SimulationController::frameAdvanced, bar, &PresenterBar::refresh);
    connect(twins_, &TwinRestaurants::replicationsFinished, bar, &PresenterBar::refresh);
    presenter_ = new PresenterMode(*this, *zoom_, *floors_);
    jobs_ = new JobBar(*controller_, *twins_, statusBar());

    QMenu* view = findChild<QMenu*>(QStringLiteral("viewMenu"));
    QDockWidget* legend = legendDock(*this);
    view->insertAction(view->actions().value(3), legend->toggleViewAction());
    view->addSeparator();
    QAction* in = menus_.zoom_in = view->addAction(QString(), zoom_, &InterfaceZoom::zoomIn);
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* out = menus_.zoom_out = view->addAction(QString(), zoom_, &InterfaceZoom::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    menus_.actual_size = view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_0), zoom_,
                                         &InterfaceZoom::reset);
    QAction* present = menus_.presenter = view->addAction(QString());
    present->setObjectName(QStringLiteral("presenterAction"));
    present->setCheckable(true);
    present->setShortcut(Qt::Key_F5);
    connect(present, &QAction::toggled, this, &MainWindow::setPresenterMode);
    retranslateClassroom();
    connect(presenter_, &PresenterMode::toggled, present, &QAction::setChecked);
    // Esc cancels a long job if one shows, else leaves presenter mode; it is the window's
    // own key, so it works with the menus hidden.
    auto* leave = new QAction(tr("Cancel the long job, or leave presenter mode"), this);
    leave->setShortcut(Qt::Key_Escape);
    connect(leave, &QAction::triggered, this, [this] {
        if (!jobs_->cancel()) setPresenterMode(false);
    });
    addAction(leave);
}

void MainWindow::retranslateClassroom() {
    if (!menus_.presenter) return;
    menus_.zoom_in->setText(tr("Zoom &in"));
    menus_.zoom_out->setText(tr("Zoom &out"));
    menus_.actual_size->setText(tr("&Actual size"));
    menus_.presenter->setText(tr("&Presenter mode"));
    menus_.presenter->setToolTip(
        tr("Full screen, large type, only the floors and the big numbers (F5; Esc leaves)"));
}

void MainWindow::makeRoomForTwoFloors(bool compare) {
    // Below 1500 px two floors need the whole middle: the insights close and the
    // controls go to a tab beside the verdict; leaving compare mode puts both back.
    auto* insights = findChild<QDockWidget*>(QStringLiteral("insightsDock"));
    auto* controls = findChild<QDockWidget*>(QStringLiteral("controlsDock"));
    auto* compared = findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
    if (compare && width() < 1500) {
        insights_closed_for_twins_ |= !insights->isHidden();
        insights->hide();
        if (!controls->isHidden() && dockWidgetArea(controls) == Qt::LeftDockWidgetArea) {
            tabifyDockWidget(compared, controls);
            controls_moved_for_twins_ = true;
        }
        // A lesson beside the floors would squeeze out the verdict: it goes under the
        // verdict, in front of the inspector and the legend.
        auto* lesson = findChild<QDockWidget*>(QStringLiteral("lessonDock"));
        auto* inspector = findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        if (lesson && !lesson->isHidden() && dockWidgetArea(lesson) == Qt::LeftDockWidgetArea) {
            if (!inspector->isHidden() && dockWidgetArea(inspector) == Qt::RightDockWidgetArea)
                tabifyDockWidget(inspector, lesson);
            else
                splitDockWidget(compared, lesson, Qt::Vertical);
            // Half the column each, once the tab exists (after the layout).
            QTimer::singleShot(0, lesson, [this, lesson, compared] {
                lesson->raise();
                const int column = centralWidget()->height();
                resizeDocks({compared, lesson}, {column / 2, column - column / 2}, Qt::Vertical);
            });
            lesson_moved_for_twins_ = true;
        }
        QTimer::singleShot(0, compared, &QDockWidget::raise);  // its tab exists after layout
        statusBar()->showMessage(tr("The controls are a tab beside the verdict, to give both "
                                    "floors room; View > Insights opens the insights."),
                                 8000);
    } else if (!compare) {
        if (controls_moved_for_twins_) addDockWidget(Qt::LeftDockWidgetArea, controls);
        if (insights_closed_for_twins_) insights->show();
        if (controls_moved_for_twins_ && insights_closed_for_twins_)
            splitDockWidget(controls, insights, Qt::Vertical);
        if (auto* lesson = findChild<QDockWidget*>(QStringLiteral("lessonDock"));
            lesson && lesson_moved_for_twins_) {
            if (!insights->isHidden() && dockWidgetArea(insights) == Qt::LeftDockWidgetArea)
                tabifyDockWidget(insights, lesson);  // where the lesson desk puts it
            else
                addDockWidget(Qt::LeftDockWidgetArea, lesson);
            QTimer::singleShot(0, lesson, &QDockWidget::raise);
        }
        if (controls_moved_for_twins_ || insights_closed_for_twins_ || lesson_moved_for_twins_)
            applyDefaultLayout();
        controls_moved_for_twins_ = insights_closed_for_twins_ = lesson_moved_for_twins_ = false;
    }
}

void MainWindow::setPresenterMode(bool on) {
    if (presenter_) presenter_->setOn(on);
}

bool MainWindow::presenterMode() const {
    return presenter_ && presenter_->isOn();
}

}  // namespace bistro::gui
