#pragma once
// A waiter: a disc in the colour of its state with the state's icon, the progress
// of timed work, what it carries, and a pulsing halo while blocked at the pass;
// one being let go is drawn faded in a dashed ring, "leaving".

#include <QGraphicsItem>
#include <cstdint>

#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

struct FloorStyle;

class WaiterItem : public QGraphicsItem {
  public:
    WaiterItem(int id, const FloorStyle& style);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    void show(const WaiterView& view, double now);
    int id() const { return id_; }
    void setHighlighted(bool on);
    void restyle();  ///< the view's size, zoom or palette changed
    /// How much larger than at zoom 1 it is drawn (to keep its number readable).
    double scale() const;

  private:
    void paintHalo(QPainter* p) const;
    void paintBody(QPainter* p, const QColor& colour) const;
    void paintLoad(QPainter* p) const;  ///< plates, the ticket, "leaving"

    int id_;
    const FloorStyle& style_;
    WaiterView view_;
    double now_ = 0;
    bool highlighted_ = false;
    std::uint64_t look_ = 0;  // what is drawn; moving alone reuses the cached picture
};

}  // namespace bistro::gui
