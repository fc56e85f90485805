#include "bistro/gui/lessons/lesson_desk.hpp"

#include <spdlog/spdlog.h>

#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QTabBar>
#include <QTextBlock>
#include <QTimer>
#include <algorithm>

#include "bistro/gui/code/code_panel.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/lessons/lesson_panel.hpp"
#include "bistro/gui/lessons/welcome_card.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "bistro/gui/window/main_window.hpp"
#include "bistro/gui/window/sim_words.hpp"
#include "bistro/io/scenario_file.hpp"
#include "lessons/help_pages.hpp"
#include "lessons/lesson_library.hpp"

namespace bistro::gui {

namespace {

/// Brings a tabbed dock to the front. QDockWidget::raise() alone does not once the
/// window's first layout has rebuilt the tab bars (Qt 6.4): the tab is chosen too.
void raiseTab(QMainWindow& window, QDockWidget* dock) {
    dock->raise();
    for (QTabBar* bar : window.findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == dock->windowTitle()) bar->setCurrentIndex(i);
}
/// The reveal plays the experiment in about this many wall seconds, or slower.
constexpr double reveal_seconds = 20.0;

QString stepKey(const QString& id) {
    return QStringLiteral("lessons/step/") + QFileInfo(id).completeBaseName();
}
QString doneKey(const QString& id) {
    return QStringLiteral("lessons/done/") + QFileInfo(id).completeBaseName();
}
}  // namespace

LessonDesk::LessonDesk(MainWindow& window) : QObject(&window), window_(window) {
    buildDock();
    buildFileMenu();
    buildHelpMenu();
    fillScenarioMenu();
    connect(&window_.controller(), &SimulationController::frameAdvanced, this,
            &LessonDesk::followRun);
    code_panel_ = &window_.code();  // compared by address: the window may be going
    code_panel_->installEventFilter(this);
    connect(&window_.controller(), &SimulationController::scenarioChanged, this,
            &LessonDesk::markCurrentScenario);
    // Resume the lesson left open when the window closed.
    const QString current = QSettings().value(QStringLiteral("lessons/current")).toString();
    if (!current.isEmpty())
        QTimer::singleShot(0, this, [this, current] {
            if (!panel_->hasLesson()) openLesson(current);  // unless one was asked for
        });
}

void LessonDesk::retranslate() {
    dock_->setWindowTitle(tr("Lesson"));
    describeDock();
    if (actions_.go_to) actions_.go_to->setText(tr("The lesson"));
    if (actions_.open) actions_.open->setText(tr("Open &lesson..."));
    if (actions_.welcome) actions_.welcome->setText(tr("&Welcome"));
    if (actions_.guide) actions_.guide->setText(tr("User &guide"));
    if (actions_.legend) actions_.legend->setText(tr("&Legend: badges, colours, icons"));
    if (actions_.keys) actions_.keys->setText(tr("&Keyboard shortcuts"));
    if (lessons_menu_) {
        lessons_menu_->setTitle(tr("&Lessons"));
        fillLessonsMenu();  // each lesson's title in the new language
    }
}

bool LessonDesk::rewordOnLanguageChange(QEvent* event) {
    // The open lesson in the new language, at the same step and phase.
    if (event->type() != QEvent::LanguageChange) return false;
    retranslate();
    if (!panel_->hasLesson()) return false;
    try {
        panel_->reword(library::loadLesson(panel_->lessonId()));
    } catch (const std::exception& e) {
        spdlog::error("lesson {}: {}", panel_->lessonId().toStdString(), e.what());
    }
    return false;
}

void LessonDesk::buildDock() {
    panel_ = new LessonPanel(&window_);
    window_.installEventFilter(this);  // a language change rewords the desk and its lesson
    dock_ = new QDockWidget(tr("Lesson"), &window_);
    dock_->setObjectName(QStringLiteral("lessonDock"));
    auto* scroll = new QScrollArea(&window_);  // a small window scrolls the step, never crushes it
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(330);  // a step's words and choices read without wrapping every word
    dock_->setWidget(scroll);
    dock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                       QDockWidget::DockWidgetFloatable);
    window_.addDockWidget(Qt::LeftDockWidgetArea, dock_);
    // A tab beside the insight cards: the left column keeps its height for the code.
    if (auto* insights = window_.findChild<QDockWidget*>(QStringLiteral("insightsDock")))
        window_.tabifyDockWidget(insights, dock_);
    dock_->hide();
    nameDock();
    connect(panel_, &LessonPanel::stepEntered, this, &LessonDesk::stage);
    connect(panel_, &LessonPanel::runRequested, this, &LessonDesk::runTo);
    connect(panel_, &LessonPanel::skipRequested, this, [this] {
        if (until_ < 0) return;
        window_.controller().pause();
        reachStop();
    });
    connect(panel_, &LessonPanel::showMeRequested, this, &LessonDesk::highlight);
    connect(panel_, &LessonPanel::progressed, this, &LessonDesk::remember);
}

