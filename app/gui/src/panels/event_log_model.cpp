#include "bistro/gui/panels/event_log_model.hpp"

#include <algorithm>
#include <iterator>

#include "bistro/sim/entities.hpp"
#include "panels/clock_text.hpp"

namespace bistro::gui {

EventLogModel::EventLogModel(const EventLog& log, QObject* parent)
    : QAbstractTableModel(parent), log_(log) {}

int EventLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    static const char* names[] = {QT_TR_NOOP("time"),  QT_TR_NOOP("what"),   QT_TR_NOOP("order"),
                                  QT_TR_NOOP("table"), QT_TR_NOOP("waiter"), QT_TR_NOOP("cook"),
                                  QT_TR_NOOP("dish")};
    return tr(names[section]);
}

QString EventLogModel::text(const Happening& h, int column) const {
    switch (column) {
        case Time:
            return clockText(h.time);
        case Kind:
            return what(h);
        case Order:
            return party_of(h) >= 0 ? QString::number(party_of(h)) : QString();
        case Table:
            return table_of(h) >= 0 ? QStringLiteral("T%1").arg(table_of(h) + 1) : QString();
        case Waiter:
            return waiter_of(h) >= 0 ? QString::number(waiter_of(h) + 1) : QString();
        case Cook:
            return cook_of(h) >= 0 ? QStringLiteral("C%1").arg(cook_of(h) + 1) : QString();
        case Dish: {
            const int item = item_of(h);
            if (item >= 0 && static_cast<std::size_t>(item) < scenario_.menu.size())
                return QString::fromStdString(scenario_.menu[static_cast<std::size_t>(item)].name);
            return QString();
        }
    }
    return {};
}

namespace {

// In the order of the enums (sim/include/bistro/sim/happening.hpp, entities.hpp).
const char* const kind_words[] = {
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "party arrived"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "party seated"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "party lost"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "waiter called"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "order taken"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "ticket handed in"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "dish started"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "dish burnt"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "dish ready"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "dish picked up"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "food delivered"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "order served"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "bill requested"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "bill paid"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "party left"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "waiter state changed"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "parameter changed"),
    QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "warm-up ended")};
static_assert(std::size(kind_words) == happening_kind_count);

const char* const state_words[] = {QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "idle"),
                                   QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "walking"),
                                   QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "taking order"),
                                   QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "making drinks"),
                                   QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "blocked"),
                                   QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "delivering"),
                                   QT_TRANSLATE_NOOP("bistro::gui::EventLogModel", "billing")};
static_assert(std::size(state_words) == waiter_state_count);

}  // namespace

QString EventLogModel::stateWhat(WaiterState state) {
    return tr("waiter: %1").arg(tr(state_words[static_cast<int>(state)]));
}

QString EventLogModel::what(const Happening& h) {
    if (const auto* change = h.as<happened::WaiterStateChanged>()) return stateWhat(change->state);
    if (h.as<happened::ParameterChanged>())
        return tr("set %1").arg(QString::fromStdString(detail(h)).replace('=', " = "));
    return tr(kind_words[static_cast<int>(h.kind())]);
}

QStringList EventLogModel::whatWords() {
    QStringList words;
    for (const char* kind : kind_words) words << tr(kind);
    for (int s = 0; s < waiter_state_count; ++s) words << stateWhat(static_cast<WaiterState>(s));
    return words;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    // The tooltip is the whole text, for a column too narrow for a long word.
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
    return text(happening(index.row()), index.column());
}

bool EventLogModel::matches(const Happening& h) const {
    if (filter_.isEmpty()) return true;
    if (filter_column_ == Order) return party_of(h) >= 0 && QString::number(party_of(h)) == filter_;
    return text(h, filter_column_).contains(filter_, Qt::CaseInsensitive);
}

void EventLogModel::setFilter(int column, const QString& text) {
    filter_column_ = column;
    filter_ = text.trimmed();
    rebuild();
}

void EventLogModel::rebuild() {
    beginResetModel();
    visible_.clear();
    generation_ = log_.generation();
    dropped_ = log_.dropped();
    seen_ = dropped_;
    for (; seen_ < dropped_ + log_.size(); ++seen_)
        if (matches(log_.at(static_cast<std::size_t>(seen_ - dropped_)))) visible_.push_back(seen_);
    endResetModel();
}

void EventLogModel::sync() {
    if (log_.generation() != generation_ || log_.dropped() < dropped_) {
        rebuild();  // the run started over
        return;
    }
    if (log_.dropped() != dropped_) forgetDropped();
    append(std::max(seen_, dropped_));
}

void EventLogModel::forgetDropped() {
    dropped_ = log_.dropped();
    const auto gone = static_cast<int>(
        std::lower_bound(visible_.begin(), visible_.end(), dropped_) - visible_.begin());
    if (gone == 0) return;
    beginRemoveRows({}, 0, gone - 1);
    visible_.erase(visible_.begin(), visible_.begin() + gone);
    endRemoveRows();
}

void EventLogModel::append(std::uint64_t from) {
    std::vector<std::uint64_t> fresh;
    const std::uint64_t end = dropped_ + log_.size();
    for (std::uint64_t n = from; n < end; ++n)
        if (matches(log_.at(static_cast<std::size_t>(n - dropped_)))) fresh.push_back(n);
    seen_ = end;
    if (fresh.empty()) return;
    const int first = static_cast<int>(visible_.size());
    beginInsertRows({}, first,
                    first + static_cast<int>(fresh.size()) - 1);  // a whole frame in one batch
    visible_.insert(visible_.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

}  // namespace bistro::gui