// The floor: every preset drawn busy and in the states' colours; clicks tell stories.
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/style/palette.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

class FloorTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
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

    void everyPresetRendersABusyNonBlankPicture() {
        QTemporaryDir dir;  // never the working directory
        QVERIFY(dir.isValid());
        const QString out = dir.path();
        for (const QString& name : MainWindow::presetNames()) {
            QVERIFY(window_->openPreset(name));
            window_->controller().seek(5400);
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
};

QTEST_MAIN(FloorTest)
#include "floor_test.moc"