void LessonDesk::describeDock() {
    // For screen readers.
    dock_->widget()->setAccessibleName(dock_->windowTitle());
    dock_->widget()->setAccessibleDescription(
        tr("The lesson's step: what to read, the prediction to make, Back and Next (Alt+L)"));
}

void LessonDesk::nameDock() {
    // For screen readers, and a key into it among View > Go to's panels.
    describeDock();
    auto* go = window_.menuBar()->findChild<QMenu*>(QStringLiteral("goToMenu"));
    if (!go) return;
    QAction* a = actions_.go_to = go->addAction(tr("The lesson"), this, [this] {
        dock_->show();
        raiseTab(window_, dock_);
        QTimer::singleShot(0, panel_, [this] { panel_->setFocus(Qt::ShortcutFocusReason); });
    });
    a->setShortcut(QKeySequence(Qt::ALT | Qt::Key_L));
    a->setObjectName(QStringLiteral("goTo_lessonDock"));
}

void LessonDesk::buildFileMenu() {
    auto* file = window_.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
    auto* open = actions_.open = new QAction(tr("Open &lesson..."), file);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(&window_, tr("Open lesson"), QString(),
                                                          tr("Lessons (*.toml)"));
        if (!path.isEmpty()) openLesson(path);
    });
    const QList<QAction*> actions = file->actions();
    file->insertAction(actions.value(1), open);  // after Open scenario
}

void LessonDesk::buildHelpMenu() {
    auto* help = window_.menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
    QAction* first = help->actions().value(0);
    auto* welcome = actions_.welcome = new QAction(tr("&Welcome"), help);
    connect(welcome, &QAction::triggered, this, &LessonDesk::showWelcome);
    lessons_menu_ = new QMenu(tr("&Lessons"), help);
    lessons_menu_->setObjectName(QStringLiteral("lessonsMenu"));
    connect(lessons_menu_, &QMenu::aboutToShow, this, &LessonDesk::fillLessonsMenu);
    fillLessonsMenu();
    auto* guide = actions_.guide = new QAction(tr("User &guide"), help);
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { help::showGuide(&window_); });
    auto* legend = actions_.legend = new QAction(tr("&Legend: badges, colours, icons"), help);
    connect(legend, &QAction::triggered, this, [this] { help::showLegend(&window_); });
    auto* keys = actions_.keys = new QAction(tr("&Keyboard shortcuts"), help);
    connect(keys, &QAction::triggered, this, [this] { help::showShortcuts(&window_); });
    help->insertAction(first, welcome);
    help->insertMenu(first, lessons_menu_);
    help->insertSeparator(first);
    for (QAction* a : {guide, legend, keys}) help->insertAction(first, a);
    help->insertSeparator(first);
}

void LessonDesk::fillLessonsMenu() {
    lessons_menu_->clear();
    const QSettings settings;
    for (const QString& path : library::lessons()) {
        QString title = library::presetTitle(path);
        try {
            title = QString::fromStdString(library::loadLesson(path).title);
        } catch (const std::exception& e) {
            spdlog::error("lesson {}: {}", path.toStdString(), e.what());
        }
        QAction* a = lessons_menu_->addAction(title, this, [this, path] { openLesson(path); });
        a->setCheckable(true);
        a->setChecked(settings.value(doneKey(path)).toBool());  // done: ticked
        a->setToolTip(settings.value(doneKey(path)).toBool() ? tr("Done") : QString());
    }
}

void LessonDesk::fillScenarioMenu() {
    auto* menu = window_.menuBar()->findChild<QMenu*>(QStringLiteral("scenarioMenu"));
    menu->setToolTipsVisible(true);
    auto* group = new QActionGroup(menu);
    for (const QString& name : MainWindow::presetNames()) {
        const QString teaches = library::teaches(name);
        QString line = library::firstSentence(teaches);
        if (line.size() > 90) line = line.left(87) + QStringLiteral("...");
        QAction* a = menu->addAction(library::presetTitle(name) + QStringLiteral(": ") + line, this,
                                     [this, name] { window_.openPreset(name); });
        a->setData(QStringLiteral(":/scenarios/") + name);
        a->setToolTip(teaches);
        a->setStatusTip(teaches);
        a->setCheckable(true);
        group->addAction(a);
    }
    markCurrentScenario();
}

