// The plots as a class reads them (issue 14): every tick and axis title in full,
// in the window and in the pictures; tabs whole and plots tall with every panel
// open; legends that draw each line's own style; no interval from one sample.
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QTabBar>
#include <QTest>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/plots/plot_view.hpp"
#include "bistro/gui/plots/queue_plot.hpp"
#include "bistro/gui/plots/wait_plot.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
/// Texts Qt Charts cut short ("0.…", "min…") on the charts of a plot; empty when none is.
QStringList cutTexts(const PlotView& plot) {
    QStringList cut;
    for (const QChartView* view : plot.findChildren<QChartView*>()) {
        if (!view->isVisible()) continue;
        for (const QGraphicsItem* item : view->scene()->items()) {
            const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
            if (!text || !text->isVisible()) continue;
            const QString t = text->toPlainText();
            if (t.contains(QChar(0x2026)) || t.contains(QStringLiteral("..."))) cut << t;
        }
    }
    return cut;
}

QString dockName(const PlotView* p) {
    return p->parentWidget() ? p->parentWidget()->objectName() : QString();
}

/// The picture of one legend swatch.
QImage swatch(const PlotView& plot, int i) {
    const QImage all = plot.legend()->grab().toImage();
    return all.copy(plot.legendSwatches()[i]);
}
}  // namespace

class PlotLayoutTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void everyTickAndTitleReadsInFullInTheWindowAndThePictures() {
        window_->controller().seek(45 * 60);
        for (PlotView* plot : window_->plots()) {
            const QString name = plot->title();
            plot->parentWidget()->show();
            plot->parentWidget()->raise();
            QTest::qWait(30);
            plot->refreshNow();
            QVERIFY2(cutTexts(*plot).isEmpty(),
                     qPrintable(name + ": " + cutTexts(*plot).join(" | ")));
            QVERIFY(!plot->image(1.0).isNull());  // a picture is drawn from the same charts
            QVERIFY2(cutTexts(*plot).isEmpty(), qPrintable(name + " (picture)"));
            plot->parentWidget()->hide();
        }
    }

    void withEveryPanelOpenTabsAreWholeAndPlotsTall() {
        window_->showPanel(QStringLiteral("all"));
        window_->controller().seek(45 * 60);
        QTest::qWait(50);
        int bars = 0;
        for (QTabBar* bar : window_->findChildren<QTabBar*>()) {
            if (!bar->isVisible() || bar->parentWidget() != window_.get()) continue;
            ++bars;
            for (int i = 0; i < bar->count(); ++i) {
                const int need = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
                QVERIFY2(bar->tabRect(i).width() >= need,
                         qPrintable(bar->tabText(i) + " is cut short"));
            }
        }
        QVERIFY(bars >= 2);
        for (PlotView* plot : window_->plots()) {
            if (!plot->isVisible()) continue;
            for (const QChartView* view : plot->findChildren<QChartView*>()) {
                QVERIFY2(view->height() >= 200, qPrintable(dockName(plot)));  // not squashed
                QVERIFY(view->width() >= 280);
            }
            QVERIFY2(cutTexts(*plot).isEmpty(), qPrintable(cutTexts(*plot).join(" | ")));
        }
    }

    void theQueueLegendDrawsEachLineInItsOwnColourAndStyle() {
        window_->setCompareMode(true);
        window_->showPanel(QStringLiteral("plotQueues"));
        window_->controller().seek(45 * 60);
        QTest::qWait(50);
        auto* plot = window_->findChild<QueuePlot*>();
        const QList<LegendItem> items = plot->legendItems();
        QCOMPARE(items.size(), 6);  // three queues in each restaurant
        for (int i = 0; i < items.size(); ++i)
            for (int j = i + 1; j < items.size(); ++j) {
                QVERIFY(items[i].pen.color() != items[j].pen.color() ||
                        items[i].pen.style() != items[j].pen.style());
                QVERIFY2(swatch(*plot, i) != swatch(*plot, j),  // and they look different
                         qPrintable(items[i].text + " looks like " + items[j].text));
            }
        QVERIFY(plot->legend()->isVisible());
    }

    void theWaitLegendTellsEveryoneFromTheFinished() {
        window_->showPanel(QStringLiteral("plotWaitFood"));
        window_->controller().seek(45 * 60);
        QTest::qWait(30);
        WaitPlot& plot = window_->waitPlot(PlotRecorder::Wait::food);
        const QList<LegendItem> items = plot.legendItems();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].pen.style(), Qt::SolidLine);
        QCOMPARE(items[1].pen.style(), Qt::DashLine);
        QVERIFY(swatch(plot, 0) != swatch(plot, 1));
    }

    void oneSampleHasNoInterval() {
        auto& c = window_->controller();
        window_->showPanel(QStringLiteral("plotWaitFood"));
        const Measure& food = window_->recorder().measure(PlotRecorder::Wait::food);
        while (food.count() < 1 && c.stepForward()) {
        }
        QCOMPARE(food.count(), std::uint64_t{1});
        WaitPlot& plot = window_->waitPlot(PlotRecorder::Wait::food);
        plot.refreshNow();
        const QString headline = plot.findChild<QLabel*>()->text();
        QVERIFY2(!headline.contains(QStringLiteral("±")), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("no interval from one")), qPrintable(headline));
        while (food.count() < 2 && c.stepForward()) {
        }
        plot.refreshNow();
        QVERIFY(plot.findChild<QLabel*>()->text().contains(QStringLiteral("± ")));
        QVERIFY(plot.findChild<QLabel*>()->text().contains(QStringLiteral("(2 parties)")));
    }
};

QTEST_MAIN(PlotLayoutTest)
#include "plot_layout_test.moc"
