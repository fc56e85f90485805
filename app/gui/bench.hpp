#pragma once
// `bistro --bench-frames N`: drives the real window frame by frame and prints
// frame-time percentiles and memory, the figures behind "60 frames per second".

class QString;

namespace bistro::gui {

class MainWindow;

/// Runs `frames` frames of 1/60 s at `speed` - advance the model, then let Qt
/// paint everything that changed - and prints the figures. Returns the exit code.
int run_frame_benchmark(MainWindow& window, int frames, double speed);

}  // namespace bistro::gui
