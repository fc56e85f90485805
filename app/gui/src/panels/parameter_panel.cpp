#include "bistro/gui/panels/parameter_panel.hpp"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTextDocumentFragment>
#include <algorithm>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/style/palette.hpp"
#include "compare/choices.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
double meanPrep(const Scenario& s) {
    double m = 0;
    for (const auto& item : s.menu) m += item.share * item.prep.mean();
    return m;
}

/// One side of a switch. Qt takes a grouped button's siblings out of the Tab chain
/// when it takes the focus (as for radio buttons), and the arrow keys do not reach
/// them either, so a keyboard could never choose the other side: both stay Tab stops.
class SwitchButton : public QPushButton {
  public:
    using QPushButton::QPushButton;

  protected:
    void focusInEvent(QFocusEvent* e) override {
        QPushButton::focusInEvent(e);
        if (group())
            for (QAbstractButton* b : group()->buttons()) b->setFocusPolicy(Qt::StrongFocus);
    }
};

QPushButton* toggle(const QColor& colour, QWidget* parent) {
    auto* b = new SwitchButton(parent);
    b->setCheckable(true);
    b->setMinimumHeight(34);
    // With colours of their own the style's focus mark is gone: a thick dark edge shows it.
    b->setStyleSheet(
        QStringLiteral("QPushButton { font-weight: bold; padding: 4px 10px; }"
                       "QPushButton:checked { background: %1; color: white; border: 1px solid %1; }"
                       "QPushButton:focus { border: 3px solid %2; }")
            .arg(colour.name(), palette::ink.name()));
    return b;
}

/// A control's words; its own tooltip is kept, as a lesson's lock says why in its place.
void word(QWidget* w, const QString& tip) {
    w->setToolTip(tip);
    w->setProperty("ownTip", tip);
    w->setAccessibleDescription(QTextDocumentFragment::fromHtml(tip).toPlainText());
}

/// A slider: its words, its range, and how its value reads.
struct SliderSpec {
    Parameter parameter;
    const char* name;
    const char* tip;
    int min, max;
    double scale;                        // slider units per parameter unit
    double (*display)(const Scenario&);  // multiplies the parameter for display (a base mean)
    const char* unit;
    int decimals;
};

double one(const Scenario&) {
    return 1;
}

// The sliders, top to bottom; each tooltip names the programming idea.
const SliderSpec sliders[] = {
    {Parameter::arrival_rate, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "Guests"),
     QT_TRANSLATE_NOOP(
         "bistro::gui::ParameterPanel",
         "Parties arriving per hour, at random moments (a Poisson process).<br>Programming: the "
         "<b>request rate</b> hitting a server."),
     1, 120, 1, one, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "/h"), 0},
    {Parameter::waiters, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "Waiters"),
     QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel",
                       "How many waiters serve the room.<br>Programming: the <b>number of "
                       "threads</b> (the size of "
                       "a thread pool). Removing one takes effect when they finish their task."),
     1, 20, 1, one, "", 0},
    {Parameter::cooks, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "Cooks"),
     QT_TRANSLATE_NOOP(
         "bistro::gui::ParameterPanel",
         "How many dishes the kitchen cooks at once.<br>Programming: the <b>I/O device</b> and its "
         "concurrency (a database's connections, a disk's queue)."),
     1, 20, 1, one, "", 0},
    {Parameter::cook_time_scale, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "Cook time"),
     QT_TRANSLATE_NOOP(
         "bistro::gui::ParameterPanel",
         "Mean time a cook needs per dish.<br>Programming: the <b>latency of the I/O call</b>. The "
         "longer it is, the more a blocked thread wastes."),
     10, 400, 100, [](const Scenario& s) { return meanPrep(s) / 60; },
     QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "min"), 1},
    {Parameter::order_time_scale, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "Order taking"),
     QT_TRANSLATE_NOOP(
         "bistro::gui::ParameterPanel",
         "Mean time to take an order at the table.<br>Programming: work on the request before the "
         "I/O call."),
     10, 400, 100, [](const Scenario& s) { return s.order_taking.mean() / 60; },
     QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "min"), 1},
    {Parameter::own_work_scale, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "Own work"),
     QT_TRANSLATE_NOOP(
         "bistro::gui::ParameterPanel",
         "The waiter's own work per order: drinks, bread. Nobody else can do it.<br>Programming: "
         "<b>CPU-bound work</b>. Async does not make it faster: there is nothing to wait for."),
     1, 800, 100, [](const Scenario& s) { return s.own_work.mean() / 60; },
     QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "min"), 1},
    {Parameter::burn_probability, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "Burnt dishes"),
     QT_TRANSLATE_NOOP(
         "bistro::gui::ParameterPanel",
         "Chance that a dish burns and must be cooked again.<br>Programming: a <b>failing "
         "request</b> "
         "that is retried. Sync: the waiter waits it out; async: only that order waits."),
     0, 50, 100, [](const Scenario&) { return 100.0; }, "%", 0},
    {Parameter::patience_scale, QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "Patience"),
     QT_TRANSLATE_NOOP(
         "bistro::gui::ParameterPanel",
         "How long guests wait at the door for a table before they leave.<br>Programming: a "
         "<b>client timeout</b>."),
     10, 400, 100, [](const Scenario& s) { return s.patience->mean() / 60; },
     QT_TRANSLATE_NOOP("bistro::gui::ParameterPanel", "min"), 0},
};
const SliderSpec& specOf(Parameter p) {
    return *std::find_if(std::begin(sliders), std::end(sliders),
                         [p](const SliderSpec& s) { return s.parameter == p; });
}
}  // namespace

