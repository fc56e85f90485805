#include "main_window.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>

#include "bistro/io/scenario_file.hpp"
#include "control_bar.hpp"
#include "event_log_panel.hpp"
#include "floor_view.hpp"
#include "inspector_panel.hpp"
#include "parameter_panel.hpp"
#include "simulation_controller.hpp"
#include "stats_panel.hpp"
#include "timeline.hpp"

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
    floor_ = new FloorView(*controller_, this);
    setCentralWidget(floor_);
    controls_ = new ControlBar(*controller_, this);
    addToolBar(Qt::TopToolBarArea, controls_);
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
    tabifyDockWidget(timeline_dock, log_dock);
    timeline_dock->raise();
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);  // the side panels run full height
    resizeDocks({stats_dock, controls_dock}, {300, 420}, Qt::Vertical);
    // The floor comes first on a small screen: the timelines and the log open from View.
    timeline_dock->hide();
    log_dock->hide();
    connect(event_log_, &EventLogPanel::selected, floor_, &FloorView::select);
    controls_dock->raise();
    resizeDocks({stats_dock}, {330}, Qt::Horizontal);
    connect(floor_, &FloorView::selected, inspector_, &InspectorPanel::show);
    connect(floor_, &FloorView::selected, this, [inspector_dock](Selection s) {
        if (s.kind != Selection::Kind::none)
            inspector_dock->raise();  // show the story of what was clicked
    });
    connect(controller_, &SimulationController::parametersChanged, this, [this] {
        if (!controller_->changes().empty()) modified_ = true;
        updateTitle();
    });
    connect(controller_, &SimulationController::finished, this, [this] {
        statusBar()->showMessage(
            tr("The service is over. Reset, or scrub back along the timeline."), 8000);
    });
    buildMenus();
    statusBar()->showMessage(
        tr("Press Space to play. Hover over any control to learn the idea behind it."));

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

MainWindow::~MainWindow() = default;

QStringList MainWindow::presetNames() {
    return QDir(QStringLiteral(":/scenarios"))
        .entryList({QStringLiteral("*.toml")}, QDir::Files, QDir::Name);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
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

    QMenu* scenarios = menuBar()->addMenu(tr("S&cenario"));
    for (const QString& name : presetNames()) {
        QString title = QFileInfo(name).baseName().replace('-', ' ');
        title[0] = title[0].toUpper();
        scenarios->addAction(title, this, [this, name] { openPreset(name); });
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());
    view->addAction(controls_->toggleViewAction());

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
                   [this] { controller_->setParameter(Parameter::policy, 0); });
    sim->addAction(tr("Asynchronous waiters"), QKeySequence(Qt::Key_A), this,
                   [this] { controller_->setParameter(Parameter::policy, 1); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
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
        showError(
            tr("Cannot open the scenario"),
            tr("<p>%1 could not be opened. The current scenario stays as it is.</p><pre>%2</pre>")
                .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                     QString::fromStdString(e.what()).toHtmlEscaped()));
        return false;
    }
    file_ = path;
    modified_ = false;
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
    if (auto* d = findChild<QDockWidget*>(name + QStringLiteral("Dock"))) {
        d->show();
        d->raise();
    }
}

bool MainWindow::saveScreenshot(const QString& path) {
    const bool ok = grab().save(path, "PNG");
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
    const bool async = controller_->parameter(Parameter::policy) >= 0.5;
    setWindowTitle(QStringLiteral("%1 - %2[*] - Async Bistro")
                       .arg(QString::fromStdString(s.name), async ? tr("async") : tr("sync")));
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
