#pragma once
// The transport bar: play/pause, step, step back, reset, speed, the clock, a
// timeline to scrub, the seed, and "run until".

#include <QToolBar>

class QLabel;
class QPushButton;
class QLineEdit;
class QSlider;
class QToolButton;

namespace bistro::gui {

class SimulationController;

class ControlBar : public QToolBar {
    Q_OBJECT

  public:
    ControlBar(SimulationController& controller, QWidget* parent = nullptr);

    /// Speed slider position <-> speed: round steps 0.25, 0.5, 1, 2, 5, 10, ... 1000x.
    static double speedAt(int position);
    static int positionOf(double speed);  ///< the nearest step
    static int speedSteps();

    QAction* playAction() const { return play_; }
    QAction* stepAction() const { return step_; }
    QAction* stepBackAction() const { return back_; }
    QAction* resetAction() const { return reset_; }
    QSlider* timeline() const { return timeline_; }
    QSlider* speedSlider() const { return speed_; }

  public slots:
    void refresh();
    /// Pauses at the time the text names ("45m", "1h30m"); false (with a hint) if it names none.
    bool runUntil(const QString& text);

  signals:
    /// Enter in the seed or "run until" field: the keys go back to the window (Space plays).
    void entryFinished();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();   ///< every word the bar shows, in the interface's language
    void addTransport();  ///< reset, step back, play, step
    void addClock();      ///< the clock and the timeline to scrub
    void addSpeed();
    void addSeed();
    void addRunUntil();

    SimulationController& controller_;
    QAction *play_, *step_, *back_, *reset_;
    QSlider *speed_, *timeline_;
    QLabel *speed_label_, *clock_, *speed_caption_, *seed_caption_, *until_caption_;
    QPushButton* fresh_;
    QLineEdit *seed_, *until_;
    bool shows_pause_ = false;
};

}  // namespace bistro::gui
