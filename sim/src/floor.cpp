#include "bistro/sim/floor.hpp"

#include <algorithm>
#include <cmath>

namespace bistro {

Route::Route(Point from, Point to, double corridor_y) {
    points_[count_++] = from;
    if (from.x != to.x) {
        // Different aisles: down to the corridor, along it, and up the other aisle.
        if (from.y != corridor_y) points_[count_++] = {from.x, corridor_y};
        if (to.y != corridor_y) points_[count_++] = {to.x, corridor_y};
    }
    points_[count_++] = to;
    for (std::size_t i = 1; i < count_; ++i)
        length_ +=
            std::abs(points_[i].x - points_[i - 1].x) + std::abs(points_[i].y - points_[i - 1].y);
}

Point Route::at(double distance) const {
    if (distance <= 0.0) return points_[0];
    for (std::size_t i = 1; i < count_; ++i) {
        const Point a = points_[i - 1];
        const Point b = points_[i];
        const double leg = std::abs(b.x - a.x) + std::abs(b.y - a.y);
        if (distance <= leg && leg > 0.0) {
            const double f = distance / leg;
            return {a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f};
        }
        distance -= leg;
    }
    return points_[count_ - 1];
}

FloorPlan::FloorPlan(int tables_for_two, int tables_for_four) {
    const int n = std::max(0, tables_for_two) + std::max(0, tables_for_four);
    // Roughly 3 columns for every 2 rows, so the room is wider than deep, like a screen.
    const int rows = std::max(1, static_cast<int>(std::ceil(std::sqrt(n / 1.5))));
    const int columns = std::max(1, (n + rows - 1) / rows);
    constexpr double margin = 2.0;
    corridor_y_ = margin + rows * row_pitch + 0.6;
    for (int i = 0; i < n; ++i) {
        // Fours at the back, twos nearer the corridor, as restaurants usually do.
        const int seats = i < tables_for_four ? 4 : 2;
        const int column = i % columns;
        const int row = i / columns;
        const Point centre{margin + 1.0 + column * column_pitch, margin + row * row_pitch};
        tables_.push_back({seats, centre, {centre.x + 1.4, centre.y}});
    }
    width_ = columns * column_pitch + 3.1;  // the last aisle, and as much room as on the left
    height_ = corridor_y_ + 3.0;
    door_ = {0.5, corridor_y_};
    pass_ = {width_ / 2.0 + 0.01, corridor_y_ + 1.2};
}

}  // namespace bistro
