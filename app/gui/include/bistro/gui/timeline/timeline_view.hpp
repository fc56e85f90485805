#pragma once
// Waiter and cook timelines: a swimlane per waiter and per cook, like the thread
// timeline of a profiler. "Blocked at the pass" is a vermilion bar nobody misses;
// ticks mark the kitchen's bell.

#include <QWidget>
#include <deque>
#include <vector>

#include "bistro/gui/timeline/timeline_recorder.hpp"

namespace bistro::gui {

class SimulationController;

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
    /// Outlines one waiter's lane (the one selected on the floor or in the code); -1: none.
    void setHighlightedWaiter(int id);
    int highlightedWaiter() const { return highlighted_; }

  protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* e) override;
    bool event(QEvent* e) override;

  private:
    void retranslate();
    struct Lane {
        QString label;
        const std::deque<TimelineRecorder::Segment>* segments;
        bool cook;
        int id;
    };
    std::vector<Lane> lanes() const;
    int laneHeight(std::size_t lanes) const;
    double timeAt(int x) const;
    int xAt(double t) const;
    int plotWidth() const;
    long long pixelOf(double t) const;  ///< whole pixels since time 0
    void follow();                      ///< the clock moved: scroll, paint the new pixels
    void paintAxis(QPainter& p, double t0, double now) const;
    void paintBells(QPainter& p, double t0) const;
    /// Every lane from `t0` to `now`; returns the y under the last one.
    int paintLanes(QPainter& p, double t0, double now) const;
    void paintLane(QPainter& p, const Lane& lane, int y, int lane_h, double t0, double now) const;

    SimulationController& controller_;
    TimelineRecorder recorder_;
    double span_ = 30 * 60.0;
    int lane_count_ = 0;
    bool compact_ = false;
    int highlighted_ = -1;
    long long shown_px_ = -1;               // pixelOf(now) when last drawn; -1: draw everything
    static constexpr int fresh_strip = 80;  // painted anew each frame: labels, "now"
    static constexpr int lane_height = 20, label_width = 44, axis_height = 20, margin = 6;
};

}  // namespace bistro::gui
