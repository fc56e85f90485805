#pragma once
// The soak's monkey (soak.cpp): one random action a turn of the event loop, then
// a few frames at top speed, each checked.

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

namespace bistro::gui {
class MainWindow;
class SimulationController;
}  // namespace bistro::gui

namespace bistro::soak {

struct Limits {
    long long actions = 0;  ///< stop after this many (0: no limit)
    double seconds = 0;     ///< stop after this long (0: no limit)
};

class Monkey : public QObject {
    Q_OBJECT

  public:
    Monkey(std::uint64_t seed, Limits limits);
    ~Monkey() override;

  public slots:
    void start();

  private:
    void turn();
    void act();
    void frames();
    bool check(gui::SimulationController& c, const char* which);
    bool checkReplay(gui::SimulationController& c, const char* which);
    void fail(const std::string& what);
    void finish();
    bool done() const;
    int pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }
    double uniform() { return static_cast<double>(rng_() >> 11) * 0x1p-53; }
    // The actions.
    void moveSlider();
    void flipSwitch(bool policy);
    void scrub();
    void steps(bool forward);
    void newSeed();
    void openPreset();
    void resize();
    void zoom();
    void runFar();
    void note(const QString& what);

    std::uint64_t seed_;
    Limits limits_;
    std::mt19937_64 rng_;
    std::unique_ptr<gui::MainWindow> window_;
    QStringList log_;
    QElapsedTimer clock_;
    long long actions_ = 0, frames_ = 0, checks_ = 0, replays_ = 0;
    long rss_start_kb_ = 0;
};

}  // namespace bistro::soak
