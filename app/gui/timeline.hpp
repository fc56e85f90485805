#pragma once
// Waiter and cook timelines: a swimlane per waiter and per cook, like the thread
// timeline of a profiler. "Blocked at the pass" is a vermilion bar nobody misses;
// ticks mark the kitchen's bell. Under the lanes: the waiters' task queue now
// (the event loop's queue) and the ticket rail.

#include <QPointer>
#include <QWidget>
#include <deque>
#include <map>

#include "story_book.hpp"

class QLabel;

namespace bistro::gui {

class SimulationController;

/// Keeps the recent history of every waiter's and cook's state (bounded: older
/// than `keep` seconds of simulated time is forgotten).
class TimelineRecorder : public HistoryListener {
  public:
    static constexpr double keep = 4 * 3600.0;

    struct Segment {
        double start = 0;
        int state = 0;  // WaiterState; for cooks 0 idle, 1 cooking, 2 re-cooking
        std::int64_t party = -1;
        int table = -1;
        int item = -1;
    };
    void on_happening(const Happening& h) override;
    void clear() override;
    void forgetBefore(double t);

    const std::map<int, std::deque<Segment>>& waiters() const { return waiters_; }
    const std::map<int, std::deque<Segment>>& cooks() const { return cooks_; }
    const std::deque<double>& bells() const { return bells_; }

  private:
    std::map<int, std::deque<Segment>> waiters_, cooks_;
    std::deque<double> bells_;
};

class TimelineView : public QWidget {
    Q_OBJECT

  public:
    explicit TimelineView(SimulationController& controller, QWidget* parent = nullptr);
    ~TimelineView() override;

    double span() const { return span_; }
    void setSpan(double seconds);  ///< visible window of simulated time, 1 min to 4 h
    const TimelineRecorder& recorder() const { return recorder_; }
    /// The text of the tooltip at a point (for tests and people).
    QString describeAt(QPoint p) const;
    QSize sizeHint() const override;
    /// Waiters only, lanes as thin as the height allows: under a floor in compare mode.
    void setCompact(bool on);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* e) override;
    bool event(QEvent* e) override;

  private:
    struct Lane {
        QString label;
        const std::deque<TimelineRecorder::Segment>* segments;
        bool cook;
    };
    std::vector<Lane> lanes() const;
    int laneHeight(std::size_t lanes) const;
    double timeAt(int x) const;
    int xAt(double t) const;
    int plotWidth() const;
    long long pixelOf(double t) const;  ///< whole pixels since time 0
    void follow();                      ///< the clock moved: scroll, paint the new pixels

    SimulationController& controller_;
    QPointer<SimulationController> alive_;
    TimelineRecorder recorder_;
    double span_ = 30 * 60.0;
    int lane_count_ = 0;
    bool compact_ = false;
    long long shown_px_ = -1;               // pixelOf(now) when last drawn; -1: draw everything
    static constexpr int fresh_strip = 80;  // painted anew each frame: labels, "now"
    static constexpr int lane_height = 20, label_width = 44, axis_height = 20, margin = 6;
};

/// The timelines with the queues beneath them.
class TimelinePanel : public QWidget {
    Q_OBJECT

  public:
    explicit TimelinePanel(SimulationController& controller, QWidget* parent = nullptr);
    TimelineView& view() { return *view_; }
    QString queueText() const;

  private:
    void refresh();
    SimulationController& controller_;
    TimelineView* view_;
    QLabel* queue_;
};

}  // namespace bistro::gui
