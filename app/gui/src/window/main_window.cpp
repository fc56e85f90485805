#include "bistro/gui/window/main_window.hpp"

#include <spdlog/spdlog.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTimer>
#include <cmath>

#include "bistro/gui/code/code_panel.hpp"
#include "bistro/gui/compare/compare_bar.hpp"
#include "bistro/gui/compare/comparison_panel.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/lessons/lesson_desk.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/panels/event_log_panel.hpp"
#include "bistro/gui/panels/insight_panel.hpp"
#include "bistro/gui/panels/inspector_panel.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "bistro/gui/panels/stats_panel.hpp"
#include "bistro/gui/plots/queue_plot.hpp"
#include "bistro/gui/plots/theory_plot.hpp"
#include "bistro/gui/plots/wait_plot.hpp"
#include "bistro/gui/plots/waiter_split_plot.hpp"
#include "bistro/gui/style/palette.hpp"
#include "bistro/gui/timeline/timeline_panel.hpp"
#include "bistro/gui/timeline/timeline_view.hpp"
#include "bistro/gui/window/interface_language.hpp"
#include "bistro/io/scenario_file.hpp"
#include "window/file_places.hpp"
#include "window/floor_area.hpp"

namespace bistro::gui {

namespace {
QDockWidget* dock(const QString& title, const QString& name, QWidget* content,
                  QMainWindow* window) {
    auto* d = new QDockWidget(title, window);
    d->setObjectName(name);
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                   QDockWidget::DockWidgetFloatable);
    return d;
}
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    language_ = new InterfaceLanguage(this);  // first: every word below is in its language
    controller_ = new SimulationController(this);
    twins_ = new TwinRestaurants(*controller_, this);
    floors_ = new FloorArea(*controller_, *twins_, this);
    setCentralWidget(floors_);
    controls_ = new ControlBar(*controller_, this);
    addToolBar(Qt::TopToolBarArea, controls_);
    buildDocks();
    connectSelection();
    connectRun();
    buildMenus();
    buildAccess();
    buildClassroom();
    statusBar()->showMessage(
        tr("Press Space to play. Ctrl+K shows the waiters' code. Hover over any control to learn "
           "the idea behind it."));
    restoreSettings();
    lessons_ = new LessonDesk(*this);  // its dock and menu entries, once the window stands
    retranslate();
}

void MainWindow::buildDocks() {
    stats_ = new StatsPanel(*controller_, this);
    parameters_ = new ParameterPanel(*controller_, this);
    inspector_ = new InspectorPanel(*controller_, this);
    event_log_ = new EventLogPanel(*controller_, this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("controlsScroll"));
    scroll->setWidget(parameters_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* stats_dock = dock(QString(), "statsDock", stats_, this);
    auto* controls_dock = dock(QString(), "controlsDock", scroll, this);
    auto* inspector_dock = dock(QString(), "inspectorDock", inspector_, this);
    // What a class changes on the left, what it reads on the right, each in full view:
    // a click on the floor brings up the inspector and hides neither.
    addDockWidget(Qt::LeftDockWidgetArea, controls_dock);
    addDockWidget(Qt::RightDockWidgetArea, stats_dock);
    addDockWidget(Qt::RightDockWidgetArea, inspector_dock);
    timelines_ = new TimelinePanel(*controller_, this);
    auto* timeline_dock = dock(QString(), "timelineDock", timelines_, this);
    addDockWidget(Qt::BottomDockWidgetArea, timeline_dock);
    auto* log_dock = dock(QString(), "eventLogDock", event_log_, this);
    addDockWidget(Qt::BottomDockWidgetArea, log_dock);
    timeline_dock->raise();
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);  // the side panels run full height
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    // The floor comes first on a small screen: the timelines and the log open from View.
    timeline_dock->hide();
    log_dock->hide();
    buildPlots();  // beside the timelines, before the log joins them as a tab
    buildCodeDock();
    tabifyDockWidget(timeline_dock, log_dock);
    buildInsightDock();
}

