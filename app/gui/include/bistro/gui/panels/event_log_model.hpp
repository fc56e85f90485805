#pragma once
// The event log as a table model that stays fast with hundreds of thousands of
// rows. Filtering keeps a list of matching rows and tests only the new ones as
// the run goes on.

#include <QAbstractTableModel>
#include <cstdint>
#include <vector>

#include "bistro/gui/panels/event_log.hpp"
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
    /// Pick up what the log gained (or lost) since the last call. Cheap: new rows only.
    void sync();
    const Happening& happening(int row) const {
        return log_.at(visible_[static_cast<std::size_t>(row)]);
    }

  private:
    QString text(const Happening& h, int column) const;
    /// What happened, in words ("waiter: blocked", "set waiters = 5").
    static QString what(const Happening& h);
    bool matches(const Happening& h) const;
    void rebuild();

    const EventLog& log_;
    Scenario scenario_;
    std::vector<std::size_t> visible_;  // rows of the log shown, in order
    std::size_t seen_ = 0;              // log rows already tested
    std::uint64_t generation_ = ~0ull, dropped_ = 0;
    int filter_column_ = Order;
    QString filter_;
};

}  // namespace bistro::gui