// Lessons in the window: one driven from start to end (prediction, run,
// reveal, next), what the reveal says checked against the restaurants on
// screen, locked sliders, remembered progress, a bad lesson file refused, the
// welcome card, the Scenario menu's teaching lines and the Help pages.
#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTest>
#include <QTextBrowser>

#include "bistro/gui/code/code_panel.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/lessons/lesson_desk.hpp"
#include "bistro/gui/lessons/lesson_panel.hpp"
#include "bistro/gui/lessons/welcome_card.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "bistro/gui/style/palette.hpp"
#include "bistro/io/lesson_file.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

const QString many = QStringLiteral(":/lessons/02-many-requests.toml");

double metricMinutes(const Restaurant& r, const std::string& name) {
    for (const Metric& m : r.metrics())
        if (m.name == name) return m.value / 60.0;
    return -1;
}

/// Frames at the reveal's speed, as the timer would give them, until the stop.
void playToTheStop(MainWindow& w, LessonPanel& panel) {
    for (int frame = 0; frame < 2000 && panel.phase() == LessonPanel::Phase::running; ++frame)
        w.controller().advance(1.0 / 60.0);
}

}  // namespace

class LessonsTest : public test::GuiTestCase {
    Q_OBJECT

    LessonDesk& desk() { return window_->lessons(); }
    LessonPanel& panel() { return desk().panel(); }
    QDockWidget* dock() { return window_->findChild<QDockWidget*>(QStringLiteral("lessonDock")); }

  private slots:
    void init() {
        QSettings().clear();  // no lesson left open, nothing done, the welcome never seen
        GuiTestCase::init();
    }

    void drivesALessonFromStartToEnd() {
        QVERIFY(desk().openLesson(many, 0));
        QVERIFY(dock()->isVisibleTo(window_.get()));
        QVERIFY(panel().stepText().contains(QStringLiteral("slow kitchen")));
        QVERIFY(!panel().runButton().isVisibleTo(window_.get()));  // words only
        QVERIFY(panel().nextButton().isEnabled());
        panel().nextButton().click();

        // Step 2: predict, then run; the two restaurants side by side.
        QCOMPARE(panel().step(), 1);
        QVERIFY(!panel().nextButton().isEnabled());  // the reveal comes first
        QVERIFY(!panel().runButton().isEnabled());   // and the prediction before it
        panel().findChild<QAbstractButton*>(QStringLiteral("lessonChoice1"))->click();
        QCOMPARE(panel().guess(), std::optional<double>(1));
        QVERIFY(panel().runButton().isEnabled());
        panel().runButton().click();
        QCOMPARE(panel().phase(), LessonPanel::Phase::running);
        QVERIFY(window_->twins().isOn());
        QCOMPARE(window_->twins().contrast().parameter, Parameter::policy);
        QVERIFY(window_->controller().isPlaying());
        const double before = 10.0;                              // the settings' default
        QCOMPARE(window_->controller().speed(), 7200.0 / 20.0);  // the reveal takes ~20 s
        QCOMPARE(window_->controls().speedSlider()->value(),
                 ControlBar::positionOf(window_->controller().speed()));
        QVERIFY(!panel().findChild<QAbstractButton*>(QStringLiteral("lessonChoice0"))->isEnabled());
        playToTheStop(*window_, panel());
        QCOMPARE(panel().phase(), LessonPanel::Phase::revealed);
        QVERIFY(!window_->controller().isPlaying());
        QCOMPARE(window_->controller().now(), 7200.0);    // exactly the stop
        QCOMPARE(window_->controller().speed(), before);  // the class's speed again
        // What it says is what the two floors show.
        const Outcome o = *panel().outcome();
        QCOMPARE(o.word, std::string("b"));
        QCOMPARE(o.value, metricMinutes(window_->controller().restaurant(), "wait_food.all.mean"));
        QCOMPARE(o.value_b,
                 metricMinutes(window_->twins().twin().restaurant(), "wait_food.all.mean"));
        QVERIFY2(panel().resultText().contains(QStringLiteral("Asynchronous (right)")),
                 qPrintable(panel().resultText()));
        QVERIFY(panel().resultText().contains(QStringLiteral("Right.")));
        QVERIFY(panel().nextButton().isEnabled());
        panel().nextButton().click();

        // Step 3: the async restaurant alone; a wrong guess is said to be wrong.
        QCOMPARE(panel().step(), 2);
        QVERIFY(!window_->twins().isOn());
        QCOMPARE(window_->controller().policy(), Policy::asynchronous);
        panel().choose(2);
        panel().run();
        playToTheStop(*window_, panel());
        QCOMPARE(panel().phase(), LessonPanel::Phase::revealed);
        int blocked = 0;
        for (const WaiterView& w : window_->controller().snapshot().waiters)
            blocked += w.state == WaiterState::blocked;
        QCOMPARE(panel().outcome()->value, static_cast<double>(blocked));
        QVERIFY(panel().resultText().contains(QStringLiteral("Not this time")));
        panel().nextButton().click();

        // The last step names the idea; Finish closes the lesson and remembers it.
        QCOMPARE(panel().nextButton().text(), QStringLiteral("Finish"));
        QVERIFY(panel().stepText().contains(QStringLiteral("event loop")));
        panel().nextButton().click();
        QVERIFY(!dock()->isVisibleTo(window_.get()));
        QVERIFY(QSettings().value(QStringLiteral("lessons/done/02-many-requests")).toBool());
    }

