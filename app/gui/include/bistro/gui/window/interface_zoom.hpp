#pragma once
// The zoom of the whole interface (Ctrl+plus, Ctrl+minus, Ctrl+0): the text of
// every widget and the floors' text and badges. Remembered in the settings, the
// desk's and presenter mode's each under their own key.

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace bistro::gui {

class FloorView;

class InterfaceZoom : public QObject {
    Q_OBJECT

  public:
    /// Zooms `window` and everything in it, and `floors`; reads the zoom kept under `key`.
    InterfaceZoom(QWidget& window, QList<FloorView*> floors, QObject* parent = nullptr);

    double factor() const { return factor_; }
    /// Sets the zoom (clamped to the steps' range) and remembers it under the current key.
    void setFactor(double factor);
    void zoomIn();   ///< the next step up: 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3
    void zoomOut();  ///< the next step down, to 0.8
    void reset();    ///< back to 1
    /// Where the zoom is remembered ("view/zoom" at the desk, "presenter/zoom" in
    /// presenter mode): switching reads the zoom kept there (`fallback` if none).
    void useKey(const QString& key, double fallback = 1.0);
    static const QList<double>& steps();

  signals:
    void changed(double factor);

  private:
    void apply();
    void remember(QWidget* w) const;

    QWidget& window_;
    QList<FloorView*> floors_;
    QString key_ = QStringLiteral("view/zoom");
    double factor_ = 1.0;
    double applied_ = 1.0;          // the zoom the widgets' fonts were last set at
    double base_point_size_ = 0.0;  // the application's font at zoom 1
};

}  // namespace bistro::gui
