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
#include "bistro/io/scenario_file.hpp"
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
    statusBar()->showMessage(
        tr("Press Space to play. Ctrl+K shows the waiters' code. Hover over any control to learn "
           "the idea behind it."));
    restoreSettings();
    lessons_ = new LessonDesk(*this);  // its dock and menu entries, once the window stands
}

void MainWindow::buildDocks() {
    stats_ = new StatsPanel(*controller_, this);
    parameters_ = new ParameterPanel(*controller_, this);
    inspector_ = new InspectorPanel(*controller_, this);
    event_log_ = new EventLogPanel(*controller_, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(parameters_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* stats_dock = dock(tr("Live numbers"), "statsDock", stats_, this);
    auto* controls_dock = dock(tr("Controls"), "controlsDock", scroll, this);
    auto* inspector_dock = dock(tr("Inspector"), "inspectorDock", inspector_, this);
    addDockWidget(Qt::RightDockWidgetArea, stats_dock);
    addDockWidget(Qt::RightDockWidgetArea, controls_dock);
    tabifyDockWidget(controls_dock, inspector_dock);
    timelines_ = new TimelinePanel(*controller_, this);
    auto* timeline_dock = dock(tr("Timelines"), "timelineDock", timelines_, this);
    addDockWidget(Qt::BottomDockWidgetArea, timeline_dock);
    auto* log_dock = dock(tr("Event log"), "eventLogDock", event_log_, this);
    addDockWidget(Qt::BottomDockWidgetArea, log_dock);
    timeline_dock->raise();
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);  // the side panels run full height
    resizeDocks({stats_dock, controls_dock}, {300, 420}, Qt::Vertical);
    // The floor comes first on a small screen: the timelines and the log open from View.
    timeline_dock->hide();
    log_dock->hide();
    buildPlots();  // beside the timelines, before the log joins them as a tab
    buildCodeDock();
    tabifyDockWidget(timeline_dock, log_dock);
    controls_dock->raise();
    resizeDocks({stats_dock, findChild<QDockWidget*>(QStringLiteral("codeDock"))}, {330, 560},
                Qt::Horizontal);
    buildInsightDock();
}

void MainWindow::buildCodeDock() {
    code_ = new CodePanel(*controller_, *twins_, this);
    // Beside the floor, on the left: the program and the restaurant side by side.
    auto* code_dock = dock(tr("Code"), "codeDock", code_, this);
    addDockWidget(Qt::LeftDockWidgetArea, code_dock);
    QAction* show_code = code_dock->toggleViewAction();
    show_code->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    show_code->setIconText(tr("Code"));
    show_code->setToolTip(
        tr("The waiter's program beside the restaurant, each waiter on its line "
           "(Ctrl+K)"));
    code_dock->hide();  // opened from the toolbar or View: the floor has the room at first
}

void MainWindow::buildInsightDock() {
    insights_ = new InsightPanel(*controller_, *twins_, this);
    // On the left, where the floor (as tall as it is wide) leaves room on a wide screen.
    auto* scroll = new QScrollArea(this);  // compare mode: both sides, one above the other
    scroll->setWidget(insights_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* d = dock(tr("Insights"), QStringLiteral("insightsDock"), scroll, this);
    addDockWidget(Qt::LeftDockWidgetArea, d);
    resizeDocks({d}, {300}, Qt::Horizontal);
    // The code, when opened above it, gets the height: the cards keep a third.
    auto* code_dock = findChild<QDockWidget*>(QStringLiteral("codeDock"));
    connect(code_dock, &QDockWidget::visibilityChanged, this, [this, code_dock, d](bool shown) {
        if (shown && d->isVisible())
            resizeDocks({code_dock, d}, {height() * 2 / 3, height() / 3}, Qt::Vertical);
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
    connect(event_log_, &EventLogPanel::selected, floor, &FloorView::select);
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
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    controller_->setSpeed(settings.value("simulation/speed", 10.0).toDouble());
    controls_->speedSlider()->setValue(ControlBar::positionOf(controller_->speed()));
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
    auto* compare_dock =
        dock(tr("Comparison"), QStringLiteral("comparisonDock"), comparison_, this);
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
        auto* d = dock(plot->title(), names[i] + QStringLiteral("Dock"), plot, this);
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
        sources = {{controller_, recorder_.get(), c.nameA(), palette::sync_colour},
                   {&twins_->twin(), twin_recorder_.get(), c.nameB(), palette::async_colour}};
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
        showPanel(QStringLiteral("plotWaitFood"));
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("plotWaitFoodDock"))) {
            resizeDocks({d}, {std::max(260, height() * 3 / 10)}, Qt::Vertical);
            if (auto* t = findChild<QDockWidget*>(QStringLiteral("timelineDock")))
                resizeDocks({t, d}, {width() / 2, width() / 2}, Qt::Horizontal);
        }
        auto* compared = findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
        auto* controls = findChild<QDockWidget*>(QStringLiteral("controlsDock"));
        if (compared && controls)
            resizeDocks({compared, controls}, {height() / 2, height() / 2}, Qt::Vertical);
    } else {
        twins_->stop();
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

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(tr("&Open scenario..."), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open scenario"), QFileInfo(file_).path(), tr("Scenarios (*.toml)"));
        if (!path.isEmpty()) openScenario(path);
    });
    recent_ = file->addMenu(tr("Open &recent"));
    fillRecentMenu();
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] {
        if (file_.isEmpty() || file_.startsWith(":/"))
            saveAs();
        else
            saveScenario(file_);
    });
    file->addAction(tr("Save &as..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("Save screens&hot..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save screenshot"), QStringLiteral("bistro.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty()) saveScreenshot(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildScenarioMenu() {
    // The presets, with what each teaches and the current one marked: LessonDesk fills it.
    menuBar()->addMenu(tr("S&cenario"))->setObjectName(QStringLiteral("scenarioMenu"));
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    compare_action_ = view->addAction(tr("&Twin restaurants (compare)"));
    compare_action_->setIconText(tr("Twin restaurants"));
    compare_action_->setCheckable(true);
    compare_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    compare_action_->setToolTip(
        tr("Two restaurants side by side with the same guests: sync against async"));
    connect(compare_action_, &QAction::toggled, this, [this](bool on) { setCompareMode(on); });
    controls_->addSeparator();
    controls_->addAction(compare_action_);
    controls_->addAction(findChild<QDockWidget*>(QStringLiteral("codeDock"))->toggleViewAction());
    view->addSeparator();
    QMenu* plots_menu = view->addMenu(tr("&Plots"));
    for (QDockWidget* d : findChildren<QDockWidget*>()) {
        if (d->objectName().startsWith(QStringLiteral("plot")))
            plots_menu->addAction(d->toggleViewAction());
        else
            view->addAction(d->toggleViewAction());
    }
    view->addAction(controls_->toggleViewAction());
}

void MainWindow::buildSimulationMenu() {
    QMenu* sim = menuBar()->addMenu(tr("&Simulation"));
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
    sim->addAction(tr("&Faster"), QKeySequence(Qt::Key_Plus), this, [this] {
        controls_->speedSlider()->setValue(controls_->speedSlider()->value() + 100);
    });
    sim->addAction(tr("S&lower"), QKeySequence(Qt::Key_Minus), this, [this] {
        controls_->speedSlider()->setValue(controls_->speedSlider()->value() - 100);
    });
    sim->addSeparator();
    sim->addAction(tr("Synchronous waiters"), QKeySequence(Qt::Key_S), this,
                   [this] { controller_->setParameter(Parameter::policy, Policy::synchronous); });
    sim->addAction(tr("Asynchronous waiters"), QKeySequence(Qt::Key_A), this,
                   [this] { controller_->setParameter(Parameter::policy, Policy::asynchronous); });
}

void MainWindow::buildHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));  // LessonDesk adds the guides and lessons
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About Async Bistro"), this, [this] {
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

