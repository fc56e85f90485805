#include "bistro/gui/plots/time_series.hpp"

#include <algorithm>
#include <cmath>

namespace bistro::gui {

TimeSeries::TimeSeries(Merge merge, int capacity, double spacing)
    : merge_(merge), capacity_(capacity), initial_spacing_(spacing), spacing_(spacing) {
    points_.reserve(capacity + 1);
}

void TimeSeries::add(double t, double y) {
    max_y_ = std::max(max_y_, y);
    if (!points_.isEmpty() &&
        std::floor(points_.back().x() / spacing_) == std::floor(t / spacing_)) {
        QPointF& last = points_.back();
        if (merge_ == Merge::last || y >= last.y()) last = {t, y};
        return;
    }
    points_.append({t, y});
    if (points_.size() > capacity_) halve();
}

void TimeSeries::halve() {
    spacing_ *= 2;
    qsizetype out = 0;
    for (qsizetype i = 0; i < points_.size(); ++i) {
        const QPointF p = points_[i];
        if (out > 0 &&
            std::floor(points_[out - 1].x() / spacing_) == std::floor(p.x() / spacing_)) {
            QPointF& kept = points_[out - 1];
            if (merge_ == Merge::last || p.y() >= kept.y()) kept = p;
        } else {
            points_[out++] = p;
        }
    }
    points_.resize(out);
}

void TimeSeries::clear() {
    points_.clear();
    spacing_ = initial_spacing_;
    max_y_ = 0.0;
}

}  // namespace bistro::gui
