// The transport bar, the files and the event log as a user meets them (issue 14's
// defects): each test fails when its defect is back.
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/panels/event_log_panel.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "bistro/gui/panels/stats_panel.hpp"
#include "bistro/io/trace_csv.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
QAction* actionNamed(QWidget* w, const QString& text) {
    for (QAction* a : w->findChildren<QAction*>())
        if (a->text().remove('&') == text) return a;
    return nullptr;
}

/// The directory a file dialog opened by `open` starts in (the dialog is then closed,
/// or `choose` is chosen in it).
QString dialogStart(const std::function<void()>& open, const QString& choose = {}) {
    QString dir;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QFileDialog* d = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* f = qobject_cast<QFileDialog*>(w); f && f->isVisible()) d = f;
        if (!d) return;
        poll.stop();
        dir = d->directory().absolutePath();
        if (choose.isEmpty()) {
            d->reject();
        } else {
            auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            name->setText(choose);  // typed, as a person would, then Enter
            QTest::keyClick(name, Qt::Key_Return);
        }
    });
    poll.start();
    open();
    return dir;
}
}  // namespace

class TransportTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void speedGoesInRoundStepsAndComesBackToTenTimes() {
        const double steps[] = {0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
        QCOMPARE(ControlBar::speedSteps(), 12);
        for (int i = 0; i < 12; ++i) QCOMPARE(ControlBar::speedAt(i), steps[i]);
        auto& c = window_->controller();
        QCOMPARE(c.speed(), 10.0);
        QAction* faster = actionNamed(window_.get(), "Faster");
        QAction* slower = actionNamed(window_.get(), "Slower");
        QVERIFY(faster && slower);
        faster->trigger();
        QCOMPARE(c.speed(), 20.0);
        slower->trigger();
        slower->trigger();
        QCOMPARE(c.speed(), 5.0);
        faster->trigger();
        QCOMPARE(c.speed(), 10.0);  // the default again, exactly
    }

    void theClockShowsTenthsAtSlowSpeeds() {
        auto& c = window_->controller();
        auto* clock = window_->findChild<QLabel*>(QStringLiteral("clock"));
        c.seek(12.34);
        QCOMPARE(clock->text(), QStringLiteral("00:00:12"));
        window_->controls().speedSlider()->setValue(ControlBar::positionOf(0.25));
        QCOMPARE(c.speed(), 0.25);
        QCOMPARE(clock->text(), QStringLiteral("00:00:12.3"));
        c.seek(12.51);
        QCOMPARE(clock->text(), QStringLiteral("00:00:12.5"));  // it moves, not frozen
    }

    void afterRunUntilSpacePlays() {
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        auto* until = window_->findChild<QLineEdit*>(QStringLiteral("runUntil"));
        until->setFocus();
        QTest::keyClicks(until, QStringLiteral("30m"));
        QTest::keyClick(until, Qt::Key_Return);
        auto& c = window_->controller();
        QCOMPARE(c.now(), 1800.0);
        QVERIFY(!until->hasFocus());
        QCOMPARE(QApplication::focusWidget(), &window_->floor());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(c.isPlaying());
        QCOMPARE(until->text(), QStringLiteral("30m"));  // no space typed into it
        c.pause();
    }

    void clickingTheTimelinesGrooveMovesTheClock() {
        QSlider* timeline = window_->controls().timeline();
        auto& c = window_->controller();
        QCOMPARE(c.now(), 0.0);
        QTest::mouseClick(timeline, Qt::LeftButton, {},
                          QPoint(timeline->width() * 3 / 4, timeline->height() / 2));
        QVERIFY2(std::abs(c.now() / c.endTime() - 0.75) < 0.05,
                 qPrintable(QString::number(c.now())));
        QCOMPARE(timeline->value(), static_cast<int>(std::lround(1000 * c.now() / c.endTime())));
        QTest::keyClick(timeline, Qt::Key_PageDown);  // the keys move the clock too
        QVERIFY(c.now() < 0.75 * c.endTime());
    }

