// The code panel: every waiter's cursor on the line of its step, in every
// language, policy and delivery mode; stepping moves the cursors; a click on a
// line selects the waiters on it; every listing marks every step.
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include "bistro/gui/code/code_panel.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/style/palette.hpp"
#include "bistro/gui/timeline/timeline_panel.hpp"
#include "bistro/gui/timeline/timeline_view.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
QString resource(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Each waiter of the snapshot has its cursor on the line its step is marked on.
void checkCursors(const SimulationController& c, const CodeView& view, const Listing& listing) {
    const Snapshot& s = c.snapshot();
    QVERIFY(!s.waiters.empty());
    for (const WaiterView& w : s.waiters) {
        const int line = listing.lineOf(w.step, s.policy);
        const auto& cursors = view.cursors();
        const auto it = std::find_if(cursors.begin(), cursors.end(),
                                     [&](const CodeView::Cursor& k) { return k.waiter == w.id; });
        if (line < 0) {  // a step this program has no line for: no cursor
            QVERIFY(it == cursors.end());
            continue;
        }
        QVERIFY2(it != cursors.end(),
                 qPrintable(QStringLiteral("waiter %1 has no cursor").arg(w.id)));
        QCOMPARE(it->line, line);
        QCOMPARE(it->colour, palette::of(w.state));
        QVERIFY(!listing.lines()[line].contains(QLatin1String("@step")));  // shown without markers
    }
}
}  // namespace

class CodeTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void init() {
        test::GuiTestCase::init();
        window_->showPanel(QStringLiteral("code"));  // a hidden panel keeps nothing up to date
        QVERIFY(window_->code().isVisible());
    }

    void theCodePanelOpensFromTheToolbarAndIsHiddenAtFirst() {
        MainWindow fresh;
        fresh.show();
        QVERIFY(!fresh.code().isVisible());
        auto* dock = fresh.findChild<QDockWidget*>(QStringLiteral("codeDock"));
        QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        dock->toggleViewAction()->trigger();
        QVERIFY(fresh.code().isVisible());
        QVERIFY(!fresh.code().view(0).cursors().empty());  // up to date as it opens
    }

    void everyListingMarksEveryStepOfItsProgram_data() {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(":/code"), QDir::Files, QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path)) << path;
            ++n;
        }
        QVERIFY(n >= 13);  // 4 languages x 2 policies x 2 modes, C++ once
    }
    void everyListingMarksEveryStepOfItsProgram() {
        QFETCH(QString, path);
        const Listing listing(resource(path));
        QVERIFY2(listing.problems().isEmpty(), qPrintable(listing.problems().join("; ")));
        const bool cpp = path.endsWith(QLatin1String(".cpp"));
        for (const Policy p : {Policy::synchronous, Policy::asynchronous}) {
            if (!cpp &&
                !path.contains(QLatin1String(p == Policy::synchronous ? "/sync_" : "/async_")))
                continue;
            for (int s = 0; s < waiter_step_count; ++s) {
                const auto step = static_cast<WaiterStep>(s);
                // Only a blocking waiter waits at the pass; only the bell sends one for food.
                const bool belongs = p == Policy::synchronous ? step != WaiterStep::fetching_food
                                                              : step != WaiterStep::waiting_at_pass;
                QVERIFY2((listing.lineOf(step, p) >= 0) == belongs,
                         qPrintable(QStringLiteral("%1 under %2").arg(stepId(step), to_string(p))));
            }
            QVERIFY(!listing.linesOn(HappeningKind::ticket_handed_in, p).isEmpty());
            QVERIFY(!listing.linesOn(HappeningKind::dish_ready, p).isEmpty());
        }
    }

    void eachWaitersCursorIsOnTheLineOfItsStep_data() {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("delivery");
        QTest::addColumn<int>("seed");
        const char* names[] = {"pseudo", "python", "javascript", "cpp"};
        for (int l = 0; l < 4; ++l)
            for (int p = 0; p < 2; ++p)
                for (int d = 0; d < 2; ++d)
                    for (int seed : {3, 42})
                        QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3 seed %4")
                                                     .arg(names[l], p ? "async" : "sync",
                                                          d ? "each-dish" : "whole-order")
                                                     .arg(seed)))
                            << l << p << d << seed;
    }
    void eachWaitersCursorIsOnTheLineOfItsStep() {
        QFETCH(int, language);
        QFETCH(int, policy);
        QFETCH(int, delivery);
        QFETCH(int, seed);
        auto& c = window_->controller();
        c.setSeed(static_cast<std::uint64_t>(seed));
        c.setParameter(Parameter::policy, policy ? Policy::asynchronous : Policy::synchronous);
        c.setParameter(Parameter::delivery, delivery ? Delivery::each_dish : Delivery::whole_order);
        CodePanel& panel = window_->code();
        panel.setLanguage(static_cast<CodePanel::Language>(language));
        QCOMPARE(panel.listing(0).steps(c.policy()).size(), std::size_t{10});  // a line per step
        for (const double t : {1500.0, 2700.0}) {
            c.seek(t);
            checkCursors(c, panel.view(0), panel.listing(0));
        }
        // Step and step back move the cursors with the model, one event at a time.
        for (int i = 0; i < 25; ++i) {
            QVERIFY(c.stepForward());
            checkCursors(c, panel.view(0), panel.listing(0));
        }
        for (int i = 0; i < 5; ++i) {
            QVERIFY(c.stepBack());
            checkCursors(c, panel.view(0), panel.listing(0));
        }
    }

    void aBlockedWaiterSitsOnTheBlockingCall() {
        auto& c = window_->controller();  // the lunch rush: synchronous waiters block
        CodePanel& panel = window_->code();
        panel.setLanguage(CodePanel::Language::python);
        int blocked = -1;
        for (double t = 600; t < 3 * 3600 && blocked < 0; t += 60) {
            c.seek(t);
            for (const WaiterView& w : c.snapshot().waiters)
                if (w.state == WaiterState::blocked) blocked = w.id;
        }
        QVERIFY(blocked >= 0);
        const int line = panel.listing(0).lineOf(WaiterStep::waiting_at_pass, Policy::synchronous);
        QVERIFY(line >= 0);
        QVERIFY(panel.listing(0).lines()[line].contains(QLatin1String("block")));  // it says so
        bool on_it = false;
        for (const CodeView::Cursor& k : panel.view(0).cursors())
            on_it |= k.waiter == blocked && k.line == line;
        QVERIFY(on_it);
    }

    void clickingALineSelectsTheWaitersOnItAndSelectingAWaiterShowsItsLine() {
        auto& c = window_->controller();
        c.seek(2400);
        CodePanel& panel = window_->code();
        const auto cursors = panel.view(0).cursors();
        QVERIFY(!cursors.empty());
        const int line = cursors.front().line;
        std::vector<int> on_line;
        for (const CodeView::Cursor& k : cursors)
            if (k.line == line) on_line.push_back(k.waiter);
        CodeView& view = panel.view(0);
        view.showLine(line);
        const QRect r = view.cursorRect(QTextCursor(view.document()->findBlockByNumber(line)));
        for (std::size_t i = 0; i < on_line.size() + 1; ++i) {  // each click: the next one
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, r.center());
            const Selection s = window_->floor().selection();
            QCOMPARE(s.kind, Selection::Kind::waiter);
            QCOMPARE(static_cast<int>(s.id), on_line[i % on_line.size()]);
            QCOMPARE(window_->timelines().view().highlightedWaiter(), on_line[i % on_line.size()]);
        }
        // And the other way: a waiter selected on the floor brings its line into view.
        const CodeView::Cursor last = cursors.back();
        view.showLine(0);
        window_->floor().select({Selection::Kind::waiter, last.waiter});
        QCOMPARE(view.textCursor().blockNumber(), last.line);
    }

    void theBellLightsTheLinesThatRunWhenItRings() {
        auto& c = window_->controller();
        c.setParameter(Parameter::policy, Policy::asynchronous);
        CodePanel& panel = window_->code();
        panel.setLanguage(CodePanel::Language::javascript);
        // Step until the bell rings: a dish is ready at the pass.
        bool rang = false;
        QObject context;
        connect(&c, &SimulationController::dishReady, &context,
                [&](double, const happened::DishReady&) { rang = true; });
        for (int i = 0; i < 5000 && !rang; ++i) c.stepForward();
        QVERIFY(rang);
        // The code the bell calls back, and the line that handed that ticket in.
        const Listing& listing = panel.listing(0);
        QList<int> want = listing.linesOn(HappeningKind::dish_ready, Policy::asynchronous);
        want << listing.linesOn(HappeningKind::ticket_handed_in, Policy::asynchronous);
        QVERIFY(want.size() >= 2);
        for (const int line : want) QVERIFY(panel.view(0).lit().contains(line));
    }

    void twinRestaurantsShowBothProgramsSideBySide() {
        window_->setCompareMode(true);
        CodePanel& panel = window_->code();
        panel.setLanguage(CodePanel::Language::python);
        window_->controller().seek(1800);
        QVERIFY(panel.view(1).isVisibleTo(&panel));
        QVERIFY(panel.listing(0).lines() != panel.listing(1).lines());  // sync beside async
        checkCursors(window_->controller(), panel.view(0), panel.listing(0));
        checkCursors(window_->twins().twin(), panel.view(1), panel.listing(1));
        window_->setCompareMode(false);
        QVERIFY(!panel.view(1).isVisibleTo(&panel));
    }

    void theLanguageIsRememberedAndTheListingCanBeSaved() {
        window_->code().setLanguage(CodePanel::Language::javascript);
        window_.reset(new MainWindow);
        QCOMPARE(window_->code().language(), CodePanel::Language::javascript);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("waiter.js"));
        QVERIFY(window_->code().saveTo(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QCOMPARE(text, window_->code().listing(0).text());
        QVERIFY(!text.contains(QLatin1String("@step")));
        QVERIFY(!window_->code().saveTo(dir.filePath(QStringLiteral("no/such/dir/x.js"))));
        // The legend names the ideas with the numbers of now.
        QVERIFY(window_->code().legendText().contains(QLatin1String("3 threads")));
    }
};

QTEST_MAIN(CodeTest)
#include "code_test.moc"
