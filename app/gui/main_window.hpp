#pragma once
// The main window: the floor in the middle, live numbers, controls and the
// inspector in docks, the transport bar on top. It wires the pieces together;
// each piece is its own class.

#include <QMainWindow>
#include <QString>

class QMenu;
class QMessageBox;

namespace bistro::gui {

class ControlBar;
class EventLogPanel;
class TimelinePanel;
class FloorView;
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
    FloorView& floor() { return *floor_; }
    ParameterPanel& parameters() { return *parameters_; }
    StatsPanel& stats() { return *stats_; }
    ControlBar& controls() { return *controls_; }
    EventLogPanel& eventLog() { return *event_log_; }
    TimelinePanel& timelines() { return *timelines_; }

    /// Opens a scenario file; on a bad file shows why and keeps the current one.
    bool openScenario(const QString& path);
    /// Loads a built-in preset by file name ("lunch-rush.toml").
    bool openPreset(const QString& name);
    /// Saves the scenario with the current slider values (atomically).
    bool saveScenario(const QString& path);
    /// The last error shown to the user (empty if none), e.g. for tests.
    QString lastError() const { return last_error_; }
    QString currentFile() const { return file_; }
    /// Shows a panel by name: "timeline", "eventLog", "inspector", "stats", "controls".
    void showPanel(const QString& name);
    /// Renders the whole window to a PNG.
    bool saveScreenshot(const QString& path);

    static QStringList presetNames();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void updateTitle();
    void showError(const QString& title, const QString& text);
    void addRecent(const QString& path);
    void fillRecentMenu();
    void saveAs();

    SimulationController* controller_;
    FloorView* floor_;
    ControlBar* controls_;
    ParameterPanel* parameters_;
    StatsPanel* stats_;
    InspectorPanel* inspector_;
    EventLogPanel* event_log_;
    TimelinePanel* timelines_;
    QMenu* recent_ = nullptr;
    QString file_;
    QString last_error_;
    bool modified_ = false;
};

}  // namespace bistro::gui
