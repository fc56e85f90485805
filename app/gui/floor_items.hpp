#pragma once
// The graphics items of the floor. Each draws one part of a snapshot; none of
// them touches the model. Scene units are centimetres (1 m = 100).

#include <QGraphicsItem>

#include "bistro/sim/floor.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

inline constexpr double cm = 100.0;  // scene units per metre
inline QPointF scene_point(Point p) {
    return {p.x * cm, p.y * cm};
}

/// Walls, floor, corridor, door and kitchen outline: drawn once, cached.
class RoomItem : public QGraphicsItem {
  public:
    explicit RoomItem(const FloorPlan& plan);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;

  private:
    const FloorPlan& plan_;
};

class TableItem : public QGraphicsItem {
  public:
    TableItem(const TablePlace& place, int id);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    void show(const TableView& view, double now);
    int id() const { return id_; }
    std::int64_t party() const { return view_.party; }

  private:
    /// The ring and the minutes of a waiting party: they change every few seconds, so
    /// they are their own small item and the table under them is not painted again.
    class WaitMark : public QGraphicsItem {
      public:
        WaitMark(double half_w, QGraphicsItem* parent);
        QRectF boundingRect() const override;
        void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
        void show(bool waiting, double waited);

      private:
        double half_w_;
        bool waiting_ = false;
        double waited_ = 0;
        std::uint64_t look_ = 0;
    };

    TablePlace place_;
    int id_;
    TableView view_;
    std::uint64_t look_ = 0;  // what is drawn; repainted only when it changes
    WaitMark* mark_;
};

class WaiterItem : public QGraphicsItem {
  public:
    explicit WaiterItem(int id);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    void show(const WaiterView& view, double now);
    int id() const { return id_; }
    void setHighlighted(bool on);

  private:
    int id_;
    WaiterView view_;
    double now_ = 0;
    bool highlighted_ = false;
    std::uint64_t look_ = 0;  // what is drawn; moving alone reuses the cached picture
};

/// The kitchen: ticket rail (queue), cooks at work, and the pass with dishes cooling.
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

/// The door and the queue of parties outside it, with their patience running out.
class DoorItem : public QGraphicsItem {
  public:
    explicit DoorItem(const FloorPlan& plan);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    struct Leaving {
        double since;
        int size;
    };
    void show(const std::vector<DoorView>& door, std::uint64_t lost, double now,
              std::vector<Leaving> leaving);
    std::int64_t partyAt(QPointF scene) const;

  private:
    QPointF slot(std::size_t i) const;
    const FloorPlan& plan_;
    std::uint64_t look_ = 0;
    std::vector<DoorView> door_;
    std::vector<Leaving> leaving_;
    std::uint64_t lost_ = 0;
    double now_ = 0;
};

}  // namespace bistro::gui
