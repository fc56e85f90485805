#include "event_log_panel.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include "simulation_controller.hpp"

namespace bistro::gui {

EventLogPanel::EventLogPanel(SimulationController& controller, QWidget* parent)
    : QWidget(parent), controller_(controller), alive_(&controller) {
    setObjectName(QStringLiteral("eventLog"));
    model_ = new EventLogModel(log_, this);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), this));
    column_ = new QComboBox(this);
    for (const auto& [column, name] :
         std::initializer_list<std::pair<int, QString>>{{EventLogModel::Order, tr("order")},
                                                        {EventLogModel::Table, tr("table")},
                                                        {EventLogModel::Waiter, tr("waiter")},
                                                        {EventLogModel::Cook, tr("cook")},
                                                        {EventLogModel::Dish, tr("dish")},
                                                        {EventLogModel::Kind, tr("what")}})
        column_->addItem(name, column);
    bar->addWidget(column_);
    text_ = new QLineEdit(this);
    text_->setPlaceholderText(tr("e.g. 17 - follow one order through the restaurant"));
    text_->setClearButtonEnabled(true);
    text_->setToolTip(
        tr("Tracing async work: pick an order id to see its whole story in order, "
           "even when many waiters and cooks handled it."));
    bar->addWidget(text_, 1);
    follow_ = new QCheckBox(tr("follow the clock"), this);
    follow_->setChecked(true);
    bar->addWidget(follow_);
    layout->addLayout(bar);
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(22);
    table_->verticalHeader()->setSectionResizeMode(
        QHeaderView::Fixed);  // uniform rows: fast with many
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_);

    auto apply = [this] {
        filter(static_cast<EventLogModel::Column>(column_->currentData().toInt()), text_->text());
    };
    connect(text_, &QLineEdit::textChanged, this, apply);
    connect(column_, &QComboBox::currentIndexChanged, this, apply);
    connect(table_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const Happening& h = model_->happening(index.row());
        if (index.column() == EventLogModel::Waiter && h.waiter >= 0)
            emit selected({Selection::Kind::waiter, h.waiter});
        else if (h.party >= 0)
            emit selected({Selection::Kind::party, h.party});
    });
    connect(&controller_, &SimulationController::frameAdvanced, this, &EventLogPanel::refresh);
    connect(&controller_, &SimulationController::scenarioChanged, this, [this] {
        model_->setScenario(controller_.scenario());
        refresh();
    });
    model_->setScenario(controller_.scenario());
    controller_.addHistoryListener(&log_);
    refresh();
}

EventLogPanel::~EventLogPanel() {
    if (alive_) alive_->removeHistoryListener(&log_);
}

void EventLogPanel::filter(EventLogModel::Column column, const QString& text) {
    model_->setFilter(column, text);
    refresh();
}

void EventLogPanel::refresh() {
    model_->sync();
    if (follow_->isChecked() && isVisible()) table_->scrollToBottom();
}

}  // namespace bistro::gui
