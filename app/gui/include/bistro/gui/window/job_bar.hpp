#pragma once
// Long jobs in the status bar: a run to a far time ("Run until 10,000 h", a scrub
// far back) and a replicated comparison that takes a while show how far they are,
// with a Cancel button (and Esc). A cancelled run says where it stopped ("Stopped
// at 2,314 h of 10,000 h"); the model stays at that instant, usable as any other.

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace bistro::gui {

class SimulationController;
class TwinRestaurants;

class JobBar : public QWidget {
    Q_OBJECT

  public:
    /// Sits in `status` (a permanent widget there), hidden while nothing long runs.
    JobBar(SimulationController& controller, TwinRestaurants& twins, QStatusBar* status);

    /// Cancels the run, else the replicated comparison, that the bar shows; false if
    /// it shows none (a comparison of a moment is never shown, nor cancelled).
    bool cancel();
    QProgressBar* progressBar() const { return bar_; }
    QPushButton* cancelButton() const { return cancel_; }
    /// "2,314 h", "1 h 30 min", "45 min": how a job's times are written.
    static QString timeText(double seconds);

  private:
    void runProgressed();
    void runEnded(bool completed);
    void pollComparison();
    void display(const QString& text, double share);

    SimulationController& controller_;
    TwinRestaurants& twins_;
    QStatusBar* status_;
    QLabel* text_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    QTimer poll_;              ///< looks at a comparison running on another thread
    QElapsedTimer comparing_;  ///< since when one runs: a quick one is never shown
};

}  // namespace bistro::gui
