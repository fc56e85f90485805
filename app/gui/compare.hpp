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
#include <QTextBrowser>
#include <QWidget>
#include <optional>

#include "bistro/sim/replications.hpp"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace bistro::gui {

class SimulationController;

/// What differs between the two restaurants: one parameter, a value on each side.
struct Contrast {
    Parameter parameter = Parameter::policy;
    double a = 0.0;  ///< the left restaurant (the main one)
    double b = 1.0;  ///< the right restaurant (the twin)

    /// "sync", "async", "4 cooks", "cook time x1.5"...
    QString name(double value) const;
    QString nameA() const { return name(a); }
    QString nameB() const { return name(b); }
    /// The usual other value to compare the current one with.
    static Contrast around(Parameter p, double current);
};

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
        Estimate difference;  ///< in the mean wait for food (s), b - a
        std::string verdict;  ///< in plain words, as `bistro-cli compare` says it
        std::string error;    ///< non-empty if it could not be computed
    };
    const std::optional<Result>& result() const { return result_; }
    bool computing() const { return watcher_.isRunning(); }
    /// The `bistro-cli` command that reproduces the result, when one does.
    QString command() const;

  signals:
    void started();
    void stopped();
    void resultChanged();

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
    QElapsedTimer since_compute_;
    double computed_until_ = -1.0;
    std::size_t computed_changes_ = 0;
};

/// Above the two floors: what is compared, with a value for each side.
class CompareBar : public QWidget {
    Q_OBJECT

  public:
    explicit CompareBar(TwinRestaurants& twins, QWidget* parent = nullptr);
    void refresh();  ///< show the current contrast

  signals:
    void stopRequested();

  private:
    void apply();

    TwinRestaurants& twins_;
    QComboBox* parameter_;
    QComboBox* switch_a_;
    QComboBox* switch_b_;
    QDoubleSpinBox* value_a_;
    QDoubleSpinBox* value_b_;
    bool updating_ = false;
};

/// The paired difference, live and replicated, in plain words and as an interval.
class ComparisonPanel : public QTextBrowser {
    Q_OBJECT

  public:
    explicit ComparisonPanel(TwinRestaurants& twins, QWidget* parent = nullptr);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    void refresh();
    void display(const QString& html);  ///< only when it differs from what is shown

    TwinRestaurants& twins_;
    QString html_;
    QElapsedTimer since_;  // since the last refresh
    bool pending_ = false;
};

}  // namespace bistro::gui
