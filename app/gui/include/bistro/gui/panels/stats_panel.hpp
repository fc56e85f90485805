#pragma once
// Live numbers beside the floor, big enough to read from the back of a room,
// and the legend of waiter states.

#include <QWidget>
#include <utility>
#include <vector>

class QLabel;

namespace bistro::gui {

class SimulationController;

class StatsPanel : public QWidget {
    Q_OBJECT

  public:
    explicit StatsPanel(SimulationController& controller, QWidget* parent = nullptr);
    QString text(const QString& name) const;  ///< a number as shown (for tests)

  public slots:
    void refresh();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();  ///< the captions and their tips, in the interface's language
    void word(QLabel* value, const QString& caption, const QString& tip);
    void nameNumbers();  ///< "waiters busy: 71%" for screen readers, as each number changes
    std::vector<std::pair<QLabel*, QLabel*>> numbers_;  // each value and its caption
    QLabel* add(const QString& name, int row, int column);
    SimulationController& controller_;
    QLabel *served_, *lost_, *wait_food_, *wait_order_, *busy_, *blocked_, *kitchen_, *inside_;
    class WaitSplitBars* split_;
};

}  // namespace bistro::gui
