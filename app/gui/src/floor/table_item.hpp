#pragma once
// A table: its seats, the party at it with its state and plates, its name and,
// while the party waits, how long it has waited. The name and the minutes stand
// under the table, between the rows, where no waiter ever walks.

#include <QGraphicsItem>
#include <cstdint>

#include "bistro/sim/floor.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

struct FloorStyle;

class TableItem : public QGraphicsItem {
  public:
    TableItem(const TablePlace& place, int id, const FloorStyle& style);
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
    void show(const TableView& view, double now);
    void restyle();  ///< the view's size, zoom or palette changed
    int id() const { return id_; }
    std::int64_t party() const { return view_.party; }
    /// Where the table's name is written, in scene coordinates.
    QRectF labelRect() const;
    /// The name and, while a party waits, its minutes beside it (scene coordinates).
    QRectF captionRect() const;

  private:
    /// The ring and the minutes of a waiting party: they change every few seconds, so
    /// they are their own small item and the table under them is not painted again.
    class WaitMark : public QGraphicsItem {
      public:
        WaitMark(const TableItem& table, QGraphicsItem* parent);
        QRectF boundingRect() const override;
        void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override;
        void show(bool waiting, double waited);
        void restyle();

      private:
        const TableItem& table_;
        bool waiting_ = false;
        double waited_ = 0;
        std::uint64_t look_ = 0;
    };

    double halfWidth() const;  ///< of the table top, in scene units
    double badgeRadius() const;
    QRectF line() const;  ///< the line under the table: the name left, the minutes right
    void paintSeats(QPainter* p) const;

    TablePlace place_;
    int id_;
    const FloorStyle& style_;
    TableView view_;
    std::uint64_t look_ = 0;  // what is drawn; repainted only when it changes
    WaitMark* mark_;
};

}  // namespace bistro::gui
