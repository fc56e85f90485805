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
#include "bistro/sim/run_statistics.hpp"

class QPainter;

namespace bistro::gui {

class SimulationController;

struct WaitSplitRow {
    QString name;  ///< "sync", or empty for a lone restaurant
    QColor colour;
    WaitParts per_party{};  ///< seconds a party, by cause
};

/// The row of a running restaurant, from its statistics and the waits going on now.
WaitSplitRow waitSplitOf(const SimulationController& c, const OpenWaits& open, const QString& name,
                         const QColor& colour);

/// Paints the bars in `area` on one scale, and a legend of the causes that occur.
void paintWaitSplit(QPainter& p, const QRectF& area, const std::vector<WaitSplitRow>& rows,
                    const QFont& font);
/// The height paintWaitSplit needs for `rows` bars at this width, with room in the
/// legend for every cause: steady, however the waits change.
double waitSplitHeight(std::size_t rows, double width, const QFont& font);

/// The bars as a widget.
class WaitSplitBars : public QWidget {
    Q_OBJECT

  public:
    explicit WaitSplitBars(QWidget* parent = nullptr);
    /// Shows these rows (one for a lone restaurant).
    void setRows(std::vector<WaitSplitRow> rows);
    const std::vector<WaitSplitRow>& rows() const { return rows_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {120, 40}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    std::vector<WaitSplitRow> rows_;
};

}  // namespace bistro::gui
