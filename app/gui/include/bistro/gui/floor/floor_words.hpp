#pragma once
// What the floor's tooltips say: for a waiter, a table, a dish at the pass, a cook
// or the ticket rail, what it is doing right now and why, in plain words made from
// one snapshot (and the menu's names) and nothing else. The first line is the
// headline, the last the programming idea it stands for; the sentences between
// come from the inspector's words, so the two never disagree.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>

#include "bistro/sim/scenario.hpp"
#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

class FloorWords {
    Q_DECLARE_TR_FUNCTIONS(FloorWords)

  public:
    FloorWords(const Snapshot& snapshot, const Scenario& scenario)
        : s_(snapshot), scenario_(scenario) {}

    /// "Waiter 2 - blocked at the pass, waiting for party 8's food (3.1 min so far)."
    QStringList waiter(const WaiterView& w) const;
    /// "Table T5 - a party of 3, waiting for food for 6.2 min so far."
    QStringList table(const TableView& t) const;
    /// The dish at the pass in place `i` of the snapshot's pass.
    QStringList passDish(std::size_t i) const;
    /// "Cook 2 - cooking Steak for party 4 at T5: 3.2 min in, 2.1 min to go."
    QStringList cook(const CookView& c) const;
    /// "Ticket rail - 4 dishes waiting for a cook: ..."
    QStringList rail() const;

    /// A length of time as the tooltips say it: "40 s" under a minute, else "3.1 min".
    static QString lasting(double seconds);

  private:
    QString dishName(int item) const;
    QString waiterWhy(const WaiterView& w) const;
    static QString waiterIdea(WaiterState state);
    QString cookDoing(const CookView& c) const;
    int busyCooks() const;

    const Snapshot& s_;
    const Scenario& scenario_;
};

}  // namespace bistro::gui
