// The inspector tells the truth: every sentence it says about a party or a
// waiter is checked against the model's snapshot of the same instant, across
// scenarios, policies (and switches between them mid-run), delivery modes, seeds
// and many times. A sentence no rule knows fails the test, so a new kind of
// sentence needs a check before it ships; and what the snapshot shows (a task in
// the queue, a waiter at work for the party, food at the pass) must be said.
#include <QTest>
#include <QTextBrowser>
#include <set>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/inspector_panel.hpp"
#include "bistro/gui/panels/inspector_words.hpp"
#include "bistro/io/scenario_file.hpp"
#include "gui_test_case.hpp"
#include "inspector_rules.hpp"

using namespace bistro;
using namespace bistro::gui;
using namespace bistro::gui::test;

namespace {

/// One run the sentences are checked on; `switching` flips the policy at a third
/// and two thirds of the run, and the delivery mode at half.
struct Run {
    QString file;
    Policy policy = Policy::synchronous;
    Delivery delivery = Delivery::whole_order;
    std::uint64_t seed = 42;
    bool switching = false;
};

/// How many sentences of each kind were checked.
using SentenceCount = std::map<QString, int>;

Scenario scenarioOf(const Run& run) {
    Scenario s = load_scenario(std::string(BISTRO_SCENARIOS_DIR "/") + run.file.toStdString());
    s.policy = run.policy;
    s.delivery = run.delivery;
    s.seed = run.seed;
    return s;
}

int countSaid(const QStringList& said, const QString& pattern) {
    const QRegularExpression re("^" + pattern);
    return static_cast<int>(std::count_if(
        said.begin(), said.end(), [&](const QString& x) { return re.match(x).hasMatch(); }));
}

/// What the snapshot shows of the party and must be said: each of its tasks in the
/// queue, each waiter working for it, where its dishes are, why food sits at the pass.
QString unsaid(const QStringList& said, const Snapshot& s, std::int64_t party) {
    int tasks = 0, waiters = 0;
    bool fetched = false;
    for (const TaskView& t : s.tasks) {
        tasks += t.party == party;
        fetched |= t.party == party && t.kind == TaskKind::deliver;
    }
    for (const WaiterView& w : s.waiters) {
        waiters += w.party == party;
        fetched |= w.party == party &&
                   (w.step == WaiterStep::fetching_food || w.step == WaiterStep::waiting_at_pass);
    }
    if (countSaid(said, "Waiter ") != waiters) return "a waiter working for it goes unsaid";
    if (countSaid(said, "(Its call|The bell|Its request)") != tasks)
        return "a task of its in the queue goes unsaid";
    const TableView* t = tableOf(s, party);
    const Food f = foodOf(s, party);
    if (!t || t->state != PartyState::waiting_for_food) return {};
    if (f.queued + f.cooking + f.at_pass + f.carried + f.served > 0 &&
        countSaid(said, "Its (\\d+ dishes:|dish is)") == 0)
        return "where its dishes are goes unsaid";
    if (f.at_pass > 0 && !fetched && countSaid(said, "The ready dish") == 0 &&
        countSaid(said, "The food at the pass") == 0)
        return "why its food waits at the pass goes unsaid";
    return {};
}

/// Every sentence about every party (gone ones too) and every waiter at one instant.
QString checkInstant(const Snapshot& s, SentenceCount& tally) {
    const InspectorWords words(s);
    for (std::int64_t party = 0; party < static_cast<std::int64_t>(s.arrived); ++party) {
        const QStringList said = words.whyParty(party);
        for (const QString& sentence : said) {
            const Verdict v = checkPartySentence(sentence, s, party);
            if (!v.wrong.isEmpty())
                return QString("party %1: \"%2\": %3").arg(party).arg(sentence, v.wrong);
            ++tally[v.kind];
        }
        if (const QString missing = unsaid(said, s, party); !missing.isEmpty())
            return QString("party %1: %2 in \"%3\"").arg(party).arg(missing, said.join(' '));
    }
    for (const WaiterView& w : s.waiters) {
        const QString sentence = words.waiterNow(w);
        if (const QString wrong = checkWaiterSentence(sentence, s, w); !wrong.isEmpty())
            return QString("\"%1\": %2").arg(sentence, wrong);
        ++tally[QStringLiteral("waiter: ") + to_string(w.step)];
    }
    return {};
}

/// Runs the scenario and checks every instant 97 s apart (not a round number, so the
/// stops fall at all kinds of moments); empty when every sentence was true.
QString sweep(const Run& run, SentenceCount& tally) {
    SimulationController c;
    c.setScenario(scenarioOf(run));
    const double end = c.endTime();
    for (double t = 0; t <= end; t += 97) {
        if (run.switching && t >= end / 3 && t - 97 < end / 3)
            c.setParameter(Parameter::policy, run.policy == Policy::synchronous
                                                  ? Policy::asynchronous
                                                  : Policy::synchronous);
        if (run.switching && t >= end / 2 && t - 97 < end / 2)
            c.setParameter(Parameter::delivery, run.delivery == Delivery::whole_order
                                                    ? Delivery::each_dish
                                                    : Delivery::whole_order);
        if (run.switching && t >= 2 * end / 3 && t - 97 < 2 * end / 3)
            c.setParameter(Parameter::policy, run.policy);
        c.seek(t);
        if (const QString wrong = checkInstant(c.snapshot(), tally); !wrong.isEmpty())
            return QString("at %1 s: %2").arg(c.now()).arg(wrong);
    }
    return {};
}

std::vector<std::pair<QString, Run>> runs() {
    std::vector<std::pair<QString, Run>> out;
    for (const char* file :
         {"lunch-rush.toml", "slow-kitchen.toml", "burning-kitchen.toml", "one-waiter.toml"})
        for (const Policy p : {Policy::synchronous, Policy::asynchronous})
            for (const Delivery d : {Delivery::whole_order, Delivery::each_dish})
                for (const std::uint64_t seed : {1, 42})
                    for (const bool switching : {false, true}) {
                        const Run run{file, p, d, seed, switching};
                        out.emplace_back(QString("%1 %2%3 %4 seed %5")
                                             .arg(file, to_string(p), switching ? "-switching" : "",
                                                  to_string(d))
                                             .arg(seed),
                                         run);
                    }
    return out;
}

}  // namespace

