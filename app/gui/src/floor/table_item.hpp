#pragma once
// A table: its seats, the party at it with its state and plates, and how long a
// waiting party has waited.

#include <QGraphicsItem>
#include <cstdint>

#include "bistro/sim/floor.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

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

    void paintSeats(QPainter* p, double half_h) const;

    TablePlace place_;
    int id_;
    TableView view_;
    std::uint64_t look_ = 0;  // what is drawn; repainted only when it changes
    WaitMark* mark_;
};

}  // namespace bistro::gui
