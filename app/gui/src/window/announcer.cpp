#include "window/announcer.hpp"

#include <QAccessible>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

Announcer::Announcer(SimulationController& controller, TwinRestaurants& twins, QWidget* parent)
    : QLabel(parent), controller_(controller) {
    setObjectName(QStringLiteral("announcer"));
    setAccessibleName(tr("Announcements"));
    setAccessibleDescription(tr("What just happened in the restaurant, for screen readers"));
    hide();
    timer_.setInterval(interval_ms);
    connect(&timer_, &QTimer::timeout, this, &Announcer::flush);
    connect(&controller_, &SimulationController::waiterStateChanged, this,
            [this](double t, const happened::WaiterStateChanged& e) {
                if (e.state == WaiterState::blocked && isNew(t))
                    note(tr("Waiter %1 is blocked at the pass").arg(e.waiter + 1), false);
            });
    connect(&controller_, &SimulationController::orderServed, this,
            [this](double t, const happened::OrderServed& e) {
                if (isNew(t))
                    note(tr("Party %1 served after %2 minutes")
                             .arg(e.party)
                             .arg(decimal(e.waited / 60, 1)),
                         false);
            });
    connect(&controller_, &SimulationController::historyCleared, this,
            [this] { heard_until_ = -1; });
    connect(&controller_, &SimulationController::scenarioChanged, this,
            [this] { heard_until_ = -1; });
    connect(&twins, &TwinRestaurants::resultChanged, this, [this, &twins] {
        const auto& r = twins.result();
        if (!twins.isOn() || !r || !r->error.empty() || r->stopped) return;
        const QString verdict = twins.result()->words().headline;
        if (verdict == verdict_) return;
        verdict_ = verdict;
        note(tr("The verdict: %1").arg(verdict), true);
    });
}

void Announcer::setOn(bool on) {
    on_ = on;
    pending_.clear();
    setVisible(on);
    if (on)
        timer_.start();
    else
        timer_.stop();
}

bool Announcer::isNew(double time) {
    if (time < heard_until_) return false;
    heard_until_ = time;
    return true;
}

void Announcer::note(const QString& words, bool urgent) {
    if (!on_) return;
    if (urgent)
        pending_.prepend(words);
    else
        pending_.append(words);
}

void Announcer::flush() {
    if (pending_.isEmpty()) return;
    QString text = pending_.mid(0, 2).join(QStringLiteral(". "));
    if (pending_.size() > 2) text += tr(", and %1 more").arg(pending_.size() - 2);
    pending_.clear();
    said_ = text + '.';
    setText(said_);
    setAccessibleName(said_);  // the reader speaks the live region's new name
    QAccessibleEvent named(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleValueChangeEvent valued(this, said_);
    QAccessible::updateAccessibility(&valued);
    emit announced(said_);
}

}  // namespace bistro::gui
