#pragma once
// The kitchen: ticket rail (queue), cooks at work, and the pass with dishes cooling.

#include <QGraphicsItem>
#include <cstdint>
#include <vector>

#include "bistro/sim/floor.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

class KitchenItem : public QGraphicsItem {
  public:
    explicit KitchenItem(const FloorPlan& plan);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    void show(const Snapshot& snapshot);
    /// The party of the dish drawn at a scene point, or -1.
    std::int64_t partyAt(QPointF scene) const;
    void setHighlightedParty(std::int64_t party) { highlighted_ = party; }

  private:
    QRectF passSlot(std::size_t i) const;
    QRectF railSlot(std::size_t i) const;
    QRectF cookRect(std::size_t i) const;  ///< a cook's corner, painted on its own
    QPointF cookAt(std::size_t i) const;
    void paintPassAndRail(QPainter* p) const;
    void paintCook(QPainter* p, std::size_t i) const;
    const FloorPlan& plan_;
    QRectF area_;
    std::vector<CookView> cooks_;
    std::vector<DishView> queue_, pass_;
    double now_ = 0;
    std::int64_t highlighted_ = -1;
    // What was drawn, quantised: only what changes is painted again.
    std::uint64_t rail_and_pass_look_ = 0;
    std::vector<std::uint64_t> cook_looks_;
};

}  // namespace bistro::gui
