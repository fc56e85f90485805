// The live plots: what they draw is what the model measured, in bounded memory, and exports.
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>
#include <map>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/plots/plot_view.hpp"
#include "bistro/gui/plots/wait_plot.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

/// Sums the bars of a drawn histogram (points come in pairs per bar: left, right).
double drawnParties(const QList<QPointF>& points) {
    double sum = 0;
    for (qsizetype i = 1; i + 1 < points.size(); i += 2) sum += points[i].y();
    return sum;
}

}  // namespace

class PlotsTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
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

    void aPlayingRunsPlotsTakeTurnsAndShowTheLastStateWhenItStops() {
        // While playing, plots are drawn in turns (ten times a second each); once the
        // run stops, each shows exactly the state it stopped at.
        auto& c = window_->controller();
        window_->showPanel(QStringLiteral("plotWaitFood"));
        c.setSpeed(300);
        c.play();
        QTRY_VERIFY_WITH_TIMEOUT(c.now() > 1800, 20000);
        c.pause();
        const double mean = window_->recorder().measure(PlotRecorder::Wait::food).everyone(c.now());
        WaitPlot& plot = window_->waitPlot(PlotRecorder::Wait::food);
        QTRY_VERIFY(std::abs(plot.everyonePoints(0).back().y() - mean / 60) < 1e-9);
    }

    void theMeanToReadCountsThePartiesStillWaiting() {
        // The solid line and the headline: every party's wait, those still waiting
        // with their time so far, exactly as the core's `.all.mean` (the lost too).
        auto& c = window_->controller();
        const std::pair<PlotRecorder::Wait, const char*> waits[] = {
            {PlotRecorder::Wait::food, "wait_food"},
            {PlotRecorder::Wait::in_restaurant, "time_in_restaurant"},
            {PlotRecorder::Wait::table, "wait_table"}};
        for (std::uint64_t seed : {42u, 5u, 6u}) {
            Scenario s = c.scenario();
            s.seed = seed;
            s.warmup = seed == 5 ? 15 * 60.0 : 0.0;  // the warm-up forgets the finished only
            c.setScenario(s);
            for (double minutes : {25.0, 70.0, 150.0}) {
                c.seek(minutes * 60);
                std::map<std::string, double> m;
                for (const Metric& metric : c.restaurant().metrics()) m[metric.name] = metric.value;
                for (const auto& [wait, name] : waits) {
                    const Measure& measure = window_->recorder().measure(wait);
                    const double core = m.at(std::string(name) + ".all.mean");
                    QVERIFY2(
                        std::abs(measure.everyone(c.now()) - core) <= 1e-6 * std::max(1.0, core),
                        name);
                    QCOMPARE(static_cast<double>(measure.waiting()),
                             m.at(std::string(name) + ".waiting"));
                    const WaitPlot& plot = window_->waitPlot(wait);
                    QVERIFY(std::abs(plot.everyonePoints(0).back().y() - core / 60) < 1e-6);
                }
            }
        }
    }

    void histogramsSayWhatTheyCountInWholeNumbersFromTheStart() {
        // At time 0 nobody has been served: the count axis reads 0, 1 (never 0, 0, 0, 1).
        const QStringList want = {QStringLiteral("wait for food"),
                                  QStringLiteral("time in the restaurant"),
                                  QStringLiteral("wait for a table")};
        const auto waits = {PlotRecorder::Wait::food, PlotRecorder::Wait::in_restaurant,
                            PlotRecorder::Wait::table};
        int i = 0;
        for (const PlotRecorder::Wait w : waits) {
            const QChart& chart = window_->waitPlot(w).histogram();
            QVERIFY2(chart.title().contains(want[i]), qPrintable(chart.title()));
            const auto* y = qobject_cast<QValueAxis*>(chart.axes(Qt::Vertical).front());
            QVERIFY(y);
            QCOMPARE(y->max() - y->min() + 1,
                     static_cast<double>(y->tickCount()));  // a tick a party
            ++i;
        }
    }

    void liveNumbersShowNobodyBusyBeforeTimeHasPassed() {
        auto* busy = window_->findChild<QLabel*>(QStringLiteral("busy"));
        QVERIFY(busy);
        QCOMPARE(window_->controller().now(), 0.0);
        QCOMPARE(busy->text(), QStringLiteral("0%"));
        window_->controller().seek(1800);
        QVERIFY(busy->text() != QStringLiteral("0%"));
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
};

QTEST_MAIN(PlotsTest)
#include "plots_test.moc"
