#include <spdlog/spdlog.h>

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/window/main_window.hpp"
#include "bistro/gui/window/sim_words.hpp"
#include "bistro/io/scenario_file.hpp"
#include "window/file_places.hpp"

// The window's files: scenarios opened, saved and remembered, and the File and
// Scenario menus.

namespace bistro::gui {

namespace {
/// A message from the parser as code that wraps: the dialog stays inside the screen.
QString wrappedCode(const QString& text) {
    return QStringLiteral("<p style='white-space:pre-wrap; font-family:monospace'>%1</p>")
        .arg(text.toHtmlEscaped());
}
}  // namespace

void MainWindow::buildFileMenu() {
    QMenu* file = menus_.file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    menus_.open = file->addAction(QString(), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open scenario"), files::startFolder(), tr("Scenarios (*.toml)"));
        files::remember(path);
        if (!path.isEmpty()) openScenario(path);
    });
    recent_ = file->addMenu(QString());
    fillRecentMenu();
    menus_.save = file->addAction(QString(), QKeySequence::Save, this, [this] {
        if (file_.isEmpty() || file_.startsWith(":/"))
            saveAs();
        else
            saveScenario(file_);
    });
    menus_.save_as = file->addAction(QString(), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    menus_.screenshot = file->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save screenshot"), files::suggested("bistro.png"), tr("PNG images (*.png)"));
        files::remember(path);
        if (!path.isEmpty()) saveScreenshot(path);
    });
    menus_.export_log = file->addAction(QString(), this, [this] { exportLog(); });
    file->addSeparator();
    menus_.quit = file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildScenarioMenu() {
    // The presets, with what each teaches and the current one marked: LessonDesk fills it.
    menus_.scenario = menuBar()->addMenu(QString());
    menus_.scenario->setObjectName(QStringLiteral("scenarioMenu"));
}

bool MainWindow::openScenario(const QString& path) {
    try {
        Scenario s;
        if (path.startsWith(":/")) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw ScenarioError(
                    {{path.toStdString(), 0, 0, "",
                      BISTRO_PHRASE("Problem", "cannot open the file (does it exist?)")}});
            s = parse_scenario(f.readAll().toStdString(), QFileInfo(path).fileName().toStdString());
        } else {
            s = load_scenario(path.toStdString());
        }
        controller_->setScenario(s);
    } catch (const std::exception& e) {
        spdlog::error("cannot open {}: {}", path.toStdString(), e.what());
        showError(
            tr("Cannot open the scenario"),
            tr("<p>%1 could not be opened. The current scenario stays as it is.</p>%2")
                .arg(QFileInfo(path).fileName().toHtmlEscaped(), wrappedCode(describedError(e))));
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
        showError(tr("Cannot save"), tr("<p>Nothing was lost: the file on disk is unchanged.</p>%1")
                                         .arg(wrappedCode(QString::fromStdString(e.what()))));
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
    const QString suggested = file_.startsWith(":/") ? files::suggested(file_) : file_;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), suggested,
                                                      tr("Scenarios (*.toml)"));
    files::remember(path);
    if (!path.isEmpty()) saveScenario(path);
}

void MainWindow::showError(const QString& title, const QString& text) {
    last_error_ = text;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // not exec(): the window stays responsive, and tests are not blocked
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

}  // namespace bistro::gui
