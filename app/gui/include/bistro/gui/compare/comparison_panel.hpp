#pragma once
// The paired difference of compare mode, live and replicated, in plain words and
// as an interval.

#include <QElapsedTimer>
#include <QString>
#include <QTextBrowser>
#include <vector>

#include "bistro/gui/plots/wait_split_bars.hpp"

namespace bistro::gui {

class TwinRestaurants;

class ComparisonPanel : public QTextBrowser {
    Q_OBJECT

  public:
    explicit ComparisonPanel(TwinRestaurants& twins, QWidget* parent = nullptr);
    /// Where the waiting went on each side, as the bars show it.
    std::vector<WaitSplitRow> splitRows() const;

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    void refresh();
    void display(const QString& html);  ///< only when it differs from what is shown
    QString onScreenHtml() const;       ///< the live means of the pair on screen
    QString resultHtml() const;         ///< the replicated comparison, or why there is none yet
    int pictureWidth() const;           ///< of the interval's picture
    int splitHeight() const;
    QImage splitPicture() const;

    TwinRestaurants& twins_;
    QString html_;
    QElapsedTimer since_;  // since the last refresh
    bool pending_ = false;
};

}  // namespace bistro::gui