#include "bistro/gui/lessons/lesson_panel.hpp"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTextBrowser>
#include <QTextDocument>
#include <cmath>

#include "bistro/gui/style/palette.hpp"
#include "lessons/lesson_text.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
constexpr int scale_steps_per_unit = 10;  // the scale's slider counts tenths

QLabel* wrapped(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    return l;
}

/// A choice's words beside its radio button, wrapped to the panel's width (a radio
/// button's own text never wraps, and a long choice would widen the lesson past its
/// column): a click on the words chooses, and they grey out with the button.
class ChoiceWords : public QObject {
  public:
    ChoiceWords(QAbstractButton* button, QLabel* words)
        : QObject(button), button_(button), words_(words) {
        button->installEventFilter(this);
        words->installEventFilter(this);
    }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == button_ && event->type() == QEvent::EnabledChange)
            words_->setEnabled(button_->isEnabled());
        if (watched == words_ && event->type() == QEvent::MouseButtonRelease &&
            button_->isEnabled())
            button_->click();
        return QObject::eventFilter(watched, event);
    }

  private:
    QAbstractButton* button_;
    QLabel* words_;
};

QRadioButton* choiceRow(const QString& text, QWidget* parent, QVBoxLayout* into) {
    auto* row = new QWidget(parent);
    auto* line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    auto* button = new QRadioButton(row);
    button->setAccessibleName(text);
    auto* words = new QLabel(text, row);
    words->setWordWrap(true);
    words->setTextFormat(Qt::PlainText);
    words->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    new ChoiceWords(button, words);
    line->addWidget(button, 0, Qt::AlignTop);
    line->addWidget(words, 1);
    into->addWidget(row);
    return button;
}

QString parameterNames(const std::vector<Parameter>& ps) {
    QStringList names;
    for (Parameter p : ps) names << QString::fromLatin1(to_string(p)).replace('_', ' ');
    return names.join(QStringLiteral(", "));
}
}  // namespace

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lessonPanel"));
    QFont readable = font();  // read from the back of a classroom
    readable.setPointSizeF(readable.pointSizeF() * 1.15);
    setFont(readable);
    auto* layout = new QVBoxLayout(this);
    title_ = wrapped(this);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    progress_label_ = wrapped(this);
    progress_ = new QProgressBar(this);
    progress_->setTextVisible(false);
    progress_->setMaximumHeight(8);
    text_ = new QTextBrowser(this);
    text_->setOpenLinks(false);
    text_->setFrameShape(QFrame::NoFrame);
    text_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // as tall as its words
    text_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    addStateBadges(*text_->document(), 18);
    setFocusProxy(text_);  // Alt+L lands on the step's words, for reading them
    locks_ = wrapped(this);
    locks_->setStyleSheet(QStringLiteral("color: %1;").arg(palette::muted_ink.name()));
    for (QWidget* w :
         std::initializer_list<QWidget*>{title_, progress_label_, progress_, text_, locks_})
        layout->addWidget(w);
    buildPrediction(layout);
    buildButtons(layout);
    layout->addStretch(1);
    updateButtons();
}

void LessonPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitText();
}

void LessonPanel::fitText() {
    QTextDocument& doc = *text_->document();
    doc.setTextWidth(text_->viewport()->width());
    text_->setFixedHeight(static_cast<int>(std::ceil(doc.size().height())) +
                          2 * text_->frameWidth() + 4);
}