    void backReturnsAndSkipJumpsToTheStop() {
        QVERIFY(desk().openLesson(many, 1));
        panel().choose(0);
        panel().run();
        for (QPushButton* b : panel().findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Skip to the result")) b->click();
        QCOMPARE(panel().phase(), LessonPanel::Phase::revealed);
        QCOMPARE(window_->controller().now(), 7200.0);
        panel().back();
        QCOMPARE(panel().step(), 0);
        QCOMPARE(panel().phase(), LessonPanel::Phase::reading);
    }

    void locksTheStepsSlidersAndSaysWhy() {
        QVERIFY(desk().openLesson(QStringLiteral(":/lessons/01-blocking-call.toml"), 1));
        ParameterPanel& p = window_->parameters();
        QVERIFY(p.lessonLocked(Parameter::waiters));
        QSlider* waiters = p.slider(Parameter::waiters);
        QVERIFY(!waiters->isEnabled());
        QVERIFY(waiters->toolTip().contains(QStringLiteral("Locked by the lesson")));
        QVERIFY(waiters->toolTip().contains(QStringLiteral("one synchronous waiter")));
        for (QAbstractButton* b : p.policyButtons()->buttons()) QVERIFY(!b->isEnabled());
        QVERIFY(p.slider(Parameter::cooks)->isEnabled());
        QCOMPARE(window_->controller().scenario().waiters, 1);  // the step's restaurant
        // The step points at the blocking line of the code.
        CodeView& code = window_->code().view(0);
        QVERIFY(code.pointed() >= 0);
        QCOMPARE(code.pointed(), window_->code().listing(0).lineOf(WaiterStep::waiting_at_pass,
                                                                   Policy::synchronous));
        // A long choice wraps in the lesson's column; a click on its words chooses it.
        QVERIFY(panel().minimumSizeHint().width() <= 330);
        auto* choice = panel().findChild<QAbstractButton*>(QStringLiteral("lessonChoice0"));
        QVERIFY(choice->accessibleName().startsWith(QStringLiteral("Hardly any")));
        QTest::mouseClick(choice->parentWidget()->findChild<QLabel*>(), Qt::LeftButton);
        QVERIFY(choice->isChecked());
        // The code shows beside the step, not as a tab over it.
        auto* lesson_dock = window_->findChild<QDockWidget*>(QStringLiteral("lessonDock"));
        auto* code_dock = window_->findChild<QDockWidget*>(QStringLiteral("codeDock"));
        QVERIFY(!window_->tabifiedDockWidgets(lesson_dock).contains(code_dock));
        QTRY_VERIFY(!code.visibleRegion().isEmpty());
        QTRY_VERIFY(!panel().visibleRegion().isEmpty());
        QVERIFY(code_dock->height() >= 120);
        QVERIFY(lesson_dock->height() >= 120);
        panel().back();                          // step 1 locks nothing
        waiters = p.slider(Parameter::waiters);  // its restaurant anew: new sliders
        QVERIFY(waiters->isEnabled());
        QVERIFY(!waiters->toolTip().contains(QStringLiteral("Locked")));
    }

    void aLessonOpenedBeforeTheWindowShowsIsInFront() {
        // bistro --lesson opens it before the window's first layout, which rebuilds the
        // tabs: the step, not the insight cards beside it, is what the student sees.
        window_.reset(new MainWindow);
        QVERIFY(
            window_->lessons().openLesson(QStringLiteral(":/lessons/01-blocking-call.toml"), 0));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QTRY_VERIFY(!window_->lessons().panel().visibleRegion().isEmpty());
        auto* insights = window_->findChild<QDockWidget*>(QStringLiteral("insightsDock"));
        QVERIFY(insights->widget()->visibleRegion().isEmpty());
    }

    void remembersWhereALessonWasLeft() {
        QVERIFY(desk().openLesson(many, 2));
        window_.reset(new MainWindow);
        window_->show();
        QTRY_VERIFY(window_->lessons().panel().hasLesson());
        QCOMPARE(window_->lessons().panel().step(), 2);
        QCOMPARE(window_->lessons().panel().lessonId(), many);
    }

    void refusesALessonThatNamesAMissingSlider() {
        const QString file = QDir::temp().filePath(QStringLiteral("bistro-bad-lesson.toml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "title = \"t\"\nteaches = \"t\"\nidea = \"i\"\nscenario = \"lunch-rush\"\n"
            "[[step]]\ntext = \"x\"\nlock = [\"chefs\"]\nlocked_why = \"w\"\n");
        f.close();
        QVERIFY(!desk().openLesson(file));
        QVERIFY(!dock()->isVisibleTo(window_.get()));
        QVERIFY(!panel().hasLesson());
        auto* box = window_->findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(
                     QStringLiteral("7:8: step[1].lock: &quot;chefs&quot; is not a slider")),
                 qPrintable(box->text()));
        QFile::remove(file);
    }

    void everyPanelALessonMayNameIsInTheWindow() {
        for (const std::string& name : lesson_panels())
            QVERIFY2(window_->findChild<QDockWidget*>(QString::fromStdString(name) + "Dock"),
                     name.c_str());
    }

    void everyShippedLessonOpens() {
        const QStringList lessons = QDir(QStringLiteral(":/lessons"))
                                        .entryList(QDir::Files);  // each language in its folder
        QVERIFY(lessons.size() >= 7);
        for (const QString& l : lessons) {
            QVERIFY2(desk().openLesson(QStringLiteral(":/lessons/") + l, 0), qPrintable(l));
            for (int s = 0; s + 1 < static_cast<int>(panel().lesson().steps.size()); ++s) {
                if (panel().currentStep().prediction) break;  // the reveal first
                panel().next();
            }
        }
    }

    void welcomeCardStartsTheFirstLesson() {
        desk().welcomeOnFirstStart();
        WelcomeCard* card = desk().welcome();
        QVERIFY(card && card->isVisible());
        QCOMPARE(card->geometry(), window_->rect());  // over the whole window
        QVERIFY(card->findChild<QWidget*>(QStringLiteral("welcomePreset_lunch-rush.toml")));
        card->findChild<QPushButton*>(QStringLiteral("welcomeStart"))->click();
        QTRY_VERIFY(!desk().welcome());
        QVERIFY(panel().hasLesson());
        QCOMPARE(panel().lessonId(), QStringLiteral(":/lessons/01-blocking-call.toml"));
        QCOMPARE(panel().step(), 0);
        QVERIFY(QSettings().value(QStringLiteral("welcome/seen")).toBool());
        desk().welcomeOnFirstStart();  // seen: not again
        QVERIFY(!desk().welcome());
    }

    void welcomePresetOpensIt() {
        WelcomeCard* card = desk().showWelcome();
        card->findChild<QAbstractButton*>(QStringLiteral("welcomePreset_slow-kitchen.toml"))
            ->click();
        QTRY_VERIFY(!desk().welcome());
        QCOMPARE(window_->currentFile(), QStringLiteral(":/scenarios/slow-kitchen.toml"));
    }

    void scenarioMenuSaysWhatEachTeachesAndMarksTheCurrent() {
        auto* menu = window_->menuBar()->findChild<QMenu*>(QStringLiteral("scenarioMenu"));
        QVERIFY(window_->openPreset(QStringLiteral("cocktail-bar.toml")));
        QTRY_VERIFY(!menu->actions().isEmpty() && [&] {
            for (QAction* a : menu->actions())
                if (a->isChecked()) return a->text().startsWith(QStringLiteral("Cocktail bar"));
            return false;
        }());
        for (QAction* a : menu->actions()) {
            QVERIFY2(a->toolTip().size() > 40, qPrintable(a->text()));
            QVERIFY(a->text().contains(QStringLiteral(": ")));
        }
    }

    void helpPagesOpen() {
        auto* help = window_->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
        QStringList titles;
        for (QAction* a : help->actions()) titles << a->text().remove('&');
        for (const QString& t :
             {QStringLiteral("Welcome"), QStringLiteral("Lessons"), QStringLiteral("User guide"),
              QStringLiteral("Legend: badges, colours, icons"),
              QStringLiteral("Keyboard shortcuts")})
            QVERIFY2(titles.contains(t), qPrintable(titles.join(", ")));
        for (QAction* a : help->actions())
            if (a->text().contains(QStringLiteral("Legend"))) a->trigger();
        auto* legend = window_->findChild<QDialog*>(QStringLiteral("legendPage"));
        QVERIFY(legend);
        const QString text = legend->findChild<QTextBrowser*>()->toPlainText();
        for (int s = 0; s < waiter_state_count; ++s)
            QVERIFY(text.contains(palette::label(static_cast<WaiterState>(s))));
        for (QAction* a : help->actions())
            if (a->text().contains(QStringLiteral("Keyboard"))) a->trigger();
        auto* keys = window_->findChild<QDialog*>(QStringLiteral("shortcutsPage"));
        QVERIFY(keys->findChild<QTextBrowser*>()->toPlainText().contains(QStringLiteral("Space")));
        for (QAction* a : help->actions())
            if (a->text().contains(QStringLiteral("guide"))) a->trigger();
        auto* guide = window_->findChild<QDialog*>(QStringLiteral("guidePage"));
        QVERIFY(guide->findChild<QTextBrowser*>()->toPlainText().contains(
            QStringLiteral("Press Space to play")));
    }
};

QTEST_MAIN(LessonsTest)
#include "lessons_test.moc"
