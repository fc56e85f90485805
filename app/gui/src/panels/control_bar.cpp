#include "bistro/gui/panels/control_bar.hpp"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSlider>
#include <QStyle>
#include <QToolTip>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/io/scenario_file.hpp"

namespace bistro::gui {

namespace {
QString paddedClock(double seconds) {
    const auto s = static_cast<long long>(std::floor(seconds));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString speedText(double speed) {
    return speed < 1 ? QStringLiteral("%1x").arg(speed, 0, 'f', 2)
                     : QStringLiteral("%1x").arg(std::round(speed));
}
}  // namespace

double ControlBar::speedAt(int position) {
    return 0.25 * std::pow(4000.0, position / 1000.0);
}
int ControlBar::positionOf(double speed) {
    return static_cast<int>(std::lround(1000.0 * std::log(speed / 0.25) / std::log(4000.0)));
}

ControlBar::ControlBar(SimulationController& controller, QWidget* parent)
    : QToolBar(tr("Simulation"), parent), controller_(controller) {
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
    refresh();
}

void ControlBar::addTransport() {
    reset_ = addAction(style()->standardIcon(QStyle::SP_MediaSkipBackward), tr("Reset"));
    reset_->setToolTip(tr("Back to the start of the run (Home)"));
    back_ = addAction(style()->standardIcon(QStyle::SP_MediaSeekBackward), tr("Step back"));
    back_->setToolTip(tr("Back to the previous event (Left arrow)"));
    play_ = addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"));
    play_->setToolTip(tr("Play or pause (Space)"));
    step_ = addAction(style()->standardIcon(QStyle::SP_MediaSeekForward), tr("Step"));
    step_->setToolTip(tr("Run exactly one event: the next thing that happens (Right arrow)"));
    connect(reset_, &QAction::triggered, &controller_, &SimulationController::reset);
    connect(back_, &QAction::triggered, &controller_, [this] { controller_.stepBack(); });
    connect(play_, &QAction::triggered, &controller_, &SimulationController::togglePlay);
    connect(step_, &QAction::triggered, &controller_, [this] { controller_.stepForward(); });
}

void ControlBar::addClock() {
    clock_ = new QLabel(this);
    clock_->setObjectName(QStringLiteral("clock"));
    clock_->setToolTip(tr("Simulated time since the doors opened (hours:minutes:seconds)"));
    QFont big = clock_->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    clock_->setFont(big);
    // A fixed size: the text changes every frame, the window's layout must not.
    clock_->setFixedSize(QFontMetrics(big).horizontalAdvance(QStringLiteral("000:00:00")) + 12,
                         QFontMetrics(big).height() + 6);
    addWidget(clock_);
    timeline_ = new QSlider(Qt::Horizontal, this);
    timeline_->setRange(0, 1000);
    timeline_->setMinimumWidth(220);
    timeline_->setToolTip(
        tr("The timeline: drag to any moment. The run is deterministic, so going back "
           "re-simulates from the start, with every slider change you made."));
    connect(timeline_, &QSlider::sliderMoved, this,
            [this](int v) { controller_.seek(controller_.endTime() * v / 1000.0); });
    addWidget(timeline_);
}

void ControlBar::addSpeed() {
    addWidget(new QLabel(tr(" Speed "), this));
    speed_ = new QSlider(Qt::Horizontal, this);
    speed_->setRange(0, 1000);
    speed_->setFixedWidth(140);
    speed_->setValue(positionOf(controller_.speed()));
    speed_->setToolTip(tr("Simulated seconds per real second: from 0.25x (slow motion) to 1000x"));
    speed_label_ = new QLabel(speedText(controller_.speed()), this);
    speed_label_->setMinimumWidth(52);
    connect(speed_, &QSlider::valueChanged, this, [this](int v) {
        controller_.setSpeed(speedAt(v));
        speed_label_->setText(speedText(controller_.speed()));
    });
    addWidget(speed_);
    addWidget(speed_label_);
}

void ControlBar::addSeed() {
    addWidget(new QLabel(tr(" Seed "), this));
    seed_ = new QLineEdit(this);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setFixedWidth(110);
    seed_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), seed_));
    seed_->setToolTip(tr("Same seed, same customers, same run. Type another and press Enter."));
    connect(seed_, &QLineEdit::returnPressed, this,
            [this] { controller_.setSeed(seed_->text().toULongLong()); });
    addWidget(seed_);
    auto* fresh = new QPushButton(tr("New seed"), this);
    fresh->setToolTip(tr("Other customers, other cook times: a new random day"));
    connect(fresh, &QPushButton::clicked, this,
            [this] { controller_.setSeed(QRandomGenerator::global()->bounded(1000000000ull)); });
    addWidget(fresh);
}

void ControlBar::addRunUntil() {
    addWidget(new QLabel(tr(" Run until "), this));
    until_ = new QLineEdit(this);
    until_->setObjectName(QStringLiteral("runUntil"));
    until_->setFixedWidth(70);
    until_->setPlaceholderText(QStringLiteral("1h30m"));
    until_->setToolTip(tr("Jump to a time, e.g. 45m or 1h30m, and pause there"));
    connect(until_, &QLineEdit::returnPressed, this, [this] { runUntil(until_->text()); });
    addWidget(until_);
}

void ControlBar::runUntil(const QString& text) {
    const auto t = parse_duration(text.toStdString());
    if (!t) {
        QToolTip::showText(until_->mapToGlobal(QPoint(0, until_->height())),
                           tr("Write a time such as 45m, 90s or 1h30m"), until_);
        return;
    }
    controller_.pause();
    controller_.seek(*t);
}

void ControlBar::refresh() {
    const bool playing = controller_.isPlaying();
    if (playing != shows_pause_) {  // a new icon each frame would fill the pixmap cache
        shows_pause_ = playing;
        play_->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        play_->setText(playing ? tr("Pause") : tr("Play"));
    }
    const QString clock = paddedClock(controller_.now());
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
