// The waiters' and cooks' timelines: what they record, and what scrolling shows.
#include <QButtonGroup>
#include <QDir>
#include <QImage>
#include <QPushButton>
#include <QScreen>
#include <QTest>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "bistro/gui/timeline/timeline_panel.hpp"
#include "bistro/gui/timeline/timeline_view.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

/// Counts the paint events a widget receives.
class PaintCounter : public QObject {
  public:
    explicit PaintCounter(QWidget& widget) { widget.installEventFilter(this); }
    int count() const { return count_; }

  protected:
    bool eventFilter(QObject*, QEvent* e) override {
        count_ += e->type() == QEvent::Paint;
        return false;
    }

  private:
    int count_ = 0;
};

}  // namespace

class TimelineTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
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
        TimelineView& view = window_->timelines().view();
        PaintCounter paints(view);
        QVERIFY(QTest::qWaitFor([&] { return paints.count() > 0; }));  // shown, painted whole
        c.setSpeed(60);
        for (int frame = 0; frame < 240; ++frame) {
            const int before = paints.count();
            c.advance(1.0 / 60.0);
            // Each frame painted before the next, as between the frame timer's ticks.
            QVERIFY(QTest::qWaitFor([&] { return paints.count() > before; }));
        }
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
};

QTEST_MAIN(TimelineTest)
#include "timeline_test.moc"