void MainWindow::buildCodeDock() {
    code_ = new CodePanel(*controller_, *twins_, this);
    // Beside the floor, on the left: the program and the restaurant side by side.
    auto* code_dock = dock(QString(), "codeDock", code_, this);
    addDockWidget(Qt::LeftDockWidgetArea, code_dock);
    QAction* show_code = code_dock->toggleViewAction();
    show_code->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    code_dock->hide();  // opened from the toolbar or View: the floor has the room at first
}

void MainWindow::buildInsightDock() {
    insights_ = new InsightPanel(*controller_, *twins_, this);
    // On the left under the controls, where the floor (as tall as it is wide) leaves room.
    auto* scroll = new QScrollArea(this);  // compare mode: both sides, one above the other
    scroll->setWidget(insights_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* d = dock(QString(), QStringLiteral("insightsDock"), scroll, this);
    addDockWidget(Qt::LeftDockWidgetArea, d);
    // The code shares the insights' place as a tab: opening it shows it, the controls stay.
    auto* code_dock = findChild<QDockWidget*>(QStringLiteral("codeDock"));
    tabifyDockWidget(d, code_dock);
    d->raise();
    connect(code_dock->toggleViewAction(), &QAction::toggled, this, [code_dock](bool shown) {
        if (shown) QTimer::singleShot(0, code_dock, &QDockWidget::raise);
    });
    connect(insights_, &InsightPanel::showMeRequested, this,
            [this](int side, const InsightFocus& focus) {
                (side == 0 ? floors_->floor() : floors_->twinFloor()).spotlight(focus);
            });
}

void MainWindow::connectSelection() {
    FloorView* floor = &floors_->floor();
    FloorView* twin_floor = &floors_->twinFloor();
    connect(code_, &CodePanel::selected, floor, &FloorView::select);
    connect(floor, &FloorView::selected, code_, &CodePanel::showSelection);
    connect(floor, &FloorView::selected, this, [this](Selection s) {
        const int waiter = s.kind == Selection::Kind::waiter ? static_cast<int>(s.id) : -1;
        timelines_->view().setHighlightedWaiter(waiter);  // its lane, too
        floors_->highlightWaiter(waiter);
    });
    connect(event_log_, &EventLogPanel::selected, floor, [this, floor](Selection s) {
        describeIn(0);  // the log is the left restaurant's
        floor->select(s);
    });
    // The inspector tells the story of the restaurant whose floor was clicked, and says which.
    connect(floor, &FloorView::picked, this, [this] { describeIn(0); });
    connect(twin_floor, &FloorView::picked, this, [this] { describeIn(1); });
    connect(floor, &FloorView::selected, inspector_, &InspectorPanel::show);
    auto* inspector_dock = findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    connect(floor, &FloorView::selected, this, [inspector_dock](Selection s) {
        if (s.kind != Selection::Kind::none)
            inspector_dock->raise();  // show the story of what was clicked
    });
    // The same guest in both restaurants: selecting one selects the other.
    connect(twin_floor, &FloorView::selected, this, [floor](Selection s) {
        if (s != floor->selection()) floor->select(s);
    });
    connect(floor, &FloorView::selected, this, [this, twin_floor](Selection s) {
        if (twins_->isOn() && s != twin_floor->selection()) twin_floor->select(s);
    });
}

void MainWindow::connectRun() {
    connect(&floors_->compareBar(), &CompareBar::stopRequested, this,
            [this] { setCompareMode(false); });
    connect(twins_, &TwinRestaurants::started, this, [this] {
        describeIn(0);
        updatePlotSources();
        floors_->showContrast(twins_->contrast());
        parameters_->lock(twins_->contrast().parameter);
    });
    connect(controller_, &SimulationController::parametersChanged, this, [this] {
        if (!controller_->changes().empty()) modified_ = true;
        updateTitle();
    });
    connect(controller_, &SimulationController::finished, this, [this] {
        statusBar()->showMessage(
            tr("The service is over. Reset, or scrub back along the timeline."), 8000);
    });
    // Either restaurant may fail (the twin too, in compare mode); Reset starts both again.
    for (SimulationController* c : {controller_, &twins_->twin()}) {
        connect(c, &SimulationController::failed, this, &MainWindow::updateFailureBanner);
        connect(c, &SimulationController::recovered, this, &MainWindow::updateFailureBanner);
    }
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (settings.status() == QSettings::FormatError) {
        // Garbage in the file (a crash mid-write, a hand edit): start afresh, and say so.
        spdlog::warn("the settings in {} could not be read: starting with the defaults",
                     settings.fileName().toStdString());
        settings.clear();
        statusBar()->showMessage(
            tr("The saved settings could not be read, so the window starts with the defaults."),
            10000);
    }
    restoreGeometry(settings.value("window/geometry").toByteArray());
    // Layouts of version 1 have the controls on the left; an older one gives way to it.
    restored_layout_ = restoreState(settings.value("window/state").toByteArray(), layout_version);
    constexpr double default_speed = SimulationController::defaultSpeed;
    double saved_speed = settings.value("simulation/speed", default_speed).toDouble();
    if (!std::isfinite(saved_speed) || saved_speed <= 0) saved_speed = default_speed;  // "nan"
    const int speed = ControlBar::positionOf(saved_speed);
    controller_->setSpeed(ControlBar::speedAt(speed));
    controls_->speedSlider()->setValue(speed);
    const QString last = settings.value("scenario/last").toString();
    if (!(last.startsWith(":/") ? openPreset(QFileInfo(last).fileName())
                                : (!last.isEmpty() && openScenario(last))))
        openPreset(QStringLiteral("lunch-rush.toml"));
    last_error_.clear();
}

void MainWindow::updateFailureBanner() {
    QString why = controller_->errorString();
    if (why.isEmpty() && twins_->isOn()) why = twins_->twin().errorString();
    if (why.endsWith('.')) why.chop(1);  // the sentence goes on
    const QString text =
        why.isEmpty() ? QString()
                      : tr("The simulation stopped: %1. Press Reset to start again.").arg(why);
    const QString shown = floors_->failureBanner().text();
    floors_->showFailure(text);
    if (!text.isEmpty())
        statusBar()->showMessage(text);
    else if (!shown.isEmpty() && statusBar()->currentMessage() == shown)
        statusBar()->clearMessage();
}

MainWindow::~MainWindow() = default;

FloorView& MainWindow::floor() {
    return floors_->floor();
}

FloorView& MainWindow::twinFloor() {
    return floors_->twinFloor();
}

const QLabel& MainWindow::failureBanner() const {
    return floors_->failureBanner();
}

QStringList MainWindow::presetNames() {
    return QDir(QStringLiteral(":/scenarios"))
        .entryList({QStringLiteral("*.toml")}, QDir::Files, QDir::Name);
}

void MainWindow::buildPlots() {
    recorder_ = std::make_unique<PlotRecorder>(
        [this]() -> const RunStatistics& { return controller_->restaurant().statistics(); });
    twin_recorder_ = std::make_unique<PlotRecorder>(
        [this]() -> const RunStatistics& { return twins_->twin().restaurant().statistics(); });
    recorder_->follow(*controller_, this);
    twin_recorder_->follow(twins_->twin(), this);
    controller_->replayHistory();  // the recorders join a run that may have begun
    twins_->twin().replayHistory();

    for (auto w :
         {PlotRecorder::Wait::food, PlotRecorder::Wait::in_restaurant, PlotRecorder::Wait::table})
        wait_plots_.append(new WaitPlot(w, this));
    waiter_plot_ = new WaiterSplitPlot(this);
    queue_plot_ = new QueuePlot(this);
    theory_plot_ = new TheoryPlot(this);
    dockPlots();
    updatePlotSources();

    comparison_ = new ComparisonPanel(*twins_, this);
    auto* compare_dock = dock(QString(), QStringLiteral("comparisonDock"), comparison_, this);
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("statsDock")), compare_dock);
    compare_dock->hide();
}

