#pragma once
// Compare mode: two restaurants side by side, on the same clock, the same seed
// and so the same guests and cook times (common random numbers), differing in
// one setting: synchronous against asynchronous by default. The sliders move
// both, except the one being compared. In the background, the pair is
// replicated on more seeds to put a confidence interval on the difference in
// the mean wait for food, exactly as `bistro-cli compare` does.

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>
#include <string>

#include "bistro/gui/compare/contrast.hpp"
#include "bistro/gui/compare/verdict_words.hpp"
#include "bistro/sim/replications.hpp"
#include "bistro/sim/verdict.hpp"

namespace bistro::gui {

class SimulationController;

class TwinRestaurants : public QObject {
    Q_OBJECT

  public:
    /// Services replicated for the confidence interval: as many as `bistro-cli compare`.
    static constexpr int replications = 10;

    explicit TwinRestaurants(SimulationController& primary, QObject* parent = nullptr);
    ~TwinRestaurants() override;

    bool isOn() const { return on_; }
    /// Both restaurants open again at time 0 on the main one's current settings, with
    /// the contrast's values.
    void start(const Contrast& contrast);
    void stop();
    const Contrast& contrast() const { return contrast_; }
    SimulationController& primary() { return primary_; }
    SimulationController& twin() { return *twin_; }

    /// The replicated paired comparison of both restaurants up to some time.
    struct Result {
        double until = 0.0;  ///< each replication ran from 0 to this time
        int replications = 0;
        /// In the mean wait for food (s), b - a, counting the parties still waiting.
        Estimate difference;
        VerdictFacts facts;    ///< what the comparison found, to be worded
        QString nameA, nameB;  ///< the two sides, as the verdict names them
        std::string error;     ///< non-empty if it could not be computed
        /// Cancelled (cancelComparison) after `reached` of its services' simulated seconds.
        bool stopped = false;
        double reached = 0.0, total = 0.0;
        /// The verdict's parts in the interface's language (at the time of asking).
        VerdictWords words() const { return wordVerdict(facts, nameA, nameB); }
        /// The verdict in plain words, as `bistro-cli compare` says it.
        QString verdict() const { return words().text(); }
    };
    const std::optional<Result>& result() const { return result_; }
    bool computing() const { return watcher_.isRunning(); }
    /// The share of the replicated comparison done so far, 0 to 1 (0 when none runs).
    double comparisonProgress() const;
    /// Stops the replicated comparison that is running (on a long horizon, minutes of
    /// work): result() then says it was stopped, and where. The next move of the clock
    /// or of a setting starts another.
    void cancelComparison();
    /// The `bistro-cli` command that reproduces the result, when one does.
    QString command() const;

  signals:
    void started();
    void stopped();
    void resultChanged();
    /// A replicated comparison finished (result() holds it; another may start as the clock moves).
    void replicationsFinished();

  private:
    void follow();
    void restartBoth();
    void maybeCompute();

    SimulationController& primary_;
    SimulationController* twin_;
    Contrast contrast_;
    bool on_ = false;
    bool restarting_ = false;
    std::optional<Result> result_;
    QFutureWatcher<Result> watcher_;
    std::shared_ptr<RunWatch> watch_;  ///< follows the running comparison; shared with it
    QElapsedTimer since_compute_;
    double computed_until_ = -1.0;
    std::size_t computed_changes_ = 0;
};

}  // namespace bistro::gui
