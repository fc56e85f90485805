#include "bistro/gui/panels/control_bar.hpp"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSlider>
#include <QStyle>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/io/scenario_file.hpp"

namespace bistro::gui {

namespace {
// Round steps a person can name and come back to: 1, 2, 5 in each decade.
constexpr std::array<double, 12> speed_steps = {0.25, 0.5, 1,   2,   5,   10,
                                                20,   50,  100, 200, 500, 1000};

QString speedText(double speed) {
    return QString::number(speed, 'g', 4) + QLatin1Char('x');
}

/// A click on the timeline's groove jumps there (as on a video player), not a page.
class JumpingSliderStyle : public QProxyStyle {
  public:
    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returned) const override {
        if (hint == QStyle::SH_Slider_AbsoluteSetButtons) return Qt::LeftButton;
        return QProxyStyle::styleHint(hint, option, widget, returned);
    }
};

/// What the clock shows for a whole second at this speed: tenths below 2x, where a
/// second of simulated time lasts half a second or more and whole seconds look frozen.
QString clockAt(double seconds, double speed) {
    const auto tenths = static_cast<long long>(std::floor(seconds * 10));
    const long long s = tenths / 10;
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(s / 3600, 2, 10, QLatin1Char('0'))
                       .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                       .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (speed < 2) text += QStringLiteral(".%1").arg(tenths % 10);
    return text;
}
}  // namespace

double ControlBar::speedAt(int position) {
    return speed_steps[static_cast<std::size_t>(
        std::clamp(position, 0, static_cast<int>(speed_steps.size()) - 1))];
}
int ControlBar::positionOf(double speed) {
    // The nearest step on a logarithmic scale (250x is nearer 200 than 500).
    int best = 0;
    for (int i = 1; i < static_cast<int>(speed_steps.size()); ++i)
        if (std::abs(std::log(speed / speedAt(i))) < std::abs(std::log(speed / speedAt(best))))
            best = i;
    return best;
}
int ControlBar::speedSteps() {
    return static_cast<int>(speed_steps.size());
}

ControlBar::ControlBar(SimulationController& controller, QWidget* parent)
    : QToolBar(parent), controller_(controller) {
    setObjectName(QStringLiteral("controlBar"));
    setMovable(false);
    setIconSize(QSize(28, 28));
    addTransport();
    addSeparator();
    addClock();
    addSeparator();
    addSpeed();
    addSeparator();
    addSeed();
    addSeparator();
    addRunUntil();
    connect(&controller_, &SimulationController::frameAdvanced, this, &ControlBar::refresh);
    connect(&controller_, &SimulationController::scenarioChanged, this, &ControlBar::refresh);
    connect(&controller_, &SimulationController::playingChanged, this, &ControlBar::refresh);
    connect(&controller_, &SimulationController::failed, this, &ControlBar::refresh);
    connect(&controller_, &SimulationController::recovered, this, &ControlBar::refresh);
    retranslate();
}

void ControlBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QToolBar::changeEvent(event);
}

void ControlBar::retranslate() {
    setWindowTitle(tr("Simulation"));
    reset_->setText(tr("Reset"));
    reset_->setToolTip(tr("Back to the start of the run (Home)"));
    back_->setText(tr("Step back"));
    back_->setToolTip(tr("Back to the previous event (Left arrow)"));
    play_->setToolTip(tr("Play or pause (Space)"));
    step_->setText(tr("Step"));
    step_->setToolTip(tr("Run exactly one event: the next thing that happens (Right arrow)"));
    clock_->setAccessibleName(tr("Clock"));
    clock_->setToolTip(tr("Simulated time since the doors opened (hours:minutes:seconds)"));
    timeline_->setAccessibleName(tr("Timeline"));
    timeline_->setToolTip(
        tr("The timeline: drag to any moment. The run is deterministic, so going back "
           "re-simulates from the start, with every slider change you made."));
    speed_caption_->setText(tr(" Speed "));
    speed_->setAccessibleName(tr("Speed"));
    speed_->setToolTip(
        tr("Simulated seconds per real second, in steps of 1, 2 and 5: from 0.25x (slow "
           "motion) to 1000x (+ and - step through them)"));
    seed_caption_->setText(tr(" Seed "));
    seed_->setAccessibleName(tr("Seed"));
    seed_->setToolTip(tr("Same seed, same customers, same run. Type another and press Enter."));
    fresh_->setText(tr("New seed"));
    fresh_->setToolTip(tr("Other customers, other cook times: a new random day"));
    until_caption_->setText(tr(" Run until "));
    until_->setAccessibleName(tr("Run until"));
    until_->setToolTip(tr("Jump to a time, e.g. 45m or 1h30m, and pause there"));
    shows_pause_ = !controller_.isPlaying();  // refresh() words Play or Pause again
    refresh();
}

void ControlBar::addTransport() {
    reset_ = addAction(style()->standardIcon(QStyle::SP_MediaSkipBackward), QString());
    back_ = addAction(style()->standardIcon(QStyle::SP_MediaSeekBackward), QString());
    play_ = addAction(style()->standardIcon(QStyle::SP_MediaPlay), QString());
    step_ = addAction(style()->standardIcon(QStyle::SP_MediaSeekForward), QString());
    connect(reset_, &QAction::triggered, &controller_, &SimulationController::reset);
    connect(back_, &QAction::triggered, &controller_, [this] { controller_.stepBack(); });
    connect(play_, &QAction::triggered, &controller_, &SimulationController::togglePlay);
    connect(step_, &QAction::triggered, &controller_, [this] { controller_.stepForward(); });
}

