#pragma once
// A frame around one thing on the floor: the keyboard's place (a thick ring with a
// white edge, the floor's focus ring) or what is selected (a dashed one), so a
// table picked in the event log or by the arrows shows where it is.

#include <QGraphicsItem>

namespace bistro::gui {

class MarkItem : public QGraphicsItem {
  public:
    enum class Kind { keyboard, selection };
    explicit MarkItem(Kind kind);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    /// Frames `target` (scene coordinates), or nothing when it is empty.
    void setTarget(const QRectF& target, bool round);
    QRectF target() const { return target_; }

  private:
    Kind kind_;
    QRectF target_;
    bool round_ = false;
};

}  // namespace bistro::gui
