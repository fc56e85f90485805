// Long jobs: runTo() covers simulated time in slices on the event loop (a timer of
// interval 0), never with processEvents(): between two slices the window paints,
// takes keys and clicks, and may cancel. A run in pieces is the same run (run_until
// in pieces), so wherever a job stops the model is exactly what seek() to that
// instant gives, and a job that ends is the seek() it replaces.
#include <algorithm>

#include "bistro/gui/controller/simulation_controller.hpp"

namespace bistro::gui {

namespace {
// Pieces of simulated time within a slice, so that a slice ends close to its budget of
// events: a minute is a few thousand events in the busiest restaurant allowed.
constexpr double piece_seconds = 60.0;
}  // namespace

void SimulationController::runTo(double time) {
    if (life() == LifeCycle::error) return;
    pause();
    time = std::clamp(time, 0.0, endTime());
    if (time < now() || restaurant_->life() == LifeCycle::finished) {
        if (!guarded([&] { restart(0.0); })) return endJob(false);
    }
    job_.from = now();
    job_.target = time;
    if (job_.running) return;  // the slices go on, towards the new target
    job_.running = true;
    if (!runSlice(job_.first_events)) return;  // done at once, with no job to show
    job_timer_.start();
    emit jobStarted(time);
}

double SimulationController::jobProgress() const {
    if (job_.target <= job_.from) return 1.0;
    return std::clamp((now() - job_.from) / (job_.target - job_.from), 0.0, 1.0);
}

void SimulationController::cancelJob() {
    endJob(false);
}

bool SimulationController::runSlice(std::uint64_t budget) {
    const std::uint64_t start = events();
    const auto more = [&] {
        return now() < job_.target && restaurant_->life() != LifeCycle::finished &&
               events() - start < budget;
    };
    const bool ran = guarded([&] {
        while (more()) restaurant_->run_until(std::min(job_.target, now() + piece_seconds));
    });
    if (!ran) {
        endJob(false);  // failed: the failure banner says why
        return false;
    }
    afterSeek();
    if (now() < job_.target && restaurant_->life() != LifeCycle::finished) return true;
    endJob(true);
    return false;
}

void SimulationController::nextSlice() {
    if (runSlice(job_.slice_events)) emit jobProgressed(now(), job_.target);
}

void SimulationController::endJob(bool completed) {
    if (!job_.running) return;
    job_.running = false;
    const bool announced = job_timer_.isActive();
    job_timer_.stop();
    if (announced) emit jobEnded(completed);
}

}  // namespace bistro::gui
