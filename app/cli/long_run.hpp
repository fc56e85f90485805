#pragma once
// Long runs from a terminal: a progress bar on stderr when stderr is a terminal,
// and a clean Ctrl-C: the runs stop between events, the command says it was
// interrupted and prints no results (they would be partial), exit code 130.

#include <csignal>
#include <string>
#include <thread>

#include "bistro/sim/replications.hpp"

namespace bistro::cli {

class LongRun {
  public:
    /// Takes over SIGINT (a second Ctrl-C ends the program at once) and, on a
    /// terminal, starts drawing the bar; a run shorter than half a second shows none.
    LongRun();
    /// Gives SIGINT back and clears the bar.
    ~LongRun();
    LongRun(const LongRun&) = delete;
    LongRun& operator=(const LongRun&) = delete;

    RunWatch& watch() { return watch_; }
    /// Stops and clears the bar: call it before printing results or a message.
    void finish() { bar_ = {}; }
    /// "3h of 30h simulated (10%)": how far the runs got.
    std::string progress() const;

  private:
    void drawBars(std::stop_token stop);
    void draw(bool& drawn) const;

    RunWatch watch_;
    struct sigaction previous_ {};
    std::jthread bar_;
};

}  // namespace bistro::cli
