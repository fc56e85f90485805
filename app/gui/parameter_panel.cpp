#include "parameter_panel.hpp"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <cmath>

#include "palette.hpp"
#include "simulation_controller.hpp"

namespace bistro::gui {

namespace {
double mean_prep(const Scenario& s) {
    double m = 0;
    for (const auto& item : s.menu) m += item.share * item.prep.mean();
    return m;
}

QPushButton* toggle(const QString& text, const QString& tip, const QColor& colour,
                    QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setCheckable(true);
    b->setToolTip(tip);
    b->setMinimumHeight(34);
    b->setStyleSheet(
        QStringLiteral(
            "QPushButton { font-weight: bold; padding: 4px 10px; }"
            "QPushButton:checked { background: %1; color: white; border: 1px solid %1; }")
            .arg(colour.name()));
    return b;
}
}  // namespace

ParameterPanel::ParameterPanel(SimulationController& controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("parameterPanel"));
    auto* layout = new QVBoxLayout(this);

    auto* policy_row = new QHBoxLayout;
    policy_ = new QButtonGroup(this);
    auto* sync = toggle(
        tr("Synchronous"),
        tr("<b>Synchronous waiter</b>: after handing in a ticket the waiter stands at the pass, "
           "<i>blocked</i>, until the food is cooked.<br>Programming: a thread making a "
           "<b>blocking I/O call</b>."),
        palette::sync_colour, this);
    auto* async = toggle(
        tr("Asynchronous"),
        tr("<b>Asynchronous waiter</b>: hands in the ticket and serves other tables; the kitchen's "
           "bell queues the delivery for any waiter.<br>Programming: a <b>non-blocking call</b> "
           "with a callback / <code>await</code> on an <b>event loop</b>."),
        palette::async_colour, this);
    policy_->addButton(sync, 0);
    policy_->addButton(async, 1);
    policy_row->addWidget(sync);
    policy_row->addWidget(async);
    layout->addLayout(policy_row);
    connect(policy_, &QButtonGroup::idClicked, this,
            [this](int id) { controller_.setParameter(Parameter::policy, id); });

    auto* delivery_row = new QHBoxLayout;
    delivery_ = new QButtonGroup(this);
    auto* whole = toggle(
        tr("Whole order"),
        tr("Food leaves the pass when <b>every</b> dish of the order is ready.<br>Programming: "
           "<code>Promise.all</code> / joining all results."),
        palette::bluish_green, this);
    auto* each = toggle(
        tr("Each dish"),
        tr("Each dish leaves the pass <b>as soon as it is ready</b>.<br>Programming: streaming "
           "results as they complete."),
        palette::bluish_green, this);
    delivery_->addButton(whole, 0);
    delivery_->addButton(each, 1);
    delivery_row->addWidget(whole);
    delivery_row->addWidget(each);
    layout->addLayout(delivery_row);
    connect(delivery_, &QButtonGroup::idClicked, this,
            [this](int id) { controller_.setParameter(Parameter::delivery, id); });

    grid_ = new QGridLayout;
    grid_->setColumnStretch(1, 1);
    layout->addLayout(grid_);
    layout->addStretch(1);

    connect(&controller_, &SimulationController::scenarioChanged, this, &ParameterPanel::rebuild);
    connect(&controller_, &SimulationController::parametersChanged, this, &ParameterPanel::refresh);
    rebuild();
}

