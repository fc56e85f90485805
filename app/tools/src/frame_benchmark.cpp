#include "bistro/tools/frame_benchmark.hpp"

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/window/main_window.hpp"

#if defined(__SANITIZE_ADDRESS__)
// libasan's public interface (sanitizer/allocator_interface.h, which Debian's GCC lacks).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace bistro::tools {

/// Sees every event the application delivers: the first after a sleep wakes the frame.
class FrameBenchmark::Waking : public QObject {
  public:
    explicit Waking(std::function<void()> woke) : woke_(std::move(woke)) {}
    bool eventFilter(QObject*, QEvent*) override {
        woke_();
        return false;
    }

  private:
    std::function<void()> woke_;
};

FrameBenchmark::~FrameBenchmark() = default;

namespace {
/// Bytes malloc has handed out and not had back. Under AddressSanitizer its own
/// allocator serves malloc, and mallinfo2() knows nothing of it: ask the sanitizer.
std::size_t heapInUse() {
#if defined(__SANITIZE_ADDRESS__)
    return __sanitizer_get_current_allocated_bytes();
#else
    return ::mallinfo2().uordblks;
#endif
}

/// Resident memory now, MB: all of it (statm), the process's own anonymous pages
/// (RssAnon: heap and stacks, not the libraries' code), and the heap in use (malloc).
FrameBenchmark::Memory memoryNow() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    const double mb = 1024.0 * 1024.0;
    FrameBenchmark::Memory m;
    m.resident = static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) / mb;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("RssAnon:", 0) == 0) m.anonymous = std::stod(line.substr(8)) / 1024.0;
    m.heap = static_cast<double>(heapInUse()) / mb;
    return m;
}

double percentile(std::vector<double> v, double q) {
    if (v.empty()) return 0.0;  // no frame ran (N = 0, or the run had ended)
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}
}  // namespace

FrameBenchmark::FrameBenchmark(gui::MainWindow& window, int frames, double speed)
    : window_(window), frames_(frames), speed_(speed) {
    ms_.reserve(static_cast<std::size_t>(std::max(0, frames)));
    // The window plays as it does for a person: the controller's own 60 Hz timer
    // advances the model by the wall time gone by, times the speed. A frame's time
    // is the main thread's work from one move of the model to the next - the paint,
    // the plots' turns, everything Qt runs meanwhile - without the time it sleeps.
    // The loop sleeps from aboutToBlock to the next event it delivers (the glib
    // dispatcher does not say when it wakes: the first event after the sleep does).
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock,
                     &loop_, [this] {
                         if (busy_.isValid()) work_ns_ += busy_.nsecsElapsed();
                         busy_.invalidate();
                     });
    waking_ = std::make_unique<Waking>([this] {
        if (!busy_.isValid()) busy_.start();
    });
    QCoreApplication::instance()->installEventFilter(waking_.get());
    QObject::connect(&window_.controller(), &gui::SimulationController::frameAdvanced, &loop_,
                     [this] { tick(); });
}

int FrameBenchmark::run() {
    gui::SimulationController& c = window_.controller();
    Scenario s = c.currentScenario();
    // Long enough never to end mid-benchmark: every frame advances about 1/60 s x speed.
    const double frames_cover = static_cast<double>(frames_) * speed_ / 60.0 * 1.5 + 3600.0;
    s.duration = std::max(s.duration, std::min(max_duration, std::max(24 * 3600.0, frames_cover)));
    c.setScenario(s);
    c.setSpeed(speed_);
    c.play();
    if (frames_ > 0) loop_.exec();
    c.pause();
    print();
    return 0;
}

void FrameBenchmark::tick() {
    // The model moved: the frame before ends here, the next begins.
    if (busy_.isValid()) {
        work_ns_ += busy_.nsecsElapsed();
        busy_.start();
    }
    if (started_) endFrame();
    started_ = true;
    work_ns_ = 0;
    const gui::SimulationController& c = window_.controller();
    if (static_cast<int>(ms_.size()) >= frames_ || c.now() >= c.endTime()) loop_.quit();
}

void FrameBenchmark::endFrame() {
    ms_.push_back(static_cast<double>(work_ns_) / 1e6);
    const int f = static_cast<int>(ms_.size()) - 1;
    if (f == std::min(frames_ - 1, 600) || (f > 600 && f % std::max(1, frames_ / 10) == 0) ||
        f == frames_ - 1) {
        memory_.emplace_back(f + 1, memoryNow());
        // As it goes, so that a long run shows its curve while it runs.
        const Memory& m = memory_.back().second;
        std::fprintf(stderr, "frame %d at %.1f simulated hours: resident %.1f MB\n", f + 1,
                     window_.controller().now() / 3600, m.resident);
    }
}

void FrameBenchmark::print() const {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const gui::SimulationController& c = window_.controller();
    const auto& s = c.snapshot();
    std::printf(
        "frames: %zu at %gx (%.1f simulated hours), %zu tables, %zu waiters, %zu cooks, %zu "
        "events\n",
        ms_.size(), speed_, c.now() / 3600, s.tables.size(), s.waiters.size(), s.cooks.size(),
        static_cast<std::size_t>(c.events()));
    std::printf("frame time ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  (60 fps needs < 16.7)\n",
                percentile(ms_, 0.5), percentile(ms_, 0.9), percentile(ms_, 0.99),
                percentile(ms_, 1.0));
    std::printf("memory MB by frame (resident / of it anonymous / heap in use):");
    for (const auto& [frame, m] : memory_)
        std::printf("  %d: %.1f/%.1f/%.1f", frame, m.resident, m.anonymous, m.heap);
    std::printf("  (peak resident %.1f)\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    if (memory_.size() < 2) return;
    // From the first checkpoint on, once the window has settled.
    const Memory &first = memory_.front().second, &last = memory_.back().second;
    std::printf(
        "growth from frame %d to %d: resident %+.1f MB, anonymous %+.1f MB, heap %+.1f MB\n",
        memory_.front().first, memory_.back().first, last.resident - first.resident,
        last.anonymous - first.anonymous, last.heap - first.heap);
}

}  // namespace bistro::tools
