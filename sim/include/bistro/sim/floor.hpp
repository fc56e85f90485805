#pragma once
// The floor plan in metres, generated from the table counts, and the routes
// waiters walk. Routes follow the aisles (down an aisle, along the corridor in
// front of the kitchen, up another aisle), so a drawn waiter never crosses a table.

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace bistro {

struct Point {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Point&, const Point&) = default;
};

/// One table: its seats, where it stands, and where a waiter stands to serve it.
struct TablePlace {
    int seats = 2;
    Point centre;
    Point service;  ///< in the aisle beside the table
};

/// A polyline of at most four points along aisles and the corridor.
class Route {
  public:
    Route(Point from, Point to, double corridor_y);
    double length() const { return length_; }
    /// The point `distance` metres along the route (clamped to its ends).
    Point at(double distance) const;

  private:
    std::array<Point, 4> points_{};
    std::size_t count_ = 0;
    double length_ = 0.0;
};

/// Door, tables and the kitchen pass. x grows to the right, y grows downwards;
/// the kitchen is at the bottom, the door at the bottom left.
class FloorPlan {
  public:
    FloorPlan(int tables_for_two, int tables_for_four);

    const std::vector<TablePlace>& tables() const { return tables_; }
    Point door() const { return door_; }
    Point pass() const { return pass_; }
    double corridor_y() const { return corridor_y_; }
    double width() const { return width_; }
    double height() const { return height_; }
    /// Walking distance between two points of the floor (along the aisles).
    /// The same sum, in the same order, as Route(a, b).length(), without building the route.
    double distance(Point a, Point b) const {
        if (a.x == b.x) return std::abs(b.y - a.y);
        return std::abs(corridor_y_ - a.y) + std::abs(b.x - a.x) + std::abs(b.y - corridor_y_);
    }
    Route route(Point a, Point b) const { return Route(a, b, corridor_y_); }

    static constexpr double column_pitch = 3.2;  ///< m between table columns
    static constexpr double row_pitch = 2.6;     ///< m between table rows

  private:
    std::vector<TablePlace> tables_;
    Point door_, pass_;
    double corridor_y_ = 0.0, width_ = 0.0, height_ = 0.0;
};

}  // namespace bistro
