// View > Language: the window speaks English, German or Spanish (the system's
// language by default), remembers the choice, and follows it in its menus, its
// numbers and its verdict. The words expected are the shipped translations'
// own, so these tests hold whatever the translators write, and fail when a
// word stays English.
#include <QAction>
#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/lessons/lesson_desk.hpp"
#include "bistro/gui/lessons/lesson_panel.hpp"
#include "bistro/gui/lessons/welcome_card.hpp"
#include "bistro/gui/plots/theory_plot.hpp"
#include "bistro/gui/window/interface_language.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {

/// The menu bar's titles, as shown.
QStringList menuTitles(MainWindow& w) {
    QStringList out;
    for (QAction* a : w.menuBar()->actions())
        if (a->menu()) out << a->text();
    return out;
}

/// The English titles of the menu bar, as the sources write them.
struct Source {
    const char* context;
    const char* text;
};
const Source menu_sources[] = {{"bistro::gui::MainWindow", "&File"},
                               {"bistro::gui::MainWindow", "S&cenario"},
                               {"bistro::gui::MainWindow", "&View"},
                               {"bistro::gui::MainWindow", "&Simulation"},
                               {"bistro::gui::MainWindow", "&Help"}};

QStringList translatedTitles() {
    QStringList out;
    for (const Source& s : menu_sources) out << QCoreApplication::translate(s.context, s.text);
    return out;
}

QStringList englishTitles() {
    QStringList out;
    for (const Source& s : menu_sources) out << QString::fromLatin1(s.text);
    return out;
}

/// A file of `text` in `dir`, its path.
QString written(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) qFatal("cannot write");
    return path;
}

/// A template of sim/ in the language in use, with its arguments.
QString problemWords(const char* text, const QStringList& args = {}) {
    QString out = QCoreApplication::translate("Problem", text);
    for (const QString& a : args) out = out.arg(a);
    return out;
}

QMenu* languageMenu(MainWindow& w) {
    return w.findChild<QMenu*>(QStringLiteral("languageMenu"));
}

}  // namespace

class LanguageTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void cleanup() {
        QSettings().remove(QStringLiteral("view/language"));
        GuiTestCase::cleanup();
    }

    void theMenuOffersEachLanguageInItsOwnWords() {
        QMenu* menu = languageMenu(*window_);
        QVERIFY(menu);
        QStringList names;
        for (QAction* a : menu->actions())
            if (!a->isSeparator()) names << a->text();
        QCOMPARE(names.size(), 4);
        QVERIFY(names.front().contains(QStringLiteral("English")));  // the system's, here C
        QCOMPARE(names.mid(1), (QStringList{"English", "Deutsch", "Español"}));
        QVERIFY(window_->language().followsSystem());
        QCOMPARE(window_->language().current(), QStringLiteral("en"));
        QCOMPARE(menuTitles(*window_), englishTitles());
    }

    void eachShippedLanguageTranslatesTheMenus() {
        for (const QString code : {"de", "es"}) {
            QSettings().setValue(QStringLiteral("view/language"), code);
            window_ = std::make_unique<MainWindow>();  // starts in the remembered language
            QCOMPARE(window_->language().current(), code);
            const QStringList titles = menuTitles(*window_);
            QCOMPARE(titles, translatedTitles());
            int differ = 0;  // "Simulation" is German too
            for (int i = 0; i < titles.size(); ++i) differ += titles[i] != englishTitles()[i];
            QVERIFY2(differ >= 4, qPrintable(code + ": " + titles.join(", ")));
            QVERIFY(languageMenu(*window_)->findChild<QAction*>("language-" + code)->isChecked());
        }
    }

    /// At 1280x720 every control of the bar is on it in each language, none behind
    /// the toolbar's "more" button (the German and Spanish words once pushed Code off).
    void theControlBarFitsAt1280InEachLanguage() {
        for (const QString code : {"en", "de", "es"}) {
            QSettings().setValue(QStringLiteral("view/language"), code);
            window_ = std::make_unique<MainWindow>();
            window_->resize(1280, 720);
            window_->show();
            QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
            auto* bar = window_->findChild<QToolBar*>(QStringLiteral("controlBar"));
            QVERIFY(bar);
            const auto* more = bar->findChild<QWidget*>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY(more);
            QVERIFY2(!more->isVisible(), qPrintable(code + ": the bar overflows"));
            for (QAction* a : bar->actions())
                if (a->isVisible() && !a->isSeparator())
                    QVERIFY2(bar->widgetForAction(a) && bar->widgetForAction(a)->isVisible(),
                             qPrintable(code + ": hidden: " + a->iconText()));
        }
    }

    void choosingALanguageRewordsTheOpenWindowAndIsRemembered() {
        QAction* german =
            languageMenu(*window_)->findChild<QAction*>(QStringLiteral("language-de"));
        QVERIFY(german);
        german->trigger();
        QCOMPARE(window_->language().current(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(),
                 QStringLiteral("de"));
        QTRY_COMPARE(menuTitles(*window_), translatedTitles());
        QVERIFY(menuTitles(*window_) != englishTitles());
        QVERIFY(!window_->language().followsSystem());

        // Back to the system's language (English here): English again, nothing remembered.
        languageMenu(*window_)->findChild<QAction*>(QStringLiteral("language-system"))->trigger();
        QTRY_COMPARE(menuTitles(*window_), englishTitles());
        QVERIFY(window_->language().followsSystem());
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QString());
    }

    void numbersFollowTheLanguage() {
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2.5"));
        window_->language().choose(QStringLiteral("de"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        window_->language().choose(QStringLiteral("es"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        window_->language().choose(QStringLiteral("en"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2.5"));
    }

    void aLanguageNotShippedIsRefusedAndNothingChanges() {
        window_->language().choose(QStringLiteral("es"));
        QVERIFY(!window_->language().choose(QStringLiteral("fr")));
        QCOMPARE(window_->language().current(), QStringLiteral("es"));
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(),
                 QStringLiteral("es"));
    }

    void aChoiceForThisRunOnlyIsNotRemembered() {
        QVERIFY(window_->language().choose(QStringLiteral("de"), false));
        QCOMPARE(window_->language().current(), QStringLiteral("de"));
        QVERIFY(!QSettings().contains(QStringLiteral("view/language")));
    }

    void thePresetsNamesAndLessonsAreInTheLanguage() {
        // The welcome card: each preset's name and what it teaches, read from its file
        // in English and translated (a file whose words changed would stay English).
        const auto shown = [this] {
            QMap<QString, QStringList> out;
            for (auto* b : window_->lessons().showWelcome()->findChildren<QCommandLinkButton*>())
                out[b->objectName()] = {b->text(), b->toolTip()};
            return out;
        };
        QSettings().setValue(QStringLiteral("view/language"), QStringLiteral("de"));
        window_ = std::make_unique<MainWindow>();
        const QMap<QString, QStringList> german = shown();
        QSettings().remove(QStringLiteral("view/language"));
        window_ = std::make_unique<MainWindow>();  // the German one's translators leave with it
        const QMap<QString, QStringList> english = shown();
        QCOMPARE(german.size(), MainWindow::presetNames().size());
        QCOMPARE(german.keys(), english.keys());
        for (const QString& preset : german.keys())
            for (int i = 0; i < 2; ++i)
                QVERIFY2(german[preset][i] != english[preset][i], qPrintable(german[preset][i]));
    }

    void theOpenLessonFollowsTheLanguageAtTheSameStep() {
        QVERIFY(
            window_->lessons().openLesson(QStringLiteral(":/lessons/01-blocking-call.toml"), 1));
        auto* panel = window_->findChild<LessonPanel*>();
        QVERIFY(panel);
        const QString english_title = QString::fromStdString(panel->lesson().title);
        const QString english_text = panel->stepText();
        window_->language().choose(QStringLiteral("es"));
        QTRY_VERIFY(QString::fromStdString(panel->lesson().title) != english_title);
        QCOMPARE(panel->step(), 1);
        QVERIFY(panel->stepText() != english_text);
        window_->language().choose(QStringLiteral("en"));
        QTRY_COMPARE(QString::fromStdString(panel->lesson().title), english_title);
        QCOMPARE(panel->stepText(), english_text);
    }

    void aFilesProblemsAreInTheLanguage() {
        // sim/ hands its problems over as templates; the window words them, with the
        // place in the file and the key as they are.
        QTemporaryDir dir;
        const QString staff = written(dir, QStringLiteral("staff.toml"), "[staff]\ncooks = 0\n");
        const QString eating =
            written(dir, QStringLiteral("eating.toml"), "[times]\neating = \"uniform(5m, 1m)\"\n");
        for (const QString code : {"en", "de", "es"}) {
            window_->language().choose(code);
            QVERIFY(!window_->openScenario(staff));
            const QString cooks =
                QStringLiteral("staff.toml:2:9: staff.cooks: ") + problemWords("must be 1 to 100");
            QVERIFY2(window_->lastError().contains(cooks.toHtmlEscaped()),
                     qPrintable(window_->lastError()));
            // A sentence inside a sentence: both parts in the language.
            QVERIFY(!window_->openScenario(eating));
            const QString high = problemWords("%1: %2", {QStringLiteral("uniform(low, high)"),
                                                         problemWords("the high end must be >= the "
                                                                      "low end")});
            QVERIFY2(window_->lastError().contains(
                         (QStringLiteral("times.eating: ") + high).toHtmlEscaped()),
                     qPrintable(window_->lastError()));
            if (code != QStringLiteral("en"))
                QVERIFY2(!window_->lastError().contains(QStringLiteral("high end")),
                         qPrintable(window_->lastError()));
        }
    }

    void theoryNamesWhatBreaksItInTheLanguage() {
        window_->showPanel(QStringLiteral("plotTheory"));
        auto* plot = window_->findChild<TheoryPlot*>(QStringLiteral("plot-theory"));
        QVERIFY(plot);
        window_->controller().setScenario(Scenario{});  // walks, and has parties of four
        window_->controller().seek(1800.0);
        for (const QString code : {"en", "de", "es"}) {
            window_->language().choose(code);
            plot->refreshNow();
            const QString walking = QCoreApplication::translate("Theory", "walking time");
            QVERIFY2(plot->badge(0).contains(walking), qPrintable(plot->badge(0)));
            if (code != QStringLiteral("en"))
                QVERIFY2(!plot->badge(0).contains(QStringLiteral("walking time")),
                         qPrintable(plot->badge(0)));
        }
    }

    void theFailureBannerFollowsTheLanguage() {
        auto& c = window_->controller();
        test::Saboteur saboteur(c, QStringLiteral("a listener broke on purpose"));
        c.seek(600);
        saboteur.armed = true;
        for (int i = 0; i < 200 && c.life() != LifeCycle::error; ++i) c.stepForward();
        QCOMPARE(c.life(), LifeCycle::error);
        for (const QString code : {"de", "es", "en"}) {
            window_->language().choose(code);
            const QString said =
                QCoreApplication::translate("bistro::gui::MainWindow",
                                            "The simulation stopped: %1. Press Reset to start "
                                            "again.")
                    .arg(QStringLiteral("a listener broke on purpose"));
            QTRY_COMPARE(window_->failureBanner().text(), said);  // on the LanguageChange
        }
        QVERIFY(window_->failureBanner().text().startsWith(QStringLiteral("The simulation")));
    }

    void pluralsTakeTheRightForm() {
        // English needs its own plural forms (bistro_en.ts): "1 party", "2 parties".
        const auto parties = [](int n) {
            return QCoreApplication::translate("bistro::gui::ComparisonPanel", "%n parties",
                                               nullptr, n);
        };
        QCOMPARE(parties(1), QStringLiteral("1 party"));
        QCOMPARE(parties(3), QStringLiteral("3 parties"));
        for (const QString code : {"de", "es"}) {
            window_->language().choose(code);
            QVERIFY2(parties(1) != parties(3).replace('3', '1'), qPrintable(code + parties(1)));
            QVERIFY(!parties(3).contains(QStringLiteral("parties")));
            QVERIFY(parties(3).contains('3'));
        }
    }
};

QTEST_MAIN(LanguageTest)
#include "language_test.moc"
