#pragma once
// The event log panel: the latest happenings (it says when older ones were
// dropped), following the clock, filterable by any
// column or by one order's id; a click highlights that party or waiter.

#include <spdlog/common.h>

#include <QWidget>
#include <memory>

#include "bistro/gui/floor/selection.hpp"
#include "bistro/gui/panels/event_log.hpp"
#include "bistro/gui/panels/event_log_model.hpp"

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QTableView;

namespace spdlog::sinks {
class sink;
}

namespace bistro::gui {

class SimulationController;

class EventLogPanel : public QWidget {
    Q_OBJECT

  public:
    explicit EventLogPanel(SimulationController& controller, QWidget* parent = nullptr);
    ~EventLogPanel() override;

    EventLogModel& model() { return *model_; }
    /// Filter as a person would: pick the column, type the text.
    void filter(EventLogModel::Column column, const QString& text);
    /// Log messages (spdlog) shown below the happenings, from this level up.
    void setMessageLevel(spdlog::level::level_enum level);
    QString messages() const;
    /// Saves the rows shown (the filter applies) as CSV, atomically: bistro-cli's
    /// trace columns. False, with lastError(), when it cannot be written.
    bool exportCsv(const QString& path);
    QString lastError() const { return last_error_; }
    /// What a click (or Enter) on this row picks for the floor: its waiter, table or party.
    Selection selectionAt(const QModelIndex& index) const;
    QTableView* table() const { return table_; }

  signals:
    void selected(bistro::gui::Selection s);
    void exportRequested();  ///< the panel's Export button: the window asks where

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();  ///< every word of the panel; the filter and level stay as chosen
    QHBoxLayout* buildFilterBar();
    void buildTable();
    void sizeColumns();
    QWidget* buildMessages();  ///< the app's own log messages, at the level the user picks
    void connectControls();
    void refresh();
    void applyMessageLevel();  ///< the level the box shows, to our sink and the logger

    SimulationController& controller_;
    EventLog log_;
    EventLogModel* model_;
    QLabel* show_;
    QLabel* messages_from_;
    QPushButton* save_;
    QComboBox* column_;
    QLineEdit* text_;
    QCheckBox* follow_;
    QLabel* dropped_;  ///< says that the oldest happenings were dropped, and how many
    std::uint64_t shown_dropped_ = 0;
    QTableView* table_;
    QComboBox* level_;
    QPlainTextEdit* messages_;
    std::shared_ptr<spdlog::sinks::sink> sink_;
    QString last_error_;
};

}  // namespace bistro::gui
