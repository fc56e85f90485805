#pragma once
// The inspector's sentences, made from one snapshot and nothing else: each says
// something the snapshot shows to be true now (the tests check every one against
// the model's state, across scenarios and seeds). No window is needed to make them.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>

#include "bistro/sim/snapshot.hpp"

namespace bistro::gui {

class InspectorWords {
    Q_DECLARE_TR_FUNCTIONS(InspectorWords)

  public:
    explicit InspectorWords(const Snapshot& snapshot) : s_(snapshot) {}

    /// Why a party is where it is: first its state ("Waiting for its food."),
    /// then one sentence per thing it waits on - its dishes, the waiters working
    /// for it, its tasks in the waiters' queue, the food kept at the pass.
    QStringList whyParty(std::int64_t party) const;

    /// Where the party's waiting went so far, the largest part first: "Has waited
    /// 12.0 min so far: 9.0 for a waiter while one stood blocked at the pass, 2.0
    /// for the kitchen and 1.0 for a table." Empty when it is not inside or has
    /// not waited.
    QString waitedSentence(std::int64_t party) const;
    /// A cause as the sentence says it: "for the kitchen".
    static QString forWhat(WaitCause c);

    /// What a waiter's program is doing at the step it is at, as a whole sentence:
    /// "Waiter 2 is blocked at the pass, waiting for party 8's food."
    QString waiterNow(const WaiterView& w) const;
    /// The same without the subject: "blocked at the pass, waiting for party 8's food".
    QString doing(const WaiterView& w) const;
    /// Where a seated party's dishes are: "Its 3 dishes: 2 cooking, 1 ready at the
    /// pass." Empty when it has no table or no dish in the kitchen yet.
    QString dishesOf(std::int64_t party) const;

  private:
    const TableView* tableOf(std::int64_t party) const;
    QString stateSentence(std::int64_t party) const;
    QString doorSentence(std::int64_t party) const;
    QStringList foodSentences(std::int64_t party, const TableView& table) const;
    QString dishesSentence(std::int64_t party, const TableView& table) const;
    QString burntSentence(std::int64_t party) const;
    QStringList waiterSentences(std::int64_t party) const;
    QStringList queueSentences(std::int64_t party) const;
    QString busySentence() const;
    QString passSentence(std::int64_t party) const;
    QString doingAtTable(const WaiterView& w) const;
    QString doingAtPass(const WaiterView& w) const;

    const Snapshot& s_;
};

}  // namespace bistro::gui
