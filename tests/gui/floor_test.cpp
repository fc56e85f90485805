// The floor: every preset drawn busy and in the states' colours; clicks tell stories.
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <map>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/style/glyphs.hpp"
#include "bistro/gui/style/palette.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
template <typename State>
QImage icon(State s) {
    QImage image(48, 48, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 4));
    glyphs::of(p, QRectF(4, 4, 40, 40), s);
    return image;
}

/// How many pixels of `rect` (in scene coordinates) have exactly `colour`.
int pixelsOf(FloorView& floor, const QRectF& rect, const QColor& colour) {
    const QImage image = floor.grab().toImage();
    const QRect r = floor.mapFromScene(rect).boundingRect() & image.rect();
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += (image.pixel(x, y) | 0xff000000u) == colour.rgb();
    return n;
}
}  // namespace

class FloorTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void clickingAWaiterTellsItsStory() {
        auto& c = window_->controller();
        {  // the moment below was found in the lunch rush without its opening's parties
            Scenario s = c.scenario();
            s.at_opening = 0;
            c.setScenario(s);
        }
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

    void everyMeaningHasItsOwnIconAndColour() {
        // The hourglass is the party's wait for food, not also a blocked waiter;
        // "!" is the call to order, not also the wait for the bill.
        QVERIFY(icon(WaiterState::blocked) != icon(PartyState::waiting_for_food));
        QVERIFY(icon(PartyState::waiting_to_order) != icon(PartyState::waiting_for_bill));
        QVERIFY(icon(PartyState::waiting_for_bill) != icon(PartyState::paying));
        // Cooking (the kitchen, I/O), the waiter's own work (CPU) and a party waiting
        // for food: three colours.
        const QColor own = palette::of(WaiterState::making_drinks);
        const QColor food = palette::of(PartyState::waiting_for_food);
        QVERIFY(palette::cooking != own && palette::cooking != food && own != food);
        QCOMPARE(palette::of(WaitCause::kitchen),
                 palette::cooking);  // the bars say it the same way
        // Every waiter state its own icon and colour.
        for (int a = 0; a < waiter_state_count; ++a)
            for (int b = a + 1; b < waiter_state_count; ++b) {
                const auto x = static_cast<WaiterState>(a), y = static_cast<WaiterState>(b);
                QVERIFY(icon(x) != icon(y));
                QVERIFY(palette::of(x) != palette::of(y));
            }
    }

    void idleWaitersKeepTheirPlacesWhenOneLeavesThePass() {
        auto& c = window_->controller();
        {  // every waiter idle at the pass at the start: a lunch rush with nobody at its opening
            Scenario s = c.scenario();
            s.at_opening = 0;
            c.setScenario(s);
        }
        FloorView& floor = window_->floor();
        const auto at = [&] {
            std::map<int, QRectF> out;
            for (const WaiterView& w : c.snapshot().waiters) out[w.id] = floor.waiterRect(w.id);
            return out;
        };
        QVERIFY(c.snapshot().waiters.size() >= 3);
        std::map<int, QRectF> before = at();
        for (int i = 0; i < 200 && c.stepForward(); ++i) {
            const std::map<int, QRectF> now = at();
            int moved = 0;
            for (const WaiterView& w : c.snapshot().waiters)
                moved += now.at(w.id) != before.at(w.id);
            if (moved > 0) {  // the first waiter called away: nobody else moves
                QCOMPARE(moved, 1);
                return;
            }
        }
        QFAIL("no waiter left the pass");
    }

    void waitersNeverCoverTheTablesNames() {
        auto& c = window_->controller();
        FloorView& floor = window_->floor();
        for (double t = 60; t <= 5400; t += 20) {
            c.seek(t);
            for (const WaiterView& w : c.snapshot().waiters)
                for (const TableView& table : c.snapshot().tables)
                    QVERIFY2(!floor.waiterRect(w.id).intersects(floor.tableLabelRect(table.id)),
                             qPrintable(QStringLiteral("waiter %1 on T%2 at %3 s")
                                            .arg(w.id + 1)
                                            .arg(table.id + 1)
                                            .arg(t)));
        }
    }

    void cooksBeingLetGoLookDifferent() {
        auto& c = window_->controller();
        {  // the moment below was found in the lunch rush without its opening's parties
            Scenario s = c.scenario();
            s.at_opening = 0;
            c.setScenario(s);
        }
        c.seek(1800);
        const int cooks = static_cast<int>(c.snapshot().cooks.size());
        QVERIFY(cooks >= 3);
        c.setParameter(Parameter::cooks, 1);  // the busy ones finish their dish first
        c.seek(1801);
        const CookView* leaving = nullptr;
        const CookView* staying = nullptr;
        for (const CookView& k : c.snapshot().cooks) {
            if (k.busy && k.retiring) leaving = &k;
            if (k.busy && !k.retiring) staying = &k;
        }
        QVERIFY2(leaving, "no busy cook is being let go");
        FloorView& floor = window_->floor();
        // A cook at work is black; one on its way out is faded, with "leaving" under it.
        if (staying) QVERIFY(pixelsOf(floor, floor.cookRect(staying->id), palette::cooking) > 50);
        QCOMPARE(pixelsOf(floor, floor.cookRect(leaving->id), palette::cooking), 0);
    }

    void aTablesFrameGoesRoundItsNameNeverOverIt() {
        // The selection's and the keyboard's frame is drawn just outside the mark.
        window_->controller().seek(1800);
        FloorView& floor = window_->floor();
        for (const TableView& t : window_->controller().snapshot().tables) {
            const QRectF mark = floor.markOf({Selection::Kind::table, t.id});
            QVERIFY2(mark.contains(floor.tableLabelRect(t.id)),
                     qPrintable(QStringLiteral("T%1").arg(t.id + 1)));
        }
    }

    void cooksNeverOverlapAndStayReadable() {
        // One row while the discs keep their size, two when one row would shrink them.
        SimulationController& c = window_->controller();
        FloorView& floor = window_->floor();
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            window_->resize(size);
            for (const int cooks : {1, 4, 8, 12, 16}) {
                c.setParameter(Parameter::cooks, cooks);
                c.seek(c.now() + 60);
                QTest::qWait(1);
                QList<QRectF> discs;
                for (const CookView& k : c.snapshot().cooks)
                    if (!k.retiring)
                        discs << floor.mapFromScene(floor.cookDiscRect(k.id)).boundingRect();
                QCOMPARE(discs.size(), cooks);
                const QString where =
                    QStringLiteral("%1 cooks at %2 px wide").arg(cooks).arg(size.width());
                for (int i = 0; i < discs.size(); ++i) {
                    // "C12" fits a disc of 22 px at the least: the floor's smallest text.
                    QVERIFY2(discs[i].width() >= 22,
                             qPrintable(where + QStringLiteral(": %1 px").arg(discs[i].width())));
                    for (int j = i + 1; j < discs.size(); ++j)
                        QVERIFY2(!discs[i].adjusted(1, 1, -1, -1).intersects(discs[j]),
                                 qPrintable(where));
                }
            }
        }
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