void LessonPanel::buildPrediction(QVBoxLayout* layout) {
    prediction_ = new QWidget(this);
    prediction_->setObjectName(QStringLiteral("lessonPrediction"));
    prediction_->setStyleSheet(
        QStringLiteral("#lessonPrediction { background: #f4efe6; "
                       "border-radius: 6px; }"));
    auto* box = new QVBoxLayout(prediction_);
    ask_ = wrapped(prediction_);
    box->addWidget(ask_);
    choices_layout_ = new QVBoxLayout;
    box->addLayout(choices_layout_);
    choices_ = new QButtonGroup(this);
    connect(choices_, &QButtonGroup::idClicked, this, &LessonPanel::choose);
    scale_box_ = new QWidget(prediction_);
    auto* scale_row = new QHBoxLayout(scale_box_);
    scale_row->setContentsMargins(0, 0, 0, 0);
    scale_ = new QSlider(Qt::Horizontal, scale_box_);
    scale_value_ = new QLabel(scale_box_);
    scale_value_->setMinimumWidth(80);
    scale_row->addWidget(scale_, 1);
    scale_row->addWidget(scale_value_);
    connect(scale_, &QSlider::valueChanged, this,
            [this](int v) { setScaleGuess(v / static_cast<double>(scale_steps_per_unit)); });
    box->addWidget(scale_box_);
    result_ = wrapped(prediction_);
    result_->setObjectName(QStringLiteral("lessonResult"));
    box->addWidget(result_);
    layout->addWidget(prediction_);
}

void LessonPanel::buildButtons(QVBoxLayout* layout) {
    // The experiment's buttons above, the way through the lesson below: both fit a narrow dock.
    auto* act = new QHBoxLayout;
    auto* move = new QHBoxLayout;
    back_ = new QPushButton(this);
    show_me_ = new QPushButton(this);
    run_ = new QPushButton(this);
    skip_ = new QPushButton(this);
    next_ = new QPushButton(this);
    retranslate();
    QFont bold = run_->font();
    bold.setBold(true);
    run_->setFont(bold);
    next_->setFont(bold);
    act->addWidget(run_);
    act->addWidget(skip_);
    act->addStretch(1);
    move->addWidget(back_);
    move->addWidget(show_me_);
    move->addStretch(1);
    move->addWidget(next_);
    layout->addLayout(act);
    layout->addLayout(move);
    connect(back_, &QPushButton::clicked, this, &LessonPanel::back);
    connect(next_, &QPushButton::clicked, this, &LessonPanel::next);
    connect(run_, &QPushButton::clicked, this, &LessonPanel::run);
    connect(skip_, &QPushButton::clicked, this, &LessonPanel::skipRequested);
    connect(show_me_, &QPushButton::clicked, this, [this] {
        if (hasLesson()) emit showMeRequested(currentStep());
    });
}

void LessonPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void LessonPanel::retranslate() {
    back_->setText(tr("Back"));
    show_me_->setText(tr("Show me"));
    show_me_->setToolTip(tr("Outline again what this step is about"));
    skip_->setText(tr("Skip to the result"));
    if (!hasLesson()) return updateButtons();
    const int count = static_cast<int>(lesson_->steps.size());
    progress_label_->setText(
        tr("Step %1 of %2 · about %3 min in all").arg(step_ + 1).arg(count).arg(lesson_->minutes));
    updateButtons();
}

void LessonPanel::open(const Lesson& lesson, const QString& id, int step) {
    lesson_ = lesson;
    id_ = id;
    title_->setText(QString::fromStdString(lesson.title).toHtmlEscaped());
    title_->setToolTip(QString::fromStdString(lesson.teaches));
    enter(std::clamp(step, 0, static_cast<int>(lesson.steps.size()) - 1));
}

void LessonPanel::enter(int step) {
    step_ = step;
    phase_ = Phase::reading;
    guess_.reset();
    outcome_.reset();
    const LessonStep& s = currentStep();
    const int count = static_cast<int>(lesson_->steps.size());
    progress_label_->setText(
        tr("Step %1 of %2 · about %3 min in all").arg(step + 1).arg(count).arg(lesson_->minutes));
    progress_->setRange(0, count);
    progress_->setValue(step + 1);
    text_->setHtml(lessonHtml(s.text));
    fitText();
    locks_->setText(s.locked.empty()
                        ? QString()
                        : tr("<b>Locked for this step:</b> %1. %2")
                              .arg(parameterNames(s.locked),
                                   QString::fromStdString(s.locked_why).toHtmlEscaped()));
    locks_->setVisible(!s.locked.empty());
    showPrediction(s);
    updateButtons();
    emit stepEntered(s);
    emit progressed(id_, step_, false);
}

