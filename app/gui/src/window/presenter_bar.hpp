#pragma once
// Presenter mode's strip over the floors, in type to read from the back of a
// classroom: the clock, a few big numbers for each restaurant, the verdict of a
// comparison, and the line of the waiters' program most of them are at.

#include <QString>
#include <QWidget>
#include <array>

#include "bistro/gui/code/listing.hpp"

class QLabel;

namespace bistro::gui {

class CodePanel;
class SimulationController;
class TwinRestaurants;

class PresenterBar : public QWidget {
    Q_OBJECT

  public:
    PresenterBar(TwinRestaurants& twins, const CodePanel& code, QWidget* parent);
    void refresh();
    QString text() const;  ///< all it shows, in one string (for tests)

  protected:
    void changeEvent(QEvent* event) override;  ///< a new language: the tooltips and numbers

  private:
    void retranslate();
    struct Side {
        QLabel* numbers = nullptr;
        QLabel* code = nullptr;
        QString path;  // of the listing read
        Listing listing;
    };
    QString numbersOf(SimulationController& c) const;
    QString codeLineOf(SimulationController& c, Side& side) const;

    TwinRestaurants& twins_;
    const CodePanel& code_;
    QLabel* clock_;
    QLabel* verdict_;
    std::array<Side, 2> sides_;
};

}  // namespace bistro::gui
