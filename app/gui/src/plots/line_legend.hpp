#pragma once
// A plot's legend drawn as the lines themselves: each swatch is a stretch of the
// series' own pen (its colour, width and dash) or a patch of its fill, so a solid
// line, a dashed and a dotted one of the same colour read apart, as Qt Charts'
// identical squares do not. Entries flow over as many lines as the width needs.

#include <QCoreApplication>
#include <QList>
#include <QWidget>

#include "bistro/gui/plots/plot_view.hpp"

namespace bistro::gui {

class LineLegend : public QWidget {
    Q_DECLARE_TR_FUNCTIONS(LineLegend)

  public:
    explicit LineLegend(QWidget* parent);
    void setItems(const QList<LegendItem>& items);
    const QList<LegendItem>& items() const { return items_; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// Where each entry's swatch is drawn at this width (for tests, and for painting).
    QList<QRect> swatches(int width) const;
    static constexpr int swatch_width = 40;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    QList<QRect> places(int width) const;  ///< each whole entry: swatch and words

    QList<LegendItem> items_;
};

}  // namespace bistro::gui
