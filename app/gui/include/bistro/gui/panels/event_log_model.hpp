#pragma once
// The event log as a table model that stays fast with hundreds of thousands of
// rows. Filtering keeps a list of matching rows and tests only the new ones as
// the run goes on.

#include <QAbstractTableModel>
#include <QStringList>
#include <cstdint>
#include <vector>

#include "bistro/gui/panels/event_log.hpp"
#include "bistro/sim/entities.hpp"
#include "bistro/sim/scenario.hpp"

namespace bistro::gui {

class EventLogModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Time, Kind, Order, Table, Waiter, Cook, Dish, ColumnCount };

    explicit EventLogModel(const EventLog& log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    void setScenario(const Scenario& s) { scenario_ = s; }
    /// Show only rows whose `column` reads `text` (contains it; an order id must match
    /// exactly). An empty text shows everything.
    void setFilter(int column, const QString& text);
    /// Pick up what the log gained (or dropped) since the last call. Cheap: new rows
    /// only, and the dropped ones leave the top of the table (the rest stay put).
    void sync();
    const Happening& happening(int row) const {
        return log_.at(
            static_cast<std::size_t>(visible_[static_cast<std::size_t>(row)] - log_.dropped()));
    }
    /// Every text the "what" column can show but "set ..." (for its width).
    static QStringList whatWords();
    /// Happenings of the run no longer in the log (the oldest), for the panel to say so.
    std::uint64_t dropped() const { return dropped_; }

  private:
    QString text(const Happening& h, int column) const;
    /// What happened, in words ("waiter: blocked", "set waiters = 5").
    static QString what(const Happening& h);
    static QString stateWhat(WaiterState state);  ///< "waiter: blocked"
    bool matches(const Happening& h) const;
    void rebuild();
    void forgetDropped();             ///< rows the log dropped leave the top of the table
    void append(std::uint64_t from);  ///< tests the log's happenings from this number on

    const EventLog& log_;
    Scenario scenario_;
    // The happenings shown, by their number in the run (log row + dropped), in order.
    std::vector<std::uint64_t> visible_;
    std::uint64_t seen_ = 0;  // happenings of the run already tested
    std::uint64_t generation_ = ~0ull, dropped_ = 0;
    int filter_column_ = Order;
    QString filter_;
};

}  // namespace bistro::gui