#pragma once
// Walls, floor, corridor, door and kitchen outline: drawn once, cached. Like every
// item of the floor it draws part of a snapshot and never touches the model;
// scene units are centimetres (1 m = 100).

#include <QGraphicsItem>

#include "bistro/sim/floor.hpp"

namespace bistro::gui {

struct FloorStyle;

class RoomItem : public QGraphicsItem {
  public:
    RoomItem(const FloorPlan& plan, const FloorStyle& style);
    void restyle() { update(); }
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;

  private:
    const FloorPlan& plan_;
    const FloorStyle& style_;
};

}  // namespace bistro::gui
