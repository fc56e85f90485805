#include "bistro/gui/code/code_panel.hpp"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/style/palette.hpp"
#include "window/file_places.hpp"

namespace bistro::gui {

namespace {
constexpr int lit_ms = 700;

struct LanguageInfo {
    CodePanel::Language language;
    const char* name;
    const char* folder;
    const char* extension;
};
const LanguageInfo languages[] = {
    {CodePanel::Language::pseudo, QT_TRANSLATE_NOOP("bistro::gui::CodePanel", "Pseudo-code"),
     "pseudo", "txt"},
    {CodePanel::Language::python,
     QT_TRANSLATE_NOOP("bistro::gui::CodePanel", "Python (threading / asyncio)"), "python", "py"},
    {CodePanel::Language::javascript,
     QT_TRANSLATE_NOOP("bistro::gui::CodePanel", "JavaScript (blocking / async-await)"),
     "javascript", "js"},
    {CodePanel::Language::cpp,
     QT_TRANSLATE_NOOP("bistro::gui::CodePanel", "C++ (the model's own code)"), "cpp", "cpp"},
};

QString readResource(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QStringLiteral("(missing listing %1)\n").arg(path);
    return QString::fromUtf8(f.readAll());
}

QString tableName(int table) {
    return QStringLiteral("T%1").arg(table + 1);
}
}  // namespace

CodePanel::CodePanel(SimulationController& primary, TwinRestaurants& twins, QWidget* parent)
    : QWidget(parent), primary_(primary), twins_(twins) {
    setObjectName(QStringLiteral("codePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    columns_ = new QBoxLayout(QBoxLayout::LeftToRight);
    auto* columns = columns_;
    layout->addLayout(columns, 1);
    buildSide(0, primary_);
    buildSide(1, twins_.twin());
    for (Side& s : sides_) {
        s.column = new QWidget(this);
        auto* column = new QVBoxLayout(s.column);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(s.title);
        column->addWidget(s.view, 1);
        columns->addWidget(s.column, 1);
    }
    queue_ = new QLabel(this);
    legend_ = new QLabel(this);
    for (QLabel* l : {queue_, legend_}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        layout->addWidget(l);
    }
    connect(&twins_, &TwinRestaurants::started, this, &CodePanel::refresh);
    connect(&twins_, &TwinRestaurants::stopped, this, &CodePanel::refresh);
    const int saved = QSettings().value(QStringLiteral("code/language"), 0).toInt();
    setLanguage(static_cast<Language>(std::clamp(saved, 0, 3)));
    retranslate();
}

QWidget* CodePanel::buildToolbar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    languages_ = new QComboBox(bar);
    languages_->setObjectName(QStringLiteral("codeLanguage"));
    for (std::size_t i = 0; i < std::size(languages); ++i) languages_->addItem(QString());
    connect(languages_, &QComboBox::activated, this,
            [this](int i) { setLanguage(static_cast<Language>(i)); });
    copy_ = new QPushButton(bar);
    connect(copy_, &QPushButton::clicked, this, &CodePanel::copy);
    save_ = new QPushButton(bar);
    connect(save_, &QPushButton::clicked, this, &CodePanel::save);
    language_label_ = new QLabel(bar);
    row->addWidget(language_label_);
    row->addWidget(languages_);
    row->addStretch(1);
    row->addWidget(copy_);
    row->addWidget(save_);
    return bar;
}

void CodePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void CodePanel::retranslate() {
    for (int i = 0; i < languages_->count(); ++i)
        languages_->setItemText(i, tr(languages[static_cast<std::size_t>(i)].name));
    languages_->setToolTip(tr("The same waiter, written in another language"));
    copy_->setText(tr("Copy"));
    copy_->setToolTip(tr("Copy the program: it runs as it is (python3 / node)"));
    save_->setText(tr("Save..."));
    save_->setToolTip(tr("Save the program to a file you can run"));
    language_label_->setText(tr("Language:"));
    refresh();  // the sides' titles, the task queue and the legend
}

void CodePanel::buildSide(std::size_t i, SimulationController& c) {
    Side& side = sides_[i];
    side.controller = &c;
    side.view = new CodeView(this);
    side.view->setObjectName(i == 0 ? QStringLiteral("codeLeft") : QStringLiteral("codeRight"));
    side.title = new QLabel(this);
    QFont bold = side.title->font();
    bold.setBold(true);
    side.title->setFont(bold);
    connect(side.view, &CodeView::lineClicked, this, [this, i](int line) { clickLine(i, line); });
    connect(&c, &SimulationController::frameAdvanced, this, &CodePanel::refresh);
    connect(&c, &SimulationController::parametersChanged, this, &CodePanel::refresh);
    follow(side);
}

void CodePanel::follow(Side& side) {
    SimulationController& c = *side.controller;
    connect(&c, &SimulationController::ticketHandedIn, this,
            [&side](double t, const happened::TicketHandedIn&) { side.last_ticket = t; });
    connect(&c, &SimulationController::dishReady, this,
            [&side](double t, const happened::DishReady&) { side.last_bell = t; });
    connect(&c, &SimulationController::historyRestarted, this,
            [&side] { side.last_ticket = side.last_bell = side.seen = -1; });
}

void CodePanel::setLanguage(Language language) {
    language_ = language;
    languages_->setCurrentIndex(static_cast<int>(language));
    QSettings().setValue(QStringLiteral("code/language"), static_cast<int>(language));
    for (Side& s : sides_) s.key.clear();  // reload
    refresh();
}

QString CodePanel::listingPath(Language language, Policy policy, Delivery delivery) {
    const LanguageInfo& l = languages[static_cast<int>(language)];
    if (language == Language::cpp) return QStringLiteral(":/code/cpp/waiter_programs.cpp");
    return QStringLiteral(":/code/%1/%2_%3.%4")
        .arg(QLatin1String(l.folder),
             QLatin1String(policy == Policy::synchronous ? "sync" : "async"),
             QLatin1String(delivery == Delivery::whole_order ? "whole_order" : "each_dish"),
             QLatin1String(l.extension));
}

void CodePanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Two programs side by side need room for two lines of code; else one above the other.
    const bool wide = width() >= 2 * 44 * fontMetrics().horizontalAdvance(QLatin1Char('m'));
    columns_->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void CodePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void CodePanel::refresh() {
    if (!isVisible()) return;  // nothing to keep up to date: showEvent catches up
    const bool twin = twins_.isOn();
    sides_[1].column->setVisible(twin);
    for (std::size_t i = 0; i < (twin ? 2u : 1u); ++i) {
        Side& side = sides_[i];
        load(side);
        place(side);
        light(side);
    }
    queue_->setText(queueText());
    legend_->setText(legendText());
}

void CodePanel::load(Side& side) {
    const SimulationController& c = *side.controller;
    const QString path = listingPath(language_, c.policy(), c.delivery());
    const QString name =
        c.policy() == Policy::synchronous ? tr("Synchronous waiter") : tr("Asynchronous waiter");
    side.title->setText(
        QStringLiteral("<span style='color:%1'>%2</span> - %3")
            .arg((c.policy() == Policy::synchronous ? palette::sync_colour : palette::async_colour)
                     .name(),
                 name,
                 c.delivery() == Delivery::whole_order ? tr("whole order") : tr("each dish")));
    const QString waiters = QString::number(c.number(Parameter::waiters));
    const QString cooks = QString::number(c.number(Parameter::cooks));
    const QString key = path + QLatin1Char(' ') + waiters + QLatin1Char(' ') + cooks;
    if (key == side.key) return;  // read and parsed once, not every frame
    Listing listing(readResource(path));
    listing.fill(QStringLiteral("waiters"), waiters);
    listing.fill(QStringLiteral("cooks"), cooks);
    const bool other_program = path != side.path;
    side.key = key;
    side.path = path;
    side.listing = listing;
    side.view->setListing(side.listing);
    if (other_program) side.view->showAtTop(side.listing.firstMarkedLine());
}

void CodePanel::place(Side& side) {
    const Snapshot& s = side.controller->snapshot();
    std::vector<CodeView::Cursor> cursors;
    for (const WaiterView& w : s.waiters) {
        const int line = side.listing.lineOf(w.step, s.policy);
        if (line >= 0) cursors.push_back({w.id, palette::of(w.state), line});
    }
    side.view->setCursors(std::move(cursors));
}

void CodePanel::light(Side& side) {
    // A bell or a ticket since the last look (or at this very instant, when stepping).
    const double now = side.controller->now();
    const Policy policy = side.controller->policy();
    auto fresh = [&](double t) { return t >= 0 && (t > side.seen || t == now); };
    QList<int> lines;
    // The bell lights the code it calls back and the line that handed the ticket in:
    // cause and effect, as a callback links them.
    const bool bell = fresh(side.last_bell);
    if (bell || fresh(side.last_ticket))
        lines << side.listing.linesOn(HappeningKind::ticket_handed_in, policy);
    if (bell) lines << side.listing.linesOn(HappeningKind::dish_ready, policy);
    side.seen = now;
    if (!lines.isEmpty()) {
        side.lit_at.start();
        side.view->setLit(lines);
    } else if (!side.lit_at.isValid() || side.lit_at.elapsed() > lit_ms) {
        side.view->setLit({});
    }
}

void CodePanel::clickLine(std::size_t i, int line) {
    std::vector<int> on_line;
    for (const CodeView::Cursor& c : sides_[i].view->cursors())
        if (c.line == line) on_line.push_back(c.waiter);
    clicks_ = line == clicked_line_ ? clicks_ + 1 : 0;
    clicked_line_ = line;
    if (on_line.empty()) return;
    const int waiter = on_line[static_cast<std::size_t>(clicks_) % on_line.size()];
    emit selected({Selection::Kind::waiter, waiter});
}

void CodePanel::showSelection(Selection s) {
    if (s.kind != Selection::Kind::waiter) return;
    for (Side& side : sides_)
        for (const CodeView::Cursor& c : side.view->cursors())
            if (c.waiter == s.id) side.view->showLine(c.line);
}

QString CodePanel::queueText() const {
    const Snapshot& s = primary_.snapshot();
    QStringList tasks;
    for (const TaskView& t : s.tasks)
        tasks << QStringLiteral("%1 %2").arg(QString::fromUtf8(to_string(t.kind)),
                                             tableName(t.table));
    QStringList cooks;
    const auto& menu = primary_.scenario().menu;
    for (const CookView& c : s.cooks) {
        const bool named = c.busy && c.item >= 0 && static_cast<std::size_t>(c.item) < menu.size();
        cooks << (named ? tr("C%1 cooking %2")
                              .arg(c.id + 1)
                              .arg(QString::fromStdString(
                                  menu[static_cast<std::size_t>(c.item)].name))
                        : tr("C%1 idle").arg(c.id + 1));
    }
    return tr("<b>Task queue</b> (the event loop's queue): %1<br><b>Cooks</b> (the I/O devices): "
              "%2")
        .arg(tasks.isEmpty() ? tr("empty") : tasks.join(QStringLiteral(" · ")),
             cooks.join(QStringLiteral(" · ")));
}

QString CodePanel::legendText() const {
    const int waiters = static_cast<int>(primary_.number(Parameter::waiters));
    const int cooks = static_cast<int>(primary_.number(Parameter::cooks));
    return tr("<b>waiter</b> = a thread · <b>kitchen</b> = I/O · <b>bell</b> = a callback · "
              "<b>task queue</b> = the event loop · <b>waiters</b> = the thread pool's size. "
              "Now: <b>%1 threads</b>, <b>%2 I/O devices</b>.")
        .arg(waiters)
        .arg(cooks);
}

void CodePanel::copy() const {
    QApplication::clipboard()->setText(sides_[0].listing.text());
}

bool CodePanel::saveTo(const QString& path, QString* why) const {
    QSaveFile file(path);  // all or nothing
    const QByteArray text = sides_[0].listing.text().toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        return true;
    if (why) *why = file.errorString();
    return false;
}

void CodePanel::save() {
    const QString suggested = sides_[0].path.section(QLatin1Char('/'), -1);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the program"), files::suggested(suggested));
    files::remember(path);
    if (path.isEmpty()) return;
    QString why;
    if (!saveTo(path, &why)) queue_->setText(tr("Could not save %1: %2").arg(path, why));
}

}  // namespace bistro::gui
