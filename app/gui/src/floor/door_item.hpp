#pragma once
// The door and the queue of parties outside it, with their patience running out,
// and the parties that gave up walking away.

#include <QGraphicsItem>
#include <cstdint>
#include <vector>

#include "bistro/sim/floor.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

struct FloorStyle;

class DoorItem : public QGraphicsItem {
  public:
    DoorItem(const FloorPlan& plan, const FloorStyle& style);
    void restyle();  ///< the view's size, zoom or palette changed
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    struct Leaving {
        double since;
        int size;
    };
    void show(const std::vector<DoorView>& door, std::uint64_t lost, double now,
              std::vector<Leaving> leaving);
    std::int64_t partyAt(QPointF scene) const;
    /// The street the queue stands in, as the view frames it (not the text's reach).
    QRectF area() const;

  private:
    QPointF slot(std::size_t i) const;
    void paintWaiting(QPainter* p, const DoorView& d, QPointF at) const;
    void paintLeaving(QPainter* p, const Leaving& l, QPointF door) const;
    const FloorPlan& plan_;
    const FloorStyle& style_;
    std::uint64_t look_ = 0;
    std::vector<DoorView> door_;
    std::vector<Leaving> leaving_;
    std::uint64_t lost_ = 0;
    double now_ = 0;
};

}  // namespace bistro::gui