bool MainWindow::openScenario(const QString& path) {
    try {
        Scenario s;
        if (path.startsWith(":/")) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw ScenarioError({{path.toStdString(), 0, 0, "", "cannot open"}});
            s = parse_scenario(f.readAll().toStdString(), QFileInfo(path).fileName().toStdString());
        } else {
            s = load_scenario(path.toStdString());
        }
        controller_->setScenario(s);
    } catch (const std::exception& e) {
        spdlog::error("cannot open {}: {}", path.toStdString(), e.what());
        showError(
            tr("Cannot open the scenario"),
            tr("<p>%1 could not be opened. The current scenario stays as it is.</p><pre>%2</pre>")
                .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                     QString::fromStdString(e.what()).toHtmlEscaped()));
        return false;
    }
    file_ = path;
    modified_ = false;
    spdlog::info("opened scenario {} ({})", controller_->scenario().name, path.toStdString());
    QSettings().setValue("scenario/last", path);
    if (!path.startsWith(":/")) addRecent(path);
    updateTitle();
    return true;
}

bool MainWindow::openPreset(const QString& name) {
    return openScenario(QStringLiteral(":/scenarios/") + name);
}

bool MainWindow::saveScenario(const QString& path) {
    try {
        save_scenario(controller_->currentScenario(), path.toStdString());
    } catch (const std::exception& e) {
        spdlog::error("cannot save {}: {}", path.toStdString(), e.what());
        showError(tr("Cannot save"),
                  tr("<p>Nothing was lost: the file on disk is unchanged.</p><pre>%1</pre>")
                      .arg(QString::fromStdString(e.what()).toHtmlEscaped()));
        return false;
    }
    file_ = path;
    modified_ = false;
    addRecent(path);
    QSettings().setValue("scenario/last", path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    spdlog::info("saved {}", path.toStdString());
    return true;
}

void MainWindow::saveAs() {
    const QString suggested =
        file_.startsWith(":/") ? QDir::home().filePath(QFileInfo(file_).fileName()) : file_;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), suggested,
                                                      tr("Scenarios (*.toml)"));
    if (!path.isEmpty()) saveScenario(path);
}

void MainWindow::showPanel(const QString& name) {
    if (name == QStringLiteral("all")) {
        for (QDockWidget* d : findChildren<QDockWidget*>()) d->show();
        return;
    }
    if (auto* d = findChild<QDockWidget*>(name + QStringLiteral("Dock"))) {
        d->show();
        d->raise();
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

void MainWindow::showError(const QString& title, const QString& text) {
    last_error_ = text;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // not exec(): the window stays responsive, and tests are not blocked
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

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList files = settings.value("scenario/recent").toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 8) files.removeLast();
    settings.setValue("scenario/recent", files);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu() {
    recent_->clear();
    const QStringList files = QSettings().value("scenario/recent").toStringList();
    for (const QString& f : files) recent_->addAction(f, this, [this, f] { openScenario(f); });
    recent_->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("simulation/speed", controller_->speed());
    event->accept();
}

}  // namespace bistro::gui