ParameterPanel::ParameterPanel(SimulationController& controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("parameterPanel"));
    auto* layout = new QVBoxLayout(this);
    // One after the other: the order they are made is the order Tab reaches them.
    QPushButton* sync = toggle(palette::sync_colour, this);
    QPushButton* async = toggle(palette::async_colour, this);
    policy_ = addSwitch(layout, Parameter::policy, sync, async);
    QPushButton* whole = toggle(palette::bluish_green, this);
    QPushButton* each = toggle(palette::bluish_green, this);
    delivery_ = addSwitch(layout, Parameter::delivery, whole, each);
    grid_ = new QGridLayout;
    grid_->setColumnStretch(1, 1);
    layout->addLayout(grid_);
    layout->addStretch(1);
    connectController();
    rebuild();
}

void ParameterPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ParameterPanel::retranslate() {
    const auto name = [](QAbstractButton* b, const QString& text, const QString& tip) {
        b->setText(text);
        word(b, tip);
    };
    name(policy_->button(0), tr("Synchronous"),
         tr("<b>Synchronous waiter</b>: after handing in a ticket the waiter stands at the pass, "
            "<i>blocked</i>, until the food is cooked.<br>Programming: a thread making a "
            "<b>blocking I/O call</b>."));
    name(policy_->button(1), tr("Asynchronous"),
         tr("<b>Asynchronous waiter</b>: hands in the ticket and serves other tables; the "
            "kitchen's bell queues the delivery for any waiter.<br>Programming: a <b>non-blocking "
            "call</b> with a callback / <code>await</code> on an <b>event loop</b>."));
    name(delivery_->button(0), tr("Whole order"),
         tr("Food leaves the pass when <b>every</b> dish of the order is ready.<br>Programming: "
            "<code>Promise.all</code> / joining all results."));
    name(delivery_->button(1), tr("Each dish"),
         tr("Each dish leaves the pass <b>as soon as it is ready</b>.<br>Programming: streaming "
            "results as they complete."));
    for (Row& r : rows_) {
        const SliderSpec& spec = specOf(r.parameter);
        r.name->setText(tr(spec.name));
        word(r.name, tr(spec.tip));
        word(r.slider, tr(spec.tip));
        r.slider->setAccessibleName(tr(spec.name));
        r.unit = tr(spec.unit);
    }
    refresh();
}

QButtonGroup* ParameterPanel::addSwitch(QBoxLayout* layout, Parameter p, QPushButton* off,
                                        QPushButton* on) {
    auto* row = new QHBoxLayout;
    auto* group = new QButtonGroup(this);
    group->addButton(off, 0);
    group->addButton(on, 1);
    row->addWidget(off);
    row->addWidget(on);
    layout->addLayout(row);
    connect(group, &QButtonGroup::idClicked, this,
            [this, p](int id) { controller_.setParameter(p, switchValue(p, id)); });
    return group;
}

