#pragma once
// The lesson player: a step's words, where it is in the lesson, and for a
// prediction the choices (or a scale to guess on). A prediction is committed
// before the experiment runs; when the run reaches the step's stop the panel
// sets the guess beside what happened, measured on the model by the same code
// as the test that holds every lesson true (bistro/sim/lesson.hpp), and says why.
// The window stages each step (its restaurant, locks, highlights) and runs it.

#include <QString>
#include <QWidget>
#include <optional>

#include "bistro/sim/lesson.hpp"

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTextBrowser;
class QVBoxLayout;

namespace bistro::gui {

class LessonPanel : public QWidget {
    Q_OBJECT

  public:
    /// Where a step is: read it, predict, the experiment running, what happened.
    enum class Phase { reading, running, revealed };

    explicit LessonPanel(QWidget* parent = nullptr);

    /// Opens a lesson at a step (from 0); `id` names it for the remembered progress.
    void open(const Lesson& lesson, const QString& id, int step = 0);
    /// The same lesson in other words (another language): the step, the guess and
    /// what happened stay; only the words change.
    void reword(const Lesson& lesson);
    bool hasLesson() const { return lesson_.has_value(); }
    const Lesson& lesson() const { return *lesson_; }
    QString lessonId() const { return id_; }
    int step() const { return step_; }
    const LessonStep& currentStep() const {
        return lesson_->steps[static_cast<std::size_t>(step_)];
    }
    Phase phase() const { return phase_; }
    /// The committed guess: a choice's index, or the value on the scale.
    std::optional<double> guess() const { return guess_; }
    /// What the model showed, once the experiment ran.
    const std::optional<Outcome>& outcome() const { return outcome_; }

    // For people and tests alike: what the buttons do.
    void choose(int choice);       ///< picks a choice (before the run)
    void setScaleGuess(double v);  ///< moves the guess on the scale (before the run)
    void run();                    ///< commits the prediction and runs the experiment
    void next();
    void back();
    /// The window says the experiment reached the step's stop.
    void stopReached();

    QPushButton& runButton() const { return *run_; }
    QPushButton& nextButton() const { return *next_; }
    QPushButton& backButton() const { return *back_; }
    QString resultText() const;
    QString stepText() const;

  signals:
    /// A new step is shown: stage it (its restaurant, locks and highlights).
    void stepEntered(const bistro::LessonStep& step);
    /// Run the step's experiment until the simulated time `until` (its stop).
    void runRequested(const bistro::LessonStep& step, double until);
    /// Jump straight to the stop.
    void skipRequested();
    /// Highlight the step's things again.
    void showMeRequested(const bistro::LessonStep& step);
    /// What happened is shown beside the guess.
    void revealed();
    /// The step moved (for the remembered progress), or the lesson was finished.
    void progressed(const QString& id, int step, bool finished);

  protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void fitText();  ///< the step's words at their full height: the dock scrolls, they do not
    void buildPrediction(QVBoxLayout* layout);
    void buildButtons(QVBoxLayout* layout);
    void retranslate();  ///< the buttons' and the step's own words (not the lesson's)
    void enter(int step);
    void showPrediction(const LessonStep& step);
    void clearChoices();
    void updateButtons();
    void updateScaleLabel();
    double stopTime(const LessonStep& step) const;

    std::optional<Lesson> lesson_;
    QString id_;
    int step_ = 0;
    Phase phase_ = Phase::reading;
    std::optional<double> guess_;
    std::optional<Outcome> outcome_;

    QLabel* title_;
    QLabel* progress_label_;
    QProgressBar* progress_;
    QTextBrowser* text_;
    QLabel* locks_;
    QWidget* prediction_;
    QLabel* ask_;
    QVBoxLayout* choices_layout_;
    QButtonGroup* choices_;
    QWidget* scale_box_;
    QSlider* scale_;
    QLabel* scale_value_;
    QLabel* result_;
    QPushButton* back_;
    QPushButton* show_me_;
    QPushButton* run_;
    QPushButton* skip_;
    QPushButton* next_;
};

}  // namespace bistro::gui
