#include "compare.hpp"

#include <spdlog/spdlog.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

#include "palette.hpp"
#include "simulation_controller.hpp"

namespace bistro::gui {

// --- Contrast -----------------------------------------------------------------------------

namespace {
struct Choice {
    Parameter parameter;
    const char* label;
    double min, max, step;
    int decimals;
};
// What can be compared, in the order the bar offers it.
const Choice choices[] = {
    {Parameter::policy, "waiter policy", 0, 1, 1, 0},
    {Parameter::delivery, "delivery", 0, 1, 1, 0},
    {Parameter::waiters, "waiters", 1, 40, 1, 0},
    {Parameter::cooks, "cooks", 1, 40, 1, 0},
    {Parameter::arrival_rate, "guests per hour", 1, 240, 1, 0},
    {Parameter::cook_time_scale, "cook time (x)", 0.1, 5, 0.1, 2},
    {Parameter::order_time_scale, "order taking (x)", 0.1, 5, 0.1, 2},
    {Parameter::own_work_scale, "own work (x)", 0.1, 5, 0.1, 2},
    {Parameter::burn_probability, "burnt dishes (share)", 0, 0.9, 0.05, 2},
    {Parameter::patience_scale, "patience (x)", 0.1, 5, 0.1, 2},
};

const Choice& choice(Parameter p) {
    for (const Choice& c : choices)
        if (c.parameter == p) return c;
    return choices[0];
}

bool isSwitch(Parameter p) {
    return p == Parameter::policy || p == Parameter::delivery;
}
}  // namespace

QString Contrast::name(double v) const {
    switch (parameter) {
        case Parameter::policy:
            return v >= 0.5 ? QStringLiteral("async") : QStringLiteral("sync");
        case Parameter::delivery:
            return v >= 0.5 ? QStringLiteral("each dish") : QStringLiteral("whole order");
        case Parameter::waiters:
            return QStringLiteral("%1 waiter%2").arg(v).arg(v == 1 ? "" : "s");
        case Parameter::cooks:
            return QStringLiteral("%1 cook%2").arg(v).arg(v == 1 ? "" : "s");
        case Parameter::arrival_rate:
            return QStringLiteral("%1 parties/h").arg(v);
        case Parameter::cook_time_scale:
            return QStringLiteral("cook time x%1").arg(v);
        case Parameter::order_time_scale:
            return QStringLiteral("order taking x%1").arg(v);
        case Parameter::own_work_scale:
            return QStringLiteral("own work x%1").arg(v);
        case Parameter::burn_probability:
            return QStringLiteral("%1 % burnt").arg(v * 100);
        case Parameter::patience_scale:
            return QStringLiteral("patience x%1").arg(v);
    }
    return {};
}

Contrast Contrast::around(Parameter p, double current) {
    if (isSwitch(p)) return {p, 0.0, 1.0};
    const Choice& c = choice(p);
    const double other = current + c.step <= c.max ? current + c.step : current - c.step;
    const double a = std::clamp(current, c.min, c.max);
    if (p == Parameter::cook_time_scale || p == Parameter::order_time_scale ||
        p == Parameter::own_work_scale || p == Parameter::patience_scale)
        return {p, a, a * 2 <= c.max ? a * 2 : a / 2};  // halving or doubling shows more
    return {p, a, other};
}

// --- TwinRestaurants ------------------------------------------------------------------------

namespace {
using Result = TwinRestaurants::Result;

Result computeComparison(Scenario a, Scenario b, std::vector<ParameterChange> changes_a,
                         std::vector<ParameterChange> changes_b, double until, std::string name_a,
                         std::string name_b) {
    Result r;
    r.until = until;
    r.replications = TwinRestaurants::replications;
    try {
        a.duration = b.duration = until;
        const auto later = [until](const ParameterChange& c) { return c.time > until; };
        std::erase_if(changes_a, later);
        std::erase_if(changes_b, later);
        const PairedComparison p = compare_paired(a, b, r.replications, 1, changes_a, changes_b);
        r.difference = p.difference_of("wait_food.mean");
        r.verdict = wait_for_food_verdict(r.difference, name_a, name_b);
    } catch (const std::exception& e) {
        r.error = e.what();
    }
    return r;
}
}  // namespace

TwinRestaurants::TwinRestaurants(SimulationController& primary, QObject* parent)
    : QObject(parent), primary_(primary), twin_(new SimulationController(this)) {
    connect(&primary_, &SimulationController::frameAdvanced, this, &TwinRestaurants::follow);
    connect(&primary_, &SimulationController::scenarioChanged, this, [this] {
        if (on_ && !restarting_) restartBoth();  // another scenario or seed: both start again
    });
    connect(&primary_, &SimulationController::historyCleared, this, [this] {
        if (on_) twin_->reset();
    });
    connect(&primary_, &SimulationController::parameterSet, this, [this](Parameter p, double v) {
        if (!on_) return;
        if (p == contrast_.parameter)
            contrast_.a = v;  // the left side's own value changed (e.g. by a shortcut)
        else
            twin_->setParameter(p, v);  // a slider moves both restaurants
        maybeCompute();
    });
    connect(&watcher_, &QFutureWatcher<Result>::finished, this, [this] {
        result_ = watcher_.result();
        if (!result_->error.empty()) spdlog::warn("comparison: {}", result_->error);
        emit resultChanged();
        maybeCompute();  // the clock may have moved on meanwhile
    });
}

TwinRestaurants::~TwinRestaurants() {
    watcher_.waitForFinished();
}

void TwinRestaurants::start(const Contrast& contrast) {
    contrast_ = contrast;
    on_ = true;
    restartBoth();
    spdlog::info("compare mode: {} against {}", contrast_.nameA().toStdString(),
                 contrast_.nameB().toStdString());
    emit started();
}

void TwinRestaurants::restartBoth() {
    restarting_ = true;
    const Scenario base = primary_.currentScenario();
    primary_.setScenario(with_parameter(base, contrast_.parameter, contrast_.a));
    twin_->setScenario(with_parameter(base, contrast_.parameter, contrast_.b));
    restarting_ = false;
    result_.reset();
    computed_until_ = -1.0;
    emit resultChanged();
    maybeCompute();
}

void TwinRestaurants::stop() {
    if (!on_) return;
    on_ = false;
    twin_->pause();
    spdlog::info("compare mode off");
    emit stopped();
}

void TwinRestaurants::follow() {
    if (!on_ || restarting_) return;
    if (twin_->now() != primary_.now()) twin_->seek(primary_.now());
    maybeCompute();
}

void TwinRestaurants::maybeCompute() {
    if (!on_ || watcher_.isRunning()) return;
    const double until = primary_.now();
    const std::size_t changes = primary_.changes().size() + twin_->changes().size();
    if (until == computed_until_ && changes == computed_changes_) return;
    // Some service first: a mean wait needs finished orders.
    if (until < primary_.scenario().warmup + 15 * 60.0) {
        if (result_) {
            result_.reset();
            emit resultChanged();
        }
        return;
    }
    // While playing, a few times a second is live enough and leaves the frames alone.
    if (since_compute_.isValid() && since_compute_.elapsed() < 250) {
        QTimer::singleShot(260 - since_compute_.elapsed(), this, &TwinRestaurants::maybeCompute);
        return;
    }
    since_compute_.start();
    computed_until_ = until;
    computed_changes_ = changes;
    spdlog::debug("comparison: {} paired services up to {:.0f} s", replications, until);
    watcher_.setFuture(QtConcurrent::run(
        computeComparison, primary_.scenario(), twin_->scenario(), primary_.changes(),
        twin_->changes(), until, contrast_.nameA().toStdString(), contrast_.nameB().toStdString()));
}

QString TwinRestaurants::command() const {
    if (contrast_.parameter != Parameter::policy || contrast_.a != 0 || contrast_.b != 1 ||
        !primary_.changes().empty() || !twin_->changes().empty())
        return {};
    const Scenario& s = primary_.scenario();
    return QStringLiteral("bistro-cli compare SCENARIO.toml --seed %1 --duration %2s -r %3")
        .arg(s.seed)
        .arg(result_ ? result_->until : primary_.now())
        .arg(replications);
}

// --- CompareBar -------------------------------------------------------------------------------

namespace {
QLabel* sideLabel(const QString& text, const QColor& colour, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; font-weight: bold; "
                                    "padding: 3px 8px; border-radius: 3px; }")
                         .arg(colour.name()));
    return l;
}
}  // namespace

