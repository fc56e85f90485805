// The floor's tooltips: what is under the mouse, in the words of FloorWords, at a
// size that follows the floor's zoom.
#include <QHelpEvent>
#include <QToolTip>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/floor/floor_words.hpp"
#include "floor/kitchen_item.hpp"
#include "floor/scene.hpp"
#include "floor/table_item.hpp"
#include "floor/waiter_item.hpp"

namespace bistro::gui {

QStringList FloorView::toolTipAt(QPoint viewportPos) const {
    const QPointF at = mapToScene(viewportPos);
    const Snapshot& s = controller_.snapshot();
    const FloorWords words(s, controller_.scenario());
    for (const WaiterView& w : s.waiters)  // waiters walk over everything: they come first
        if (waiterRect(w.id).contains(at)) return words.waiter(w);
    for (QGraphicsItem* item : scene_.items(at))
        if (auto* t = dynamic_cast<TableItem*>(item))
            for (const TableView& view : s.tables)
                if (view.id == t->id()) return words.table(view);
    const KitchenItem::Spot spot = kitchen_->spotAt(at);
    switch (spot.kind) {
        case KitchenItem::Spot::Kind::cook:
            for (const CookView& c : s.cooks)
                if (c.id == spot.index) return words.cook(c);
            break;
        case KitchenItem::Spot::Kind::pass_dish:
            return words.passDish(static_cast<std::size_t>(spot.index));
        case KitchenItem::Spot::Kind::rail:
            return words.rail();
        case KitchenItem::Spot::Kind::none:
            break;
    }
    return {};
}

int FloorView::toolTipPixels() const {
    // The window's own text size, a little larger, times the floor's zoom: a tooltip
    // reads from the back of a room whenever the floor's names do.
    return static_cast<int>(std::max(14.0, fontInfo().pixelSize() * 1.15) * style_->zoom + 0.5);
}

QString FloorView::toolTipHtml(const QStringList& lines) const {
    if (lines.isEmpty()) return {};
    QString html = QStringLiteral("<div style=\"font-size:%1px\"><b>%2</b>")
                       .arg(toolTipPixels())
                       .arg(lines.front().toHtmlEscaped());
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += QStringLiteral("<br>") + lines[i].toHtmlEscaped();
    return html + QStringLiteral("</div>");
}

QRectF FloorView::railRect() const {
    return kitchen_->railSceneRect();
}

QRectF FloorView::passDishRect(std::size_t i) const {
    return kitchen_->passDishSceneRect(i);
}

bool FloorView::viewportEvent(QEvent* event) {
    if (event->type() != QEvent::ToolTip) return QGraphicsView::viewportEvent(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QString html = toolTipHtml(toolTipAt(help->pos()));
    if (html.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), html, viewport());
    }
    return true;
}

}  // namespace bistro::gui
