#pragma once
// Presenter mode (F5, View > Presenter mode): full screen, large type, only the
// floors and the presenter's strip (clock, big numbers, verdict, code line), the
// projector's palette. Esc leaves and puts the desk back exactly as it was. The
// panels opened and the zoom chosen while presenting are remembered on their own,
// apart from the desk's.

#include <QByteArray>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace bistro::gui {

class FloorArea;
class InterfaceZoom;

class PresenterMode : public QObject {
    Q_OBJECT

  public:
    PresenterMode(QMainWindow& window, InterfaceZoom& zoom, FloorArea& floors);
    bool isOn() const { return on_; }
    void setOn(bool on);
    /// The presenter's zoom when none was chosen yet.
    static constexpr double default_zoom = 1.5;

  signals:
    void toggled(bool on);

  protected:
    /// Puts the desk's panels back once the window has its desk size again (a window
    /// manager resizes it some time after asking).
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void enter();
    void leave();
    QList<QAction*> menuActions() const;

    QMainWindow& window_;
    InterfaceZoom& zoom_;
    FloorArea& floors_;
    bool on_ = false;
    QByteArray desk_state_, desk_geometry_;
    QList<QAction*> borrowed_;  // the menus' actions, kept working while the menus are hidden
};

}  // namespace bistro::gui