void ParameterPanel::rebuild() {
    {
        // The display units depend on the scenario's own means: rebuild the sliders.
        for (const Row& r : rows_) {
            grid_->removeWidget(r.slider);
            grid_->removeWidget(r.value);
            delete r.slider;
            delete r.value;
        }
        while (QLayoutItem* item = grid_->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        rows_.clear();
        const Scenario& s = controller_.scenario();
        addSlider(Parameter::arrival_rate, tr("Guests"),
                  tr("Parties arriving per hour, at random moments (a Poisson "
                     "process).<br>Programming: the "
                     "<b>request rate</b> hitting a server."),
                  1, 120, 1, 1, tr("/h"), 0);
        addSlider(Parameter::waiters, tr("Waiters"),
                  tr("How many waiters serve the room.<br>Programming: the <b>number of "
                     "threads</b> (the size of "
                     "a thread pool). Removing one takes effect when they finish their task."),
                  1, 20, 1, 1, QString(), 0);
        addSlider(Parameter::cooks, tr("Cooks"),
                  tr("How many dishes the kitchen cooks at once.<br>Programming: the <b>I/O "
                     "device</b> and its "
                     "concurrency (a database's connections, a disk's queue)."),
                  1, 20, 1, 1, QString(), 0);
        addSlider(Parameter::cook_time_scale, tr("Cook time"),
                  tr("Mean time a cook needs per dish.<br>Programming: the <b>latency of the I/O "
                     "call</b>. The "
                     "longer it is, the more a blocked thread wastes."),
                  10, 400, 100, mean_prep(s) / 60, tr("min"), 1);
        addSlider(Parameter::order_time_scale, tr("Order taking"),
                  tr("Mean time to take an order at the table.<br>Programming: work on the request "
                     "before the "
                     "I/O call."),
                  10, 400, 100, s.order_taking.mean() / 60, tr("min"), 1);
        addSlider(Parameter::own_work_scale, tr("Own work"),
                  tr("The waiter's own work per order: drinks, bread. Nobody else can do "
                     "it.<br>Programming: "
                     "<b>CPU-bound work</b>. Async does not make it faster: there is nothing to "
                     "wait for."),
                  1, 800, 100, s.own_work.mean() / 60, tr("min"), 1);
        addSlider(
            Parameter::burn_probability, tr("Burnt dishes"),
            tr("Chance that a dish burns and must be cooked again.<br>Programming: a <b>failing "
               "request</b> "
               "that is retried. Sync: the waiter waits it out; async: only that order waits."),
            0, 50, 100, 100, tr("%"), 0);
        if (s.patience)
            addSlider(Parameter::patience_scale, tr("Patience"),
                      tr("How long guests wait at the door for a table before they "
                         "leave.<br>Programming: a "
                         "<b>client timeout</b>."),
                      10, 400, 100, s.patience->mean() / 60, tr("min"), 0);
        refresh();
    }
}

void ParameterPanel::addSlider(Parameter p, const QString& name, const QString& tip, int min,
                               int max, double scale, double display, const QString& unit,
                               int decimals) {
    const int row = static_cast<int>(rows_.size());
    auto* label = new QLabel(name, this);
    label->setToolTip(tip);
    auto* slider = new QSlider(Qt::Horizontal, this);
    slider->setObjectName(QStringLiteral("slider_%1").arg(to_string(p)));
    slider->setRange(min, max);
    slider->setToolTip(tip);
    auto* value = new QLabel(this);
    value->setMinimumWidth(64);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    grid_->addWidget(label, row, 0);
    grid_->addWidget(slider, row, 1);
    grid_->addWidget(value, row, 2);
    rows_.push_back({p, slider, value, scale, display, unit, decimals});
    const Row r = rows_.back();
    connect(slider, &QSlider::valueChanged, this, [this, r](int v) {
        controller_.setParameter(r.parameter, v / r.scale);
        showValue(r);
    });
}

void ParameterPanel::showValue(const Row& r) const {
    const double v = controller_.parameter(r.parameter) * r.display;
    r.value->setText(QString::number(v, 'f', r.decimals) +
                     (r.unit.isEmpty() ? QString() : " " + r.unit));
}

QSlider* ParameterPanel::slider(Parameter p) const {
    for (const Row& r : rows_)
        if (r.parameter == p) return r.slider;
    return nullptr;
}

void ParameterPanel::lock(std::optional<Parameter> p) {
    locked_ = p;
    refresh();
}

void ParameterPanel::refresh() {
    const auto open = [this](Parameter p) { return !locked_ || *locked_ != p; };
    for (QAbstractButton* b : policy_->buttons()) b->setEnabled(open(Parameter::policy));
    for (QAbstractButton* b : delivery_->buttons()) b->setEnabled(open(Parameter::delivery));
    for (const Row& r : rows_) {
        r.slider->setEnabled(open(r.parameter));
        const QSignalBlocker block(r.slider);
        r.slider->setValue(
            static_cast<int>(std::lround(controller_.parameter(r.parameter) * r.scale)));
        showValue(r);
    }
    policy_->button(controller_.parameter(Parameter::policy) >= 0.5 ? 1 : 0)->setChecked(true);
    delivery_->button(controller_.parameter(Parameter::delivery) >= 0.5 ? 1 : 0)->setChecked(true);
}

}  // namespace bistro::gui
