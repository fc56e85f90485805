#include "bistro/gui/panels/inspector_words.hpp"

#include <algorithm>
#include <vector>

#include "style/numbers.hpp"

namespace bistro::gui {

namespace {

/// Where a party's dishes are now, as the snapshot shows them.
struct DishCounts {
    int queued = 0;   // on the ticket rail, waiting for a cook
    int cooking = 0;  // in a cook's hands (again, if it burnt)
    int at_pass = 0;  // ready, waiting for a waiter
    int carried = 0;  // in a waiter's hands
};

DishCounts dishCounts(const Snapshot& s, std::int64_t party) {
    DishCounts n;
    for (const DishView& d : s.kitchen_queue) n.queued += d.party == party;
    for (const CookView& c : s.cooks) n.cooking += c.busy && c.party == party;
    for (const DishView& d : s.pass) n.at_pass += d.party == party;
    for (const WaiterView& w : s.waiters) n.carried += w.party == party ? w.carrying : 0;
    return n;
}

bool anyoneFree(const Snapshot& s) {
    return std::any_of(s.waiters.begin(), s.waiters.end(),
                       [](const WaiterView& w) { return w.state == WaiterState::idle; });
}

}  // namespace

QStringList InspectorWords::whyParty(std::int64_t party) const {
    QStringList out{stateSentence(party)};
    const TableView* table = tableOf(party);
    if (!table) return out;
    if (table->state == PartyState::waiting_for_food) out += foodSentences(party, *table);
    out += waiterSentences(party);
    out += queueSentences(party);
    if (table->state == PartyState::waiting_for_food) {
        const QString pass = passSentence(party);
        if (!pass.isEmpty()) out += pass;
    }
    return out;
}

QString InspectorWords::forWhat(WaitCause c) {
    switch (c) {
        case WaitCause::table:
            return tr("for a table");
        case WaitCause::waiters_busy:
            return tr("for a waiter, all of them busy");
        case WaitCause::waiters_blocked:
            return tr("for a waiter while one stood blocked at the pass");
        case WaitCause::waiter_at_work:
            return tr("while its waiter walked or worked for it");
        case WaitCause::kitchen:
            return tr("for the kitchen");
        case WaitCause::burnt:
            return tr("for a burnt dish to be cooked again");
        case WaitCause::at_pass:
            return tr("while its food waited at the pass");
    }
    return {};
}

QString InspectorWords::waitedSentence(std::int64_t party) const {
    const WaitParts* waited = nullptr;
    for (const TableView& t : s_.tables)
        if (t.party == party) waited = &t.waited;
    for (const DoorView& d : s_.door)
        if (d.party == party) waited = &d.waited;
    if (!waited) return {};
    std::vector<int> order;
    double total = 0;
    for (int c = 0; c < wait_cause_count; ++c) {
        total += (*waited)[static_cast<std::size_t>(c)];
        if ((*waited)[static_cast<std::size_t>(c)] >= 3) order.push_back(c);  // 0.05 min or more
    }
    if (order.empty()) return {};
    std::stable_sort(order.begin(), order.end(), [waited](int a, int b) {
        return (*waited)[static_cast<std::size_t>(a)] > (*waited)[static_cast<std::size_t>(b)];
    });
    const auto minutes = [](double s) { return decimal(s / 60, 1); };
    QStringList parts;
    for (std::size_t i = 0; i < order.size(); ++i)
        parts += (i == 0 ? tr("%1 min %2") : tr("%1 %2"))
                     .arg(minutes((*waited)[static_cast<std::size_t>(order[i])]),
                          forWhat(static_cast<WaitCause>(order[i])));
    const QString last = parts.takeLast();
    const QString list = parts.isEmpty() ? last : tr("%1 and %2").arg(parts.join(", "), last);
    return tr("Has waited %1 min so far: %2.").arg(minutes(total), list);
}

const TableView* InspectorWords::tableOf(std::int64_t party) const {
    for (const TableView& t : s_.tables)
        if (t.party == party) return &t;
    return nullptr;
}

QString InspectorWords::stateSentence(std::int64_t party) const {
    const TableView* table = tableOf(party);
    if (!table) return doorSentence(party);
    switch (table->state) {
        case PartyState::at_door:
            break;
        case PartyState::reading_menu:
            return tr("Reading the menu.");
        case PartyState::waiting_to_order:
            return tr("Waiting for a waiter to take the order.");
        case PartyState::ordering:
            return tr("Ordering.");
        case PartyState::waiting_for_food:
            return tr("Waiting for its food.");
        case PartyState::eating:
            return tr("Eating.");
        case PartyState::waiting_for_bill:
            return tr("Waiting for the bill.");
        case PartyState::paying:
            return tr("Paying.");
    }
    return {};
}

QString InspectorWords::doorSentence(std::int64_t party) const {
    for (const DoorView& d : s_.door) {
        if (d.party != party) continue;
        return d.size == 1 ? tr("At the door: no free table fits its 1 guest.")
                           : tr("At the door: no free table fits its %1 guests.").arg(d.size);
    }
    return tr("No longer in the restaurant.");
}

QStringList InspectorWords::foodSentences(std::int64_t party, const TableView& table) const {
    QStringList out;
    const QString dishes = dishesSentence(party, table);
    if (!dishes.isEmpty()) out += dishes;
    const QString burnt = burntSentence(party);
    if (!burnt.isEmpty()) out += burnt;
    return out;
}

QString InspectorWords::dishesSentence(std::int64_t party, const TableView& table) const {
    const DishCounts n = dishCounts(s_, party);
    const std::pair<int, QString> parts[] = {
        {n.queued, tr("waiting for a cook")},         {n.cooking, tr("cooking")},
        {n.at_pass, tr("ready at the pass")},         {n.carried, tr("in a waiter's hands")},
        {table.dishes_delivered, tr("on the table")},
    };
    QStringList said;
    for (const auto& [count, where] : parts)
        if (count > 0) said += table.dishes_total == 1 ? where : tr("%1 %2").arg(count).arg(where);
    if (said.isEmpty()) return {};  // the ticket is not in the kitchen yet
    if (table.dishes_total == 1) return tr("Its dish is %1.").arg(said.front());
    return tr("Its %1 dishes: %2.").arg(table.dishes_total).arg(said.join(tr(", ")));
}

QString InspectorWords::dishesOf(std::int64_t party) const {
    const TableView* table = tableOf(party);
    return table ? dishesSentence(party, *table) : QString();
}

QString InspectorWords::burntSentence(std::int64_t party) const {
    int again = 0;
    for (const CookView& c : s_.cooks) again += c.busy && c.party == party && c.attempt > 0;
    if (again == 0) return {};
    return again == 1 ? tr("A burnt dish is being cooked again.")
                      : tr("%1 burnt dishes are being cooked again.").arg(again);
}

QStringList InspectorWords::waiterSentences(std::int64_t party) const {
    QStringList out;
    for (const WaiterView& w : s_.waiters)
        if (w.party == party) out += waiterNow(w);
    return out;
}

QStringList InspectorWords::queueSentences(std::int64_t party) const {
    QStringList out;
    for (std::size_t i = 0; i < s_.tasks.size(); ++i) {
        const TaskView& t = s_.tasks[i];
        if (t.party != party) continue;
        const auto place = static_cast<int>(i + 1);
        switch (t.kind) {
            case TaskKind::take_order:
                out += tr("Its call for a waiter is number %1 in the waiters' queue.").arg(place);
                break;
            case TaskKind::deliver:
                out += tr("The bell has rung: a delivery is number %1 in the waiters' queue.")
                           .arg(place);
                break;
            case TaskKind::bill:
                out +=
                    tr("Its request for the bill is number %1 in the waiters' queue.").arg(place);
                break;
            case TaskKind::none:
                break;
        }
    }
    if (!out.isEmpty() && !anyoneFree(s_)) out += busySentence();
    return out;
}

QString InspectorWords::busySentence() const {
    int blocked = 0;
    for (const WaiterView& w : s_.waiters) blocked += w.state == WaiterState::blocked;
    const auto all = static_cast<int>(s_.waiters.size());
    if (blocked == 0) return tr("No waiter is free.");
    if (all == 1) return tr("No waiter is free: the only waiter is blocked at the pass.");
    if (blocked == all) return tr("No waiter is free: all %1 are blocked at the pass.").arg(all);
    return blocked == 1
               ? tr("No waiter is free: 1 of %1 is blocked at the pass.").arg(all)
               : tr("No waiter is free: %1 of %2 are blocked at the pass.").arg(blocked).arg(all);
}

QString InspectorWords::passSentence(std::int64_t party) const {
    const DishCounts n = dishCounts(s_, party);
    if (n.at_pass == 0) return {};
    if (s_.delivery == Delivery::whole_order && n.queued + n.cooking > 0)
        return n.at_pass == 1 ? tr("The ready dish waits at the pass for the rest of the order "
                                   "(whole-order delivery).")
                              : tr("The ready dishes wait at the pass for the rest of the order "
                                   "(whole-order delivery).");
    // The waiter who took the order holds it until it is served, or until it lets go
    // (asynchronous, once the drinks are made): no bell rings before.
    for (const WaiterView& w : s_.waiters)
        if (w.party == party && w.task == TaskKind::take_order &&
            w.step != WaiterStep::waiting_at_pass)
            return tr("The food at the pass waits for waiter %1, who took the order.")
                .arg(w.id + 1);
    return {};
}

QString InspectorWords::waiterNow(const WaiterView& w) const {
    return tr("Waiter %1 is %2.").arg(w.id + 1).arg(doing(w));
}

QString InspectorWords::doing(const WaiterView& w) const {
    switch (w.step) {
        case WaiterStep::waiting_for_task:
            return tr("free, waiting for the next task");
        case WaiterStep::carrying_ticket:
            return tr("taking party %1's ticket to the kitchen").arg(w.party);
        case WaiterStep::making_drinks:
            return tr("making party %1's drinks").arg(w.party);
        case WaiterStep::waiting_at_pass:
        case WaiterStep::fetching_food:
            return doingAtPass(w);
        default:
            return doingAtTable(w);
    }
}

QString InspectorWords::doingAtPass(const WaiterView& w) const {
    if (w.step == WaiterStep::fetching_food)
        return tr("walking to the pass to fetch party %1's food").arg(w.party);
    if (w.state == WaiterState::blocked)
        return tr("blocked at the pass, waiting for party %1's food").arg(w.party);
    return tr("walking back to the pass to wait for party %1's food").arg(w.party);
}

QString InspectorWords::doingAtTable(const WaiterView& w) const {
    const int table = w.table + 1;
    switch (w.step) {
        case WaiterStep::to_take_order:
            return tr("walking to T%2 to take party %1's order").arg(w.party).arg(table);
        case WaiterStep::taking_order:
            return tr("taking party %1's order at T%2").arg(w.party).arg(table);
        case WaiterStep::carrying_food:
            return w.carrying == 1
                       ? tr("carrying 1 plate to party %1 at T%2").arg(w.party).arg(table)
                       : tr("carrying %3 plates to party %1 at T%2")
                             .arg(w.party)
                             .arg(table)
                             .arg(w.carrying);
        case WaiterStep::serving:
            return tr("serving party %1's food at T%2").arg(w.party).arg(table);
        case WaiterStep::to_bill:
            return tr("bringing the bill to party %1 at T%2").arg(w.party).arg(table);
        case WaiterStep::billing:
            return tr("taking party %1's payment at T%2").arg(w.party).arg(table);
        default:
            return {};
    }
}

}  // namespace bistro::gui
