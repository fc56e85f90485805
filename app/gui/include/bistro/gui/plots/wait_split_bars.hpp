#pragma once
// Where the waiting went: one stacked bar per restaurant, each party's waiting
// split by its cause (WaitCause), per party, the parties still waiting with
// their time so far. The blocked waiters' part is vermilion, like a blocked
// waiter on the floor.

#include <QColor>
#include <QString>
#include <QWidget>
#include <vector>

#include "bistro/sim/entities.hpp"

class QPainter;

namespace bistro::gui {

class SimulationController;

struct WaitSplitRow {
    QString name;  ///< "sync", or empty for a lone restaurant
    QColor colour;
    WaitParts per_party{};  ///< seconds a party, by cause
    std::uint64_t parties = 0;
};

/// The row of a running restaurant, from its statistics and the waits going on.
WaitSplitRow waitSplitOf(const SimulationController& c, const QString& name, const QColor& colour);

/// Paints the bars in `area` on one scale, and a legend of the causes that occur.
/// Returns the height it needed (it paints nothing below that).
double paintWaitSplit(QPainter& p, const QRectF& area, const std::vector<WaitSplitRow>& rows,
                      const QFont& font);
/// The height paintWaitSplit needs for these rows at this width.
double waitSplitHeight(const std::vector<WaitSplitRow>& rows, double width, const QFont& font);

/// The bars as a widget, following controllers frame by frame.
class WaitSplitBars : public QWidget {
    Q_OBJECT

  public:
    explicit WaitSplitBars(QWidget* parent = nullptr);
    /// Follows these restaurants (named and coloured in compare mode).
    void follow(std::vector<const SimulationController*> restaurants, std::vector<QString> names,
                std::vector<QColor> colours);
    const std::vector<WaitSplitRow>& rows() const { return rows_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {120, 40}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

  public slots:
    void refresh();

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    std::vector<const SimulationController*> restaurants_;
    std::vector<QString> names_;
    std::vector<QColor> colours_;
    std::vector<WaitSplitRow> rows_;
};

}  // namespace bistro::gui
