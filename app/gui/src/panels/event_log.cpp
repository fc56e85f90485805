#include "bistro/gui/panels/event_log.hpp"

#include "bistro/gui/controller/simulation_controller.hpp"

namespace bistro::gui {

void EventLog::follow(const SimulationController& c, QObject* context) {
    QObject::connect(&c, &SimulationController::happened, context,
                     [this](const Happening& h) { record(h); });
    QObject::connect(&c, &SimulationController::historyRestarted, context, [this] { clear(); });
}

void EventLog::record(const Happening& h) {
    rows_.push_back(h);
    if (rows_.size() > capacity) {
        rows_.erase(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(drop));
        dropped_ += drop;
    }
}

void EventLog::clear() {
    rows_.clear();
    dropped_ = 0;
    ++generation_;
}

}  // namespace bistro::gui
