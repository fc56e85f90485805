#pragma once
// The restaurant, drawn from the controller's snapshot every frame; scaled to
// fit the widget. Clicking a waiter, table or dish selects it for the inspector.

#include <QGraphicsView>
#include <map>
#include <memory>

#include "floor_items.hpp"

namespace bistro::gui {

class SimulationController;

/// What a click picked on the floor.
struct Selection {
    enum class Kind { none, waiter, party, table } kind = Kind::none;
    std::int64_t id = -1;
    friend bool operator==(const Selection&, const Selection&) = default;
};

class FloorView : public QGraphicsView {
    Q_OBJECT

  public:
    explicit FloorView(SimulationController& controller, QWidget* parent = nullptr);
    ~FloorView() override;

    void refresh();  ///< draw the current snapshot
    void rebuild();  ///< the floor plan changed: new items
    void select(Selection s);
    Selection selection() const { return selection_; }

  signals:
    void selected(bistro::gui::Selection s);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

  private:
    void fit();

    SimulationController& controller_;
    QGraphicsScene scene_;
    std::unique_ptr<FloorPlan> plan_;
    RoomItem* room_ = nullptr;
    KitchenItem* kitchen_ = nullptr;
    DoorItem* door_ = nullptr;
    std::vector<TableItem*> tables_;
    std::map<int, WaiterItem*> waiters_;
    Selection selection_;
};

}  // namespace bistro::gui