    void aNewSeedKeepsTheSliders() {
        auto& c = window_->controller();
        window_->parameters().slider(Parameter::waiters)->setValue(5);
        window_->parameters().slider(Parameter::cooks)->setValue(7);
        const auto seed = c.seed();
        QPushButton* fresh = nullptr;
        for (auto* b : window_->controls().findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("New seed")) fresh = b;
        QVERIFY(fresh);
        fresh->click();
        QVERIFY(c.seed() != seed);
        QCOMPARE(c.parameter(Parameter::waiters), ParameterValue{5});
        QCOMPARE(c.parameter(Parameter::cooks), ParameterValue{7});
        QCOMPARE(window_->parameters().slider(Parameter::waiters)->value(), 5);
        QCOMPARE(c.now(), 0.0);
    }

    void theDefaultLayoutShowsEveryControlAndTheNumbersWhole() {
        QTest::qWait(50);  // the default layout is applied once the window is shown
        auto* scroll = window_->findChild<QScrollArea*>(QStringLiteral("controlsScroll"));
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);  // all eight sliders in view
        for (auto* s : window_->parameters().findChildren<QSlider*>())
            QVERIFY(!s->visibleRegion().isEmpty());
        QWidget& stats = window_->stats();
        QVERIFY(stats.height() >= stats.minimumSizeHint().height());
        // A click on the floor tells the story and hides neither the controls nor the numbers.
        window_->controller().seek(1800);
        QTest::mouseClick(window_->floor().viewport(), Qt::LeftButton, {},
                          window_->floor().mapFromScene(
                              window_->floor().markOf({Selection::Kind::table, 0}).center()));
        QVERIFY(window_->floor().selection().kind != Selection::Kind::none);
        for (auto* s : window_->parameters().findChildren<QSlider*>())
            QVERIFY(!s->visibleRegion().isEmpty());
        QVERIFY(!stats.findChild<QLabel*>(QStringLiteral("busy"))->visibleRegion().isEmpty());
        QVERIFY(!window_->findChild<QAbstractScrollArea*>(QStringLiteral("inspector"))
                     ->viewport()
                     ->visibleRegion()
                     .isEmpty());
    }

    void theEventLogGivesItsRoomToTheHappenings() {
        window_->showPanel(QStringLiteral("eventLog"));
        window_->controller().seek(3600);
        QTest::qWait(20);
        EventLogPanel& log = window_->eventLog();
        QTableView* table = log.table();
        QVERIFY(table->height() >= 6 * table->verticalHeader()->defaultSectionSize());
        auto* split = log.findChild<QSplitter*>(QStringLiteral("eventLogSplit"));
        QVERIFY(split->sizes()[0] > 2 * split->sizes()[1]);
        // "what" wide enough for its widest words (every one it can show, in the
        // language); the dish no wider than its longest name.
        const QFontMetrics fm = table->fontMetrics();
        int widest = 0;
        for (const QString& w : EventLogModel::whatWords())
            widest = std::max(widest, fm.horizontalAdvance(w));
        QVERIFY(widest > fm.horizontalAdvance(QStringLiteral("waiter: making")));
        for (int r = 0; r < log.model().rowCount(); ++r)
            widest = std::max(
                widest,
                fm.horizontalAdvance(log.model().index(r, EventLogModel::Kind).data().toString()));
        QVERIFY2(table->columnWidth(EventLogModel::Kind) >= widest,
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(table->columnWidth(EventLogModel::Kind))
                                .arg(widest)));
        int dish = 0;
        for (const auto& item : window_->controller().scenario().menu)
            dish = std::max(dish, fm.horizontalAdvance(QString::fromStdString(item.name)));
        QVERIFY(table->columnWidth(EventLogModel::Dish) <= dish + 40);
    }

    void aLogRowSelectsItsWaiterTableOrPartyOnTheFloor() {
        window_->showPanel(QStringLiteral("eventLog"));
        window_->controller().seek(3600);
        QTest::qWait(20);
        EventLogPanel& log = window_->eventLog();
        EventLogModel& m = log.model();
        int waiter_row = -1, seated_row = -1;
        for (int r = 0; r < m.rowCount(); ++r) {
            const Happening& h = m.happening(r);
            if (waiter_row < 0 && h.as<happened::WaiterStateChanged>() && party_of(h) < 0)
                waiter_row = r;
            if (h.as<happened::PartySeated>()) seated_row = r;  // the latest: still at its table
        }
        QVERIFY(waiter_row >= 0 && seated_row >= 0);
        QTableView* table = log.table();
        const auto click = [&](int row) {
            const QModelIndex index = m.index(row, EventLogModel::Kind);
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
        };
        click(waiter_row);
        QCOMPARE(window_->floor().selection().kind, Selection::Kind::waiter);
        QCOMPARE(window_->floor().selection().id,
                 static_cast<std::int64_t>(waiter_of(m.happening(waiter_row))));
        click(seated_row);
        QCOMPARE(window_->floor().selection().kind, Selection::Kind::party);
        QCOMPARE(window_->floor().selection().id, party_of(m.happening(seated_row)));
        QVERIFY(!window_->floor().selectionMark().isEmpty());  // its table is framed
    }

    void theLogExportsAsCsvWholeOrNotAtAll() {
        window_->controller().seek(1800);
        QTemporaryDir dir;
        const QString path = dir.filePath("events.csv");
        window_->eventLog().filter(EventLogModel::Order, QStringLiteral("3"));
        QVERIFY(window_->exportLog(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), QString::fromLatin1(TraceCsv::header));
        QCOMPARE(lines.size() - 1, window_->eventLog().model().rowCount());
        for (const QString& row : lines.mid(1))
            QCOMPARE(row.section(',', 2, 2), QStringLiteral("3"));
        // Somewhere it cannot write: a clear message, and no file at all.
        const QString bad = dir.filePath("missing/events.csv");
        QVERIFY(!window_->exportLog(bad));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(window_->lastError().contains("missing/events.csv"));
        QVERIFY(actionNamed(window_.get(), "Export event log (CSV)..."));
    }

    void fileDialogsStartInTheScenariosFolderThenTheLastOne() {
        QAction* open = actionNamed(window_.get(), "Open scenario...");
        QVERIFY(open);
        const QString start = dialogStart([&] { open->trigger(); });
        QVERIFY2(start != QDir::rootPath() && start != QDir::homePath(), qPrintable(start));
        QVERIFY(QFile::exists(start + "/lunch-rush.toml"));  // the presets, to start from
        QTemporaryDir elsewhere;
        QFile::copy(start + "/quiet-afternoon.toml", elsewhere.filePath("mine.toml"));
        dialogStart([&] { open->trigger(); }, elsewhere.filePath("mine.toml"));
        QCOMPARE(window_->currentFile(), elsewhere.filePath("mine.toml"));
        QCOMPARE(dialogStart([&] { open->trigger(); }), QDir(elsewhere.path()).absolutePath());
    }

    void aLongErrorWrapsInsideTheDialog() {
        QTemporaryDir dir;
        const QString path =
            dir.filePath("a-scenario-file-with-a-rather-long-name-for-a-class.toml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name = \"Broken\"\n[staff]\nwaiters = 3 cooks = 4 and words that are not TOML\n");
        f.close();
        QVERIFY(!window_->openScenario(path));
        QMessageBox* box = nullptr;
        for (auto* b : window_->findChildren<QMessageBox*>())
            if (b->text().contains(QStringLiteral("not valid TOML"))) box = b;
        QVERIFY(box);
        QVERIFY2(box->sizeHint().width() <= 700,
                 qPrintable(QString::number(box->sizeHint().width())));
    }
};

QTEST_MAIN(TransportTest)
#include "transport_test.moc"