void MainWindow::dockPlots() {
    const QStringList names = {"plotWaitFood", "plotTimeIn", "plotWaitTable",
                               "plotWaiters",  "plotQueues", "plotTheory"};
    auto* beside = findChild<QDockWidget*>(QStringLiteral("timelineDock"));
    QDockWidget* first = nullptr;
    const QList<PlotView*> all = plots();
    for (int i = 0; i < all.size(); ++i) {
        PlotView* plot = all[i];
        connect(controller_, &SimulationController::frameAdvanced, plot, &PlotView::requestRefresh);
        connect(&twins_->twin(), &SimulationController::frameAdvanced, plot,
                &PlotView::requestRefresh);
        auto* d = dock(QString(), names[i] + QStringLiteral("Dock"), plot, this);
        if (!first) {
            addDockWidget(Qt::BottomDockWidgetArea, d);
            splitDockWidget(beside, d, Qt::Horizontal);
            first = d;
        } else {
            tabifyDockWidget(first, d);
        }
        d->hide();
    }
}

QList<PlotView*> MainWindow::plots() const {
    QList<PlotView*> out;
    for (WaitPlot* p : wait_plots_) out.append(p);
    out.append(waiter_plot_);
    out.append(queue_plot_);
    out.append(theory_plot_);
    return out;
}

