#pragma once
// One restaurant's insight cards and loads (the insight panel has one column per
// side). It follows its controller's clock with its own InsightTracker, looking
// a few times a second while the clock runs, at once when it is stepped.

#include <QElapsedTimer>
#include <QWidget>
#include <vector>

#include "bistro/sim/insights.hpp"

class QLabel;
class QVBoxLayout;

namespace bistro::gui {

class LoadBar;
class SimulationController;

class InsightColumn : public QWidget {
    Q_OBJECT

  public:
    InsightColumn(SimulationController& controller, QWidget* parent);

    void setController(SimulationController& controller);
    /// A title over the column (compare mode: what this side is); empty hides it.
    void setTitle(const QString& title);
    const std::vector<Insight>& cards() const { return tracker_.cards(); }
    QStringList sentences() const { return sentences_; }
    QString loadText(bool kitchen) const;
    void showMe(int card);
    void refresh();

  signals:
    void showMeRequested(const bistro::InsightFocus& focus);

  protected:
    void changeEvent(QEvent* event) override;  ///< a new language: the words again

  private:
    void onFrame();
    void restart();
    void showLoads();
    void showCards();
    QWidget* makeCard(const Insight& card, int index);

    SimulationController* controller_;
    InsightTracker tracker_;
    QElapsedTimer since_look_;
    QLabel* title_;
    QLabel* waiters_load_;
    QLabel* kitchen_load_;
    LoadBar* waiters_bar_;
    LoadBar* kitchen_bar_;
    QLabel* status_;
    QVBoxLayout* card_list_;
    QStringList sentences_;
};

/// A bar of rho from 0 to 2 with a mark at the stability limit 1.
class LoadBar : public QWidget {
  public:
    explicit LoadBar(QWidget* parent);
    void setRho(double rho);
    QSize sizeHint() const override { return {200, 12}; }

  protected:
    void paintEvent(QPaintEvent*) override;

  private:
    double rho_ = 0.0;
};

}  // namespace bistro::gui
