#pragma once
// The middle of the window: the floor, or in compare mode both floors under the
// comparison bar, each with a header naming its side and its waiters' lanes
// beneath; over them, a banner while a run has failed.

#include <QWidget>
#include <optional>

#include "bistro/gui/compare/contrast.hpp"

class QLabel;

namespace bistro::gui {

class CompareBar;
class FloorView;
class PresenterBar;
class SimulationController;
class TimelineView;
class TwinRestaurants;

class FloorArea : public QWidget {
    Q_OBJECT

  public:
    FloorArea(SimulationController& primary, TwinRestaurants& twins, QWidget* parent);

    FloorView& floor() { return *floor_; }
    FloorView& twinFloor() { return *twin_floor_; }
    CompareBar& compareBar() { return *compare_bar_; }
    const QLabel& failureBanner() const { return *failure_banner_; }

    /// Both restaurants side by side, or the main one alone.
    void setCompareMode(bool on);
    /// The headers say what each side is: "Synchronous waiters", "4 cooks"...
    void showContrast(const Contrast& c);
    /// Over the floors, why the run stopped; an empty text hides the banner.
    void showFailure(const QString& text);
    /// Outlines a selected waiter's lane under both floors (-1: none).
    void highlightWaiter(int id);
    /// Presenter mode's strip, over the floors (hidden at the desk).
    void setPresenterBar(PresenterBar* bar);
    /// Presenter mode: the strip over the floors, the projector's palette, and no
    /// compare bar nor lanes (only the floors and the big numbers).
    void setPresenting(bool on);

  protected:
    void changeEvent(QEvent* event) override;  ///< a new language: the headers again

  private:
    void showParts();  ///< what is visible in this mode
    /// One restaurant: its header (compare mode), its floor, and its waiters' lanes under it.
    QWidget* addPane(SimulationController& controller, QLabel*& header, FloorView*& floor,
                     TimelineView*& lanes);

    QLabel* failure_banner_;
    CompareBar* compare_bar_;
    FloorView* floor_;
    FloorView* twin_floor_;
    QWidget* twin_pane_;
    TimelineView* lanes_a_;
    TimelineView* lanes_b_;
    QLabel* header_a_;
    QLabel* header_b_;
    PresenterBar* presenter_bar_ = nullptr;
    std::optional<Contrast> shown_;  // what the headers say
    bool compare_ = false;
    bool presenting_ = false;
};

}  // namespace bistro::gui