void LessonDesk::markCurrentScenario() {
    auto* menu = window_.menuBar()->findChild<QMenu*>(QStringLiteral("scenarioMenu"));
    // After openScenario has recorded the file: scenarioChanged comes first.
    QTimer::singleShot(0, menu, [this, menu] {
        for (QAction* a : menu->actions())
            a->setChecked(a->data().toString() == window_.currentFile());
    });
}

bool LessonDesk::openLesson(const QString& path, std::optional<int> step) {
    Lesson lesson;
    try {
        lesson = library::loadLesson(path);
    } catch (const std::exception& e) {
        spdlog::error("cannot open lesson {}: {}", path.toStdString(), e.what());
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Cannot open the lesson"),
            tr("<p>%1 could not be opened; nothing changed.</p><pre>%2</pre>")
                .arg(QFileInfo(path).fileName().toHtmlEscaped(), describedError(e).toHtmlEscaped()),
            QMessageBox::Ok, &window_);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    const QSettings settings;
    const bool done = settings.value(doneKey(path)).toBool();
    const int resume = done ? 0 : settings.value(stepKey(path), 0).toInt();
    // The lesson's column runs the window's full height, beside the panels below the floor.
    window_.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    dock_->show();
    dock_->raise();
    QTimer::singleShot(0, dock_, &QDockWidget::raise);  // a new tab exists only after layout
    widen();
    panel_->open(lesson, path, step.value_or(resume));
    QSettings().setValue(QStringLiteral("lessons/current"), path);
    return true;
}

WelcomeCard* LessonDesk::showWelcome() {
    if (welcome_) return welcome_;
    welcome_ = new WelcomeCard(&window_);
    connect(welcome_, &WelcomeCard::firstLessonRequested, this, [this] {
        if (!library::lessons().isEmpty()) openLesson(library::lessons().front(), 0);
    });
    connect(welcome_, &WelcomeCard::presetRequested, &window_, &MainWindow::openPreset);
    connect(welcome_, &WelcomeCard::closed, this,
            [] { QSettings().setValue(QStringLiteral("welcome/seen"), true); });
    return welcome_;
}

void LessonDesk::welcomeOnFirstStart() {
    // A lesson asked for (bistro --lesson, or one resumed) needs no welcome.
    if (panel_->hasLesson() || !QSettings().value(QStringLiteral("lessons/current")).isNull())
        return;
    if (!QSettings().value(QStringLiteral("welcome/seen")).toBool()) showWelcome();
}

void LessonDesk::remember(const QString& id, int step, bool finished) {
    QSettings settings;
    settings.setValue(stepKey(id), step);
    if (!finished) return;
    settings.setValue(doneKey(id), true);
    settings.remove(QStringLiteral("lessons/current"));
    window_.parameters().setLessonLocks({}, QString());
    dock_->hide();
}

void LessonDesk::stage(const LessonStep& step) {
    SimulationController& c = window_.controller();
    until_ = -1.0;
    c.pause();
    if (window_.twins().isOn()) window_.setCompareMode(false);
    // An experiment starts from opening time; words alone leave the floor as it is.
    if (step.stop || !(c.scenario() == step.scenario)) c.setScenario(step.scenario);
    // A comparison's step shows both restaurants while its words describe them.
    if (step.prediction && step.prediction->question.compare) {
        const Comparison& k = *step.prediction->question.compare;
        window_.setCompareMode(true, Contrast{k.parameter, k.a, k.b});
    }
    window_.parameters().setLessonLocks(step.locked, QString::fromStdString(step.locked_why));
    highlight(step);
}

void LessonDesk::highlight(const LessonStep& step) {
    pointed_.reset();  // until the step names a line
    pointCode();
    // The plots and panels a step names open with its experiment (empty before it),
    // or at once for a step of words alone.
    if (!step.stop || until_ >= 0) showPanels(step);
    InsightFocus focus;
    for (const std::string& h : step.highlights) {
        const std::size_t colon = h.find(':');
        const std::string kind = h.substr(0, colon);
        const QString what =
            QString::fromStdString(colon == std::string::npos ? "" : h.substr(colon + 1));
        if (kind == "pass" || kind == "kitchen") focus.kitchen = true;
        if (kind == "door") focus.door = true;
        if (kind == "waiter") focus.waiters.push_back(what.toInt() - 1);  // shown from 1
        if (kind == "code") showCodeLine(h.substr(colon + 1));
    }
    if (!focus.waiters.empty() || focus.kitchen || focus.door) window_.floor().spotlight(focus);
}

