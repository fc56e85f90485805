#pragma once
// The timelines with the queues beneath them: the waiters' task queue now (the
// event loop's queue) and the ticket rail.

#include <QWidget>

class QLabel;

namespace bistro::gui {

class SimulationController;
class TimelineView;

class TimelinePanel : public QWidget {
    Q_OBJECT

  public:
    explicit TimelinePanel(SimulationController& controller, QWidget* parent = nullptr);
    TimelineView& view() { return *view_; }
    QString queueText() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    void refresh();
    SimulationController& controller_;
    TimelineView* view_;
    QLabel* queue_;
};

}  // namespace bistro::gui
