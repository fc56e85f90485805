#include "bistro/gui/plots/plot_recorder.hpp"

namespace bistro::gui {

PlotRecorder::PlotRecorder(std::function<const RunStatistics&()> levels)
    : levels_(std::move(levels)) {}

void PlotRecorder::on_happening(const Happening& h) {
    switch (h.kind) {
        case HappeningKind::party_seated:
            measures_[static_cast<std::size_t>(Wait::table)].add(h.time, h.value);
            break;
        case HappeningKind::order_served:
            measures_[static_cast<std::size_t>(Wait::food)].add(h.time, h.value);
            break;
        case HappeningKind::party_left:
            measures_[static_cast<std::size_t>(Wait::in_restaurant)].add(h.time, h.value);
            break;
        case HappeningKind::warmup_ended:
            for (Measure& m : measures_) m.clear();  // as the core's statistics do
            break;
        case HappeningKind::waiter_state_changed:
            return;  // changes no queue
        default:
            break;
    }
    const RunStatistics& s = levels_();
    door_.add(h.time, s.door_queue.value());
    kitchen_.add(h.time, s.kitchen_queue.value());
    pass_.add(h.time, s.at_pass.value());
    ++version_;
}

void PlotRecorder::clear() {
    for (Measure& m : measures_) m.clear();
    door_.clear();
    kitchen_.clear();
    pass_.clear();
    ++version_;
}

}  // namespace bistro::gui
