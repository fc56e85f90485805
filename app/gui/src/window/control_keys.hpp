#pragma once
// Keys a focused control needs stay with it: the window's single-key shortcuts
// (Space plays, the arrows step, Home resets) would otherwise take Space from a
// focused button and the arrows from a slider, a list or a box. Watches the
// application's shortcut checks for the widgets of one window only.

#include <QObject>

class QWidget;

namespace bistro::gui {

class ControlKeys : public QObject {
  public:
    explicit ControlKeys(QWidget* window);
    /// Whether `key` belongs to the control `w` (rather than to the window's shortcuts).
    static bool belongsTo(const QWidget* w, int key);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QWidget* window_;
};

}  // namespace bistro::gui