void LessonDesk::showPanels(const LessonStep& step) {
    for (const std::string& h : step.highlights) {
        const std::size_t colon = h.find(':');
        const std::string kind = h.substr(0, colon);
        const QString what = QString::fromStdString(h.substr(colon + 1));
        // The insight cards are the lesson's neighbour tab: there, but not over the lesson.
        if (kind == "card" || what == QStringLiteral("insights")) {
            if (auto* d = window_.findChild<QDockWidget*>(QStringLiteral("insightsDock")))
                d->show();
        } else if (kind == "plot" || kind == "panel") {
            window_.showPanel(what);
        }
    }
}

void LessonDesk::showCodeLine(const std::string& line) {
    pointed_ = line_named(line);
    if (!pointed_) return;
    // The code under the floor, never a tab over the lesson (the step says what to look
    // for in it) nor a third panel in the lesson's column: its lines are wide, and the
    // floor, as tall as it is wide, leaves room under it.
    auto* code = window_.findChild<QDockWidget*>(QStringLiteral("codeDock"));
    if (window_.dockWidgetArea(code) == window_.dockWidgetArea(dock_)) {
        window_.removeDockWidget(code);
        window_.addDockWidget(Qt::BottomDockWidgetArea, code, Qt::Horizontal);
    }
    window_.showPanel(QStringLiteral("code"));
    pointCode();  // now if the code is on screen; else when it shows (eventFilter)
    // Each with room: the main window gives the code 2/3 at first.
    const auto share = [this, code] {
        window_.resizeDocks({code}, {window_.height() * 3 / 10}, Qt::Vertical);
        pointCode();  // its line in view in the smaller code panel
        // The lesson's column narrows as the code leaves it: the step's words rewrap.
        QResizeEvent narrower(panel_->size(), panel_->size());
        QCoreApplication::sendEvent(panel_, &narrower);
    };
    share();
    QTimer::singleShot(0, dock_, share);  // after the main window's own share for the code
}

void LessonDesk::widen() {
    // A quarter of the window: room for a step's words and its choices on one line each.
    window_.resizeDocks({dock_}, {std::clamp(window_.width() / 4, 340, 540)}, Qt::Horizontal);
}

void LessonDesk::pointCode() {
    CodeView& view = window_.code().view(0);
    const int n =
        pointed_ ? window_.code().listing(0).lineOf(*pointed_, window_.controller().policy()) : -1;
    view.setPointed(n);
    if (n >= 0) view.showLine(n);
}

bool LessonDesk::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_) rewordOnLanguageChange(event);
    // A lesson opened before the window first shows (bistro --lesson) is its tab's face:
    // the window's first layout turns the tabs back to the insight cards.
    if (watched == &window_ && event->type() == QEvent::Show && !dock_->isHidden())
        QTimer::singleShot(0, dock_, [this] {
            raiseTab(window_, dock_);
            widen();
        });
    if (watched == code_panel_ && event->type() == QEvent::Show) {
        window_.code().refresh();  // its listing, read on showing
        pointCode();
    }
    return QObject::eventFilter(watched, event);
}

void LessonDesk::runTo(const LessonStep& step, double until) {
    SimulationController& c = window_.controller();
    c.pause();
    c.seek(0.0);  // the experiment runs from opening time, as the lesson's test does
    if (step.prediction && step.prediction->question.compare && !window_.twins().isOn()) {
        const Comparison& k = *step.prediction->question.compare;
        window_.setCompareMode(true, Contrast{k.parameter, k.a, k.b});
    }
    user_speed_ = c.speed();
    setSpeed(std::clamp(until / reveal_seconds, c.speed(), 1000.0));
    until_ = until;
    showPanels(step);
    if (c.now() >= until_) {
        reachStop();
        return;
    }
    c.play();
}

void LessonDesk::followRun() {
    if (until_ >= 0 && window_.controller().now() >= until_) {
        window_.controller().pause();
        reachStop();
    }
}

void LessonDesk::setSpeed(double speed) {
    // Through the speed slider, so what it shows is the speed the clock runs at.
    window_.controls().speedSlider()->setValue(ControlBar::positionOf(speed));
    window_.controller().setSpeed(speed);
}

void LessonDesk::reachStop() {
    const double until = until_;
    until_ = -1.0;
    if (user_speed_ > 0) setSpeed(user_speed_);  // the class's own speed again
    user_speed_ = -1.0;
    // Exactly at the stop, whatever the last frame overshot: the floor shows what was measured.
    if (window_.controller().now() != until) window_.controller().seek(until);
    panel_->stopReached();
}

}  // namespace bistro::gui
