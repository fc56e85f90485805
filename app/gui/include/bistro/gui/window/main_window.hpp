#pragma once
// The main window: the floor in the middle, live numbers, controls and the
// inspector in docks, the transport bar on top. It wires the pieces together;
// each piece is its own class.

#include <QMainWindow>
#include <QString>
#include <memory>

#include "bistro/gui/compare/contrast.hpp"
#include "bistro/gui/plots/plot_recorder.hpp"

class QAction;
class QLabel;
class QMenu;
class QMessageBox;

namespace bistro::gui {

class Announcer;
class CompareBar;
class FocusRing;
class ComparisonPanel;
class ControlBar;
class PlotView;
class QueuePlot;
class TheoryPlot;
class TwinRestaurants;
class WaiterSplitPlot;
class WaitPlot;
class EventLogPanel;
class TimelinePanel;
class FloorArea;
class CodePanel;
class FloorView;
class InsightPanel;
class LessonDesk;
class InterfaceZoom;
class InterfaceLanguage;
class JobBar;
class PresenterMode;
class InspectorPanel;
class ParameterPanel;
class SimulationController;
class StatsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SimulationController& controller() { return *controller_; }
    FloorView& floor();
    ParameterPanel& parameters() { return *parameters_; }
    StatsPanel& stats() { return *stats_; }
    InspectorPanel& inspector() { return *inspector_; }
    ControlBar& controls() { return *controls_; }
    EventLogPanel& eventLog() { return *event_log_; }
    TimelinePanel& timelines() { return *timelines_; }
    TwinRestaurants& twins() { return *twins_; }
    /// Long jobs' progress and Cancel, in the status bar.
    JobBar& jobs() { return *jobs_; }
    ComparisonPanel& comparison() { return *comparison_; }
    CodePanel& code() { return *code_; }
    /// Lessons, the welcome card and the Help pages (bistro/gui/lessons/).
    LessonDesk& lessons() { return *lessons_; }
    FloorView& twinFloor();
    const PlotRecorder& recorder() const { return *recorder_; }
    WaitPlot& waitPlot(PlotRecorder::Wait w);
    /// Every plot, for exports and tests.
    QList<PlotView*> plots() const;

    /// Compare mode: sync against async (or `contrast`) side by side, or back to one.
    void setCompareMode(bool on, const Contrast& contrast = {});
    /// Ctrl+plus, Ctrl+minus, Ctrl+0: the whole interface's zoom.
    InterfaceZoom& zoom() { return *zoom_; }
    /// View > Language: the interface's words and numbers.
    InterfaceLanguage& language() { return *language_; }
    /// F5: full screen, large type, the floors and the presenter's strip; Esc leaves.
    void setPresenterMode(bool on);
    bool presenterMode() const;

    /// Opens a scenario file; on a bad file shows why and keeps the current one.
    bool openScenario(const QString& path);
    /// Loads a built-in preset by file name ("lunch-rush.toml").
    bool openPreset(const QString& name);
    /// Saves the scenario with the current slider values (atomically).
    bool saveScenario(const QString& path);
    /// The last error shown to the user (empty if none), e.g. for tests.
    QString lastError() const { return last_error_; }
    QString currentFile() const { return file_; }
    /// Shows a panel by name: "timeline", "eventLog", "inspector", "stats", "controls",
    /// "comparison", "plotWaitFood", "plotTimeIn", "plotWaitTable", "plotWaiters", "plotQueues".
    void showPanel(const QString& name);
    /// The banner that says why the run stopped (hidden while it runs), e.g. for tests.
    const QLabel& failureBanner() const;
    /// Renders the whole window to a PNG.
    bool saveScreenshot(const QString& path);

    static QStringList presetNames();

    /// Saves the event log's rows shown (the filter applies) as CSV, atomically.
    bool exportLog(const QString& path);
    /// Announces important happenings to screen readers (View menu; remembered).
    void setAnnouncing(bool on);
    /// The default arrangement of the panels for the window's size (View > Default layout).
    void applyDefaultLayout();

