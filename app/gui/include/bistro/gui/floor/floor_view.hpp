#pragma once
// The restaurant, drawn from the controller's snapshot every frame; scaled to
// fill the widget, with its text never under 12 px (times the zoom) however small
// the floor is drawn. Clicking a waiter, table or dish selects it for the inspector.

#include <QGraphicsScene>
#include <QGraphicsView>
#include <map>
#include <memory>
#include <vector>

#include "bistro/gui/floor/selection.hpp"
#include "bistro/sim/floor.hpp"
#include "bistro/sim/insights.hpp"

namespace bistro::gui {

class Crowd;
class DoorItem;
struct FloorStyle;
class KitchenItem;
class MarkItem;
class RoomItem;
class SpotlightItem;
class SimulationController;
class TableItem;
class WaiterItem;

class FloorView : public QGraphicsView {
    Q_OBJECT

  public:
    explicit FloorView(SimulationController& controller, QWidget* parent = nullptr);
    ~FloorView() override;

    void refresh();  ///< draw the current snapshot
    void rebuild();  ///< the floor plan changed: new items
    void select(Selection s);
    Selection selection() const { return selection_; }
    /// Outlines what an insight card is about for a few seconds ("Show me").
    void spotlight(const InsightFocus& focus);
    const InsightFocus& spotlit() const { return spotlit_; }  ///< empty when nothing is lit
    /// The keyboard's place on the floor (a waiter or a table): arrows move it, Enter
    /// selects what is there. Shown by a ring while the floor has the keyboard focus.
    Selection keyboardPlace() const { return cursor_; }
    void setKeyboardPlace(Selection s);
    /// Where a selection or the cursor is framed on the floor (empty: nowhere).
    QRectF markOf(Selection s) const;
    QRectF selectionMark() const;

    /// Text and badges grow with the zoom (Ctrl+plus); 1 is the desk's size.
    void setZoom(double zoom);
    double zoom() const;
    /// Presenter mode: the projector's palette (darker ink, outlined badges).
    void setProjector(bool on);
    bool projector() const;
    /// The height, in pixels on screen, of the smallest text drawn on the floor.
    double smallestTextPixels() const;
    /// Where things are drawn, in scene coordinates (empty if there is no such thing).
    QRectF waiterRect(int id) const;
    QRectF tableLabelRect(int table) const;
    QRectF cookRect(int id) const;
    QRectF cookDiscRect(int id) const;  ///< the cook's disc and its progress ring
    QRectF railRect() const;
    QRectF passDishRect(std::size_t i) const;  ///< the dish in place i of the snapshot's pass

    /// What the tooltip says at a point of the viewport: the waiter, table, dish at
    /// the pass, cook or ticket rail there, doing what now and why (FloorWords);
    /// empty over nothing of these.
    QStringList toolTipAt(QPoint viewportPos) const;
    /// The tooltip as shown: the headline in bold, at toolTipPixels().
    QString toolTipHtml(const QStringList& lines) const;
    /// The tooltip's text height in pixels: the window's text, larger, times the zoom.
    int toolTipPixels() const;

  signals:
    void selected(bistro::gui::Selection s);
    /// A person picked something here (a click, or Enter on the cursor), not a mirror.
    void picked(bistro::gui::Selection s);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;          ///< arrows and Enter stay here, not the step keys
    bool viewportEvent(QEvent* event) override;  ///< tooltips (floor_tips.cpp)
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

  private:
    void fit();
    void restyle();  ///< after a resize, a zoom or a change of palette
    void placeSpotlight();
    void placeMarks();
    void moveCursor(QPointF direction);
    QPointF centreOf(Selection s) const;  ///< scene position; NaN when it is not on the floor
    QString describe(Selection s) const;  ///< "Table T3: a party of 2, waiting for food"
    void showWaiters();

    SimulationController& controller_;
    std::unique_ptr<FloorStyle> style_;
    std::unique_ptr<Crowd> crowd_;
    QGraphicsScene scene_;
    std::unique_ptr<FloorPlan> plan_;
    RoomItem* room_ = nullptr;
    KitchenItem* kitchen_ = nullptr;
    DoorItem* door_ = nullptr;
    std::vector<TableItem*> tables_;
    std::map<int, WaiterItem*> waiters_;
    Selection selection_;
    SpotlightItem* spotlight_ = nullptr;
    MarkItem* cursor_mark_ = nullptr;
    MarkItem* selection_mark_ = nullptr;
    Selection cursor_;
    InsightFocus spotlit_;
    int spotlight_generation_ = 0;  // a newer "Show me" outlives the older one's timer
};

}  // namespace bistro::gui
