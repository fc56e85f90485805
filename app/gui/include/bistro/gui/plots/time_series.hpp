#pragma once
// A quantity over simulated time with bounded memory: however long a run goes,
// it keeps at most a fixed number of points (neighbours merge and the spacing
// doubles).

#include <QList>
#include <QPointF>

namespace bistro::gui {

class TimeSeries {
  public:
    enum class Merge { last, max };  ///< what a point keeps of the samples it stands for
    /// A plot is a few hundred pixels wide: more points would not show, only cost.
    static constexpr int default_capacity = 400;
    explicit TimeSeries(Merge merge, int capacity = default_capacity, double spacing = 5.0);

    /// A sample at time t (seconds, never decreasing).
    void add(double t, double y);
    void clear();
    /// x: simulated seconds, y: the value.
    const QList<QPointF>& points() const { return points_; }
    double maxY() const { return max_y_; }

  private:
    void halve();

    Merge merge_;
    int capacity_;
    double initial_spacing_, spacing_;
    double max_y_ = 0.0;
    QList<QPointF> points_;
};

}  // namespace bistro::gui
