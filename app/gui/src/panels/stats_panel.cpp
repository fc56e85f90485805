#include "bistro/gui/panels/stats_panel.hpp"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/plots/wait_split_bars.hpp"
#include "bistro/gui/style/palette.hpp"
#include "panels/legend_entry.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

StatsPanel::StatsPanel(SimulationController& controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("statsPanel"));
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(16);
    served_ = add("served", 0, 0);
    lost_ = add("lost", 0, 1);
    wait_order_ = add("wait_order", 2, 0);
    wait_food_ = add("wait_food", 2, 1);
    busy_ = add("busy", 4, 0);
    blocked_ = add("blocked", 4, 1);
    kitchen_ = add("kitchen", 6, 0);
    inside_ = add("inside", 6, 1);
    auto* legend = new QGridLayout;
    for (int s = 0; s < waiter_state_count; ++s)
        legend->addWidget(new LegendEntry(static_cast<WaiterState>(s), this), s / 2, s % 2);
    grid->addLayout(legend, 8, 0, 1, 2);
    split_ = new WaitSplitBars(this);
    grid->addWidget(split_, 9, 0, 1, 2);
    grid->setRowStretch(10, 1);  // keep the numbers together at the top
    grid->setVerticalSpacing(2);
    connect(&controller_, &SimulationController::frameAdvanced, this, &StatsPanel::refresh);
    retranslate();
}

void StatsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void StatsPanel::retranslate() {
    word(served_, tr("served"), tr("Parties that ate, paid and left"));
    word(lost_, tr("lost at the door"), tr("Parties that gave up waiting for a table"));
    word(wait_order_, tr("min to order"),
         tr("Mean wait from being ready to order until a waiter takes the order; "
            "the parties still waiting count with their wait so far"));
    word(wait_food_, tr("min for food"),
         tr("Mean wait from being ready to order until the whole order is on the "
            "table; the parties still waiting count with their wait so far"));
    word(busy_, tr("waiters busy"), tr("Share of the waiters' time not idle"));
    word(blocked_, tr("waiters blocked"),
         tr("Share of the waiters' time spent blocked at the pass: a thread waiting on I/O"));
    word(kitchen_, tr("cooks busy"), tr("Share of the cooks' time spent cooking"));
    word(inside_, tr("parties inside"), tr("Parties in the restaurant right now"));
    refresh();
}

void StatsPanel::word(QLabel* value, const QString& caption, const QString& tip) {
    value->setToolTip(tip);
    value->setAccessibleDescription(tip);
    QLabel* label = findChild<QLabel*>(value->objectName() + QStringLiteral("Caption"));
    label->setText(caption);
    label->setToolTip(tip);
}

QLabel* StatsPanel::add(const QString& name, int row, int column) {
    auto* value = new QLabel(this);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    // A fixed size: the numbers change every frame, the layout must not.
    value->setFixedSize(QFontMetrics(big).horizontalAdvance(QStringLiteral("0000.0")) + 8,
                        QFontMetrics(big).height() + 2);
    auto* label = new QLabel(this);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, palette::muted_ink);
    label->setPalette(muted);
    label->setObjectName(name + QStringLiteral("Caption"));
    label->setWordWrap(true);  // "min for food, with 12 still waiting" must not widen the window
    auto* layout = static_cast<QGridLayout*>(this->layout());
    layout->addWidget(value, row, column);
    layout->addWidget(label, row + 1, column);
    numbers_.emplace_back(value, label);
    return value;
}

QString StatsPanel::text(const QString& name) const {
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

void StatsPanel::refresh() {
    const Snapshot& s = controller_.snapshot();
    const RunStatistics& st = controller_.restaurant().statistics();
    const double now = controller_.now();
    auto percent = [](double f) { return decimal(f * 100, 0) + QStringLiteral("%"); };
    const OpenWaits open = controller_.restaurant().open_waits();
    // Every wait counts the parties still waiting: a mean of the finished ones
    // alone would hide the parties a blocked waiter leaves waiting.
    const auto wait = [&](QLabel* value, const QString& name, const QString& caption,
                          const Tally& done, const OpenWaits::Open& going_on) {
        value->setText(done.count() + going_on.parties ? decimal(going_on.mean_with(done) / 60, 1)
                                                       : QStringLiteral("-"));
        findChild<QLabel*>(name + QStringLiteral("Caption"))
            ->setText(going_on.parties
                          ? tr("%1, with %n still waiting", "", static_cast<int>(going_on.parties))
                                .arg(caption)
                          : caption);
    };
    served_->setText(QString::number(s.served));
    lost_->setText(QString::number(s.lost));
    wait(wait_order_, QStringLiteral("wait_order"), tr("min to order"), st.wait_order, open.order);
    wait(wait_food_, QStringLiteral("wait_food"), tr("min for food"), st.wait_food, open.food);
    split_->setRows({waitSplitOf(controller_, open, QString(), palette::ink)});
    // The share of time in every state but idle: 0 % before any time has passed.
    double busy = 0;
    for (int k = 0; k < waiter_state_count; ++k)
        if (static_cast<WaiterState>(k) != WaiterState::idle)
            busy += st.waiter_share(static_cast<WaiterState>(k), now);
    busy_->setText(percent(busy));
    const double blocked = st.waiter_share(WaiterState::blocked, now);
    blocked_->setText(percent(blocked));
    const double cook_time = st.cooks_present.area(now);
    kitchen_->setText(percent(cook_time > 0 ? st.cooks_busy.area(now) / cook_time : 0));
    inside_->setText(QString::number(s.inside));
    QPalette p = blocked_->palette();
    p.setColor(QPalette::WindowText, blocked > 0.25 ? palette::vermilion : palette::ink);
    blocked_->setPalette(p);
    nameNumbers();
}

void StatsPanel::nameNumbers() {
    for (const auto& [value, caption] : numbers_) {
        const QString name = caption->text() + QStringLiteral(": ") + value->text();
        if (value->accessibleName() != name) value->setAccessibleName(name);
    }
}

}  // namespace bistro::gui
