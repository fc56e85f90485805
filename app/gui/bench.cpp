#include "bench.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <vector>

#include "floor_view.hpp"
#include "main_window.hpp"
#include "simulation_controller.hpp"

namespace bistro::gui {

namespace {
double resident_mb() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) /
           (1024.0 * 1024.0);
}

double percentile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}
}  // namespace

int run_frame_benchmark(MainWindow& window, int frames, double speed) {
    SimulationController& c = window.controller();
    c.setSpeed(speed);
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(frames));
    std::vector<std::pair<int, double>> memory;  // (frame, MB) at a few checkpoints
    QElapsedTimer timer;
    for (int f = 0; f < frames && c.now() < c.endTime(); ++f) {
        timer.start();
        c.advance(1.0 / 60.0);          // what one tick of the frame timer does
        QApplication::processEvents();  // Qt paints whatever the frame made dirty
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (f == std::min(frames - 1, 600) || (f > 600 && f % std::max(1, frames / 5) == 0) ||
            f == frames - 1)
            memory.emplace_back(f + 1, resident_mb());
    }
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto& s = c.snapshot();
    std::printf(
        "frames: %zu at %gx (%.1f simulated hours), %zu tables, %zu waiters, %zu cooks, %zu "
        "events\n",
        ms.size(), speed, c.now() / 3600, s.tables.size(), s.waiters.size(), s.cooks.size(),
        static_cast<std::size_t>(c.events()));
    std::printf("frame time ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  (60 fps needs < 16.7)\n",
                percentile(ms, 0.5), percentile(ms, 0.9), percentile(ms, 0.99),
                percentile(ms, 1.0));
    std::printf("resident memory MB by frame:");
    for (const auto& [frame, mb] : memory) std::printf("  %d: %.1f", frame, mb);
    std::printf("  (peak %.1f)\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}

}  // namespace bistro::gui