void ParameterPanel::connectController() {
    connect(&controller_, &SimulationController::scenarioChanged, this, &ParameterPanel::rebuild);
    connect(&controller_, &SimulationController::parametersChanged, this, &ParameterPanel::refresh);
    // A failed run takes no decisions: the controls wait for Reset.
    connect(&controller_, &SimulationController::failed, this, &ParameterPanel::refresh);
    connect(&controller_, &SimulationController::recovered, this, &ParameterPanel::refresh);
}

void ParameterPanel::rebuild() {
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
    for (const SliderSpec& spec : sliders) {
        if (spec.parameter == Parameter::patience_scale && !s.patience)
            continue;  // guests wait for ever: no patience to scale
        addSlider(spec.parameter, spec.min, spec.max, spec.scale, spec.display(s), spec.decimals);
    }
    retranslate();
}

void ParameterPanel::addSlider(Parameter p, int min, int max, double scale, double display,
                               int decimals) {
    const int row = static_cast<int>(rows_.size());
    auto* label = new QLabel(this);
    auto* slider = new QSlider(Qt::Horizontal, this);
    slider->setObjectName(QStringLiteral("slider_%1").arg(to_string(p)));
    slider->setRange(min, max);
    label->setBuddy(slider);
    auto* value = new QLabel(this);
    value->setMinimumWidth(64);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    grid_->addWidget(label, row, 0);
    grid_->addWidget(slider, row, 1);
    grid_->addWidget(value, row, 2);
    rows_.push_back({p, slider, value, label, scale, display, QString(), decimals});
    const std::size_t at = rows_.size() - 1;  // the row as it is then: its unit in the language
    connect(slider, &QSlider::valueChanged, this, [this, at](int v) {
        const Row& r = rows_[at];
        controller_.setParameter(r.parameter, from_number(r.parameter, v / r.scale));
        showValue(r);
    });
}

void ParameterPanel::showValue(const Row& r) const {
    const double v = controller_.number(r.parameter) * r.display;
    r.value->setText(decimal(v, r.decimals) + (r.unit.isEmpty() ? QString() : " " + r.unit) +
                     (lessonLocked(r.parameter) ? tr(" (locked)") : QString()));
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

void ParameterPanel::setLessonLocks(std::vector<Parameter> locked, const QString& why) {
    lesson_locked_ = std::move(locked);
    lesson_why_ = why;
    refresh();
}

bool ParameterPanel::lessonLocked(Parameter p) const {
    return std::find(lesson_locked_.begin(), lesson_locked_.end(), p) != lesson_locked_.end();
}

void ParameterPanel::explainLock(QWidget* control, Parameter p) const {
    control->setToolTip(lessonLocked(p)
                            ? tr("<b>Locked by the lesson.</b> %1").arg(lesson_why_.toHtmlEscaped())
                            : control->property("ownTip").toString());
}

void ParameterPanel::refresh() {
    const bool failed = controller_.life() == LifeCycle::error;
    const auto open = [&](Parameter p) {
        return !failed && (!locked_ || *locked_ != p) && !lessonLocked(p);
    };
    for (auto [group, p] :
         {std::pair{policy_, Parameter::policy}, {delivery_, Parameter::delivery}})
        for (QAbstractButton* b : group->buttons()) {
            b->setEnabled(open(p));
            explainLock(b, p);
        }
    for (const Row& r : rows_) {
        r.slider->setEnabled(open(r.parameter));
        explainLock(r.slider, r.parameter);
        explainLock(r.name, r.parameter);
        const QSignalBlocker block(r.slider);
        r.slider->setValue(
            static_cast<int>(std::lround(controller_.number(r.parameter) * r.scale)));
        showValue(r);
    }
    policy_->button(switchPosition(controller_.parameter(Parameter::policy)))->setChecked(true);
    delivery_->button(switchPosition(controller_.parameter(Parameter::delivery)))->setChecked(true);
}

}  // namespace bistro::gui
