#include "monkey.hpp"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QFile>
#include <QPushButton>
#include <QSlider>
#include <cstdio>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/gui/panels/parameter_panel.hpp"
#include "bistro/gui/window/main_window.hpp"
#include "bistro/sim/restaurant.hpp"
#include "invariants.hpp"

namespace bistro::soak {

namespace {

long resident_kb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toLong();
    return 0;
}

constexpr Parameter sliders[] = {Parameter::waiters,          Parameter::cooks,
                                 Parameter::arrival_rate,     Parameter::cook_time_scale,
                                 Parameter::order_time_scale, Parameter::own_work_scale,
                                 Parameter::burn_probability, Parameter::patience_scale};

}  // namespace

Monkey::Monkey(std::uint64_t seed, Limits limits) : seed_(seed), limits_(limits), rng_(seed) {}

Monkey::~Monkey() = default;

void Monkey::start() {
    window_ = std::make_unique<gui::MainWindow>();
    window_->resize(1600, 1000);
    window_->show();
    window_->controller().setSpeed(1000);
    rss_start_kb_ = resident_kb();
    clock_.start();
    std::printf("soak: seed %llu, resident memory at start %ld kB\n",
                static_cast<unsigned long long>(seed_), rss_start_kb_);
    QTimer::singleShot(0, this, &Monkey::turn);
}

bool Monkey::done() const {
    if (limits_.actions > 0 && actions_ >= limits_.actions) return true;
    return limits_.seconds > 0 && static_cast<double>(clock_.elapsed()) >= limits_.seconds * 1000;
}

void Monkey::turn() {
    if (done()) return finish();
    act();
    ++actions_;
    frames();
    QTimer::singleShot(0, this, &Monkey::turn);  // painting and the twin's work in between
}

void Monkey::act() {
    gui::SimulationController& c = window_->controller();
    gui::ControlBar& bar = window_->controls();
    switch (pick(16)) {
        case 0:
        case 1:
        case 2:
            moveSlider();
            break;
        case 3:
            flipSwitch(true);
            break;
        case 4:
            flipSwitch(false);
            break;
        case 5:
            scrub();
            break;
        case 6:
            steps(true);
            break;
        case 7:
            steps(false);
            break;
        case 8:
            note(QStringLiteral("reset"));
            bar.resetAction()->trigger();
            break;
        case 9:
            newSeed();
            break;
        case 10:
            note(QStringLiteral("compare %1").arg(window_->twins().isOn() ? "off" : "on"));
            window_->setCompareMode(!window_->twins().isOn());
            break;
        case 11:
            openPreset();
            break;
        case 12:
            resize();
            break;
        case 13:
            zoom();
            break;
        case 14:
            runFar();
            break;
        default:
            note(QStringLiteral("play/pause"));
            bar.playAction()->trigger();
            break;
    }
    c.setSpeed(1000);
}

void Monkey::frames() {
    const int n = 1 + pick(6);
    for (int i = 0; i < n; ++i) {
        window_->controller().advance(1.0 / 60.0);
        ++frames_;
        if (!check(window_->controller(), "primary")) return;
        if (window_->twins().isOn() && !check(window_->twins().twin(), "twin")) return;
    }
    if (pick(8) == 0) {
        if (!checkReplay(window_->controller(), "primary")) return;
        if (window_->twins().isOn()) checkReplay(window_->twins().twin(), "twin");
    }
}

bool Monkey::check(gui::SimulationController& c, const char* which) {
    if (c.life() == LifeCycle::error) {
        fail(std::string(which) + " run stopped on an error: " + c.errorString().toStdString());
        return false;
    }
    ++checks_;
    const Staffing staff{static_cast<int>(c.number(Parameter::waiters)),
                         static_cast<int>(c.number(Parameter::cooks))};
    const std::vector<std::string> broken = broken_invariants(c.snapshot(), staff);
    if (broken.empty()) return true;
    fail(std::string(which) + ": " + broken.front());
    return false;
}

bool Monkey::checkReplay(gui::SimulationController& c, const char* which) {
    const Restaurant& live = c.restaurant();
    if (c.life() == LifeCycle::error || live.peek() <= live.now()) return true;  // mid-instant
    Restaurant probe(c.scenario());
    for (const ParameterChange& change : c.changes()) probe.schedule(change);
    probe.run_until(live.now());
    ++replays_;
    const std::string diff =
        first_difference(describe(live.snapshot()), describe(probe.snapshot()));
    if (diff.empty()) return true;
    fail(std::string(which) + ": the run differs from a fresh replay of its changes at " + diff);
    return false;
}