WaitPlot& MainWindow::waitPlot(PlotRecorder::Wait w) {
    return *wait_plots_[static_cast<int>(w)];
}

void MainWindow::updatePlotSources() {
    QList<PlotSource> sources;
    if (twins_->isOn()) {
        const Contrast& c = twins_->contrast();
        sources = {{controller_, recorder_.get(), c.nameA(), c.colourA()},
                   {&twins_->twin(), twin_recorder_.get(), c.nameB(), c.colourB()}};
    } else {
        sources = {{controller_, recorder_.get(), QString(), palette::bluish_green}};
    }
    for (PlotView* p : plots()) p->setSources(sources);
}

void MainWindow::setCompareMode(bool on, const Contrast& contrast) {
    if (on && twins_->isOn() &&
        !(twins_->contrast().parameter == contrast.parameter &&
          twins_->contrast().a == contrast.a && twins_->contrast().b == contrast.b))
        twins_->start(contrast);  // already comparing: now this
    if (compare_action_) compare_action_->setChecked(on);
    if (on == twins_->isOn()) return;
    if (on) {
        twins_->start(contrast);
        floors_->setCompareMode(true);
        showPanel(QStringLiteral("comparison"));
        makeRoomForTwoFloors(true);
        // The plot under the floors only where it leaves them room (View > Plots opens it):
        // at 1080 p its full height would shrink the floors' text under 12 px.
        if (height() >= 1200) showPanel(QStringLiteral("plotWaitFood"));
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("plotWaitFoodDock"));
            d && d->isVisible()) {
            // Room for the plot in full (its headline, charts and legend), up to half the height.
            const int whole = d->height() - d->widget()->height() + 2 * PlotView::chart_min_height;
            resizeDocks({d}, {std::min(whole, height() / 2)}, Qt::Vertical);
            if (auto* t = findChild<QDockWidget*>(QStringLiteral("timelineDock")))
                resizeDocks({t, d}, {width() / 2, width() / 2}, Qt::Horizontal);
        }
        auto* compared = findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
        auto* inspector = findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        if (compared && inspector)
            resizeDocks({compared, inspector}, {height() * 2 / 3, height() / 3}, Qt::Vertical);
    } else {
        makeRoomForTwoFloors(false);
        twins_->stop();
        describeIn(0);
        floors_->setCompareMode(false);
        parameters_->lock(std::nullopt);
        updatePlotSources();
        updateFailureBanner();  // the twin's failure, if any, no longer matters
    }
    updateTitle();
}

void MainWindow::buildMenus() {
    buildFileMenu();
    buildScenarioMenu();
    buildViewMenu();
    buildSimulationMenu();
    buildHelpMenu();
}

void MainWindow::buildViewMenu() {
    QMenu* view = menus_.view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    compare_action_ = view->addAction(QString());
    compare_action_->setCheckable(true);
    compare_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(compare_action_, &QAction::toggled, this, [this](bool on) { setCompareMode(on); });
    controls_->addSeparator();
    controls_->addAction(compare_action_);
    controls_->addAction(findChild<QDockWidget*>(QStringLiteral("codeDock"))->toggleViewAction());
    view->addSeparator();
    QMenu* plots_menu = menus_.plots = view->addMenu(QString());
    for (QDockWidget* d : findChildren<QDockWidget*>()) {
        if (d->objectName().startsWith(QStringLiteral("plot")))
            plots_menu->addAction(d->toggleViewAction());
        else
            view->addAction(d->toggleViewAction());
    }
    view->addAction(controls_->toggleViewAction());
}

