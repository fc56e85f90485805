// A window that scales: the floors' text stays readable at any size, Ctrl+plus /
// minus / 0 zoom the whole interface and the zoom is remembered, and compare mode
// fits a 1280x720 screen with every control's text whole.
#include <QAbstractAxis>
#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <cmath>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/lessons/lesson_desk.hpp"
#include "bistro/gui/plots/plot_view.hpp"
#include "bistro/gui/window/interface_zoom.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
/// The plain text a widget shows on one line, and how wide its text may be.
struct Shown {
    QString text;
    int room = 0;
    bool wraps = false;
};

Shown shownText(QWidget* w) {
    if (auto* t = qobject_cast<QToolButton*>(w);
        t && t->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return {};  // its text is its tooltip
    if (auto* b = qobject_cast<QAbstractButton*>(w))
        return {b->text().remove('&'),
                b->width() - 8 - (b->icon().isNull() ? 0 : b->iconSize().width())};
    if (auto* c = qobject_cast<QComboBox*>(w)) return {c->currentText(), c->width() - 24};
    if (auto* l = qobject_cast<QLabel*>(w)) {
        QTextDocument d;
        d.setHtml(l->text());
        const QString plain = Qt::mightBeRichText(l->text()) ? d.toPlainText() : l->text();
        return {plain, l->contentsRect().width() - l->margin() * 2, l->wordWrap()};
    }
    return {};
}

/// The window's minimum in one direction, and the widgets whose minimum passes
/// `over` in it: what makes the window too large, if it is.
QString largest(QWidget& window, int (QSize::*side)() const, int over) {
    QStringList out = {QString::number((window.minimumSizeHint().*side)())};
    for (QWidget* w : window.findChildren<QWidget*>())
        if (w->isVisible() && (w->minimumSizeHint().*side)() > over)
            out << QStringLiteral("%1 %2 %3")
                       .arg(w->metaObject()->className(), w->objectName())
                       .arg((w->minimumSizeHint().*side)());
    return out.join('\n');
}

/// Every visible control whose text does not fit its width, as "name: text".
QStringList cut(QWidget& window) {
    QStringList out;
    for (QWidget* w : window.findChildren<QWidget*>()) {
        // Shown, not merely visible: a panel in a tab behind another is not on screen.
        if (!w->isVisible() || w->width() <= 0 || w->visibleRegion().isEmpty()) continue;
        const Shown s = shownText(w);
        const QFontMetrics m(w->font());
        QStringList pieces =
            s.wraps ? s.text.split(QRegularExpression(QStringLiteral("\\s+"))) : s.text.split('\n');
        for (const QString& piece : pieces)
            if (!piece.isEmpty() && m.horizontalAdvance(piece) > s.room)
                out << QStringLiteral("%1 (%2 px for %3): %4")
                           .arg(w->metaObject()->className())
                           .arg(s.room)
                           .arg(m.horizontalAdvance(piece))
                           .arg(piece);
        // Nor may a control stick out of the window.
        const QRect in_window(w->mapTo(&window, QPoint(0, 0)), w->size());
        if (!s.text.isEmpty() && (in_window.left() < 0 || in_window.right() > window.width()))
            out << QStringLiteral("%1 outside the window: %2")
                       .arg(w->metaObject()->className(), s.text);
    }
    for (QTabBar* bar : window.findChildren<QTabBar*>()) {
        if (!bar->isVisible()) continue;
        for (int i = 0; i < bar->count(); ++i)
            if (QFontMetrics(bar->font()).horizontalAdvance(bar->tabText(i)) >
                bar->tabRect(i).width() - 8)
                out << QStringLiteral("tab: %1").arg(bar->tabText(i));
    }
    return out;
}
}  // namespace

class ScalingTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void floorTextIsAtLeast12PixelsAt1920x1080() {
        window_->resize(1920, 1080);
        QTest::qWait(20);
        QVERIFY2(window_->floor().smallestTextPixels() >= 12,
                 qPrintable(QString::number(window_->floor().smallestTextPixels())));
        window_->setCompareMode(true);
        QTest::qWait(20);
        for (FloorView* f : {&window_->floor(), &window_->twinFloor()})
            QVERIFY2(f->smallestTextPixels() >= 12,
                     qPrintable(QString::number(f->smallestTextPixels())));
    }

    void eachCompareFloorFillsItsPane_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("3840x2160") << QSize(3840, 2160);
    }

    void eachCompareFloorFillsItsPane() {
        QFETCH(QSize, size);
        window_->resize(size);
        window_->setCompareMode(true);
        QTest::qWait(20);
        QCOMPARE(window_->size(), size);
        for (FloorView* f : {&window_->floor(), &window_->twinFloor()}) {
            const QRectF drawn = f->mapFromScene(f->sceneRect()).boundingRect();
            const QSize pane = f->viewport()->size();
            QVERIFY2(drawn.width() >= 0.97 * pane.width() || drawn.height() >= 0.97 * pane.height(),
                     qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                    .arg(drawn.width())
                                    .arg(drawn.height())
                                    .arg(pane.width())
                                    .arg(pane.height())));
        }
    }

    void ctrlPlusZoomsTextAndFloorAndTheZoomIsRemembered() {
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        const double font = QApplication::font().pointSizeF();
        auto* clock = window_->findChild<QLabel*>(QStringLiteral("clock"));
        const double clock_size = clock->font().pointSizeF();
        const double floor_text = window_->floor().smallestTextPixels();
        QTest::keyClick(window_.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(window_.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(window_->zoom().factor(), 1.25);
        QVERIFY(std::abs(QApplication::font().pointSizeF() - font * 1.25) < 0.01);
        QVERIFY(std::abs(clock->font().pointSizeF() - clock_size * 1.25) <
                0.01);  // its own font too
        QCOMPARE(window_->floor().zoom(), 1.25);
        QVERIFY(window_->floor().smallestTextPixels() >= floor_text * 1.2);
        QTest::keyClick(window_.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window_->zoom().factor(), 1.1);
        window_.reset();
        MainWindow second;  // the next session
        QCOMPARE(second.zoom().factor(), 1.1);
        QCOMPARE(second.floor().zoom(), 1.1);
        second.zoom().reset();
        QCOMPARE(QApplication::font().pointSizeF(), font);
    }

    void theChartsWordsFollowTheZoom() {
        // Titles, ticks and legends of every plot grow with Ctrl+plus, as the text beside them.
        const auto sizes = [this] {
            QList<double> out;
            for (PlotView* p : window_->plots())
                for (QChartView* v : p->findChildren<QChartView*>()) {
                    out << v->chart()->titleFont().pointSizeF();
                    for (QAbstractAxis* a : v->chart()->axes()) out << a->labelsFont().pointSizeF();
                }
            return out;
        };
        window_->showPanel(QStringLiteral("all"));
        QTest::qWait(20);
        const QList<double> before = sizes();
        QVERIFY(before.size() > 10);
        window_->zoom().setFactor(1.5);
        QTest::qWait(20);
        const QList<double> after = sizes();
        window_->zoom().reset();  // before any check can fail: the zoom is remembered
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QVERIFY2(after[i] >= before[i] * 1.3,
                     qPrintable(QStringLiteral("%1 pt, then %2 pt").arg(before[i]).arg(after[i])));
        window_->zoom().reset();
        QCOMPARE(sizes(), before);
    }

    void compareModeFitsAt1280x720WithNothingCut() {
        window_->resize(1280, 720);
        window_->setCompareMode(true);
        QTest::qWait(50);
        QVERIFY2(window_->minimumSizeHint().width() <= 1280,
                 qPrintable(largest(*window_, &QSize::width, 300)));
        QVERIFY2(window_->width() <= 1280, qPrintable(QString::number(window_->width())));
        QVERIFY2(window_->minimumSizeHint().height() <= 720 && window_->height() <= 720,
                 qPrintable(largest(*window_, &QSize::height, 250)));
        // The verdict is in view, not in a tab behind the live numbers.
        auto* verdict = window_->findChild<QWidget*>(QStringLiteral("comparisonDock"));
        QTRY_VERIFY(!verdict->visibleRegion().isEmpty());
        const QStringList problems = cut(*window_);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        for (FloorView* f : {&window_->floor(), &window_->twinFloor()})
            QVERIFY2(f->smallestTextPixels() >= 10,
                     qPrintable(QString::number(f->smallestTextPixels())));
    }

    void aLessonsComparisonAt1280x720KeepsTheVerdictTheStepAndReadableFloors() {
        // A lesson step that compares: both floors while its words describe them, the
        // verdict in view, and the lesson under it rather than squeezing the floors.
        window_->resize(1280, 720);
        QVERIFY(
            window_->lessons().openLesson(QStringLiteral(":/lessons/02-many-requests.toml"), 1));
        QVERIFY(window_->twins().isOn());
        QTest::qWait(50);
        auto* verdict = window_->findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
        auto* lesson = window_->findChild<QDockWidget*>(QStringLiteral("lessonDock"));
        QTRY_VERIFY(!verdict->visibleRegion().isEmpty());
        QTRY_VERIFY(!lesson->visibleRegion().isEmpty());
        QVERIFY2(window_->width() <= 1280, qPrintable(QString::number(window_->width())));
        QVERIFY2(verdict->width() >= 300, qPrintable(QString::number(verdict->width())));
        QVERIFY2(lesson->height() >= 200, qPrintable(QString::number(lesson->height())));
        for (FloorView* f : {&window_->floor(), &window_->twinFloor()})
            QVERIFY2(f->smallestTextPixels() >= 10,
                     qPrintable(QString::number(f->smallestTextPixels())));
        // Leaving compare mode puts the lesson back in the left column.
        window_->setCompareMode(false);
        QTest::qWait(20);
        QCOMPARE(window_->dockWidgetArea(lesson), Qt::LeftDockWidgetArea);
        QTRY_VERIFY(!lesson->visibleRegion().isEmpty());
    }
};

QTEST_MAIN(ScalingTest)
#include "scaling_test.moc"
