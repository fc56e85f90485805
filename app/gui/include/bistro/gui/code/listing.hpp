#pragma once
// A program listing as the code panel shows it, and the lines its markers name.
//
// A listing marks lines with end-of-line comments: `@step:<id>` where a waiter
// is while at that step of its program (`@step:<id>:sync` or `:async` where a
// file holds both programs), `@on:<happening>` on a line that runs when that
// happens (the bell, the ticket), `@param:<name>` on a constant the app fills
// in with the scenario's number. The markers are taken out of the text shown;
// a comment left empty goes with them.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "bistro/sim/entities.hpp"
#include "bistro/sim/happening.hpp"

namespace bistro::gui {

/// A step's id as listings write it ("taking_order"), and back.
QString stepId(WaiterStep s);
std::optional<WaiterStep> stepFromId(const QString& id);

class Listing {
  public:
    Listing() = default;
    /// Reads the markers of `source`; problems() says what it could not read.
    explicit Listing(const QString& source);

    /// The lines as shown: markers out, constants filled in.
    const QStringList& lines() const { return lines_; }
    QString text() const { return lines_.join(QLatin1Char('\n')) + QLatin1Char('\n'); }
    /// The line (from 0) of a waiter at `step` running the `policy` program; -1 if none.
    int lineOf(WaiterStep step, Policy policy) const;
    /// The lines that run when a happening of `kind` happens under `policy`.
    QList<int> linesOn(HappeningKind kind, Policy policy) const;
    /// The first line with a marker: where the program's story starts.
    int firstMarkedLine() const;
    /// Every step that has a line under `policy`.
    std::vector<WaiterStep> steps(Policy policy) const;
    /// Replaces the number on the `@param:<name>` line with `value` (if there is one).
    void fill(const QString& name, const QString& value);
    /// Unknown marker ids, steps marked twice for one policy: empty when all is well.
    const QStringList& problems() const { return problems_; }

  private:
    struct Mark {
        enum class Kind { step, on, param } kind;
        QString id;
        std::optional<Policy> policy;  // none: both
        int line;
    };
    void read(const QString& line, int number);
    void check();

    QStringList lines_;
    std::vector<Mark> marks_;
    QStringList problems_;
};

}  // namespace bistro::gui
