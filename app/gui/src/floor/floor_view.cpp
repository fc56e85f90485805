#include "bistro/gui/floor/floor_view.hpp"

#include <QMouseEvent>
#include <QTimer>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "floor/crowd.hpp"
#include "floor/door_item.hpp"
#include "floor/kitchen_item.hpp"
#include "floor/mark_item.hpp"
#include "floor/room_item.hpp"
#include "floor/scene.hpp"
#include "floor/spotlight_item.hpp"
#include "floor/table_item.hpp"
#include "floor/waiter_item.hpp"

namespace bistro::gui {

FloorView::FloorView(SimulationController& controller, QWidget* parent)
    : QGraphicsView(parent),
      controller_(controller),
      style_(std::make_unique<FloorStyle>()),
      crowd_(std::make_unique<Crowd>()) {
    setScene(&scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setCacheMode(QGraphicsView::CacheBackground);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(QColor(0xE8, 0xE2, 0xD8));
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(240, 180);
    setFocusPolicy(Qt::StrongFocus);                     // Tab into it; see floor_keys.cpp
    scene_.setItemIndexMethod(QGraphicsScene::NoIndex);  // everything moves every frame
    connect(&controller_, &SimulationController::scenarioChanged, this, &FloorView::rebuild);
    connect(&controller_, &SimulationController::frameAdvanced, this, &FloorView::refresh);
    rebuild();
}

FloorView::~FloorView() {
    scene_.clear();
}

void FloorView::rebuild() {
    scene_.clear();
    tables_.clear();
    waiters_.clear();
    const Scenario& s = controller_.scenario();
    plan_ = std::make_unique<FloorPlan>(s.tables_for_two, s.tables_for_four);
    crowd_ = std::make_unique<Crowd>();
    room_ = new RoomItem(*plan_, *style_);
    scene_.addItem(room_);
    for (std::size_t t = 0; t < plan_->tables().size(); ++t) {
        auto* item = new TableItem(plan_->tables()[t], static_cast<int>(t), *style_);
        scene_.addItem(item);
        tables_.push_back(item);
    }
    kitchen_ = new KitchenItem(*plan_, *style_);
    scene_.addItem(kitchen_);
    door_ = new DoorItem(*plan_, *style_);
    scene_.addItem(door_);
    spotlight_ = new SpotlightItem;
    scene_.addItem(spotlight_);
    cursor_mark_ = new MarkItem(MarkItem::Kind::keyboard);
    scene_.addItem(cursor_mark_);
    selection_mark_ = new MarkItem(MarkItem::Kind::selection);
    scene_.addItem(selection_mark_);
    cursor_ = {};
    spotlit_ = {};
    scene_.setSceneRect(room_->boundingRect().united(door_->area()).adjusted(-20, -20, 20, 20));
    selection_ = {};
    if (hasFocus()) cursor_ = {Selection::Kind::table, 0};  // the keys stay on the floor
    fit();
    refresh();
}

void FloorView::refresh() {
    const Snapshot& s = controller_.snapshot();
    for (const TableView& t : s.tables)
        if (static_cast<std::size_t>(t.id) < tables_.size())
            tables_[static_cast<std::size_t>(t.id)]->show(t, s.time);
    showWaiters();
    kitchen_->setHighlightedParty(selection_.kind == Selection::Kind::party ? selection_.id : -1);
    kitchen_->show(s);
    std::vector<DoorItem::Leaving> leaving;
    for (const auto& d : controller_.stories().recentlyLost()) leaving.push_back({d.time, d.size});
    door_->show(s.door, s.lost, s.time, std::move(leaving));
    placeSpotlight();
    placeMarks();
}

void FloorView::showWaiters() {
    const Snapshot& s = controller_.snapshot();
    std::map<int, WaiterItem*> seen;
    crowd_->beginFrame();
    for (WaiterView w : s.waiters) {
        auto it = waiters_.find(w.id);
        WaiterItem* item = it != waiters_.end() ? it->second : nullptr;
        if (!item) {
            item = new WaiterItem(w.id, *style_);
            scene_.addItem(item);
        }
        // Waiters on the same spot (at the pass, say) stand side by side, each in its place.
        w.position = crowd_->place(w.id, w.position, std::max(1.5, 1.05 * item->scale()));
        item->show(w, s.time);
        item->setHighlighted(selection_.kind == Selection::Kind::waiter && selection_.id == w.id);
        seen[w.id] = item;
    }
    crowd_->endFrame();
    for (auto& [id, item] : waiters_)
        if (!seen.count(id)) delete item;  // a waiter left the floor
    waiters_ = std::move(seen);
}

void FloorView::spotlight(const InsightFocus& focus) {
    spotlit_ = focus;
    const int generation = ++spotlight_generation_;
    QTimer::singleShot(6000, this, [this, generation] {
        if (generation != spotlight_generation_) return;
        spotlit_ = {};
        placeSpotlight();
    });
    placeSpotlight();
}

void FloorView::placeSpotlight() {
    std::vector<QRectF> boxes, rings;
    if (spotlit_.kitchen) boxes.push_back(kitchen_->sceneBoundingRect().adjusted(20, 40, -20, -20));
    if (spotlit_.door) boxes.push_back(door_->sceneBoundingRect());
    for (int id : spotlit_.waiters)
        if (auto it = waiters_.find(id); it != waiters_.end())
            rings.push_back(QRectF(it->second->pos() - QPointF(70, 70), QSizeF(140, 140)));
    spotlight_->setTargets(std::move(boxes), std::move(rings));
}

void FloorView::select(Selection s) {
    selection_ = s;
    refresh();
    emit selected(s);
}

void FloorView::fit() {
    fitInView(scene_.sceneRect(), Qt::KeepAspectRatio);
    restyle();
}

void FloorView::restyle() {
    FloorStyle next = *style_;
    const double scale = transform().m11();
    // The scene units that read as 12 px (times the zoom) at this size, in whole units
    // so that a window being dragged wider restyles now and then, not every pixel.
    // Past max_label_units the names would run into the next table: a floor drawn
    // that small is too small for a class anyway.
    next.min_text =
        scale > 0 ? std::min(max_label_units, std::ceil(12.0 * next.zoom / scale)) : 0.0;
    if (next.key() == style_->key()) return;
    *style_ = next;
    room_->restyle();
    for (TableItem* t : tables_) t->restyle();
    for (auto& [id, w] : waiters_) w->restyle();
    kitchen_->restyle();
    door_->restyle();
    refresh();
}

void FloorView::setZoom(double zoom) {
    style_->zoom = zoom;
    style_->min_text = -1;  // restyle, whatever the size
    restyle();
}

double FloorView::zoom() const {
    return style_->zoom;
}

void FloorView::setProjector(bool on) {
    style_->projector = on;
    style_->min_text = -1;
    restyle();
    setBackgroundBrush(on ? QColor(0xF2, 0xEE, 0xE6) : QColor(0xE8, 0xE2, 0xD8));
}

bool FloorView::projector() const {
    return style_->projector;
}

double FloorView::smallestTextPixels() const {
    return style_->text(smallest_label_units) * transform().m11();
}

QRectF FloorView::waiterRect(int id) const {
    const auto it = waiters_.find(id);
    if (it == waiters_.end()) return {};
    const double r = 38 * magnify * it->second->scale();
    return {it->second->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r)};
}

QRectF FloorView::tableLabelRect(int table) const {
    if (table < 0 || static_cast<std::size_t>(table) >= tables_.size()) return {};
    return tables_[static_cast<std::size_t>(table)]->labelRect();
}

QRectF FloorView::cookRect(int id) const {
    return kitchen_->cookSceneRect(id);
}

QRectF FloorView::cookDiscRect(int id) const {
    return kitchen_->cookDiscSceneRect(id);
}

void FloorView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    fit();
}

void FloorView::mousePressEvent(QMouseEvent* event) {
    const QPointF at = mapToScene(event->position().toPoint());
    Selection s;
    for (QGraphicsItem* item : scene_.items(at)) {
        if (auto* w = dynamic_cast<WaiterItem*>(item)) {
            s = {Selection::Kind::waiter, w->id()};
            break;
        }
        if (auto* t = dynamic_cast<TableItem*>(item)) {
            s = t->party() >= 0 ? Selection{Selection::Kind::party, t->party()}
                                : Selection{Selection::Kind::table, t->id()};
            break;
        }
    }
    if (s.kind == Selection::Kind::none)
        if (const auto party = kitchen_->partyAt(at); party >= 0)
            s = {Selection::Kind::party, party};
    if (s.kind == Selection::Kind::none)
        if (const auto party = door_->partyAt(at); party >= 0) s = {Selection::Kind::party, party};
    emit picked(s);
    select(s);
    QGraphicsView::mousePressEvent(event);
}

}  // namespace bistro::gui
