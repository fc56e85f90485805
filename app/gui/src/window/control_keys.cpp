#include "window/control_keys.hpp"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QTabBar>

namespace bistro::gui {

ControlKeys::ControlKeys(QWidget* window) : QObject(window), window_(window) {
    qApp->installEventFilter(this);
}

bool ControlKeys::belongsTo(const QWidget* w, int key) {
    const bool arrows =
        key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    const bool ends = key == Qt::Key_Home || key == Qt::Key_End || key == Qt::Key_PageUp ||
                      key == Qt::Key_PageDown;
    if (qobject_cast<const QAbstractButton*>(w)) return key == Qt::Key_Space;
    // Space stays the window's (play) on sliders and views: the floor is one of them.
    if (qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
        qobject_cast<const QAbstractScrollArea*>(w))
        return arrows || ends;
    if (qobject_cast<const QComboBox*>(w) || qobject_cast<const QTabBar*>(w))
        return arrows || ends || key == Qt::Key_Space;
    return false;
}

bool ControlKeys::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) return false;
    auto* w = qobject_cast<QWidget*>(watched);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (!w || w->window() != window_ || !w->hasFocus()) return false;
    if (key->modifiers() & ~Qt::KeypadModifier) return false;  // Ctrl+... stays a shortcut
    if (belongsTo(w, key->key())) event->accept();             // the key goes to the control
    return false;
}

}  // namespace bistro::gui
