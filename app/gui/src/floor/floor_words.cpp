#include "bistro/gui/floor/floor_words.hpp"

#include <algorithm>

#include "bistro/gui/panels/inspector_words.hpp"
#include "bistro/gui/style/palette.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

QString FloorWords::lasting(double seconds) {
    seconds = std::max(0.0, seconds);
    if (seconds < 59.5) return tr("%1 s").arg(static_cast<int>(seconds + 0.5));
    return tr("%1 min").arg(decimal(seconds / 60, 1));
}

QString FloorWords::dishName(int item) const {
    if (item < 0 || static_cast<std::size_t>(item) >= scenario_.menu.size()) return tr("A dish");
    return QString::fromStdString(scenario_.menu[static_cast<std::size_t>(item)].name);
}

int FloorWords::busyCooks() const {
    return static_cast<int>(
        std::count_if(s_.cooks.begin(), s_.cooks.end(), [](const CookView& c) { return c.busy; }));
}

QStringList FloorWords::waiter(const WaiterView& w) const {
    const InspectorWords words(s_);
    QStringList out{tr("Waiter %1 — %2 (%3 so far).")
                        .arg(w.id + 1)
                        .arg(words.doing(w), lasting(s_.time - w.since))};
    if (const QString why = waiterWhy(w); !why.isEmpty()) out += why;
    if (w.state == WaiterState::blocked)
        if (const QString dishes = words.dishesOf(w.party); !dishes.isEmpty()) out += dishes;
    if (w.retiring) out += tr("It leaves the floor once this task is done (fewer waiters asked).");
    out += waiterIdea(w.state);
    return out;
}

QString FloorWords::waiterWhy(const WaiterView& w) const {
    const auto queued = static_cast<int>(s_.tasks.size());
    switch (w.state) {
        case WaiterState::idle:
            return queued == 0 ? tr("Nothing to do: the waiters' queue is empty.") : QString();
        case WaiterState::blocked:
            return tr(
                "Synchronous: it handed in the ticket and stays at the pass until the food "
                "is ready, serving nobody else meanwhile.");
        default:
            if (queued == 0) return {};
            return queued == 1 ? tr("1 task waits in the waiters' queue.")
                               : tr("%1 tasks wait in the waiters' queue.").arg(queued);
    }
}

QString FloorWords::waiterIdea(WaiterState state) {
    switch (state) {
        case WaiterState::idle:
            return tr("A thread of the pool with no task to run.");
        case WaiterState::blocked:
            return tr("A thread blocked on I/O: it waits and does nothing else.");
        case WaiterState::making_drinks:
            return tr("CPU-bound work: the waiter does it in person, async cannot hand it off.");
        default:
            return tr("A waiter is a thread; its tasks come from one shared queue.");
    }
}

QStringList FloorWords::table(const TableView& t) const {
    if (t.party < 0)
        return {tr("Table T%1 (%2 seats) — free, waiting for a party.").arg(t.id + 1).arg(t.seats),
                tr("A table is a place a request can be served in.")};
    const InspectorWords words(s_);
    QStringList out{
        tr("Table T%1 — a party of %2, %3 for %4 so far.")
            .arg(t.id + 1)
            .arg(t.party_size)
            .arg(palette::inSentence(palette::label(t.state)), lasting(s_.time - t.since))};
    if (t.waiting) out += tr("Right now it waits %1.").arg(InspectorWords::forWhat(t.cause));
    QStringList why = words.whyParty(t.party);
    if (!why.isEmpty()) why.removeFirst();  // the state, said above
    out += why;
    if (const QString waited = words.waitedSentence(t.party); !waited.isEmpty()) out += waited;
    return out;
}

QStringList FloorWords::passDish(std::size_t i) const {
    if (i >= s_.pass.size()) return {};
    const DishView& d = s_.pass[i];
    QStringList out{tr("%1 for party %2 at T%3 — ready at the pass for %4, cooling.")
                        .arg(dishName(d.item))
                        .arg(d.party)
                        .arg(d.table + 1)
                        .arg(lasting(s_.time - d.since))};
    QStringList why = InspectorWords(s_).whyParty(d.party);
    if (!why.isEmpty()) why.removeFirst();
    out += why;
    out += tr("Cold food: a result that is ready but that nobody has handled yet.");
    return out;
}

QString FloorWords::cookDoing(const CookView& c) const {
    const QString what = tr("%1 for party %2").arg(dishName(c.item)).arg(c.party);
    const QString time =
        tr("%1 in, %2 to go").arg(lasting(s_.time - c.started), lasting(c.ends - s_.time));
    return c.attempt > 0 ? tr("cooking %1 again, as it burnt: %2").arg(what, time)
                         : tr("cooking %1: %2").arg(what, time);
}

QStringList FloorWords::cook(const CookView& c) const {
    QStringList out;
    if (c.busy)
        out += tr("Cook %1 — %2.").arg(c.id + 1).arg(cookDoing(c));
    else
        out += s_.kitchen_queue.empty()
                   ? tr("Cook %1 — free: no dish waits on the ticket rail.").arg(c.id + 1)
                   : tr("Cook %1 — free.").arg(c.id + 1);
    if (c.retiring) out += tr("Leaves the kitchen once this dish is done (fewer cooks asked).");
    out += tr("The kitchen is the I/O device; its cooks, how many requests it serves at once.");
    return out;
}

QStringList FloorWords::rail() const {
    const auto n = s_.kitchen_queue.size();
    const int cooks = static_cast<int>(s_.cooks.size());
    if (n == 0)
        return {tr("Ticket rail — empty: no dish waits for a cook (%1 of %2 cooks busy).")
                    .arg(busyCooks())
                    .arg(cooks),
                tr("The I/O device's queue: requests waiting to be served.")};
    QStringList out{n == 1 ? tr("Ticket rail — 1 dish waits for a cook; %1 of %2 cooks busy.")
                                 .arg(busyCooks())
                                 .arg(cooks)
                           : tr("Ticket rail — %1 dishes wait for a cook; %2 of %3 cooks busy.")
                                 .arg(n)
                                 .arg(busyCooks())
                                 .arg(cooks)};
    const std::size_t shown = std::min<std::size_t>(n, 5);
    for (std::size_t i = 0; i < shown; ++i) {
        const DishView& d = s_.kitchen_queue[i];
        out += tr("%1. %2 for party %3 at T%4, waiting %5.")
                   .arg(i + 1)
                   .arg(dishName(d.item))
                   .arg(d.party)
                   .arg(d.table + 1)
                   .arg(lasting(s_.time - d.since));
    }
    if (n > shown) out += tr("... and %1 more.").arg(n - shown);
    out += tr("The I/O device's queue: requests waiting to be served, oldest first.");
    return out;
}

}  // namespace bistro::gui
