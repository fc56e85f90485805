#pragma once
// The event log: every happening of the run in a table model that stays fast with
// hundreds of thousands of rows. Filtering keeps a list of matching rows and
// tests only the new ones as the run goes on.

#include <QAbstractTableModel>
#include <cstdint>
#include <deque>
#include <vector>

#include "bistro/sim/scenario.hpp"
#include "story_book.hpp"

namespace bistro::gui {

/// Collects happenings (bounded: the oldest half is dropped past `capacity`).
class EventLog : public HistoryListener {
  public:
    static constexpr std::size_t capacity = 1'000'000;

    void on_happening(const Happening& h) override;
    void clear() override;
    std::size_t size() const { return rows_.size(); }
    const Happening& at(std::size_t i) const { return rows_[i]; }
    /// Rows dropped from the front since the last clear (row i is happening i + dropped).
    std::uint64_t dropped() const { return dropped_; }
    std::uint64_t generation() const { return generation_; }  ///< changes on every clear

  private:
    std::deque<Happening> rows_;
    std::uint64_t dropped_ = 0;
    std::uint64_t generation_ = 0;
};

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