void LessonPanel::reword(const Lesson& lesson) {
    if (!hasLesson() || lesson.steps.size() != lesson_->steps.size()) return;
    lesson_ = lesson;
    title_->setText(QString::fromStdString(lesson.title).toHtmlEscaped());
    title_->setToolTip(QString::fromStdString(lesson.teaches));
    const LessonStep& s = currentStep();
    text_->setHtml(lessonHtml(s.text));
    fitText();
    if (!s.locked.empty())
        locks_->setText(tr("<b>Locked for this step:</b> %1. %2")
                            .arg(parameterNames(s.locked),
                                 QString::fromStdString(s.locked_why).toHtmlEscaped()));
    if (!s.prediction) return;
    const LessonPrediction& p = *s.prediction;
    ask_->setText(tr("<b>Your prediction.</b> ") + lessonHtml(p.ask, false));
    for (std::size_t i = 0; i < p.choices.size(); ++i)
        if (QAbstractButton* b = choices_->button(static_cast<int>(i))) {
            const QString text = QString::fromStdString(p.choices[i].text);
            b->setAccessibleName(text);
            b->parentWidget()->findChild<QLabel*>()->setText(text);
        }
    if (phase_ == Phase::revealed && outcome_) result_->setText(resultText());
}

void LessonPanel::clearChoices() {
    for (QAbstractButton* b : choices_->buttons()) {
        choices_->removeButton(b);
        delete b->parentWidget();  // its row, with its words
    }
}

void LessonPanel::showPrediction(const LessonStep& s) {
    clearChoices();
    result_->clear();
    result_->hide();
    prediction_->setVisible(s.prediction.has_value());
    if (!s.prediction) return;
    const LessonPrediction& p = *s.prediction;
    ask_->setText(tr("<b>Your prediction.</b> ") + lessonHtml(p.ask, false));
    for (std::size_t i = 0; i < p.choices.size(); ++i) {
        QRadioButton* b =
            choiceRow(QString::fromStdString(p.choices[i].text), prediction_, choices_layout_);
        b->setObjectName(QStringLiteral("lessonChoice%1").arg(i));
        choices_->addButton(b, static_cast<int>(i));
    }
    scale_box_->setVisible(p.choices.empty());
    if (p.choices.empty()) {
        const QSignalBlocker block(scale_);
        scale_->setRange(static_cast<int>(std::lround(p.scale_from * scale_steps_per_unit)),
                         static_cast<int>(std::lround(p.scale_to * scale_steps_per_unit)));
        scale_->setSingleStep(static_cast<int>(std::lround(p.scale_step * scale_steps_per_unit)));
        scale_->setValue(scale_->minimum());
        scale_value_->setText(tr("move to guess"));
    }
}

void LessonPanel::choose(int choice) {
    if (phase_ != Phase::reading || !currentStep().prediction) return;
    guess_ = choice;
    if (QAbstractButton* b = choices_->button(choice); b && !b->isChecked()) b->setChecked(true);
    updateButtons();
}

void LessonPanel::setScaleGuess(double v) {
    if (phase_ != Phase::reading || !currentStep().prediction) return;
    guess_ = v;
    const QSignalBlocker block(scale_);
    scale_->setValue(static_cast<int>(std::lround(v * scale_steps_per_unit)));
    updateScaleLabel();
    updateButtons();
}

void LessonPanel::updateScaleLabel() {
    if (!guess_ || !hasLesson() || !currentStep().prediction) return;
    scale_value_->setText(decimal(*guess_, currentStep().prediction->scale_step < 1 ? 1 : 0));
}

