#pragma once
// What an insight card's "Show me" points at: thick outlines around the waiters,
// the kitchen or the door, over everything else on the floor.

#include <QGraphicsItem>
#include <vector>

namespace bistro::gui {

class SpotlightItem : public QGraphicsItem {
  public:
    SpotlightItem();
    QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    /// Outlines these scene rectangles (none: nothing is drawn); round ones for waiters.
    void setTargets(std::vector<QRectF> boxes, std::vector<QRectF> rings);
    bool isLit() const { return !boxes_.empty() || !rings_.empty(); }

  private:
    std::vector<QRectF> boxes_, rings_;
    QRectF bounds_;
};

}  // namespace bistro::gui
