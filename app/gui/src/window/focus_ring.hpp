#pragma once
// A ring around whichever control has the keyboard focus, drawn over the window
// (a dark line on a white edge, so it shows on the coloured buttons too): the
// styles' own focus marks are faint or, on buttons with colours of their own,
// gone. It follows the focus and the control's place; clicks go through it.

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace bistro::gui {

class FocusRing : public QWidget {
  public:
    explicit FocusRing(QWidget* window);
    /// The control ringed now; null when the focus is outside the window or hidden.
    QWidget* target() const { return target_; }
    static constexpr int margin = 4;  ///< pixels between the control and the ring's outside

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    void follow(QWidget* now);
    void place();

    QPointer<QWidget> target_;
    QTimer tracking_;  // the control moves when docks and splitters do
};

}  // namespace bistro::gui
