// A change of language reaches every word of the open window at once, and
// nothing else changes (issue "Ship it": the language menu, no restart).
//
// The translator is made for the test (cmake/translations.cmake): every message
// is its own source between marks, "⟦…⟧". Installed, every word the window took
// from tr() must carry the marks; removed, none may.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSlider>
#include <QTabBar>
#include <QTest>
#include <QTranslator>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>

#include "bistro/gui/code/code_panel.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
const QString open_mark = QStringLiteral("\u27e6");

/// One word on the screen and where it was found, for the failure message.
struct Word {
    QString where;
    QString text;
};

QString nameOf(const QObject* o) {
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(o->metaObject()->className()),
                                         o->objectName());
}

class Sightings {
  public:
    void add(const QObject* o, const char* what, const QString& text) {
        if (!text.trimmed().isEmpty())
            words_.append({nameOf(o) + QLatin1Char(' ') + QLatin1String(what), text});
    }
    QList<Word> list() const { return words_; }

  private:
    QList<Word> words_;
};

void readChart(Sightings& out, const QChartView* view) {
    const QChart* chart = view->chart();
    out.add(view, "chart title", chart->title());
    for (const QAbstractAxis* axis : chart->axes()) out.add(view, "axis title", axis->titleText());
    for (const QAbstractSeries* series : chart->series()) out.add(view, "series", series->name());
}

void readHeaders(Sightings& out, const QHeaderView* header) {
    const QAbstractItemModel* model = header->model();
    if (!model) return;
    const int count =
        header->orientation() == Qt::Horizontal ? model->columnCount() : model->rowCount();
    for (int i = 0; i < count; ++i) {
        out.add(header, "header", model->headerData(i, header->orientation()).toString());
        out.add(header, "header tip",
                model->headerData(i, header->orientation(), Qt::ToolTipRole).toString());
    }
}

/// The words a widget shows of itself, by its kind.
void readWidget(Sightings& out, const QWidget* w) {
    out.add(w, "tooltip", w->toolTip());
    out.add(w, "accessible name", w->accessibleName());
    out.add(w, "accessible description", w->accessibleDescription());
    if (w->isWindow() || qobject_cast<const QDockWidget*>(w)) out.add(w, "title", w->windowTitle());
    if (auto* b = qobject_cast<const QAbstractButton*>(w)) out.add(w, "text", b->text());
    if (auto* l = qobject_cast<const QLabel*>(w)) out.add(w, "text", l->text());
    if (auto* g = qobject_cast<const QGroupBox*>(w)) out.add(w, "title", g->title());
    if (auto* e = qobject_cast<const QLineEdit*>(w))
        out.add(w, "placeholder", e->placeholderText());
    if (auto* m = qobject_cast<const QMenu*>(w)) out.add(w, "title", m->title());
    if (auto* c = qobject_cast<const QComboBox*>(w))
        for (int i = 0; i < c->count(); ++i) {
            out.add(w, "item", c->itemText(i));
            out.add(w, "item tip", c->itemData(i, Qt::ToolTipRole).toString());
        }
    if (auto* t = qobject_cast<const QTabBar*>(w))
        for (int i = 0; i < t->count(); ++i) {
            out.add(w, "tab", t->tabText(i));
            out.add(w, "tab tip", t->tabToolTip(i));
        }
    if (auto* h = qobject_cast<const QHeaderView*>(w)) readHeaders(out, h);
    if (auto* v = qobject_cast<const QChartView*>(w)) readChart(out, v);
}

/// Qt's own words (a dock's Float and Close buttons) come from Qt's translations.
bool isQts(const QObject* o) {
    return o->objectName().startsWith(QStringLiteral("qt_"));
}

/// Every word of a part of the window: its widgets, shown or not, and its actions.
QList<Word> wordsOf(QWidget* part) {
    Sightings out;
    readWidget(out, part);
    for (const QWidget* w : part->findChildren<QWidget*>())
        if (!isQts(w)) readWidget(out, w);
    for (const QAction* a : part->findChildren<QAction*>()) {
        out.add(a, "text", a->text());
        out.add(a, "icon text", a->iconText());
        out.add(a, "tooltip", a->toolTip());
        out.add(a, "status tip", a->statusTip());
    }
    return out.list();
}

/// Not words: numbers, clock times, percentages and signs, and names no language changes.
bool isWords(const QString& text) {
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    static const QRegularExpression speed_or_duration(
        QStringLiteral("^([0-9.,]+x|[0-9hms]+)$"));  // "10x", "1h30m"
    if (speed_or_duration.match(text).hasMatch()) return false;
    static const QStringList names{
        QStringLiteral("Python"),
        QStringLiteral("JavaScript"),
        QStringLiteral("C++"),
        QStringLiteral("Async Bistro"),
    };
    return text.contains(letter) && !names.contains(text);
}

