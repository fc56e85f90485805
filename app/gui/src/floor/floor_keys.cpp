// The floor from the keyboard: Tab into it, the arrows move a ring between the
// waiters and tables (to the nearest one that way), Enter selects what the ring
// is on, Escape selects nothing. The ring's words go to screen readers.
#include <QAccessible>
#include <QKeyEvent>
#include <cmath>
#include <limits>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/style/palette.hpp"
#include "floor/mark_item.hpp"
#include "floor/scene.hpp"
#include "floor/table_item.hpp"
#include "floor/waiter_item.hpp"

namespace bistro::gui {

namespace {
bool isFloorKey(const QKeyEvent* e) {
    if (e->modifiers() & ~(Qt::KeypadModifier)) return false;
    switch (e->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            return true;
        default:
            return false;
    }
}

constexpr double nowhere = std::numeric_limits<double>::quiet_NaN();
}  // namespace

bool FloorView::event(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {  // the floor's words, cached, drawn anew
        style_->min_text = -1;
        restyle();
        if (!accessibleDescription().isEmpty()) setKeyboardPlace(cursor_);  // in the new words
    }
    // The step keys (Left, Right) are the window's shortcuts; on the floor they move the ring.
    // Esc during a long job is the window's: it cancels the job (JobBar), it selects nothing.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);  // a key event only for this type
        if (isFloorKey(key) && !(key->key() == Qt::Key_Escape && controller_.jobRunning())) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void FloorView::keyPressEvent(QKeyEvent* event) {
    const QPointF directions[] = {{-1, 0}, {0, -1}, {1, 0}, {0, 1}};  // Left, Up, Right, Down
    switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            moveCursor(directions[event->key() - Qt::Key_Left]);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            Selection s = cursor_;
            if (s.kind == Selection::Kind::table &&
                tables_[static_cast<std::size_t>(s.id)]->party() >= 0)
                s = {Selection::Kind::party, tables_[static_cast<std::size_t>(s.id)]->party()};
            emit picked(s);
            select(s);
            return;
        }
        case Qt::Key_Escape:
            emit picked({});
            select({});
            return;
        default:
            QGraphicsView::keyPressEvent(event);
    }
}

void FloorView::focusInEvent(QFocusEvent* event) {
    QGraphicsView::focusInEvent(event);
    if (std::isnan(centreOf(cursor_).x()) && !tables_.empty())
        setKeyboardPlace({Selection::Kind::table, 0});
    placeMarks();
}

void FloorView::focusOutEvent(QFocusEvent* event) {
    QGraphicsView::focusOutEvent(event);
    placeMarks();
}

void FloorView::setKeyboardPlace(Selection s) {
    cursor_ = s;
    placeMarks();
    const QString words = describe(s);
    if (words == accessibleDescription()) return;
    setAccessibleDescription(words);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void FloorView::moveCursor(QPointF direction) {
    const QPointF from = centreOf(cursor_);
    if (std::isnan(from.x())) {
        if (!tables_.empty()) setKeyboardPlace({Selection::Kind::table, 0});
        return;
    }
    // The nearest waiter or table that way; one far off to the side counts as farther.
    Selection best = cursor_;
    double best_score = std::numeric_limits<double>::infinity();
    const auto consider = [&](Selection s) {
        const QPointF d = centreOf(s) - from;
        const double along = d.x() * direction.x() + d.y() * direction.y();
        const double aside = std::abs(d.x() * direction.y() - d.y() * direction.x());
        if (s == cursor_ || along < 20) return;
        if (const double score = along + 2 * aside; score < best_score) {
            best_score = score;
            best = s;
        }
    };
    for (std::size_t t = 0; t < tables_.size(); ++t)
        consider({Selection::Kind::table, static_cast<std::int64_t>(t)});
    for (const auto& [id, item] : waiters_) consider({Selection::Kind::waiter, id});
    setKeyboardPlace(best);
}

QPointF FloorView::centreOf(Selection s) const {
    if (s.kind == Selection::Kind::waiter)
        if (auto it = waiters_.find(static_cast<int>(s.id)); it != waiters_.end())
            return it->second->pos();
    if (s.kind == Selection::Kind::table && s.id >= 0 &&
        static_cast<std::size_t>(s.id) < tables_.size())
        return tables_[static_cast<std::size_t>(s.id)]->pos();
    if (s.kind == Selection::Kind::party)
        for (const TableItem* t : tables_)
            if (t->party() == s.id) return t->pos();
    return {nowhere, nowhere};
}

QRectF FloorView::markOf(Selection s) const {
    const QPointF c = centreOf(s);
    if (std::isnan(c.x())) return {};
    if (s.kind == Selection::Kind::waiter) return {c - QPointF(64, 64), QSizeF(128, 128)};
    int table = static_cast<int>(s.id);
    if (s.kind == Selection::Kind::party)
        for (const TableItem* t : tables_)
            if (t->party() == s.id) table = t->id();
    // The table with its chairs, as TableItem draws them (a little larger than life).
    const double half_w =
        (plan_->tables()[static_cast<std::size_t>(table)].seats == 4 ? 65 : 42) * magnify;
    const double half_h = (42 + 22 + 17) * magnify;
    // And its caption: the frame goes round the name, never over it.
    return QRectF(c.x() - half_w, c.y() - half_h, 2 * half_w, 2 * half_h)
        .united(tables_[static_cast<std::size_t>(table)]->captionRect().adjusted(-4, 0, 4, 4));
}

QRectF FloorView::selectionMark() const {
    // A selected waiter rings itself (WaiterItem); a table, or a party's table, is framed.
    if (selection_.kind == Selection::Kind::waiter) return {};
    return markOf(selection_);
}

void FloorView::placeMarks() {
    if (!cursor_mark_) return;
    cursor_mark_->setTarget(hasFocus() ? markOf(cursor_) : QRectF(),
                            cursor_.kind == Selection::Kind::waiter);
    selection_mark_->setTarget(selectionMark(), false);
}

QString FloorView::describe(Selection s) const {
    const Snapshot& snap = controller_.snapshot();
    if (s.kind == Selection::Kind::waiter)
        for (const WaiterView& w : snap.waiters)
            if (w.id == s.id) return tr("Waiter %1: %2").arg(w.id + 1).arg(palette::label(w.state));
    if (s.kind == Selection::Kind::table)
        for (const TableView& t : snap.tables)
            if (t.id == s.id)
                return t.party < 0 ? tr("Table T%1, empty").arg(t.id + 1)
                                   : tr("Table T%1: party %2 of %3, %4")
                                         .arg(t.id + 1)
                                         .arg(t.party)
                                         .arg(t.party_size)
                                         .arg(palette::inSentence(palette::label(t.state)));
    return tr("Nothing: use the arrows to move between waiters and tables");
}

}  // namespace bistro::gui
