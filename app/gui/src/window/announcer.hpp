#pragma once
// Tells screen readers what matters as it happens - a waiter blocks at the pass,
// an order is served, the comparison's verdict changes - when the user asks for
// it (View > Announce happenings). A live region: a label in the status bar whose
// name changes, with the accessibility event that makes a reader speak it. At
// speed, a second's happenings become one sentence ("... and 12 more").

#include <QElapsedTimer>
#include <QLabel>
#include <QStringList>
#include <QTimer>

namespace bistro::gui {

class SimulationController;
class TwinRestaurants;

class Announcer : public QLabel {
    Q_OBJECT

  public:
    Announcer(SimulationController& controller, TwinRestaurants& twins, QWidget* parent);
    void setOn(bool on);
    bool isOn() const { return on_; }
    /// What was said last (empty before the first announcement).
    QString lastAnnouncement() const { return said_; }
    static constexpr int interval_ms = 1500;  ///< at most one announcement this often

  signals:
    /// After the accessibility events went out (which a test cannot see without a reader).
    void announced(const QString& words);

  private:
    void note(const QString& words, bool urgent);
    void flush();
    bool isNew(double time);  ///< a re-simulation after a seek tells old news again

    SimulationController& controller_;
    QStringList pending_;
    QString said_, verdict_;
    QTimer timer_;
    double heard_until_ = -1;
    bool on_ = false;
};

}  // namespace bistro::gui
