#pragma once
// `bistro --bench-frames N`: drives the real window frame by frame and prints
// frame-time percentiles and memory, the figures behind "60 frames per second".
// A tool, not part of the window's library: only the `bistro` program links it.

#include <QElapsedTimer>
#include <QEventLoop>
#include <memory>
#include <utility>
#include <vector>

namespace bistro::gui {
class MainWindow;
}

namespace bistro::tools {

class FrameBenchmark {
  public:
    FrameBenchmark(gui::MainWindow& window, int frames, double speed);
    ~FrameBenchmark();
    /// Plays the window at the speed, as a person would, for N frames of its 60 Hz
    /// timer - a frame's time is the main thread's work from one move of the model
    /// to the next, sleep left out - and prints the figures. Returns the exit code.
    int run();

    struct Memory {
        double resident = 0, anonymous = 0, heap = 0;  ///< MB
    };

  private:
    void tick();  ///< the model moved: a frame ends and the next begins
    void endFrame();
    void print() const;

    gui::MainWindow& window_;
    int frames_;
    double speed_;
    std::vector<double> ms_;
    std::vector<std::pair<int, Memory>> memory_;  // (frame, memory) at a few checkpoints
    QElapsedTimer busy_;                          // since the loop woke, while it works
    qint64 work_ns_ = 0;                          // the frame's work so far
    bool started_ = false;
    class Waking;
    std::unique_ptr<Waking> waking_;
    QEventLoop loop_;
};

}  // namespace bistro::tools