double LessonPanel::stopTime(const LessonStep& s) const {
    if (!s.stop->event) return s.stop->time;
    // The event's time, from the same run the window shows (same scenario, same seed).
    return evaluate(s.scenario, *s.stop, Question{"blocked_now", std::nullopt, false, 0.0}).time;
}

void LessonPanel::run() {
    if (!hasLesson() || phase_ != Phase::reading || !currentStep().stop) return;
    const LessonStep& s = currentStep();
    if (s.prediction && !guess_) return;  // predict first, then run
    phase_ = Phase::running;
    double until = stopTime(s);
    if (s.prediction) {
        outcome_ = evaluate(s.scenario, *s.stop, s.prediction->question);
        until = outcome_->time;
    }
    updateButtons();
    emit runRequested(s, until);
}

void LessonPanel::stopReached() {
    if (phase_ != Phase::running) return;
    phase_ = Phase::revealed;
    if (outcome_) {
        result_->setText(resultText());
        result_->show();
        emit revealed();
    }
    updateButtons();
}

QString LessonPanel::resultText() const {
    if (!outcome_ || !currentStep().prediction) return {};
    const LessonPrediction& p = *currentStep().prediction;
    const bool scale = p.choices.empty();
    const QString said =
        scale
            ? QString::number(guess_.value_or(0)) + QLatin1Char(' ') +
                  QString::fromStdString(outcome_->unit)
            : QString::fromStdString(p.choices[static_cast<std::size_t>(guess_.value_or(0))].text);
    const bool right = scale ? std::abs(*guess_ - outcome_->value) <=
                                   std::max(p.scale_step, 0.1 * std::abs(outcome_->value))
                             : static_cast<int>(*guess_) == p.answer;
    const QColor mark = right ? palette::bluish_green : palette::vermilion;
    return tr("<p><b>You predicted:</b> %1<br><b>What happened:</b> %2<br>"
              "<b style=\"color:%3\">%4</b></p>%5")
        .arg(said.toHtmlEscaped(), outcomeWords(*outcome_, p).toHtmlEscaped(), mark.name(),
             right ? tr("Right.") : tr("Not this time: most people expect that too."),
             lessonHtml(p.explain, false));
}

QString LessonPanel::stepText() const {
    return text_->toPlainText();
}

void LessonPanel::next() {
    if (!hasLesson()) return;
    if (currentStep().prediction && phase_ != Phase::revealed) return;  // the reveal first
    if (step_ + 1 < static_cast<int>(lesson_->steps.size())) {
        enter(step_ + 1);
        return;
    }
    emit progressed(id_, step_, true);
}

void LessonPanel::back() {
    if (hasLesson() && step_ > 0) enter(step_ - 1);
}

void LessonPanel::updateButtons() {
    const bool lesson = hasLesson();
    const LessonStep* s = lesson ? &currentStep() : nullptr;
    const bool predicts = s && s->prediction;
    back_->setEnabled(lesson && step_ > 0 && phase_ != Phase::running);
    show_me_->setEnabled(lesson && !s->highlights.empty());
    run_->setVisible(s && s->stop);
    run_->setText(predicts ? tr("Commit and run") : tr("Run"));
    run_->setEnabled(s && s->stop && phase_ == Phase::reading && (!predicts || guess_));
    run_->setToolTip(predicts && !guess_ ? tr("Make your prediction first") : QString());
    skip_->setVisible(phase_ == Phase::running);
    for (QAbstractButton* b : choices_->buttons()) b->setEnabled(phase_ == Phase::reading);
    scale_->setEnabled(phase_ == Phase::reading);
    const bool last = lesson && step_ + 1 == static_cast<int>(lesson_->steps.size());
    next_->setText(last ? tr("Finish") : tr("Next"));
    next_->setEnabled(lesson && phase_ != Phase::running &&
                      (!predicts || phase_ == Phase::revealed));
}

}  // namespace bistro::gui
