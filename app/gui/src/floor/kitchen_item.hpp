#pragma once
// The kitchen: ticket rail (queue), cooks at work (black: the kitchen is I/O; a
// burnt dish again in charred brown; one being let go faded, "leaving"), and the
// pass with dishes cooling.

#include <QGraphicsItem>
#include <cstdint>
#include <vector>

#include "bistro/sim/floor.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

struct FloorStyle;

class KitchenItem : public QGraphicsItem {
  public:
    KitchenItem(const FloorPlan& plan, const FloorStyle& style);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    void show(const Snapshot& snapshot);
    /// The party of the dish drawn at a scene point, or -1.
    std::int64_t partyAt(QPointF scene) const;
    /// What is drawn at a scene point, for its tooltip: a cook (its id), a dish at
    /// the pass (its place in the snapshot's pass), or the ticket rail.
    struct Spot {
        enum class Kind { none, cook, pass_dish, rail } kind = Kind::none;
        int index = -1;
    };
    Spot spotAt(QPointF scene) const;
    /// The ticket rail with its title and slots, in scene coordinates.
    QRectF railSceneRect() const;
    /// Where the dish in place `i` of the pass is drawn, in scene coordinates.
    QRectF passDishSceneRect(std::size_t i) const;
    void setHighlightedParty(std::int64_t party) { highlighted_ = party; }
    void restyle();  ///< the view's size, zoom or palette changed
    /// Where cook `id` is drawn, in scene coordinates (empty if it is not in the kitchen).
    QRectF cookSceneRect(int id) const;
    QRectF cookDiscSceneRect(int id) const;

  private:
    QRectF passSlot(std::size_t i) const;
    QRectF railSlot(std::size_t i) const;
    QRectF railArea() const;
    QRectF cookRect(std::size_t i) const;  ///< a cook's corner, painted on its own
    /// Where the cooks stand: one row, or two when one would shrink them.
    struct CookRows {
        int rows = 1, per_row = 1;
        double x0 = 0, step = 0, scale = 1;
    };
    CookRows cookRows() const;
    QPointF cookAt(std::size_t i) const;
    double cookScale() const;
    double noteWidth() const;  ///< of the widest note under a cook ("leaving")
    void paintPassAndRail(QPainter* p) const;
    void paintCook(QPainter* p, std::size_t i) const;
    void paintCookNote(QPainter* p, const CookView& c, QPointF top) const;
    const FloorPlan& plan_;
    const FloorStyle& style_;
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
