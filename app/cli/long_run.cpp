#include "long_run.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>

#include "words.hpp"

namespace bistro::cli {

namespace {
// A signal handler can reach nothing else: the one watch a Ctrl-C stops, while a
// LongRun lives. A lock-free atomic pointer, so the handler may read it.
std::atomic<RunWatch*> interrupt_target{nullptr};
static_assert(std::atomic<RunWatch*>::is_always_lock_free);

extern "C" void on_interrupt(int) {
    if (RunWatch* watch = interrupt_target.load()) watch->stop();
    constexpr char note[] = "\nbistro-cli: stopping (press Ctrl-C again to quit at once)\n";
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, note, sizeof note - 1);
}

/// "45m", "2.5h", "1046h": simulated time, as precise as a glance at a bar needs.
std::string hours(double seconds) {
    if (seconds < 3600) return fmt::format("{:.0f}m", seconds / 60);
    if (seconds < 100 * 3600) return localized(fmt::format("{:.1f}h", seconds / 3600));
    return fmt::format("{:.0f}h", seconds / 3600);
}

using namespace std::chrono_literals;
}  // namespace

LongRun::LongRun() {
    interrupt_target.store(&watch_);
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;  // the second Ctrl-C: the default, the end
    ::sigaction(SIGINT, &action, &previous_);
    if (previous_.sa_handler == SIG_IGN)  // started in the background or with nohup: keep it so
        ::sigaction(SIGINT, &previous_, nullptr);
    if (::isatty(STDERR_FILENO)) bar_ = std::jthread([this](std::stop_token s) { drawBars(s); });
}

LongRun::~LongRun() {
    finish();
    ::sigaction(SIGINT, &previous_, nullptr);
    interrupt_target.store(nullptr);
}

std::string LongRun::progress() const {
    const double total = watch_.expected(), done = watch_.done();
    return say(BISTRO_WORDS("Cli", "%1 of %2 simulated (%3%)"),
               {hours(done), hours(total), number(total > 0 ? 100.0 * done / total : 100.0, 0)});
}

void LongRun::drawBars(std::stop_token stop) {
    std::mutex lock;
    std::condition_variable_any tick;
    std::unique_lock guard(lock);
    const auto never = [] { return false; };  // woken by time, or by the stop
    bool drawn = false;
    tick.wait_for(guard, stop, 500ms, never);
    while (!stop.stop_requested()) {
        draw(drawn);
        tick.wait_for(guard, stop, 200ms, never);
    }
    if (drawn) std::fprintf(stderr, "\r\033[K");  // the bar goes: results or a message follow
}

void LongRun::draw(bool& drawn) const {
    const double total = watch_.expected();
    if (total <= 0) return;
    constexpr int width = 30;
    const int filled = static_cast<int>(width * std::min(1.0, watch_.done() / total));
    std::fprintf(
        stderr, "\r[%s%s] %s%s\033[K", std::string(static_cast<std::size_t>(filled), '#').c_str(),
        std::string(static_cast<std::size_t>(width - filled), '.').c_str(), progress().c_str(),
        watch_.stopping() ? say(BISTRO_WORDS("Cli", ", stopping")).c_str() : "");
    drawn = true;
}

}  // namespace bistro::cli
