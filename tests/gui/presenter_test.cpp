// Presenter mode: F5 enters (full screen, only the floors and the presenter's
// strip, large type, the projector's palette), the keys still work, Esc puts the
// desk back exactly; what a presenter opens is remembered apart from the desk.
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <cmath>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/style/palette.hpp"
#include "bistro/gui/window/interface_zoom.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
QStringList shownDocks(QMainWindow& w) {
    QStringList out;
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        if (d->isVisible()) out << d->objectName();
    out.sort();
    return out;
}

/// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b) {
    const auto lum = [](const QColor& c) {
        const auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
}  // namespace

class PresenterTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void init() {
        GuiTestCase::init();
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }

    void f5EntersAndEscRestoresTheDeskExactly() {
        window_->setCompareMode(true);
        QTest::qWait(20);
        const QByteArray desk = window_->saveState();
        const QStringList docks = shownDocks(*window_);
        const QRect geometry = window_->geometry();
        const double font = QApplication::font().pointSizeF();
        QTest::keyClick(window_.get(), Qt::Key_F5);
        QVERIFY(window_->presenterMode());
        QVERIFY(window_->isFullScreen());
        QVERIFY(shownDocks(*window_).isEmpty());
        QVERIFY(!window_->menuBar()->isVisible());
        QVERIFY(!window_->statusBar()->isVisible());
        for (QToolBar* t : window_->findChildren<QToolBar*>()) QVERIFY(!t->isVisible());
        QVERIFY(window_->floor().isVisible() && window_->twinFloor().isVisible());
        QVERIFY(window_->floor().projector());
        QCOMPARE(window_->zoom().factor(), 1.5);  // large type
        QVERIFY(QApplication::font().pointSizeF() >= font * 1.49);
        auto* bar = window_->findChild<QWidget*>(QStringLiteral("presenterBar"));
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(window_->findChild<QLabel*>(QStringLiteral("presenterClock"))->text(),
                 QStringLiteral("0:00:00"));
        // The keys work with the menus hidden: Right steps, Space plays.
        const std::uint64_t events = window_->controller().events();
        QTest::keyClick(window_.get(), Qt::Key_Right);  // one event (the opening's are at 0:00)
        QVERIFY(window_->controller().events() > events);
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QVERIFY(window_->controller().isPlaying());
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QTest::keyClick(window_.get(), Qt::Key_Escape);
        QVERIFY(!window_->presenterMode());
        QVERIFY(!window_->isFullScreen());
        QVERIFY(!window_->floor().projector());
        QCOMPARE(shownDocks(*window_), docks);
        QCOMPARE(window_->size(), geometry.size());
        QCOMPARE(window_->saveState(), desk);
        QVERIFY(window_->menuBar()->isVisible());
        QCOMPARE(window_->zoom().factor(), 1.0);
        QCOMPARE(QApplication::font().pointSizeF(), font);
    }

    void whatAPresenterOpensIsRememberedApartFromTheDesk() {
        const QStringList docks = shownDocks(*window_);
        window_->setPresenterMode(true);
        window_->showPanel(QStringLiteral("code"));
        window_->zoom().zoomIn();  // 1.5 -> 1.75
        window_->setPresenterMode(false);
        QCOMPARE(shownDocks(*window_), docks);  // the desk is as it was: no code panel
        QCOMPARE(window_->zoom().factor(), 1.0);
        window_->setPresenterMode(true);
        QCOMPARE(shownDocks(*window_), QStringList{QStringLiteral("codeDock")});
        QCOMPARE(window_->zoom().factor(), 1.75);
        window_->setPresenterMode(false);
    }

    void thePresentersStripShowsTheNumbersTheVerdictAndTheCodeLine() {
        window_->setCompareMode(true);
        window_->controller().seek(1800);
        window_->setPresenterMode(true);
        QSignalSpy done(&window_->twins(), &TwinRestaurants::replicationsFinished);
        QVERIFY(done.wait(30000));
        auto* numbers = window_->findChild<QLabel*>(QStringLiteral("presenterNumbers0"));
        QVERIFY(numbers->text().contains(
            QStringLiteral("served <b>%1</b>").arg(window_->controller().snapshot().served)));
        QVERIFY(window_->findChild<QLabel*>(QStringLiteral("presenterNumbers1"))->isVisible());
        auto* verdict = window_->findChild<QLabel*>(QStringLiteral("presenterVerdict"));
        QVERIFY(verdict->isVisible());
        QCOMPARE(verdict->text(), window_->twins().result()->verdict().toHtmlEscaped());
        QVERIFY(window_->findChild<QLabel*>(QStringLiteral("presenterCode0"))
                    ->text()
                    .contains("waiters"));
        window_->setPresenterMode(false);
    }

    void theProjectorPaletteHasStrongContrastAndKeepsOkabeIto() {
        // Text: at least 7:1 (WCAG AAA) on the floor and on the presenter's strip.
        for (const QColor& text : {palette::projector_ink, palette::projector_muted_ink})
            for (const QColor& ground :
                 {palette::floor_colour, QColor(Qt::white), palette::kitchen_floor})
                QVERIFY(contrast(text, ground) >= 7);
        // The sync and async colours, as large bold text on white: at least 3:1.
        for (const QColor& side : {palette::sync_colour, palette::async_colour})
            QVERIFY(contrast(side, Qt::white) >= 3);
        // The states keep their Okabe-Ito colours; a projector's badges get an ink ring,
        // which stands out 3:1 from both the floor and every state's colour but the darkest.
        QCOMPARE(palette::of(WaiterState::blocked), QColor(0xD5, 0x5E, 0x00));
        QCOMPARE(palette::of(WaiterState::walking), QColor(0x00, 0x72, 0xB2));
        for (int s = 0; s < waiter_state_count; ++s) {
            const QColor c = palette::of(static_cast<WaiterState>(s));
            QVERIFY(contrast(palette::projector_ink, palette::floor_colour) >= 3);
            QVERIFY2(contrast(palette::projector_ink, c) >= 3, qPrintable(c.name()));
        }
    }

    void closingInPresenterModeKeepsTheDesksLayout() {
        const QStringList docks = shownDocks(*window_);
        window_->setPresenterMode(true);
        window_->close();
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(shownDocks(second), docks);
        QVERIFY(!second.isFullScreen());
    }
};

QTEST_MAIN(PresenterTest)
#include "presenter_test.moc"