class InspectorTest : public GuiTestCase {
    Q_OBJECT

  private slots:
    void everySentenceIsTrueOfTheModel_data() {
        QTest::addColumn<int>("run");
        const auto all = runs();
        for (std::size_t i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].first)) << static_cast<int>(i);
    }

    void everySentenceIsTrueOfTheModel() {
        QFETCH(int, run);
        SentenceCount tally;
        const QString wrong = sweep(runs()[static_cast<std::size_t>(run)].second, tally);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QVERIFY(tally["state"] > 100);  // the sweep did look at parties
        for (const auto& [kind, n] : tally) seen_[kind] += n;
    }

    // Each rule above was used: no kind of sentence escapes its check unseen.
    void everyKindOfSentenceWasChecked() {
        if (seen_.empty())
            for (const auto& [name, run] : runs()) QVERIFY(sweep(run, seen_).isEmpty());
        QStringList counts;
        for (const auto& [kind, n] : seen_) counts += QString("%1 %2").arg(kind).arg(n);
        qInfo("sentences checked: %s", qPrintable(counts.join(", ")));
        for (const Rule& r : partyRules()) QVERIFY2(seen_[r.kind] > 0, qPrintable(r.kind));
        for (int step = 0; step < waiter_step_count; ++step) {
            const QString kind =
                QStringLiteral("waiter: ") + to_string(static_cast<WaiterStep>(step));
            QVERIFY2(seen_[kind] > 0, qPrintable(kind));
        }
    }

    // Issue 12: lunch rush, async, whole order, 45:00, party 8 had a dish still cooking
    // and no delivery queued, yet the inspector said the bell had rung.
    void theBellRingsOnlyWithADeliveryInTheQueue() {
        auto& c = window_->controller();
        {  // the moment below was found in the lunch rush without its opening's parties
            Scenario s = c.scenario();
            s.at_opening = 0;
            c.setScenario(s);
        }
        c.setParameter(Parameter::policy, Policy::asynchronous);
        c.seek(45 * 60);
        const Snapshot& s = c.snapshot();
        const Food f = foodOf(s, 8);
        QVERIFY(f.cooking > 0 && f.at_pass > 0);  // the reported state
        QVERIFY(std::none_of(s.tasks.begin(), s.tasks.end(),
                             [](const TaskView& t) { return t.kind == TaskKind::deliver; }));
        auto* inspector = window_->findChild<InspectorPanel*>(QStringLiteral("inspector"));
        inspector->show({Selection::Kind::party, 8});
        const QString text = inspector->toPlainText();
        QVERIFY2(!text.contains("bell"), qPrintable(text));
        QVERIFY2(text.contains("wait at the pass for the rest of the order"), qPrintable(text));
        for (const QString& sentence : InspectorWords(s).whyParty(8)) {
            QVERIFY2(text.contains(sentence), qPrintable(sentence));
            QVERIFY(checkPartySentence(sentence, s, 8).wrong.isEmpty());
        }
    }

    // Issue 12: a blocked waiter's line read "take order for party 8" while it waited
    // for the food; it says what its program is doing.
    void aBlockedWaiterSaysItWaitsForTheFood() {
        auto& c = window_->controller();
        c.seek(45 * 60);  // lunch rush, synchronous
        const Snapshot& s = c.snapshot();
        const auto w = std::find_if(s.waiters.begin(), s.waiters.end(), [](const WaiterView& v) {
            return v.state == WaiterState::blocked;
        });
        QVERIFY(w != s.waiters.end());
        auto* inspector = window_->findChild<InspectorPanel*>(QStringLiteral("inspector"));
        inspector->show({Selection::Kind::waiter, w->id});
        const QString text = inspector->toPlainText();
        const QString expected =
            QString("Waiter %1 is blocked at the pass, waiting for party %2's food.")
                .arg(w->id + 1)
                .arg(w->party);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(!text.contains("take order"), qPrintable(text));
    }

    // Where a party's waiting went: every number is the model's own split (which
    // the core's tests check against the floor event by event), the largest first,
    // and the parts said add up to the total said.
    void whereEachPartysWaitWentIsTrue() {
        auto& c = window_->controller();
        int checked = 0;
        for (const Run& run : {Run{"slow-kitchen.toml", Policy::synchronous},
                               Run{"slow-kitchen.toml", Policy::asynchronous},
                               Run{"lunch-rush.toml", Policy::synchronous, Delivery::each_dish, 7},
                               Run{"burning-kitchen.toml", Policy::asynchronous}}) {
            c.setScenario(scenarioOf(run));
            for (double t = 300; t < 3 * 3600; t += 420) {
                c.seek(t);
                const Snapshot& s = c.snapshot();
                std::vector<std::pair<std::int64_t, const WaitParts*>> parties;
                for (const TableView& table : s.tables)
                    if (table.party >= 0) parties.emplace_back(table.party, &table.waited);
                for (const DoorView& d : s.door) parties.emplace_back(d.party, &d.waited);
                for (const auto& [party, waited] : parties) {
                    const QString wrong =
                        checkWaited(InspectorWords(s).waitedSentence(party), *waited);
                    QVERIFY2(
                        wrong.isEmpty(),
                        qPrintable(QString("party %1 at %2 s: %3").arg(party).arg(t).arg(wrong)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 300);
        c.setScenario(scenarioOf({"slow-kitchen.toml"}));
        c.seek(40 * 60);
        const std::int64_t party = c.snapshot().tables.front().party;
        auto* inspector = window_->findChild<InspectorPanel*>(QStringLiteral("inspector"));
        inspector->show({Selection::Kind::party, party});
        QVERIFY(
            inspector->toPlainText().contains(InspectorWords(c.snapshot()).waitedSentence(party)));
    }

  private:
    /// What is wrong with the sentence about these waits, or nothing.
    static QString checkWaited(const QString& said, const WaitParts& waited) {
        const auto minutes = [](double s) { return QString::number(s / 60, 'f', 1); };
        double total = 0;
        std::vector<std::pair<double, int>> parts;  // (seconds, cause), 3 s or more
        for (int k = 0; k < wait_cause_count; ++k) {
            total += waited[static_cast<std::size_t>(k)];
            if (waited[static_cast<std::size_t>(k)] >= 3)
                parts.emplace_back(waited[static_cast<std::size_t>(k)], k);
        }
        if (parts.empty()) return said.isEmpty() ? QString() : "said " + said + " of no wait";
        const QString head = QString("Has waited %1 min so far: ").arg(minutes(total));
        if (!said.startsWith(head)) return "expected it to start with '" + head + "': " + said;
        qsizetype at = head.size();
        double last = 1e300;
        std::set<int> said_causes;
        while (at < said.size() - 1) {
            int found = -1;
            for (const auto& [seconds, k] : parts) {
                const QString what = InspectorWords::forWhat(static_cast<WaitCause>(k));
                for (const QString& form : {QString("%1 min %2").arg(minutes(seconds), what),
                                            QString("%1 %2").arg(minutes(seconds), what)})
                    if (said.mid(at).startsWith(form) && found < 0) {
                        found = k;
                        at += form.size();
                        if (seconds > last + 1e-9) return "not the largest first: " + said;
                        last = seconds;
                    }
            }
            if (found < 0) return "a part no cause has: " + said.mid(at);
            said_causes.insert(found);
            for (const QString& sep : {QString(", "), QString(" and ")})
                if (said.mid(at).startsWith(sep)) at += sep.size();
        }
        if (said_causes.size() != parts.size()) return "a part left out: " + said;
        return {};
    }

    SentenceCount seen_;
};

QTEST_MAIN(InspectorTest)
#include "inspector_test.moc"
