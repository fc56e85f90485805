#pragma once
// One row of a legend: a state's colour, its icon and its name, drawn as the
// floor draws it (a waiter's state, a party's badge, a cook).

#include <QWidget>
#include <functional>

#include "bistro/sim/entities.hpp"

namespace bistro::gui {

class LegendEntry : public QWidget {
  public:
    LegendEntry(WaiterState s, QWidget* parent);
    LegendEntry(PartyState s, QWidget* parent);
    /// A disc of `colour` with `icon` drawn on it in `ink`, and its name.
    LegendEntry(QColor colour, std::function<void(QPainter&, const QRectF&)> icon,
                const QString& name, const QString& tip, QWidget* parent);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

  protected:
    void paintEvent(QPaintEvent*) override;

  private:
    QColor colour_;
    std::function<void(QPainter&, const QRectF&)> icon_;
    QString name_;
};

}  // namespace bistro::gui