void ControlBar::addClock() {
    clock_ = new QLabel(this);
    clock_->setObjectName(QStringLiteral("clock"));
    QFont big = clock_->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    clock_->setFont(big);
    // A fixed size: the text changes every frame, the window's layout must not.
    clock_->setFixedSize(QFontMetrics(big).horizontalAdvance(QStringLiteral("000:00:00.0")) + 12,
                         QFontMetrics(big).height() + 6);
    addWidget(clock_);
    timeline_ = new QSlider(Qt::Horizontal, this);
    timeline_->setRange(0, 1000);
    timeline_->setMinimumWidth(
        100);  // the whole bar fits at 1280 px, Code included, in each language
    auto* jumping = new JumpingSliderStyle;
    jumping->setParent(timeline_);
    timeline_->setStyle(jumping);
    timeline_->setPageStep(50);  // Page Up/Down: 5 % of the service; arrows 0.1 %
    timeline_->setSingleStep(10);
    // Every way the handle moves (drag, click, keys, wheel) moves the clock with it.
    connect(timeline_, &QSlider::actionTriggered, this, [this](int) {
        controller_.runTo(controller_.endTime() * timeline_->sliderPosition() / 1000.0);
    });
    addWidget(timeline_);
}

void ControlBar::addSpeed() {
    speed_caption_ = new QLabel(this);
    addWidget(speed_caption_);
    speed_ = new QSlider(Qt::Horizontal, this);
    speed_->setRange(0, speedSteps() - 1);
    speed_->setPageStep(1);
    speed_->setTickPosition(QSlider::TicksBelow);
    speed_->setFixedWidth(120);
    speed_->setValue(positionOf(controller_.speed()));
    speed_label_ = new QLabel(speedText(controller_.speed()), this);
    speed_label_->setMinimumWidth(52);
    connect(speed_, &QSlider::valueChanged, this, [this](int v) {
        controller_.setSpeed(speedAt(v));
        speed_label_->setText(speedText(controller_.speed()));
        refresh();  // the clock shows tenths at slow speeds
    });
    addWidget(speed_);
    addWidget(speed_label_);
}

void ControlBar::addSeed() {
    seed_caption_ = new QLabel(this);
    addWidget(seed_caption_);
    seed_ = new QLineEdit(this);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setFixedWidth(90);
    seed_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), seed_));
    connect(seed_, &QLineEdit::returnPressed, this, [this] {
        controller_.setSeed(seed_->text().toULongLong());
        emit entryFinished();
    });
    addWidget(seed_);
    fresh_ = new QPushButton(this);
    connect(fresh_, &QPushButton::clicked, this,
            [this] { controller_.setSeed(QRandomGenerator::global()->bounded(1000000000ull)); });
    addWidget(fresh_);
}

void ControlBar::addRunUntil() {
    until_caption_ = new QLabel(this);
    addWidget(until_caption_);
    until_ = new QLineEdit(this);
    until_->setObjectName(QStringLiteral("runUntil"));
    until_->setFixedWidth(70);
    until_->setPlaceholderText(QStringLiteral("1h30m"));
    connect(until_, &QLineEdit::returnPressed, this, [this] {
        if (runUntil(until_->text())) emit entryFinished();  // Space plays again
    });
    addWidget(until_);
}

bool ControlBar::runUntil(const QString& text) {
    const auto t = parse_duration(text.toStdString());
    if (!t) {
        QToolTip::showText(until_->mapToGlobal(QPoint(0, until_->height())),
                           tr("Write a time such as 45m, 90s or 1h30m"), until_);
        return false;
    }
    controller_.pause();
    controller_.runTo(*t);  // far away, it goes on in slices: the status bar shows how far
    return true;
}

void ControlBar::refresh() {
    const bool playing = controller_.isPlaying();
    if (playing != shows_pause_) {  // a new icon each frame would fill the pixmap cache
        shows_pause_ = playing;
        play_->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        play_->setText(playing ? tr("Pause") : tr("Play"));
    }
    const QString clock = clockAt(controller_.now(), controller_.speed());
    if (clock != clock_->text()) clock_->setText(clock);
    if (!timeline_->isSliderDown())
        timeline_->setValue(
            static_cast<int>(std::lround(1000.0 * controller_.now() / controller_.endTime())));
    if (!seed_->hasFocus()) seed_->setText(QString::number(controller_.seed()));
    // A failed run moves no more: only Reset (or another scenario or seed) goes on.
    const bool failed = controller_.life() == LifeCycle::error;
    const bool at_end = controller_.now() >= controller_.endTime();
    step_->setEnabled(!at_end && !failed);
    play_->setEnabled((!at_end || playing) && !failed);
    back_->setEnabled(controller_.now() > 0 && !failed);
    timeline_->setEnabled(!failed);
    until_->setEnabled(!failed);
}

}  // namespace bistro::gui
