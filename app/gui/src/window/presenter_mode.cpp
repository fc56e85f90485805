#include "window/presenter_mode.hpp"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include "bistro/gui/window/interface_zoom.hpp"
#include "window/floor_area.hpp"

namespace bistro::gui {

namespace {
constexpr const char* state_key = "presenter/state";
constexpr const char* zoom_key = "presenter/zoom";
}  // namespace

PresenterMode::PresenterMode(QMainWindow& window, InterfaceZoom& zoom, FloorArea& floors)
    : QObject(&window), window_(window), zoom_(zoom), floors_(floors) {}

void PresenterMode::setOn(bool on) {
    if (on == on_) return;
    on ? enter() : leave();
    on_ = on;
    emit toggled(on);
}

QList<QAction*> PresenterMode::menuActions() const {
    QList<QAction*> out;
    for (QAction* top : window_.menuBar()->actions())
        if (QMenu* m = top->menu())
            for (QAction* a : m->actions())
                if (!a->shortcut().isEmpty() && !window_.actions().contains(a)) out << a;
    return out;
}

void PresenterMode::enter() {
    desk_state_ = window_.saveState();
    desk_geometry_ = window_.saveGeometry();
    for (QDockWidget* d : window_.findChildren<QDockWidget*>()) d->hide();
    for (QToolBar* t : window_.findChildren<QToolBar*>()) t->hide();
    // The panels a presenter opened last time (Ctrl+K for the code, say) open again.
    const QByteArray kept = QSettings().value(state_key).toByteArray();
    if (!kept.isEmpty()) window_.restoreState(kept);
    // Hidden menus take their shortcuts with them: the window holds them meanwhile.
    borrowed_ = menuActions();
    window_.addActions(borrowed_);
    window_.menuBar()->hide();
    window_.statusBar()->hide();
    floors_.setPresenting(true);
    zoom_.useKey(QString::fromLatin1(zoom_key), default_zoom);
    if (QScreen* screen = window_.screen())  // the screen's size even with no window manager
        window_.setGeometry(screen->geometry());
    window_.showFullScreen();
}

void PresenterMode::leave() {
    QSettings().setValue(state_key, window_.saveState());
    zoom_.useKey(QStringLiteral("view/zoom"));
    floors_.setPresenting(false);
    for (QAction* a : borrowed_) window_.removeAction(a);
    borrowed_.clear();
    window_.menuBar()->show();
    window_.statusBar()->show();
    window_.showNormal();
    window_.restoreGeometry(desk_geometry_);
    window_.restoreState(desk_state_);
    window_.installEventFilter(this);  // and again when the desk's size is back
}

bool PresenterMode::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_ && event->type() == QEvent::Resize && !on_) {
        window_.removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            if (!on_) window_.restoreState(desk_state_);
        });
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace bistro::gui
