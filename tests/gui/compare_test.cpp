// Compare mode: twin restaurants with the same guests, and the replicated comparison.
#include <QAction>
#include <QButtonGroup>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSlider>
#include <QTest>
#include <QTextBrowser>
#include <cmath>
#include <map>
#include <stdexcept>

#include "bistro/gui/compare/comparison_panel.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/panels/inspector_panel.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "bistro/gui/plots/plot_view.hpp"
#include "bistro/gui/plots/wait_plot.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

/// Records when parties arrive, and who they are, from the controller's typed
/// signal (and starts over when the run is re-simulated).
struct Arrivals {
    explicit Arrivals(SimulationController& c) {
        QObject::connect(
            &c, &SimulationController::partyArrived, &context,
            [this](double t, const happened::PartyArrived& e) { seen.emplace_back(e.party, t); });
        QObject::connect(&c, &SimulationController::historyRestarted, &context,
                         [this] { seen.clear(); });
        c.replayHistory();
    }
    std::vector<std::pair<std::int64_t, double>> seen;
    QObject context;
};

}  // namespace

class CompareTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void twinRestaurantsSeeIdenticalArrivalTimes() {
        window_->setCompareMode(true);
        auto& twins = window_->twins();
        QVERIFY(twins.isOn());
        auto& left = window_->controller();
        auto& right = twins.twin();
        QCOMPARE(left.policy(), Policy::synchronous);
        QCOMPARE(right.policy(), Policy::asynchronous);
        Arrivals a(left), b(right);
        left.setSpeed(1000);
        left.play();
        QTRY_VERIFY_WITH_TIMEOUT(left.now() > 1800, 10000);
        left.pause();
        QCOMPARE(right.now(), left.now());  // the same clock
        QVERIFY(a.seen.size() > 5);
        QCOMPARE(a.seen, b.seen);  // the same guests at the same times
        // A slider moves both, except the one compared, which is locked.
        window_->parameters().slider(Parameter::cooks)->setValue(6);
        QCOMPARE(left.parameter(Parameter::cooks), ParameterValue{6});
        QCOMPARE(right.parameter(Parameter::cooks), ParameterValue{6});
        QVERIFY(!window_->parameters().policyButtons()->button(1)->isEnabled());
        QCOMPARE(right.policy(), Policy::asynchronous);
        // Scrubbing back moves both, and they still agree.
        left.seek(900);
        QCOMPARE(right.now(), 900.0);
        QCOMPARE(a.seen, b.seen);
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
        const QJsonObject diff = json["difference"].toObject()["wait_food.all.mean"].toObject();
        QVERIFY(std::abs(diff["mean"].toDouble() - r.difference.mean) < 1e-9);
        QVERIFY(std::abs(diff["half_width"].toDouble() - r.difference.half_width) < 1e-9);
        QCOMPARE(json["verdict"].toString(), r.verdict());
        // ...and the panel says it in the same words: the headline, then the rest.
        window_->showPanel(QStringLiteral("comparison"));
        QString headline = r.words().headline;
        headline[0] = headline[0].toUpper();
        QTRY_VERIFY(window_->comparison().toPlainText().contains(headline));
        QString where = r.words().where;
        where[0] = where[0].toUpper();
        QVERIFY2(window_->comparison().toPlainText().contains(where), qPrintable(where));
    }

    void whereTheWaitingWentIsEachRestaurantsOwn() {
        // The bars of both restaurants are the core's split of each, per party.
        window_->setCompareMode(true);
        auto& twins = window_->twins();
        for (double t : {1800.0, 2700.0, 5400.0}) {
            window_->controller().seek(t);
            QCOMPARE(twins.twin().now(), t);
            const auto rows = window_->comparison().splitRows();
            QCOMPARE(rows.size(), std::size_t{2});
            const SimulationController* sides[] = {&window_->controller(), &twins.twin()};
            for (std::size_t i = 0; i < 2; ++i) {
                std::map<std::string, double> m;
                for (const Metric& metric : sides[i]->restaurant().metrics())
                    m[metric.name] = metric.value;
                for (int k = 0; k < wait_cause_count; ++k) {
                    const std::string name =
                        std::string("wait_split.") + to_string(static_cast<WaitCause>(k));
                    QVERIFY2(std::abs(rows[i].per_party[static_cast<std::size_t>(k)] - m.at(name)) <
                                 1e-9,
                             name.c_str());
                }
            }
            // Sync's waiters block; async's never do.
            QVERIFY(rows[0].per_party[static_cast<std::size_t>(WaitCause::waiters_blocked)] > 0);
            QCOMPARE(rows[1].per_party[static_cast<std::size_t>(WaitCause::waiters_blocked)], 0.0);
        }
    }

    void theEquivalentCommandSaysWholeMinutesAndMeansThem() {
        window_->setCompareMode(true);
        auto& twins = window_->twins();
        window_->controller().seek(920.169);
        QTRY_VERIFY_WITH_TIMEOUT(twins.result() && !twins.computing(), 20000);
        QCOMPARE(twins.result()->until, 900.0);
        const QString command = twins.command();
        QVERIFY2(command.contains(QStringLiteral("--duration 15m ")), qPrintable(command));
        // Run as it says: the same difference, to the last digit.
        QStringList args = command.split(' ').mid(1);
        args.replaceInStrings(QStringLiteral("SCENARIO.toml"),
                              QStringLiteral(BISTRO_SCENARIOS_DIR "/lunch-rush.toml"));
        args << QStringLiteral("--format") << QStringLiteral("json");
        QProcess cli;
        cli.start(QStringLiteral(BISTRO_CLI), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject diff = json["difference"].toObject()["wait_food.all.mean"].toObject();
        QVERIFY(std::abs(diff["mean"].toDouble() - twins.result()->difference.mean) < 1e-9);
    }

    void onePartyIsOnePartyNotOneParties() {
        window_->setCompareMode(true);
        window_->showPanel(QStringLiteral("comparison"));
        auto& c = window_->controller();
        const auto parties = [&] {
            return c.restaurant().statistics().wait_food.count() +
                   c.restaurant().open_waits().food.parties;
        };
        while (parties() < 1 && c.stepForward()) {
        }
        QCOMPARE(parties(), std::uint64_t{1});
        QTRY_VERIFY(window_->comparison().toPlainText().contains(QStringLiteral("(1 party,")));
        QVERIFY(!window_->comparison().toPlainText().contains(QStringLiteral("1 parties")));
    }

    void comparisonsOtherThanSyncAsyncHaveColoursOfTheirOwn() {
        window_->setCompareMode(true);
        auto& twins = window_->twins();
        QCOMPARE(twins.contrast().colourA(), QColor(0xD5, 0x5E, 0x00));  // sync: vermilion
        QCOMPARE(twins.contrast().colourB(), QColor(0x00, 0x72, 0xB2));  // async: blue
        twins.start(Contrast{Parameter::waiters, 3, 4});
        const Contrast& c = twins.contrast();
        for (const QColor& colour : {c.colourA(), c.colourB()}) {
            QVERIFY(colour != QColor(0xD5, 0x5E, 0x00));
            QVERIFY(colour != QColor(0x00, 0x72, 0xB2));
        }
        QVERIFY(c.colourA() != c.colourB());
        // Every view uses them: the floors' headers, the compare bar, the plots.
        bool header = false;
        for (auto* l : window_->findChildren<QLabel*>())
            if (l->text() == c.nameB() && l->styleSheet().contains(c.colourB().name()))
                header = true;
        QVERIFY(header);
        window_->showPanel(QStringLiteral("plotWaitFood"));
        QTest::qWait(20);
        const auto items = window_->waitPlot(PlotRecorder::Wait::food).legendItems();
        QCOMPARE(items[0].pen.color(), c.colourA());
        QCOMPARE(items[2].pen.color(), c.colourB());
    }

    void theInspectorSaysWhichRestaurantItDescribes() {
        window_->setCompareMode(true);
        window_->controller().seek(1800);
        auto* inspector = window_->findChild<QTextBrowser*>(QStringLiteral("inspector"));
        FloorView& right = window_->twinFloor();
        QTest::mouseClick(right.viewport(), Qt::LeftButton, {},
                          right.mapFromScene(right.markOf({Selection::Kind::table, 0}).center()));
        QVERIFY2(inspector->toPlainText().contains(
                     QStringLiteral("In the async restaurant, on the right")),
                 qPrintable(inspector->toPlainText()));
        QCOMPARE(&window_->inspector().described(), &window_->twins().twin());
        FloorView& left = window_->floor();
        QTest::mouseClick(left.viewport(), Qt::LeftButton, {},
                          left.mapFromScene(left.markOf({Selection::Kind::table, 0}).center()));
        QVERIFY(inspector->toPlainText().contains(
            QStringLiteral("In the sync restaurant, on the left")));
        window_->setCompareMode(false);
        QVERIFY(!inspector->toPlainText().contains(QStringLiteral("restaurant, on the")));
    }

    void aFailingTwinStopsThePairUntilReset() {
        window_->setCompareMode(true);
        auto& left = window_->controller();
        auto& right = window_->twins().twin();
        test::Saboteur saboteur(right, QStringLiteral("the twin broke on purpose"));
        left.seek(600);
        saboteur.armed = true;
        left.setSpeed(100);
        left.play();
        QTRY_COMPARE_WITH_TIMEOUT(right.life(), LifeCycle::error, 10000);
        QVERIFY(!left.isPlaying());  // the pair stops together
        QVERIFY(window_->failureBanner().isVisible());
        QVERIFY(
            window_->failureBanner().text().contains(QStringLiteral("the twin broke on purpose")));
        window_->controls().resetAction()->trigger();  // starts both again
        QVERIFY(right.life() != LifeCycle::error);
        QCOMPARE(right.now(), 0.0);
        QVERIFY(!window_->failureBanner().isVisible());
    }
};

QTEST_MAIN(CompareTest)
#include "compare_test.moc"