void MainWindow::buildSimulationMenu() {
    QMenu* sim = menus_.simulation = menuBar()->addMenu(QString());
    auto shortcut = [&](QAction* a, const QKeySequence& key) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::ApplicationShortcut);
        sim->addAction(a);
    };
    shortcut(controls_->playAction(), Qt::Key_Space);
    shortcut(controls_->stepAction(), Qt::Key_Right);
    shortcut(controls_->stepBackAction(), Qt::Key_Left);
    shortcut(controls_->resetAction(), Qt::Key_Home);
    sim->addSeparator();
    menus_.faster = sim->addAction(QString(), QKeySequence(Qt::Key_Plus), this, [this] {
        controls_->speedSlider()->setValue(controls_->speedSlider()->value() + 1);
    });
    menus_.slower = sim->addAction(QString(), QKeySequence(Qt::Key_Minus), this, [this] {
        controls_->speedSlider()->setValue(controls_->speedSlider()->value() - 1);
    });
    sim->addSeparator();
    menus_.synchronous = sim->addAction(QString(), QKeySequence(Qt::Key_S), this, [this] {
        controller_->setParameter(Parameter::policy, Policy::synchronous);
    });
    menus_.asynchronous = sim->addAction(QString(), QKeySequence(Qt::Key_A), this, [this] {
        controller_->setParameter(Parameter::policy, Policy::asynchronous);
    });
}

void MainWindow::buildHelpMenu() {
    QMenu* help = menus_.help =
        menuBar()->addMenu(QString());  // LessonDesk adds the guides and lessons
    help->setObjectName(QStringLiteral("helpMenu"));
    menus_.about = help->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About Async Bistro"),
            tr("<h3>Async Bistro %1</h3><p>A restaurant that teaches synchronous and asynchronous "
               "programming.</p><p>Waiters are threads, the kitchen is I/O, the bell is a "
               "callback. "
               "Every number comes from a deterministic discrete-event simulation checked against "
               "queueing theory.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showPanel(const QString& name) {
    if (name == QStringLiteral("all")) {
        for (QDockWidget* d : findChildren<QDockWidget*>()) d->show();
        return;
    }
    if (auto* d = findChild<QDockWidget*>(name + QStringLiteral("Dock"))) {
        d->show();
        d->raise();
        if (name.startsWith(QStringLiteral("plot")))  // tall enough for the plot in full
            QTimer::singleShot(0, this, [this, d] {
                const int whole =
                    d->height() - d->widget()->height() + 2 * PlotView::chart_min_height;
                if (d->height() < whole)
                    resizeDocks({d}, {std::min(whole, height() / 2)}, Qt::Vertical);
            });
        QTimer::singleShot(0, d, &QDockWidget::raise);  // a new tab exists only after layout
    }
}

bool MainWindow::saveScreenshot(const QString& path) {
    QSaveFile file(path);  // all or nothing: never a half-written picture
    const bool ok = file.open(QIODevice::WriteOnly) && grab().save(&file, "PNG") && file.commit();
    if (ok) spdlog::info("screenshot saved to {}", path.toStdString());
    if (!ok) showError(tr("Cannot save the screenshot"), tr("Could not write %1.").arg(path));
    return ok;
}

void MainWindow::updateTitle() {
    const Scenario& s = controller_->scenario();
    const bool async = controller_->policy() == Policy::asynchronous;
    const QString how =
        twins_->isOn()
            ? tr("%1 against %2").arg(twins_->contrast().nameA(), twins_->contrast().nameB())
        : async ? tr("async")
                : tr("sync");
    setWindowTitle(
        QStringLiteral("%1 - %2[*] - Async Bistro").arg(QString::fromStdString(s.name), how));
    setWindowModified(modified_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    setPresenterMode(false);  // the desk's layout is the one kept
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState(layout_version));
    settings.setValue("simulation/speed", controller_->speed());
    event->accept();
}

}  // namespace bistro::gui
