#pragma once
// The welcome card: on the first start (and from Help > Welcome), over the
// whole window, what the app shows in one sentence, "Start the first lesson",
// "Just explore", and the presets with what each teaches.

#include <QWidget>

class QFrame;
class QGridLayout;
class QPushButton;
class QVBoxLayout;

namespace bistro::gui {

class WelcomeCard : public QWidget {
    Q_OBJECT

  public:
    /// Covers `window` (and follows its size) until closed.
    explicit WelcomeCard(QWidget* window);

    QFrame& card() const { return *card_; }

  signals:
    void firstLessonRequested();
    void presetRequested(const QString& preset);  ///< "lunch-rush.toml"
    void closed();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

  private:
    QPushButton* buildButtons(QVBoxLayout* layout);  ///< returns "Start the first lesson"
    void buildPresets(QGridLayout* grid);
    void finish();

    QFrame* card_;
};

}  // namespace bistro::gui
