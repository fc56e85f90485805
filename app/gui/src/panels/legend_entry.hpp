#pragma once
// One row of a legend: a state's colour, its icon and its name, drawn as the
// floor draws it (a waiter's state, a party's badge, a cook).

#include <QWidget>
#include <functional>
#include <utility>

#include "bistro/sim/entities.hpp"

namespace bistro::gui {

class LegendEntry : public QWidget {
  public:
    LegendEntry(WaiterState s, QWidget* parent);
    LegendEntry(PartyState s, QWidget* parent);
    /// Its name and tooltip, in the interface's language: asked again on a change of language.
    using Words = std::function<std::pair<QString, QString>()>;
    /// A disc of `colour` with `icon` drawn on it in `ink`, and its words.
    LegendEntry(QColor colour, std::function<void(QPainter&, const QRectF&)> icon, Words words,
                QWidget* parent);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

  protected:
    void paintEvent(QPaintEvent*) override;
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    QColor colour_;
    std::function<void(QPainter&, const QRectF&)> icon_;
    Words words_;
    QString name_;
};

}  // namespace bistro::gui
