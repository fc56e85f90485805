#pragma once
// Lessons in the window: the lesson dock, File > Open lesson, the Help menu (the
// welcome card, the lessons, the user guide, the legend, the keyboard), the
// Scenario menu with what each preset teaches, and the staging of each step on
// the real window: its restaurant, its locked sliders, its highlights on the
// floor, the code and the panels, and its experiment run to the stop.
// MainWindow makes one; everything else about lessons lives here.

#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

#include "bistro/gui/lessons/welcome_card.hpp"
#include "bistro/sim/lesson.hpp"

class QDockWidget;
class QMenu;

namespace bistro::gui {

class LessonPanel;
class MainWindow;

class LessonDesk : public QObject {
    Q_OBJECT

  public:
    explicit LessonDesk(MainWindow& window);

    LessonPanel& panel() const { return *panel_; }
    /// Opens a lesson file or resource at `step` (from 0), else where it was left;
    /// a bad file is refused with every problem shown, and nothing changes.
    bool openLesson(const QString& path, std::optional<int> step = std::nullopt);
    /// The welcome card over the window (Help > Welcome).
    WelcomeCard* showWelcome();
    /// Shows the welcome card if it has never been seen here.
    void welcomeOnFirstStart();
    WelcomeCard* welcome() const { return welcome_; }
    /// While an experiment runs: the simulated time it runs to, else negative.
    double runningUntil() const { return until_; }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QObject* code_panel_ = nullptr;  // watched for its Show
    bool rewordOnLanguageChange(QEvent* event);
    void retranslate();  ///< the dock's, the menus' and the actions' words
    struct Actions {
        QAction *open = nullptr, *go_to = nullptr, *welcome = nullptr, *guide = nullptr,
                *legend = nullptr, *keys = nullptr;
    } actions_;
    void buildDock();
    void nameDock();
    void describeDock();
    void buildFileMenu();
    void buildHelpMenu();
    void fillLessonsMenu();
    void fillScenarioMenu();
    void markCurrentScenario();
    void stage(const LessonStep& step);
    void highlight(const LessonStep& step);
    void showPanels(const LessonStep& step);
    void showCodeLine(const std::string& line);
    void pointCode();  ///< marks the line the step names in the code panel, if it is loaded
    void widen();      ///< the lesson's column as wide as its steps read well
    void runTo(const LessonStep& step, double until);
    void followRun();
    void reachStop();
    void setSpeed(double speed);
    void remember(const QString& id, int step, bool finished);

    MainWindow& window_;
    LessonPanel* panel_ = nullptr;
    QDockWidget* dock_ = nullptr;
    QMenu* lessons_menu_ = nullptr;
    QPointer<WelcomeCard> welcome_;
    double until_ = -1.0;
    double user_speed_ = -1.0;
    std::optional<WaiterStep> pointed_;  ///< the code line the step points at  ///< the speed
                                         ///< before a reveal sped the clock up
};

}  // namespace bistro::gui