QString listed(const QList<Word>& words) {
    QStringList lines;
    for (const Word& w : words) lines << w.where + QStringLiteral(": ") + w.text.left(120);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class RelanguageTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void init() {
        GuiTestCase::init();
        window_->resize(1600, 900);
        window_->showPanel(QStringLiteral("all"));
        QVERIFY(translator_.load(QStringLiteral(BISTRO_MARKED_QM)));
    }

    void cleanup() {
        QCoreApplication::removeTranslator(&translator_);
        GuiTestCase::cleanup();
    }

    /// Each part of the window, and why it does not word itself again yet (empty: it does).
    void everyWordFollowsTheLanguageAndBack_data() {
        QTest::addColumn<QString>("part");  // a dock, or the window's own (menus, title)
        QTest::addColumn<QString>("notYet");
        QTest::newRow("menus and title") << QString() << QString();
        QTest::newRow("control bar") << QStringLiteral("controlBar") << QString();
        QTest::newRow("live numbers") << QStringLiteral("statsDock") << QString();
        const std::pair<const char*, QString> docks[] = {
            {"controlsDock", {}},   {"inspectorDock", {}},     {"timelineDock", {}},
            {"eventLogDock", {}},   {"comparisonDock", {}},    {"insightsDock", {}},
            {"codeDock", {}},       {"lessonDock", {}},        {"plotWaitFoodDock", {}},
            {"plotTimeInDock", {}}, {"plotWaitTableDock", {}}, {"plotWaitersDock", {}},
            {"plotQueuesDock", {}}, {"plotTheoryDock", {}},
        };
        for (const auto& [dock, not_yet] : docks)
            QTest::newRow(dock) << QString::fromLatin1(dock) << not_yet;
        QTest::newRow("floors") << QStringLiteral("floors") << QString();
    }

    void everyWordFollowsTheLanguageAndBack() {
        QFETCH(QString, part);
        QFETCH(QString, notYet);
        window_->setCompareMode(true);  // the compare bar and the twin's words too
        switchLanguage(true);
        const QList<Word> english = unmarked(part);
        if (!notYet.isEmpty()) QEXPECT_FAIL("", qPrintable(notYet), Abort);
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("still English:\n") + listed(english)));
        switchLanguage(false);
        QList<Word> marked;
        for (const Word& w : wordsIn(part))
            if (w.text.contains(open_mark)) marked.append(w);
        QVERIFY2(marked.isEmpty(),
                 qPrintable(QStringLiteral("not English again:\n") + listed(marked)));
    }

    void theRunAndEveryChoiceSurviveTheChange() {
        auto& c = window_->controller();
        window_->setCompareMode(true);
        c.seek(1500);
        QSlider* waiters = window_->parameters().slider(Parameter::waiters);
        QVERIFY(waiters);
        waiters->setValue(waiters->value() + 1);
        const int slider_value = waiters->value();
        window_->code().setLanguage(CodePanel::Language::python);
        auto* code_choice = window_->code().findChild<QComboBox*>();
        QVERIFY(code_choice);
        const int code_index = code_choice->currentIndex();
        const double now = c.now();
        const std::size_t changes = c.changes().size();

        for (bool marked : {true, false}) {
            switchLanguage(marked);
            QCOMPARE(c.now(), now);
            QCOMPARE(c.changes().size(), changes);
            QCOMPARE(waiters->value(), slider_value);
            QVERIFY(window_->twins().isOn());
            QCOMPARE(window_->code().language(), CodePanel::Language::python);
            QCOMPARE(code_choice->currentIndex(), code_index);
        }
    }

  private:
    void switchLanguage(bool marked) {
        if (marked)
            QCoreApplication::installTranslator(&translator_);
        else
            QCoreApplication::removeTranslator(&translator_);
        // QApplication posts LanguageChange to the window; the window names its panels after.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    /// The words of a part: a dock or a widget by name, or the window less its docks.
    QList<Word> wordsIn(const QString& part) {
        if (part == QStringLiteral("floors")) return wordsOf(window_->centralWidget());
        if (!part.isEmpty()) {
            auto* w = window_->findChild<QWidget*>(part);
            if (!w) qFatal("no part named %s", qPrintable(part));
            return wordsOf(w);
        }
        Sightings own;
        readWidget(own, window_.get());
        // The menus' own entries; the panels' entries (a dock's toggle, a plot's export)
        // are their owners', the presets' names and summaries are the scenario files'.
        for (const QMenu* m : window_->findChildren<QMenu*>()) {
            // The lessons' titles are their files' (each language's folder), and each
            // language is named in its own words.
            if (m->objectName() == QStringLiteral("scenarioMenu") ||
                m->objectName() == QStringLiteral("lessonsMenu"))
                continue;
            readWidget(own, m);
            for (const QAction* a : m->findChildren<QAction*>(Qt::FindDirectChildrenOnly))
                if (!a->isSeparator() &&
                    (!a->objectName().startsWith(QStringLiteral("language-")) ||
                     a->objectName() == QStringLiteral("language-system")))
                    own.add(a, "text", a->text());
        }
        return own.list();
    }

    QList<Word> unmarked(const QString& part) {
        QList<Word> out;
        for (const Word& w : wordsIn(part))
            if (isWords(w.text) && !w.text.contains(open_mark)) out.append(w);
        for (const Word& w : out) qWarning("%s: %s", qPrintable(w.where), qPrintable(w.text));
        return out;
    }

    QTranslator translator_;
};

QTEST_MAIN(RelanguageTest)
#include "relanguage_test.moc"