CompareBar::CompareBar(TwinRestaurants& twins, QWidget* parent) : QWidget(parent), twins_(twins) {
    setObjectName(QStringLiteral("compareBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 4, 6, 4);
    row->addWidget(new QLabel(tr("<b>Twin restaurants</b>, same guests, compare"), this));
    parameter_ = new QComboBox(this);
    for (const Choice& c : choices) parameter_->addItem(tr(c.label), static_cast<int>(c.parameter));
    parameter_->setToolTip(
        tr("The one setting that differs between the two restaurants. Every "
           "other slider moves both."));
    row->addWidget(parameter_);
    // Each side: its colour and name, a switch (policy, delivery) or a number.
    const auto side = [&](const QString& name, const QColor& colour, QComboBox*& choice,
                          QDoubleSpinBox*& value) {
        row->addWidget(sideLabel(name, colour, this));
        choice = new QComboBox(this);
        value = new QDoubleSpinBox(this);
        row->addWidget(choice);
        row->addWidget(value);
    };
    side(tr("left"), palette::sync_colour, switch_a_, value_a_);
    side(tr("right"), palette::async_colour, switch_b_, value_b_);
    row->addStretch(1);
    auto* note = new QLabel(tr("Changing what is compared opens both again."), this);
    note->setStyleSheet(QStringLiteral("color: #6b6b6b"));
    row->addWidget(note);
    auto* stop = new QPushButton(tr("Stop comparing"), this);
    connect(stop, &QPushButton::clicked, this, &CompareBar::stopRequested);
    row->addWidget(stop);

    connect(parameter_, &QComboBox::currentIndexChanged, this, [this] {
        if (updating_) return;
        const auto p = static_cast<Parameter>(parameter_->currentData().toInt());
        twins_.start(Contrast::around(p, twins_.primary().parameter(p)));
    });
    for (QComboBox* box : {switch_a_, switch_b_})
        connect(box, &QComboBox::activated, this, &CompareBar::apply);
    for (QDoubleSpinBox* box : {value_a_, value_b_})
        connect(box, &QDoubleSpinBox::editingFinished, this, &CompareBar::apply);
    connect(&twins_, &TwinRestaurants::started, this, &CompareBar::refresh);
    refresh();
}

void CompareBar::apply() {
    if (updating_) return;
    Contrast c = twins_.contrast();
    if (isSwitch(c.parameter)) {
        c.a = switch_a_->currentIndex();
        c.b = switch_b_->currentIndex();
    } else {
        c.a = value_a_->value();
        c.b = value_b_->value();
    }
    if (c.a != twins_.contrast().a || c.b != twins_.contrast().b) twins_.start(c);
}

void CompareBar::refresh() {
    updating_ = true;
    const Contrast& c = twins_.contrast();
    parameter_->setCurrentIndex(parameter_->findData(static_cast<int>(c.parameter)));
    const bool toggle = isSwitch(c.parameter);
    for (QComboBox* box : {switch_a_, switch_b_}) {
        box->clear();
        if (toggle) box->addItems({c.name(0), c.name(1)});
        box->setVisible(toggle);
    }
    const Choice& choice_now = choice(c.parameter);
    for (QDoubleSpinBox* box : {value_a_, value_b_}) {
        box->setRange(choice_now.min, choice_now.max);
        box->setSingleStep(choice_now.step);
        box->setDecimals(choice_now.decimals);
        box->setVisible(!toggle);
    }
    switch_a_->setCurrentIndex(c.a >= 0.5 ? 1 : 0);
    switch_b_->setCurrentIndex(c.b >= 0.5 ? 1 : 0);
    value_a_->setValue(c.a);
    value_b_->setValue(c.b);
    updating_ = false;
}

// --- ComparisonPanel ---------------------------------------------------------------------------

namespace {
/// The difference with its interval on a line through zero: is zero inside?
QImage intervalPicture(const TwinRestaurants::Result& r, const QString& b, int width,
                       const QFont& font) {
    QImage img(QSize(width, 66) * 2, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(2);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const double lo = r.difference.low() / 60, hi = r.difference.high() / 60;
    const double reach = std::max({std::abs(lo), std::abs(hi), 1.0}) * 1.15;
    const QRectF area = QRectF(0, 0, width, 66).adjusted(12, 18, -12, -20);
    const auto x = [&](double m) { return area.center().x() + m / reach * area.width() / 2; };
    const double y = area.center().y();
    QFont f = font;
    f.setPointSizeF(9);
    p.setFont(f);
    p.setPen(QPen(palette::muted_ink, 1));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    p.setPen(QPen(palette::ink, 1.5, Qt::DashLine));
    p.drawLine(QPointF(x(0), area.top()), QPointF(x(0), area.bottom()));
    p.setPen(palette::muted_ink);
    p.drawText(QRectF(x(0) - 20, area.bottom() + 2, 40, 16), Qt::AlignCenter, QStringLiteral("0"));
    p.drawText(QRectF(area.left(), area.bottom() + 2, area.width() / 2 - 24, 16), Qt::AlignLeft,
               QObject::tr("< %1 shorter").arg(b));
    p.drawText(QRectF(x(0) + 24, area.bottom() + 2, area.width() / 2 - 24, 16), Qt::AlignRight,
               QObject::tr("%1 longer >").arg(b));
    const QColor colour = r.difference.mean < 0 ? palette::async_colour : palette::sync_colour;
    p.setPen(QPen(colour, 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(x(lo), y), QPointF(x(hi), y));
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(colour);
    p.drawEllipse(QPointF(x(r.difference.mean / 60), y), 7, 7);
    p.setPen(palette::ink);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(x(r.difference.mean / 60) - 60, 0, 120, 16), Qt::AlignCenter,
               QStringLiteral("%1%2 min")
                   .arg(r.difference.mean >= 0 ? "+" : "")
                   .arg(r.difference.mean / 60, 0, 'f', 1));
    return img;
}
}  // namespace

ComparisonPanel::ComparisonPanel(TwinRestaurants& twins, QWidget* parent)
    : QTextBrowser(parent), twins_(twins) {
    setObjectName(QStringLiteral("comparison"));
    setFrameShape(QFrame::NoFrame);
    setOpenLinks(false);
    connect(&twins_, &TwinRestaurants::resultChanged, this, &ComparisonPanel::refresh);
    connect(&twins_.primary(), &SimulationController::frameAdvanced, this, [this] {
        // Words are read, not watched: a few times a second is enough, and cheap.
        if (!twins_.isOn()) return;
        if (since_.isValid() && since_.elapsed() < 250) {
            if (!pending_) {
                pending_ = true;
                QTimer::singleShot(260 - since_.elapsed(), this, [this] {
                    pending_ = false;
                    refresh();
                });
            }
            return;
        }
        refresh();
    });
    connect(&twins_, &TwinRestaurants::stopped, this, &ComparisonPanel::refresh);
    refresh();
}

void ComparisonPanel::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    refresh();
}

void ComparisonPanel::showEvent(QShowEvent* event) {
    QTextBrowser::showEvent(event);
    refresh();
}

void ComparisonPanel::display(const QString& html) {
    if (html == html_) return;  // parsing HTML is the expensive part
    html_ = html;
    setHtml(html);
}

void ComparisonPanel::refresh() {
    if (!twins_.isOn()) {
        display(
            tr("<p>Compare mode is off. <b>View &gt; Twin restaurants</b> (Ctrl+T) opens two "
               "restaurants side by side, with the same guests and cook times.</p>"));
        return;
    }
    if (!isVisible()) return;
    since_.start();
    const Contrast& c = twins_.contrast();
    const auto side = [](const SimulationController& s, const QString& name, const QColor& colour) {
        const Tally& t = s.restaurant().statistics().wait_food;
        return QStringLiteral("<b style='color:%1'>%2</b> %3")
            .arg(colour.name(), name.toHtmlEscaped(),
                 t.count() ? tr("%1 min (%2 orders)").arg(t.mean() / 60, 0, 'f', 1).arg(t.count())
                           : tr("no order served yet"));
    };
    QString html = tr("<p><b>On screen</b>, mean wait for food so far:<br>%1 &nbsp;·&nbsp; %2</p>")
                       .arg(side(twins_.primary(), c.nameA(), palette::sync_colour),
                            side(twins_.twin(), c.nameB(), palette::async_colour));
    const auto& r = twins_.result();
    int width = 0;  // of the interval's picture, when there is one
    if (!r) {
        html += tr("<p>The replicated comparison starts after 15 minutes of service.</p>");
    } else if (!r->error.empty()) {
        html += tr("<p>Could not compare: %1</p>")
                    .arg(QString::fromStdString(r->error).toHtmlEscaped());
    } else {
        QString v = QString::fromStdString(r->verdict);
        v[0] = v[0].toUpper();
        width = std::max(200, viewport()->width() - 16);
        html += QStringLiteral(
                    "<p style='font-size:13pt'><b>%1.</b></p>"
                    "<p><img src='bistro:interval' width='%2' height='66'></p>")
                    .arg(v.toHtmlEscaped())
                    .arg(width);
        html += tr("<p style='color:#6b6b6b'>Paired difference %1 - %2 in the mean wait for food "
                   "over %3 services of %4 min each (the pair on screen and %5 more seeds), each "
                   "pair with the same guests and cook times; a 95 % confidence interval: %6 to %7 "
                   "min.%8</p>")
                    .arg(c.nameB().toHtmlEscaped(), c.nameA().toHtmlEscaped())
                    .arg(r->replications)
                    .arg(r->until / 60, 0, 'f', 0)
                    .arg(r->replications - 1)
                    .arg(r->difference.low() / 60, 0, 'f', 1)
                    .arg(r->difference.high() / 60, 0, 'f', 1)
                    .arg(twins_.command().isEmpty()
                             ? QString()
                             : tr(" The same as <code>%1</code>.").arg(twins_.command()));
    }
    if (html == html_) return;
    // The interval's picture goes with its words (numbers, verdict and width).
    if (width > 0)
        document()->addResource(QTextDocument::ImageResource,
                                QUrl(QStringLiteral("bistro:interval")),
                                intervalPicture(*r, c.nameB(), width, font()));
    display(html);
}

}  // namespace bistro::gui