    static constexpr int layout_version = 1;  ///< saved layouts of another version are not used

  protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    /// Every word the window sets itself: dock titles, menus, actions (main_window_words.cpp);
    /// at the end of construction and on every change of language.
    void retranslate();
    void retranslateClassroom();  ///< the zoom's and presenter mode's entries
    void buildDocks();
    void connectSelection();  ///< a click on a floor or in the log: the inspector, the twin
    void connectRun();        ///< the title, the status bar, the banner follow the run
    void restoreSettings();
    void buildMenus();
    void buildFileMenu();
    void buildScenarioMenu();
    void buildViewMenu();
    void buildSimulationMenu();
    void buildHelpMenu();
    void buildClassroom();  ///< the zoom and presenter mode, with their actions
    /// Compare mode on a narrow window: the Insights panel closes so that two floors
    /// fit, and opens again after (it stays as the user left it otherwise).
    void makeRoomForTwoFloors(bool compare);
    /// Says in plain words why the run stopped, or hides the banner when it runs again.
    void updateFailureBanner();
    void updateTitle();
    void showError(const QString& title, const QString& text);
    void addRecent(const QString& path);
    void fillRecentMenu();
    void saveAs();
    void buildPlots();
    void buildCodeDock();
    void buildInsightDock();  ///< the insight cards, under the live numbers
    void dockPlots();
    void updatePlotSources();
    /// Keyboard and screen readers: Tab reaches every control, every panel has a shortcut,
    /// focus shows, every control has a name (main_window_access.cpp).
    void buildAccess();
    void buildGoToMenu(QMenu* view);
    void nameEverything();
    void namePanels();  ///< the Go to actions and the panels' names, from the docks' titles
    /// The inspector describes the left (0) or right (1) restaurant, saying which in compare mode.
    void describeIn(int side);
    void exportLog();  ///< asks where

    SimulationController* controller_;
    FloorArea* floors_;
    ControlBar* controls_;
    ParameterPanel* parameters_;
    StatsPanel* stats_;
    InspectorPanel* inspector_;
    InsightPanel* insights_ = nullptr;
    EventLogPanel* event_log_;
    TimelinePanel* timelines_;
    std::unique_ptr<PlotRecorder> recorder_, twin_recorder_;
    QList<WaitPlot*> wait_plots_;
    WaiterSplitPlot* waiter_plot_ = nullptr;
    QueuePlot* queue_plot_ = nullptr;
    TheoryPlot* theory_plot_ = nullptr;
    TwinRestaurants* twins_ = nullptr;
    ComparisonPanel* comparison_ = nullptr;
    CodePanel* code_ = nullptr;
    LessonDesk* lessons_ = nullptr;
    InterfaceZoom* zoom_ = nullptr;
    InterfaceLanguage* language_ = nullptr;
    PresenterMode* presenter_ = nullptr;
    JobBar* jobs_ = nullptr;
    bool insights_closed_for_twins_ = false;
    bool controls_moved_for_twins_ = false;
    bool lesson_moved_for_twins_ = false;
    QAction* compare_action_ = nullptr;
    QMenu* recent_ = nullptr;
    QString file_;
    QString last_error_;
    bool modified_ = false;
    bool restored_layout_ = false;  // a saved layout was restored: no default sizes on show
    bool shown_once_ = false;
    Announcer* announcer_ = nullptr;
    FocusRing* focus_ring_ = nullptr;
    QAction* announce_action_ = nullptr;
    /// The menus and the actions the window words itself (retranslate()).
    struct Menus {
        QMenu *file, *scenario, *view, *plots, *simulation, *help, *go_to;
        QAction *open, *save, *save_as, *screenshot, *export_log, *quit;
        QAction *faster, *slower, *synchronous, *asynchronous, *about, *default_layout;
        QAction *to_floor, *to_twin;
        QAction *zoom_in, *zoom_out, *actual_size, *presenter;
    } menus_{};
};

}  // namespace bistro::gui
