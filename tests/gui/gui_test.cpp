// GUI tests on the offscreen platform: the window, driven as a person would.
#include <spdlog/spdlog.h>

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <cmath>

#include "bistro/io/scenario_file.hpp"
#include "bistro/sim/trace.hpp"
#include "compare.hpp"
#include "control_bar.hpp"
#include "event_log_panel.hpp"
#include "floor_view.hpp"
#include "main_window.hpp"
#include "palette.hpp"
#include "parameter_panel.hpp"
#include "plots.hpp"
#include "simulation_controller.hpp"
#include "stats_panel.hpp"
#include "timeline.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

/// Why two snapshots differ, or empty when they show the same instant.
QString difference(const Snapshot& a, const Snapshot& b) {
    if (a.time != b.time) return QStringLiteral("time %1 vs %2").arg(a.time).arg(b.time);
    if (a.arrived != b.arrived || a.served != b.served || a.lost != b.lost || a.inside != b.inside)
        return QStringLiteral("counters differ");
    if (a.policy != b.policy) return QStringLiteral("policy differs");
    if (a.waiters.size() != b.waiters.size()) return QStringLiteral("waiter count differs");
    for (std::size_t i = 0; i < a.waiters.size(); ++i) {
        const auto &x = a.waiters[i], &y = b.waiters[i];
        if (x.id != y.id || x.state != y.state || x.position != y.position || x.party != y.party ||
            x.since != y.since)
            return QStringLiteral("waiter %1 differs").arg(x.id + 1);
    }
    for (std::size_t i = 0; i < a.tables.size(); ++i)
        if (a.tables[i].party != b.tables[i].party || a.tables[i].state != b.tables[i].state)
            return QStringLiteral("table %1 differs").arg(i + 1);
    if (a.door.size() != b.door.size() || a.kitchen_queue.size() != b.kitchen_queue.size() ||
        a.pass.size() != b.pass.size() || a.tasks.size() != b.tasks.size())
        return QStringLiteral("queues differ");
    for (std::size_t i = 0; i < a.cooks.size(); ++i)
        if (a.cooks[i].busy != b.cooks[i].busy || a.cooks[i].party != b.cooks[i].party)
            return QStringLiteral("cook %1 differs").arg(i + 1);
    return {};
}

/// A fresh run of the controller's history to time t.
Snapshot fresh_run(const SimulationController& c, double t) {
    Restaurant r(c.scenario());
    for (const auto& change : c.changes()) r.schedule(change);
    r.run_until(t);
    return r.snapshot();
}

/// Records when parties arrive, and who they are.
struct Arrivals : HistoryListener {
    std::vector<std::pair<std::int64_t, double>> seen;
    void on_happening(const Happening& h) override {
        if (h.kind == HappeningKind::party_arrived) seen.emplace_back(h.party, h.time);
    }
    void clear() override { seen.clear(); }
};

/// Sums the bars of a drawn histogram (points come in pairs per bar: left, right).
double drawnParties(const QList<QPointF>& points) {
    double sum = 0;
    for (qsizetype i = 1; i + 1 < points.size(); i += 2) sum += points[i].y();
    return sum;
}

int blocked(const Snapshot& s) {
    int n = 0;
    for (const auto& w : s.waiters) n += w.state == WaiterState::blocked;
    return n;
}

}  // namespace

class GuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of its own: CTest runs test processes side by side.
        QVERIFY(settings_dir_.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings_dir_.path());
        QSettings().clear();
    }

    void init() {
        window_ = std::make_unique<MainWindow>();
        window_->resize(1280, 720);
        window_->show();
        QVERIFY(window_->openPreset("lunch-rush.toml"));
    }

    void cleanup() { window_.reset(); }

    // --- plots ------------------------------------------------------------------------------

    void plotsReceiveExactlyTheCompletedPartiesValues() {
        auto& c = window_->controller();
        Scenario s = c.scenario();
        s.warmup = 20 * 60.0;  // the plots forget the warm-up as the core's statistics do
        c.setScenario(s);
        c.seek(2.5 * 3600);
        const RunStatistics& stats = c.restaurant().statistics();
        const std::pair<PlotRecorder::Wait, const Tally*> pairs[] = {
            {PlotRecorder::Wait::food, &stats.wait_food},
            {PlotRecorder::Wait::in_restaurant, &stats.time_in_restaurant},
            {PlotRecorder::Wait::table, &stats.wait_table}};
        for (const auto& [wait, tally] : pairs) {
            const Measure& m = window_->recorder().measure(wait);
            QVERIFY(tally->count() > 10);
            QCOMPARE(m.count(), tally->count());
            QVERIFY(std::abs(m.mean() - tally->mean()) <= 1e-9 * std::max(1.0, tally->mean()));
            QVERIFY(std::abs(m.sd() - std::sqrt(tally->variance())) <=
                    1e-6 * std::max(1.0, m.sd()));
            QCOMPARE(m.histogram().count(), tally->count());
            // What is drawn: every party in a bar, and the mean line ends at the mean.
            WaitPlot& plot = window_->waitPlot(wait);
            QCOMPARE(drawnParties(plot.histogramPoints(0)), static_cast<double>(tally->count()));
            QVERIFY(std::abs(plot.meanPoints(0).back().y() - tally->mean() / 60) < 1e-9);
        }
        // Queues: the last point of each series is the level now.
        QCOMPARE(window_->recorder().doorQueue().points().back().y() <=
                     window_->recorder().doorQueue().maxY(),
                 true);
    }

    void plotMemoryStaysBoundedOnLongRuns() {
        auto& c = window_->controller();
        Scenario s = c.scenario();
        s.duration = 200 * 3600.0;
        c.setScenario(s);
        c.seek(s.duration);
        const PlotRecorder& r = window_->recorder();
        const Measure& food = r.measure(PlotRecorder::Wait::food);
        QVERIFY(food.count() > 2000);  // more than the series may hold
        QVERIFY(food.meanSeries().points().size() <= TimeSeries::default_capacity);
        QVERIFY(r.doorQueue().points().size() <= TimeSeries::default_capacity);
        QVERIFY(r.kitchenQueue().points().size() <= TimeSeries::default_capacity);
        QCOMPARE(food.count(), c.restaurant().statistics().wait_food.count());
    }

    void plotsExportValidPngSvgAndCsv() {
        window_->showPanel(QStringLiteral("all"));
        window_->controller().seek(3600);
        QTemporaryDir dir;
        for (PlotView* plot : window_->plots()) {
            plot->refreshNow();
            const QString base = dir.filePath(plot->objectName());
            QVERIFY2(plot->exportPng(base + ".png"), qPrintable(plot->lastError()));
            QImage png(base + ".png");
            QVERIFY(!png.isNull());
            QVERIFY(png.width() >= 300 && png.height() >= 150);
            QVERIFY2(plot->exportSvg(base + ".svg"), qPrintable(plot->lastError()));
            QSvgRenderer svg(base + ".svg");
            QVERIFY(svg.isValid());
            QVERIFY2(plot->exportCsv(base + ".csv"), qPrintable(plot->lastError()));
            QFile csv(base + ".csv");
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
            QVERIFY(lines.size() > 1);
            const auto fields = lines.front().split(',').size();
            for (const QString& line : lines) QCOMPARE(line.split(',').size(), fields);
        }
        // The wait-for-food CSV holds every completed party in its histogram rows.
        const QString food = window_->waitPlot(PlotRecorder::Wait::food).csv();
        double parties = 0;
        for (const QString& line : food.split('\n'))
            if (line.contains(QStringLiteral(",parties_by_wait_min,")))
                parties += line.split(',').last().toDouble();
        QCOMPARE(parties, static_cast<double>(
                              window_->controller().restaurant().statistics().wait_food.count()));
        // A file that cannot be written is reported, and nothing is left behind.
        PlotView* plot = window_->plots().front();
        QVERIFY(!plot->exportPng(QStringLiteral("/nonexistent-dir/plot.png")));
        QVERIFY(plot->lastError().contains(QStringLiteral("/nonexistent-dir/plot.png")));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/plot.png")));
    }

    // --- compare mode ------------------------------------------------------------------------

    void twinRestaurantsSeeIdenticalArrivalTimes() {
        window_->setCompareMode(true);
        auto& twins = window_->twins();
        QVERIFY(twins.isOn());
        auto& left = window_->controller();
        auto& right = twins.twin();
        QCOMPARE(left.parameter(Parameter::policy), 0.0);
        QCOMPARE(right.parameter(Parameter::policy), 1.0);
        Arrivals a, b;
        left.addHistoryListener(&a);
        right.addHistoryListener(&b);
        left.setSpeed(1000);
        left.play();
        QTRY_VERIFY_WITH_TIMEOUT(left.now() > 1800, 10000);
        left.pause();
        QCOMPARE(right.now(), left.now());  // the same clock
        QVERIFY(a.seen.size() > 5);
        QCOMPARE(a.seen, b.seen);  // the same guests at the same times
        // A slider moves both, except the one compared, which is locked.
        window_->parameters().slider(Parameter::cooks)->setValue(6);
        QCOMPARE(left.parameter(Parameter::cooks), 6.0);
        QCOMPARE(right.parameter(Parameter::cooks), 6.0);
        QVERIFY(!window_->parameters().policyButtons()->button(1)->isEnabled());
        QCOMPARE(right.parameter(Parameter::policy), 1.0);
        // Scrubbing back moves both, and they still agree.
        left.seek(900);
        QCOMPARE(right.now(), 900.0);
        QCOMPARE(a.seen, b.seen);
        left.removeHistoryListener(&a);
        right.removeHistoryListener(&b);
        window_->setCompareMode(false);
        QVERIFY(window_->parameters().policyButtons()->button(1)->isEnabled());
    }

    void selectingAPartyOnOneFloorSelectsItOnTheOther() {
        window_->setCompareMode(true);
        window_->controller().seek(3600);
        std::int64_t party = -1;  // a party seated in both restaurants: the same guests
        for (const TableView& t : window_->twins().twin().snapshot().tables)
            for (const TableView& u : window_->controller().snapshot().tables)
                if (t.party >= 0 && t.party == u.party) party = t.party;
        QVERIFY(party >= 0);
        window_->twinFloor().select({Selection::Kind::party, party});
        QCOMPARE(window_->floor().selection().kind, Selection::Kind::party);
        QCOMPARE(window_->floor().selection().id, party);
        window_->floor().select({Selection::Kind::none, -1});
        QCOMPARE(window_->twinFloor().selection().kind, Selection::Kind::none);
    }

    void comparisonMatchesBistroCliCompare() {
        window_->setCompareMode(true);
        auto& twins = window_->twins();
        window_->controller().seek(5400);
        QTRY_VERIFY_WITH_TIMEOUT(
            twins.result() && twins.result()->until == 5400 && !twins.computing(), 20000);
        const auto& r = *twins.result();
        QVERIFY(r.error.empty());

        QProcess cli;
        cli.start(
            QStringLiteral(BISTRO_CLI),
            {QStringLiteral("compare"), QStringLiteral(BISTRO_SCENARIOS_DIR "/lunch-rush.toml"),
             QStringLiteral("--duration"), QStringLiteral("5400s"), QStringLiteral("--format"),
             QStringLiteral("json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json["replications"].toInt(), r.replications);
        const QJsonObject diff = json["difference"].toObject()["wait_food.mean"].toObject();
        QVERIFY(std::abs(diff["mean"].toDouble() - r.difference.mean) < 1e-9);
        QVERIFY(std::abs(diff["half_width"].toDouble() - r.difference.half_width) < 1e-9);
        QCOMPARE(json["verdict"].toString(), QString::fromStdString(r.verdict));
        // ...and the panel says it in the same words.
        window_->showPanel(QStringLiteral("comparison"));
        QString said = QString::fromStdString(r.verdict);
        said[0] = said[0].toUpper();
        QTRY_VERIFY(window_->comparison().toPlainText().contains(said));
    }

    void logMessagesShowAtTheChosenLevel() {
        EventLogPanel& log = window_->eventLog();
        log.setMessageLevel(spdlog::level::warn);
        spdlog::info("marker-info-1");
        spdlog::warn("marker-warn-1");
        QTRY_VERIFY(log.messages().contains(QStringLiteral("marker-warn-1")));
        QVERIFY(!log.messages().contains(QStringLiteral("marker-info-1")));
        log.setMessageLevel(spdlog::level::debug);
        window_->controller().setParameter(Parameter::cooks, 5);  // the model logs it (debug)
        spdlog::debug("marker-debug-1");
        QTRY_VERIFY(log.messages().contains(QStringLiteral("marker-debug-1")));
        QVERIFY(log.messages().contains(QStringLiteral("cooks = 5")));
        log.setMessageLevel(spdlog::level::info);
    }

    void playAdvancesTheClock() {
        auto& c = window_->controller();
        c.setSpeed(100);
        window_->controls().playAction()->trigger();
        QVERIFY(c.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(c.now() > 5.0, 5000);
    }

    void pauseStopsTheClock() {
        auto& c = window_->controller();
        c.setSpeed(100);
        c.play();
        QTRY_VERIFY_WITH_TIMEOUT(c.now() > 1.0, 5000);
        QVERIFY(c.ticking());
        window_->controls().playAction()->trigger();  // the same button pauses
        QVERIFY(!c.isPlaying());
        // The clock moves only on the frame timer's ticks, and the timer is stopped: no
        // waiting for time to pass (on a loaded machine no tick might come anyway).
        QVERIFY(!c.ticking());
        const double t = c.now();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(c.now(), t);
    }

    void stepRunsExactlyOneEvent() {
        auto& c = window_->controller();
        for (int i = 0; i < 5; ++i) {
            const auto before = c.events();
            const double next = c.restaurant().peek();
            window_->controls().stepAction()->trigger();
            QCOMPARE(c.events(), before + 1);
            QCOMPARE(c.now(), next);
        }
    }

    void stepBackReturnsToThePreviousEvent() {
        auto& c = window_->controller();
        std::vector<double> times{0.0};
        for (int i = 0; i < 12; ++i) {
            c.stepForward();
            times.push_back(c.now());
        }
        window_->controls().stepBackAction()->trigger();
        // The last event strictly before now (several events may share an instant).
        double previous = 0;
        for (double t : times)
            if (t < times.back()) previous = t;
        QCOMPARE(c.now(), previous);
        QCOMPARE(difference(c.snapshot(), fresh_run(c, c.now())), QString());
    }

    void scrubbingBackMatchesAFreshRunWithTheSameChanges() {
        auto& c = window_->controller();
        c.seek(1800);
        c.setParameter(Parameter::waiters, 5);
        c.seek(3600);
        c.setParameter(Parameter::policy, 1);
        c.seek(5400);
        for (double t : {4000.0, 2500.0, 1000.0, 5000.0}) {
            window_->controls().timeline()->setSliderDown(true);
            c.seek(t);
            QCOMPARE(difference(c.snapshot(), fresh_run(c, t)), QString());
        }
        c.seek(2000);
        QCOMPARE(c.parameter(Parameter::waiters), 5.0);  // the sliders follow the history
        QCOMPARE(c.parameter(Parameter::policy), 0.0);
    }

    void aChangeAfterScrubbingBackReplacesTheLaterHistory() {
        auto& c = window_->controller();
        c.seek(3600);
        c.setParameter(Parameter::waiters, 6);
        c.seek(1800);
        c.setParameter(Parameter::cooks, 2);
        QCOMPARE(c.changes().size(), std::size_t{1});
        c.seek(5000);
        QCOMPARE(c.parameter(Parameter::waiters), 3.0);
    }

    void eachSliderChangesTheRunningModel_data() {
        QTest::addColumn<int>("parameter");
        QTest::newRow("arrival rate") << static_cast<int>(Parameter::arrival_rate);
        QTest::newRow("waiters") << static_cast<int>(Parameter::waiters);
        QTest::newRow("cooks") << static_cast<int>(Parameter::cooks);
        QTest::newRow("cook time") << static_cast<int>(Parameter::cook_time_scale);
        QTest::newRow("order taking") << static_cast<int>(Parameter::order_time_scale);
        QTest::newRow("own work") << static_cast<int>(Parameter::own_work_scale);
        QTest::newRow("burn probability") << static_cast<int>(Parameter::burn_probability);
        QTest::newRow("patience") << static_cast<int>(Parameter::patience_scale);
    }

    void eachSliderChangesTheRunningModel() {
        QFETCH(int, parameter);
        const auto p = static_cast<Parameter>(parameter);
        auto& c = window_->controller();
        c.seek(1200);
        QSlider* slider = window_->parameters().slider(p);
        QVERIFY(slider);
        const double before = c.parameter(p);
        slider->setValue(slider->value() == slider->maximum()
                             ? slider->minimum()
                             : slider->value() + (slider->maximum() - slider->value()) / 2);
        QVERIFY(c.parameter(p) != before);
        QCOMPARE(c.changes().back().parameter, p);
        QCOMPARE(c.changes().back().time, 1200.0);
        c.seek(2400);  // and the run goes on with it
        QCOMPARE(c.now(), 2400.0);
    }

    void policyAndDeliverySwitchesChangeTheModel() {
        auto& c = window_->controller();
        window_->parameters().policyButtons()->button(1)->click();
        QCOMPARE(c.parameter(Parameter::policy), 1.0);
        window_->parameters().deliveryButtons()->button(1)->click();
        QCOMPARE(c.parameter(Parameter::delivery), 1.0);
        QVERIFY(window_->windowTitle().contains("async"));
    }

    void switchingToAsyncMidRunReleasesBlockedWaiters() {
        auto& c = window_->controller();
        c.seek(3000);
        QVERIFY(blocked(c.snapshot()) > 0);
        window_->parameters().policyButtons()->button(1)->click();
        QCOMPARE(blocked(c.snapshot()), 0);
        c.seek(c.endTime());
        QCOMPARE(c.restaurant().life(), LifeCycle::finished);
        QVERIFY(c.snapshot().served > 20);
    }

    void openingABadScenarioShowsTheErrorAndKeepsTheCurrentOne() {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.toml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name = \"Broken\"\n[staff]\ncooks = 0\n");
        f.close();
        const std::string before = window_->controller().scenario().name;
        QVERIFY(!window_->openScenario(path));
        QVERIFY(window_->lastError().contains("staff.cooks"));
        QVERIFY(window_->lastError().contains("bad.toml:3:9"));
        QCOMPARE(window_->controller().scenario().name, before);
        auto* box = window_->findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
    }

    void saveThenOpenRoundTrips() {
        auto& c = window_->controller();
        c.setParameter(Parameter::waiters, 4);
        c.setParameter(Parameter::policy, 1);
        c.setParameter(Parameter::cook_time_scale, 1.5);
        const Scenario expected = c.currentScenario();
        QVERIFY(window_->isWindowModified());
        QTemporaryDir dir;
        const QString path = dir.filePath("saved.toml");
        QVERIFY(window_->saveScenario(path));
        QVERIFY(!window_->isWindowModified());
        QVERIFY(window_->openPreset("quiet-afternoon.toml"));
        QVERIFY(window_->openScenario(path));
        QVERIFY(c.scenario() == expected);
        QCOMPARE(c.parameter(Parameter::waiters), 4.0);
    }

    void clickingAWaiterTellsItsStory() {
        auto& c = window_->controller();
        c.seek(2000);
        window_->floor().select({Selection::Kind::waiter, 0});
        auto* inspector = window_->findChild<QTextBrowser*>("inspector");
        QVERIFY(inspector->toPlainText().contains("Waiter 1"));
        const auto party = c.snapshot().tables[0].party;
        QVERIFY(party >= 0);
        window_->floor().select({Selection::Kind::party, party});
        QVERIFY(inspector->toPlainText().contains("arrived"));
        QVERIFY(inspector->toPlainText().contains("seated at table T1"));
    }

    void partiesThatGiveUpAreShownLeaving() {
        QVERIFY(window_->openPreset("slow-kitchen.toml"));
        auto& c = window_->controller();
        c.seek(5400);
        const auto lost = c.snapshot().lost;
        QVERIFY(lost > 0);
        const auto& leaving = c.stories().recentlyLost();
        QCOMPARE(leaving.size(), std::min<std::size_t>(lost, 16));
        QVERIFY(leaving.back().time <= c.now());
        QVERIFY(leaving.back().size >= 1);
    }

    void filteringTheLogByAnOrderListsExactlyThatOrderInOrder() {
        auto& c = window_->controller();
        Recorder all;
        Restaurant reference(c.scenario());
        reference.add_listener(&all);
        reference.run_until(3600);
        c.seek(3600);
        window_->eventLog().filter(EventLogModel::Order, QStringLiteral("7"));
        std::vector<Happening> expected;
        for (const Happening& h : all.happenings)
            if (h.party == 7) expected.push_back(h);
        auto& model = window_->eventLog().model();
        QCOMPARE(model.rowCount(), static_cast<int>(expected.size()));
        QVERIFY(expected.size() > 5);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.happening(r).kind, expected[static_cast<std::size_t>(r)].kind);
            QCOMPARE(model.happening(r).time, expected[static_cast<std::size_t>(r)].time);
        }
        c.seek(1800);  // going back rebuilds the log from the replay
        int before_1800 = 0;
        for (const Happening& h : expected) before_1800 += h.time <= 1800;
        QCOMPARE(model.rowCount(), before_1800);
        window_->eventLog().filter(EventLogModel::Order, QString());
        QVERIFY(model.rowCount() > 100);
    }

    void timelinesShowEveryWaiterBlockedAtThePassUnderSync() {
        auto& c = window_->controller();
        window_->showPanel("timeline");
        c.seek(3600);
        auto& view = window_->timelines().view();
        const auto& waiters = view.recorder().waiters();
        QCOMPARE(waiters.size(), std::size_t{3});
        for (const auto& [id, lane] : waiters) {  // each of the three, not just one
            bool blocked_seen = false;
            for (const auto& segment : lane)
                blocked_seen |= segment.state == static_cast<int>(WaiterState::blocked);
            QVERIFY2(blocked_seen, qPrintable(QStringLiteral("waiter %1 never blocked").arg(id)));
        }
        QVERIFY(!view.recorder().bells().empty());
        // Hovering a waiter's lane names the state, and the order when there is one.
        const QString text = view.describeAt(QPoint(view.width() - 20, 20 + 6 + 10));
        QVERIFY2(text.startsWith("W1 "), qPrintable(text));
        QVERIFY(window_->timelines().queueText().contains("Task queue"));
        window_->parameters().policyButtons()->button(1)->click();
        c.seek(7200);
        for (const auto& [id, lane] : view.recorder().waiters())
            for (const auto& segment : lane)
                if (segment.start > 3600.0)
                    QVERIFY(segment.state != static_cast<int>(WaiterState::blocked));
    }

    void scrollingTimelinesShowWhatAFullRepaintShows() {
        // The lanes are blitted left as the clock moves and only new pixels are
        // painted: after many frames, the screen must equal a fresh full paint.
        window_->showPanel("timeline");
        auto& c = window_->controller();
        c.seek(40 * 60);
        QApplication::processEvents();
        c.setSpeed(60);
        for (int frame = 0; frame < 240; ++frame) {
            c.advance(1.0 / 60.0);
            QApplication::processEvents();
        }
        TimelineView& view = window_->timelines().view();
        const QPoint at = view.mapTo(window_.get(), QPoint(0, 0));
        const QImage shown =
            window_->screen()
                ->grabWindow(window_->winId(), at.x(), at.y(), view.width(), view.height())
                .toImage()
                .convertToFormat(QImage::Format_RGB32);
        const QImage fresh = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shown.size(), fresh.size());
        int differing = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x)
                differing += shown.pixel(x, y) != fresh.pixel(x, y);
        if (differing) {  // leave the evidence where a person can look at it
            shown.save(QDir::temp().filePath("timeline-shown.png"));
            fresh.save(QDir::temp().filePath("timeline-fresh.png"));
        }
        QVERIFY2(differing == 0,
                 qPrintable(QStringLiteral("%1 pixels differ; see timeline-shown.png and "
                                           "timeline-fresh.png in %2")
                                .arg(differing)
                                .arg(QDir::tempPath())));
    }

    void liveNumbersFollowTheModel() {
        auto& c = window_->controller();
        c.seek(3 * 3600);
        QCOMPARE(window_->stats().text("served"), QString::number(c.snapshot().served));
    }

    void everyPresetRendersABusyNonBlankPicture() {
        QTemporaryDir dir;  // never the working directory
        QVERIFY(dir.isValid());
        const QString out = dir.path();
        for (const QString& name : MainWindow::presetNames()) {
            QVERIFY(window_->openPreset(name));
            window_->controller().seek(5400);
            QApplication::processEvents();
            const QImage image = window_->grab().toImage();
            QVERIFY(image.save(out + "/" + QFileInfo(name).baseName() + ".png"));
            QVERIFY(QImage(out + "/" + QFileInfo(name).baseName() + ".png").size() == image.size());
            // Not blank: the colour of the state of every waiter on the floor is drawn
            // (anti-aliasing alone makes hundreds of colours, so count these exactly).
            const QImage floor = window_->floor().grab().toImage();
            QSet<QRgb> colours;
            for (int y = 0; y < floor.height(); ++y)
                for (int x = 0; x < floor.width(); ++x)
                    colours.insert(floor.pixel(x, y) | 0xff000000u);
            for (const WaiterView& w : window_->controller().snapshot().waiters) {
                const QRgb want = bistro::gui::palette::of(w.state).rgb() | 0xff000000u;
                QVERIFY2(colours.contains(want),
                         qPrintable(name + ": no pixel in the colour of " + to_string(w.state)));
            }
            QVERIFY2(window_->controller().snapshot().inside > 0, qPrintable(name));
        }
    }

    void speedIsRememberedBetweenSessions() {
        window_->controls().speedSlider()->setValue(ControlBar::positionOf(250));
        window_->close();
        MainWindow second;
        QVERIFY(std::abs(second.controller().speed() - 250) < 5);
    }

  private:
    std::unique_ptr<MainWindow> window_;
    QTemporaryDir settings_dir_;
};

QTEST_MAIN(GuiTest)
#include "gui_test.moc"
