#pragma once
// The rules the inspector's sentences are checked by: for each kind of sentence
// a pattern, and what must then hold of the model's snapshot. A check returns an
// empty string when the sentence is true, else what is wrong with it.
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <map>
#include <vector>

#include "bistro/sim/snapshot.hpp"

namespace bistro::gui::test {

/// Where a party's dishes are, counted straight from the snapshot.
struct Food {
    int queued = 0, cooking = 0, at_pass = 0, carried = 0, served = 0, total = 0;
};

inline Food foodOf(const Snapshot& s, std::int64_t party) {
    Food f;
    for (const DishView& d : s.kitchen_queue) f.queued += d.party == party;
    for (const CookView& c : s.cooks) f.cooking += c.busy && c.party == party;
    for (const DishView& d : s.pass) f.at_pass += d.party == party;
    for (const WaiterView& w : s.waiters) f.carried += w.party == party ? w.carrying : 0;
    for (const TableView& t : s.tables)
        if (t.party == party) f.served = t.dishes_delivered, f.total = t.dishes_total;
    return f;
}

inline int foodAt(const Food& f, const QString& where) {
    if (where == "waiting for a cook") return f.queued;
    if (where == "cooking") return f.cooking;
    if (where == "ready at the pass") return f.at_pass;
    if (where == "in a waiter's hands") return f.carried;
    if (where == "on the table") return f.served;
    return -1;
}

inline const TableView* tableOf(const Snapshot& s, std::int64_t party) {
    for (const TableView& t : s.tables)
        if (t.party == party) return &t;
    return nullptr;
}

inline const WaiterView* waiterNumbered(const Snapshot& s, int number) {
    for (const WaiterView& w : s.waiters)
        if (w.id + 1 == number) return &w;
    return nullptr;
}

// --- what a waiter is doing -------------------------------------------------------------

/// One phrase of InspectorWords::doing and what must then hold of the waiter.
struct Doing {
    QString pattern;  // captures: the party, then the table (if named), then plates
    WaiterStep step;
    WaiterState state;
};

inline const std::vector<Doing>& doings() {
    static const std::vector<Doing> all = {
        {"walking to T(\\d+) to take party (\\d+)'s order", WaiterStep::to_take_order,
         WaiterState::walking},
        {"taking party (\\d+)'s order at T(\\d+)", WaiterStep::taking_order,
         WaiterState::taking_order},
        {"taking party (\\d+)'s ticket to the kitchen", WaiterStep::carrying_ticket,
         WaiterState::walking},
        {"making party (\\d+)'s drinks", WaiterStep::making_drinks, WaiterState::making_drinks},
        {"blocked at the pass, waiting for party (\\d+)'s food", WaiterStep::waiting_at_pass,
         WaiterState::blocked},
        {"walking back to the pass to wait for party (\\d+)'s food", WaiterStep::waiting_at_pass,
         WaiterState::walking},
        {"walking to the pass to fetch party (\\d+)'s food", WaiterStep::fetching_food,
         WaiterState::walking},
        {"carrying (?:1 plate|(\\d+) plates) to party (\\d+) at T(\\d+)", WaiterStep::carrying_food,
         WaiterState::walking},
        {"serving party (\\d+)'s food at T(\\d+)", WaiterStep::serving, WaiterState::delivering},
        {"bringing the bill to party (\\d+) at T(\\d+)", WaiterStep::to_bill, WaiterState::walking},
        {"taking party (\\d+)'s payment at T(\\d+)", WaiterStep::billing, WaiterState::billing},
    };
    return all;
}

/// The party, table and plates a phrase names; the first pattern's numbers come table first.
inline QString checkNamed(const QRegularExpressionMatch& m, const Doing& d, const Snapshot& s,
                          const WaiterView& w) {
    QStringList n = m.capturedTexts().mid(1);
    if (d.step == WaiterStep::to_take_order) std::swap(n[0], n[1]);
    if (d.step == WaiterStep::carrying_food) {
        const int plates = n[0].isEmpty() ? 1 : n[0].toInt();
        if (plates != w.carrying) return QString("the plates in hand are not so many");
        n.removeFirst();
    }
    if (n[0].toLongLong() != w.party) return QString("it names another party");
    if (n.size() > 1 && n[1].toInt() != w.table + 1) return QString("it names another table");
    const TableView* t = tableOf(s, w.party);
    if (!t || t->id != w.table) return QString("the party is not at the waiter's table");
    return QString();
}

/// Whether a phrase of InspectorWords::doing is true of the waiter: its program's step,
/// its state, the party and table it names.
inline QString checkDoing(const QString& phrase, const Snapshot& s, const WaiterView& w) {
    if (phrase == "free, waiting for the next task")
        return w.state == WaiterState::idle && w.task == TaskKind::none && s.tasks.empty()
                   ? QString()
                   : QString("the waiter is not free, or tasks wait");
    for (const Doing& d : doings()) {
        const auto m = QRegularExpression("^" + d.pattern + "$").match(phrase);
        if (!m.hasMatch()) continue;
        if (w.step != d.step) return QString("the step is ") + to_string(w.step);
        if (w.state != d.state) return QString("the state is ") + to_string(w.state);
        if (d.step == WaiterStep::fetching_food && w.task != TaskKind::deliver)
            return QString("it fetches food with no delivery task");
        return checkNamed(m, d, s, w);
    }
    return QString("no rule knows this phrase");
}

// --- what is said of a party --------------------------------------------------------------

using Check =
    std::function<QString(const QRegularExpressionMatch&, const Snapshot&, std::int64_t party)>;
struct Rule {
    QString kind;
    QRegularExpression pattern;
    Check check;
};

inline QString checkState(const QRegularExpressionMatch& m, const Snapshot& s, std::int64_t party) {
    static const std::map<QString, PartyState> states = {
        {"Reading the menu", PartyState::reading_menu},
        {"Waiting for a waiter to take the order", PartyState::waiting_to_order},
        {"Ordering", PartyState::ordering},
        {"Waiting for its food", PartyState::waiting_for_food},
        {"Eating", PartyState::eating},
        {"Waiting for the bill", PartyState::waiting_for_bill},
        {"Paying", PartyState::paying},
    };
    const TableView* t = tableOf(s, party);
    if (!t) return QString("the party is not at a table");
    return states.at(m.captured(1)) == t->state ? QString() : QString("the party's state differs");
}

inline QString checkDoor(const QRegularExpressionMatch& m, const Snapshot& s, std::int64_t party) {
    const auto d = std::find_if(s.door.begin(), s.door.end(),
                                [&](const DoorView& v) { return v.party == party; });
    if (d == s.door.end()) return QString("the party is not at the door");
    if (d->size != m.captured(1).toInt()) return QString("the party has another size");
    for (const TableView& t : s.tables)
        if (t.party < 0 && t.seats >= d->size) return QString("a free table fits it");
    return QString();
}

inline QString checkGone(const QRegularExpressionMatch&, const Snapshot& s, std::int64_t party) {
    const bool atDoor = std::any_of(s.door.begin(), s.door.end(),
                                    [&](const DoorView& v) { return v.party == party; });
    return tableOf(s, party) || atDoor ? QString("the party is still here") : QString();
}

inline QString checkDishes(const QRegularExpressionMatch& m, const Snapshot& s,
                           std::int64_t party) {
    const Food f = foodOf(s, party);
    if (m.captured(1).toInt() != f.total || f.total < 2) return QString("another number of dishes");
    std::map<QString, int> said;
    for (const QString& part : m.captured(2).split(", ")) {
        const auto p = QRegularExpression("^(\\d+) (.+)$").match(part);
        if (!p.hasMatch() || foodAt(f, p.captured(2)) < 0) return QString("unknown part: " + part);
        said[p.captured(2)] = p.captured(1).toInt();
    }
    for (const char* where : {"waiting for a cook", "cooking", "ready at the pass",
                              "in a waiter's hands", "on the table"})
        if (said[where] != foodAt(f, where))
            return (QString("%1 %2, not %3").arg(foodAt(f, where)).arg(where).arg(said[where]));
    return QString();
}

inline QString checkOneDish(const QRegularExpressionMatch& m, const Snapshot& s,
                            std::int64_t party) {
    const Food f = foodOf(s, party);
    return f.total == 1 && foodAt(f, m.captured(1)) == 1 ? QString()
                                                         : QString("the dish is elsewhere");
}

inline QString checkBurnt(const QRegularExpressionMatch& m, const Snapshot& s, std::int64_t party) {
    int again = 0;
    for (const CookView& c : s.cooks) again += c.busy && c.party == party && c.attempt > 0;
    const int said = m.captured(1) == "A" ? 1 : m.captured(1).toInt();
    return said == again ? QString() : QString("%1 burnt dishes cook again").arg(again);
}

inline QString checkWaiter(const QRegularExpressionMatch& m, const Snapshot& s,
                           std::int64_t party) {
    const WaiterView* w = waiterNumbered(s, m.captured(1).toInt());
    if (!w) return QString("no such waiter on the floor");
    if (w->party != party) return QString("the waiter works for another party");
    return checkDoing(m.captured(2), s, *w);
}

inline QString checkQueued(const QRegularExpressionMatch& m, const Snapshot& s,
                           std::int64_t party) {
    static const std::map<QString, TaskKind> kinds = {
        {"Its call for a waiter", TaskKind::take_order},
        {"The bell has rung: a delivery", TaskKind::deliver},
        {"Its request for the bill", TaskKind::bill},
    };
    const auto place = m.captured(2).toULongLong();
    if (place < 1 || place > s.tasks.size()) return QString("the queue is not so long");
    const TaskView& t = s.tasks[place - 1];
    return t.party == party && t.kind == kinds.at(m.captured(1))
               ? QString()
               : QString("that place in the queue holds another task");
}

inline QString checkBusy(const QRegularExpressionMatch& m, const Snapshot& s, std::int64_t) {
    int idle = 0, blocked = 0;
    for (const WaiterView& w : s.waiters) {
        idle += w.state == WaiterState::idle;
        blocked += w.state == WaiterState::blocked;
    }
    const auto all = static_cast<int>(s.waiters.size());
    if (idle > 0) return QString("a waiter is idle");
    const QString said = m.captured(1);
    if (said.isEmpty()) return blocked == 0 ? QString() : QString("it hides blocked waiters");
    if (said == "the only waiter is")
        return all == 1 && blocked == 1 ? QString() : QString("it is not the only waiter");
    const bool right =
        said.startsWith("all ")
            ? blocked == all && all > 1 && m.captured(2).toInt() == all
            : m.captured(3).toInt() == blocked && m.captured(4).toInt() == all && blocked < all;
    return right ? QString() : QString("%1 of %2 are blocked").arg(blocked).arg(all);
}

inline QString checkWholeOrder(const QRegularExpressionMatch& m, const Snapshot& s,
                               std::int64_t party) {
    const Food f = foodOf(s, party);
    if (s.delivery != Delivery::whole_order) return QString("delivery is dish by dish");
    if ((f.at_pass == 1) != m.captured(1).isEmpty()) return QString("another number at the pass");
    return f.at_pass > 0 && f.queued + f.cooking > 0 ? QString()
                                                     : QString("nothing is left to cook");
}

inline QString checkHolder(const QRegularExpressionMatch& m, const Snapshot& s,
                           std::int64_t party) {
    const WaiterView* w = waiterNumbered(s, m.captured(1).toInt());
    if (foodOf(s, party).at_pass == 0) return QString("no food at the pass");
    return w && w->party == party && w->task == TaskKind::take_order &&
                   w->state != WaiterState::blocked
               ? QString()
               : QString("that waiter did not take this order, or waits at the pass");
}

inline const std::vector<Rule>& partyRules() {
    static const std::vector<Rule> rules = {
        {"state",
         QRegularExpression("^(Reading the menu|Waiting for a waiter to take the order|"
                            "Ordering|Waiting for its food|Eating|Waiting for the bill|"
                            "Paying)\\.$"),
         checkState},
        {"door", QRegularExpression("^At the door: no free table fits its (\\d+) guests?\\.$"),
         checkDoor},
        {"gone", QRegularExpression("^No longer in the restaurant\\.$"), checkGone},
        {"dishes", QRegularExpression("^Its (\\d+) dishes: (.+)\\.$"), checkDishes},
        {"one dish", QRegularExpression("^Its dish is (.+)\\.$"), checkOneDish},
        {"burnt",
         QRegularExpression("^(A|\\d+) burnt dish(?:es)? (?:is|are) being cooked again\\.$"),
         checkBurnt},
        {"waiter", QRegularExpression("^Waiter (\\d+) is (.+)\\.$"), checkWaiter},
        {"queued",
         QRegularExpression("^(Its call for a waiter|The bell has rung: a delivery|"
                            "Its request for the bill) is number (\\d+) in the "
                            "waiters' queue\\.$"),
         checkQueued},
        {"no waiter free",
         QRegularExpression("^No waiter is free(?:: (the only waiter is|all (\\d+) are|"
                            "(\\d+) of (\\d+) (?:is|are)) blocked at the pass)?\\.$"),
         checkBusy},
        {"whole order",
         QRegularExpression("^The ready dish(es)? waits? at the pass for the rest "
                            "of the order \\(whole-order delivery\\)\\.$"),
         checkWholeOrder},
        {"holder",
         QRegularExpression("^The food at the pass waits for waiter (\\d+), who took "
                            "the order\\.$"),
         checkHolder},
    };
    return rules;
}

/// What a sentence about a party claims, checked: the rule's kind, and what is wrong
/// with the sentence (empty when it is true). A sentence no rule knows is wrong.
struct Verdict {
    QString kind;
    QString wrong;
};

inline Verdict checkPartySentence(const QString& sentence, const Snapshot& s, std::int64_t party) {
    for (const Rule& r : partyRules()) {
        const auto m = r.pattern.match(sentence);
        if (m.hasMatch()) return {r.kind, r.check(m, s, party)};
    }
    return {QStringLiteral("unknown"), QStringLiteral("no rule knows this sentence")};
}

/// A sentence about a waiter (InspectorWords::waiterNow), checked like a party's.
inline QString checkWaiterSentence(const QString& sentence, const Snapshot& s,
                                   const WaiterView& w) {
    const auto m = QRegularExpression("^Waiter (\\d+) is (.+)\\.$").match(sentence);
    if (!m.hasMatch()) return QStringLiteral("no rule knows this sentence");
    if (m.captured(1).toInt() != w.id + 1) return QStringLiteral("it names another waiter");
    return checkDoing(m.captured(2), s, w);
}

}  // namespace bistro::gui::test
