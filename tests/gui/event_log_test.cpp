// The event log: one order's story in order, and the app's messages at the chosen level.
#include <spdlog/spdlog.h>

#include <QLabel>
#include <QLocale>
#include <QTest>
#include <vector>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/event_log_panel.hpp"
#include "bistro/sim/trace.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

class EventLogTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
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
            if (party_of(h) == 7) expected.push_back(h);
        auto& model = window_->eventLog().model();
        QCOMPARE(model.rowCount(), static_cast<int>(expected.size()));
        QVERIFY(expected.size() > 5);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.happening(r).kind(), expected[static_cast<std::size_t>(r)].kind());
            QCOMPARE(model.happening(r).time, expected[static_cast<std::size_t>(r)].time);
            // A word too long for its column is whole on hover.
            const QModelIndex what = model.index(r, EventLogModel::Kind);
            QVERIFY(!model.data(what, Qt::DisplayRole).toString().isEmpty());
            QCOMPARE(model.data(what, Qt::ToolTipRole), model.data(what, Qt::DisplayRole));
        }
        c.seek(1800);  // going back rebuilds the log from the replay
        int before_1800 = 0;
        for (const Happening& h : expected) before_1800 += h.time <= 1800;
        QCOMPARE(model.rowCount(), before_1800);
        window_->eventLog().filter(EventLogModel::Order, QString());
        QVERIFY(model.rowCount() > 100);
    }

    void theLogKeepsTheLatestRowsAndSaysWhenOlderOnesWereDropped() {
        auto& c = window_->controller();
        Scenario s = c.scenario();
        s.duration = 400 * 3600.0;
        c.setScenario(s);
        Recorder all;  // the whole run, to know which rows the log should still hold
        Restaurant reference(s);
        reference.add_listener(&all);
        reference.run_until(s.duration);
        EventLogPanel& panel = window_->eventLog();
        auto* notice = panel.findChild<QLabel*>(QStringLiteral("droppedNotice"));
        QVERIFY(notice);
        const auto expectRecentWindow = [&] {
            const EventLogModel& model = panel.model();
            const std::uint64_t dropped = model.dropped();
            QVERIFY(dropped > 0);
            QVERIFY(static_cast<std::size_t>(model.rowCount()) <= EventLog::capacity);
            // The oldest rows went; the others are there in order, from the next one on.
            for (int r : {0, 1, model.rowCount() / 2, model.rowCount() - 1}) {
                const Happening& want = all.happenings[dropped + static_cast<std::size_t>(r)];
                QCOMPARE(model.happening(r).time, want.time);
                QCOMPARE(model.happening(r).kind(), want.kind());
            }
            QVERIFY(!notice->isHidden());
            QVERIFY2(notice->text().contains(QStringLiteral("latest 50,000 happenings")) &&
                         notice->text().contains(QLocale().toString(dropped)),
                     qPrintable(notice->text()));
        };
        c.seek(10 * 3600.0);
        QVERIFY(notice->isHidden());  // nothing dropped yet: nothing to say
        c.seek(250 * 3600.0);
        expectRecentWindow();
        c.seek(330 * 3600.0);  // on from there: the table loses rows at the top, gains at the end
        expectRecentWindow();
        c.seek(3600.0);  // back in time: the replay tells the log everything again
        QCOMPARE(panel.model().dropped(), std::uint64_t{0});
        QVERIFY(notice->isHidden());
    }
};

QTEST_MAIN(EventLogTest)
#include "event_log_test.moc"
