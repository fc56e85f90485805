#pragma once
// `bistro --bench-frames N`: drives the real window frame by frame and prints
// frame-time percentiles and memory, the figures behind "60 frames per second".
// A tool, not part of the window's library: only the `bistro` program links it.

#include <QElapsedTimer>
#include <QEventLoop>
#include <utility>
#include <vector>

namespace bistro::gui {
class MainWindow;
}

namespace bistro::tools {

class FrameBenchmark {
  public:
    FrameBenchmark(gui::MainWindow& window, int frames, double speed);
    /// Runs the frames of 1/60 s at the speed - advance the model, then let Qt paint
    /// everything that changed - and prints the figures. Returns the exit code.
    int run();

    struct Memory {
        double resident = 0, anonymous = 0, heap = 0;  ///< MB
    };

  private:
    void tick();  ///< the previous frame ends (the loop is idle), the next begins
    void endFrame();
    void print() const;

    gui::MainWindow& window_;
    int frames_;
    double speed_;
    std::vector<double> ms_;
    std::vector<std::pair<int, Memory>> memory_;  // (frame, memory) at a few checkpoints
    QElapsedTimer frame_;
    QEventLoop loop_;
};

}  // namespace bistro::tools
