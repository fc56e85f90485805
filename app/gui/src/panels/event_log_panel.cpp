#include "bistro/gui/panels/event_log_panel.hpp"

#include <spdlog/sinks/qt_sinks.h>
#include <spdlog/spdlog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/io/trace_csv.hpp"

namespace bistro::gui {

EventLogPanel::EventLogPanel(SimulationController& controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("eventLog"));
    model_ = new EventLogModel(log_, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildFilterBar());
    dropped_ = new QLabel(this);
    dropped_->setObjectName(QStringLiteral("droppedNotice"));
    dropped_->setWordWrap(true);
    dropped_->hide();
    layout->addWidget(dropped_);
    buildTable();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("eventLogSplit"));
    split->addWidget(table_);
    split->addWidget(buildMessages());
    // The happenings get the room; the messages keep a few lines (drag the bar for more).
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({1000, 4 * fontMetrics().lineSpacing() + 40});
    layout->addWidget(split);
    connectControls();
    model_->setScenario(controller_.scenario());
    log_.follow(controller_, this);
    controller_.replayHistory();  // what happened before this panel was made
    retranslate();
}

QHBoxLayout* EventLogPanel::buildFilterBar() {
    auto* bar = new QHBoxLayout;
    show_ = new QLabel(this);
    bar->addWidget(show_);
    column_ = new QComboBox(this);
    for (int column : {EventLogModel::Order, EventLogModel::Table, EventLogModel::Waiter,
                       EventLogModel::Cook, EventLogModel::Dish, EventLogModel::Kind})
        column_->addItem(QString(), column);
    bar->addWidget(column_);
    text_ = new QLineEdit(this);
    text_->setClearButtonEnabled(true);
    bar->addWidget(text_, 1);
    follow_ = new QCheckBox(this);
    follow_->setChecked(true);
    bar->addWidget(follow_);
    save_ = new QPushButton(this);
    save_->setObjectName(QStringLiteral("exportLog"));
    connect(save_, &QPushButton::clicked, this, &EventLogPanel::exportRequested);
    bar->addWidget(save_);
    return bar;
}

void EventLogPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void EventLogPanel::retranslate() {
    show_->setText(tr("Show"));
    column_->setAccessibleName(tr("Filter the log by"));
    const QString columns[] = {tr("order"), tr("table"), tr("waiter"),
                               tr("cook"),  tr("dish"),  tr("what")};
    for (int i = 0; i < column_->count(); ++i) column_->setItemText(i, columns[i]);
    text_->setAccessibleName(tr("Filter text"));
    text_->setPlaceholderText(tr("e.g. 17 - follow one order through the restaurant"));
    text_->setToolTip(
        tr("Tracing async work: pick an order id to see its whole story in order, "
           "even when many waiters and cooks handled it."));
    follow_->setText(tr("follow the clock"));
    save_->setText(tr("Export CSV..."));
    save_->setToolTip(
        tr("Save the rows shown (the filter applies) as CSV, in the same columns "
           "as bistro-cli run --trace"));
    table_->setAccessibleName(tr("Happenings"));
    table_->setAccessibleDescription(
        tr("Every happening in order; Enter or a click shows it on the floor"));
    emit model_->headerDataChanged(Qt::Horizontal, 0, EventLogModel::ColumnCount - 1);
    sizeColumns();  // the words' widths change with the language
    messages_from_->setText(tr("<b>Messages</b> from"));
    level_->setAccessibleName(tr("Messages from"));
    const QString levels[] = {tr("nobody (off)"), tr("errors"),       tr("warnings and up"),
                              tr("info and up"),  tr("debug and up"), tr("everything (trace)")};
    for (int i = 0; i < level_->count(); ++i) level_->setItemText(i, levels[i]);
    level_->setToolTip(
        tr("What the program itself reports: files opened and saved, "
           "comparisons computed, parameter changes (debug)."));
    messages_->setAccessibleName(tr("Messages"));
    shown_dropped_ = 0;  // refresh() says again how many were dropped
    refresh();
}

void EventLogPanel::buildTable() {
    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(22);
    table_->verticalHeader()->setSectionResizeMode(
        QHeaderView::Fixed);             // uniform rows: fast with many
    table_->setTabKeyNavigation(false);  // Tab leaves the table; arrows move in it
    sizeColumns();
}

void EventLogPanel::sizeColumns() {
    // Each column as wide as its widest text can be in the language, "what" too (the
    // happening is the row's news: "waiter: blocked" must not end in "..."). A narrow
    // pane scrolls to the cook and the dish.
    QHeaderView* header = table_->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = table_->fontMetrics();
    const auto fit = [&](int column, const QString& widest) {
        const QString name = model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(
            column, std::max(fm.horizontalAdvance(widest), fm.horizontalAdvance(name)) + 24);
    };
    const auto widest = [&fm](const QStringList& texts) {
        QString w;
        for (const QString& t : texts)
            if (fm.horizontalAdvance(t) > fm.horizontalAdvance(w)) w = t;
        return w;
    };
    fit(EventLogModel::Time, QStringLiteral("00:00:00"));
    fit(EventLogModel::Kind, widest(EventLogModel::whatWords()));
    fit(EventLogModel::Order, QStringLiteral("00000"));
    fit(EventLogModel::Table, QStringLiteral("T00"));
    fit(EventLogModel::Waiter, QStringLiteral("00"));
    fit(EventLogModel::Cook, QStringLiteral("C00"));
    QStringList dishes;
    for (const auto& item : controller_.scenario().menu)
        dishes << QString::fromStdString(item.name);
    fit(EventLogModel::Dish, widest(dishes));
}

