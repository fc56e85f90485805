#pragma once
// Above the two floors: what is compared, with a value for each side.

#include <QWidget>

class QColor;
class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QHBoxLayout;
class QPushButton;

namespace bistro::gui {

class TwinRestaurants;

class CompareBar : public QWidget {
    Q_OBJECT

  public:
    explicit CompareBar(TwinRestaurants& twins, QWidget* parent = nullptr);
    void refresh();  ///< show the current contrast

  signals:
    void stopRequested();

  private:
    QLabel* addSide(QHBoxLayout* row, QComboBox*& choice, QDoubleSpinBox*& value);
    void retranslate();  ///< every word, in the language now
    void connectControls();
    void apply();
    void fitWords();  ///< the long title and the note when there is room, else the short title

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    TwinRestaurants& twins_;
    QLabel* title_;
    QLabel* note_;
    QComboBox* parameter_;
    QLabel* side_a_;  // "left", "right" in each side's colour
    QLabel* side_b_;
    QComboBox* switch_a_;
    QComboBox* switch_b_;
    QDoubleSpinBox* value_a_;
    QDoubleSpinBox* value_b_;
    QPushButton* stop_;
    bool updating_ = false;
};

}  // namespace bistro::gui
