#include "bistro/gui/window/job_bar.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <cmath>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"

namespace bistro::gui {

namespace {
constexpr int poll_ms = 200;
constexpr qint64 quiet_ms = 600;  // a comparison quicker than this never shows a bar
}  // namespace

JobBar::JobBar(SimulationController& controller, TwinRestaurants& twins, QStatusBar* status)
    : QWidget(status), controller_(controller), twins_(twins), status_(status) {
    setObjectName(QStringLiteral("jobBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    text_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    bar_->setFixedWidth(160);
    bar_->setAccessibleName(tr("Progress of the long job"));
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setToolTip(tr("Stop here (Esc): the run stays at the time it reached"));
    connect(cancel_, &QPushButton::clicked, this, &JobBar::cancel);
    row->addWidget(text_);
    row->addWidget(bar_);
    row->addWidget(cancel_);
    status->addPermanentWidget(this);
    hide();
    connect(&controller_, &SimulationController::jobStarted, this, &JobBar::runProgressed);
    connect(&controller_, &SimulationController::jobProgressed, this, &JobBar::runProgressed);
    connect(&controller_, &SimulationController::jobEnded, this, &JobBar::runEnded);
    poll_.setInterval(poll_ms);
    connect(&poll_, &QTimer::timeout, this, &JobBar::pollComparison);
    poll_.start();
}

bool JobBar::cancel() {
    if (isHidden()) return false;  // only what the bar shows: Esc has other work too
    if (controller_.jobRunning()) {
        controller_.cancelJob();
        return true;
    }
    if (twins_.computing()) {
        twins_.cancelComparison();
        status_->showMessage(tr("The replicated comparison was stopped."), 8000);
        return true;
    }
    return false;
}

QString JobBar::timeText(double seconds) {
    const QLocale here;
    if (seconds >= 10 * 3600.0)
        return tr("%1 h").arg(here.toString(std::floor(seconds / 3600), 'f', 0));
    const auto minutes = static_cast<qint64>(std::floor(seconds / 60));
    if (minutes < 60) return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void JobBar::runProgressed() {
    display(tr("Running to %1: at %2")
                .arg(timeText(controller_.jobTarget()), timeText(controller_.now())),
            controller_.jobProgress());
}

void JobBar::runEnded(bool completed) {
    hide();
    if (completed || controller_.life() == LifeCycle::error) return;  // the banner says why
    status_->showMessage(tr("Stopped at %1 of %2.")
                             .arg(timeText(controller_.now()), timeText(controller_.jobTarget())),
                         15000);
}

void JobBar::pollComparison() {
    if (controller_.jobRunning()) return;
    if (!twins_.computing()) {
        comparing_.invalidate();
        if (isVisible()) hide();
        return;
    }
    if (!comparing_.isValid()) comparing_.start();
    if (comparing_.elapsed() < quiet_ms) return;
    display(tr("Replicated comparison: %1 %").arg(std::lround(100 * twins_.comparisonProgress())),
            twins_.comparisonProgress());
}

void JobBar::display(const QString& text, double share) {
    text_->setText(text);
    bar_->setValue(static_cast<int>(std::lround(1000 * share)));
    setVisible(true);
}

}  // namespace bistro::gui