QWidget* EventLogPanel::buildMessages() {
    auto* messages = new QWidget(this);
    auto* column = new QVBoxLayout(messages);
    column->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    messages_from_ = new QLabel(messages);
    head->addWidget(messages_from_);
    level_ = new QComboBox(messages);
    for (int level : {spdlog::level::off, spdlog::level::err, spdlog::level::warn,
                      spdlog::level::info, spdlog::level::debug, spdlog::level::trace})
        level_->addItem(QString(), level);
    head->addWidget(level_);
    head->addStretch(1);
    column->addLayout(head);
    messages_ = new QPlainTextEdit(messages);
    messages_->setObjectName(QStringLiteral("messages"));
    messages_->setReadOnly(true);
    messages_->setMaximumBlockCount(2000);  // bounded, like everything that grows
    messages_->setLineWrapMode(QPlainTextEdit::NoWrap);
    column->addWidget(messages_);
    return messages;
}

void EventLogPanel::connectControls() {
    sink_ = std::make_shared<spdlog::sinks::qt_sink_mt>(messages_, "appendPlainText");
    sink_->set_pattern("%H:%M:%S  %-7l %v");
    spdlog::default_logger()->sinks().push_back(sink_);
    // The box is where the level is chosen, by the user or by setMessageLevel().
    level_->setCurrentIndex(level_->findData(spdlog::level::info));
    connect(level_, &QComboBox::currentIndexChanged, this, &EventLogPanel::applyMessageLevel);
    applyMessageLevel();
    auto apply = [this] {
        filter(static_cast<EventLogModel::Column>(column_->currentData().toInt()), text_->text());
    };
    connect(text_, &QLineEdit::textChanged, this, apply);
    connect(column_, &QComboBox::currentIndexChanged, this, apply);
    connect(table_, &QTableView::clicked, this,
            [this](const QModelIndex& index) { emit selected(selectionAt(index)); });
    connect(table_, &QTableView::activated, this,  // Enter on a row, from the keyboard
            [this](const QModelIndex& index) { emit selected(selectionAt(index)); });
    connect(&controller_, &SimulationController::frameAdvanced, this, &EventLogPanel::refresh);
    connect(&controller_, &SimulationController::scenarioChanged, this, [this] {
        model_->setScenario(controller_.scenario());
        sizeColumns();
        refresh();
    });
}

Selection EventLogPanel::selectionAt(const QModelIndex& index) const {
    // The column clicked says which of the row's ids is meant; else its party, its
    // waiter, its table, in that order.
    if (!index.isValid()) return {};
    const Happening& h = model_->happening(index.row());
    if (index.column() == EventLogModel::Waiter && waiter_of(h) >= 0)
        return {Selection::Kind::waiter, waiter_of(h)};
    if (index.column() == EventLogModel::Table && table_of(h) >= 0 && party_of(h) < 0)
        return {Selection::Kind::table, table_of(h)};
    if (party_of(h) >= 0) return {Selection::Kind::party, party_of(h)};
    if (waiter_of(h) >= 0) return {Selection::Kind::waiter, waiter_of(h)};
    if (table_of(h) >= 0) return {Selection::Kind::table, table_of(h)};
    return {};
}

bool EventLogPanel::exportCsv(const QString& path) {
    // The same columns as `bistro-cli run --trace`, written whole or not at all.
    try {
        TraceCsv csv(path.toStdString());
        for (int r = 0; r < model_->rowCount(); ++r) csv.on_happening(model_->happening(r));
        csv.commit();
    } catch (const std::exception& e) {
        last_error_ = QString::fromStdString(e.what());
        spdlog::error("{}", e.what());
        return false;
    }
    last_error_.clear();
    spdlog::info("event log saved to {} ({} rows)", path.toStdString(), model_->rowCount());
    return true;
}

EventLogPanel::~EventLogPanel() {
    std::erase(spdlog::default_logger()->sinks(), sink_);
}

void EventLogPanel::setMessageLevel(spdlog::level::level_enum level) {
    level_->setCurrentIndex(level_->findData(level));  // applied by the box's signal
}

void EventLogPanel::applyMessageLevel() {
    sink_->set_level(static_cast<spdlog::level::level_enum>(level_->currentData().toInt()));
    // The logger passes on what any of its sinks wants; each sink filters for itself.
    auto logger = spdlog::default_logger();
    auto lowest = spdlog::level::off;
    for (const auto& s : logger->sinks()) lowest = std::min(lowest, s->level());
    logger->set_level(lowest);
}

QString EventLogPanel::messages() const {
    return messages_->toPlainText();
}

void EventLogPanel::filter(EventLogModel::Column column, const QString& text) {
    model_->setFilter(column, text);
    refresh();
}

void EventLogPanel::refresh() {
    model_->sync();
    const std::uint64_t dropped = model_->dropped();
    if (dropped != shown_dropped_) {
        shown_dropped_ = dropped;
        dropped_->setVisible(dropped > 0);
        dropped_->setText(tr("The log keeps the latest %L1 happenings: the %L2 before them were "
                             "dropped. Go back in time to see them again.")
                              .arg(EventLog::capacity)
                              .arg(dropped));
    }
    if (follow_->isChecked() && isVisible()) table_->scrollToBottom();
}

}  // namespace bistro::gui