void Monkey::note(const QString& what) {
    log_.append(QStringLiteral("%1 @%2s").arg(what).arg(window_->controller().now(), 0, 'f', 3));
    if (log_.size() > 2000) log_.removeFirst();  // the recent past is what reproduces a failure
}

void Monkey::moveSlider() {
    const Parameter p = sliders[pick(static_cast<int>(std::size(sliders)))];
    QSlider* s = window_->parameters().slider(p);
    if (!s || !s->isEnabled()) return;
    const int v = s->minimum() + pick(s->maximum() - s->minimum() + 1);
    note(QStringLiteral("slider %1 = %2").arg(to_string(p)).arg(v));
    s->setValue(v);
}

void Monkey::flipSwitch(bool policy) {
    QButtonGroup* g =
        policy ? window_->parameters().policyButtons() : window_->parameters().deliveryButtons();
    const QList<QAbstractButton*> buttons = g->buttons();
    QAbstractButton* b = buttons.at(pick(static_cast<int>(buttons.size())));
    if (!b->isEnabled()) return;
    note(QStringLiteral("%1 %2").arg(policy ? "policy" : "delivery", b->text()));
    b->click();
}

void Monkey::scrub() {
    QSlider* t = window_->controls().timeline();
    if (!t->isEnabled()) return;
    const int v = t->minimum() + pick(t->maximum() - t->minimum() + 1);
    note(QStringLiteral("scrub to %1").arg(v));
    t->setSliderDown(true);  // as a drag does: sliderMoved, then released
    t->setSliderPosition(v);
    t->setSliderDown(false);
}

void Monkey::steps(bool forward) {
    QAction* a = forward ? window_->controls().stepAction() : window_->controls().stepBackAction();
    const int n = 1 + pick(4);
    note(QStringLiteral("%1 x%2").arg(forward ? "step" : "step back").arg(n));
    for (int i = 0; i < n; ++i) a->trigger();
}

void Monkey::newSeed() {
    for (QPushButton* b : window_->findChildren<QPushButton*>())
        if (b->text().remove('&') == QStringLiteral("New seed") && b->isEnabled()) {
            note(QStringLiteral("new seed"));
            b->click();
            return;
        }
}

void Monkey::openPreset() {
    const QStringList names = gui::MainWindow::presetNames();
    const QString name = names.at(pick(static_cast<int>(names.size())));
    note(QStringLiteral("preset %1").arg(name));
    window_->openPreset(name);
}

void Monkey::resize() {
    static constexpr QSize sizes[] = {{1280, 720}, {1920, 1080}, {1024, 640}, {1600, 1000}};
    const QSize s = sizes[pick(4)];
    note(QStringLiteral("resize %1x%2").arg(s.width()).arg(s.height()));
    window_->resize(s);
}

void Monkey::zoom() {
    const QKeySequence keys[] = {QKeySequence(QKeySequence::ZoomIn),
                                 QKeySequence(QKeySequence::ZoomOut)};
    const QKeySequence& wanted = keys[pick(2)];
    for (QAction* a : window_->findChildren<QAction*>())
        if (a->shortcuts().contains(wanted) && a->isEnabled()) {
            note(QStringLiteral("zoom %1").arg(wanted.toString()));
            a->trigger();
            return;
        }
}

void Monkey::runFar() {
    gui::SimulationController& c = window_->controller();
    const double to = c.now() + uniform() * 4 * 3600.0;
    note(QStringLiteral("run until %1 s").arg(to, 0, 'f', 1));
    c.seek(to);
}

void Monkey::fail(const std::string& what) {
    std::fprintf(stderr, "soak: FAILED after %lld actions (seed %llu): %s\nthe last actions:\n",
                 actions_, static_cast<unsigned long long>(seed_), what.c_str());
    for (const QString& line : log_) std::fprintf(stderr, "  %s\n", qPrintable(line));
    std::fflush(stderr);
    QApplication::exit(1);
    limits_.actions = actions_;  // no further turns
}

void Monkey::finish() {
    const long rss_end = resident_kb();
    std::printf(
        "soak: passed: %lld actions, %lld frames, %lld invariant checks, %lld replays in "
        "%.1f s; resident memory %ld kB at start, %ld kB at the end\n",
        actions_, frames_, checks_, replays_, static_cast<double>(clock_.elapsed()) / 1000,
        rss_start_kb_, rss_end);
    window_.reset();
    QApplication::exit(0);
}

}  // namespace bistro::soak
