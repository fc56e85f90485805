#include "bistro/gui/panels/inspector_panel.hpp"

#include <algorithm>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/inspector_words.hpp"
#include "bistro/gui/style/palette.hpp"
#include "panels/clock_text.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
QString mins(double seconds) {
    return InspectorPanel::tr("%1 min").arg(decimal(seconds / 60.0, 1));
}

QString dishName(const Scenario& s, int item) {
    return item >= 0 && static_cast<std::size_t>(item) < s.menu.size()
               ? QString::fromStdString(s.menu[static_cast<std::size_t>(item)].name)
               : InspectorPanel::tr("a dish");
}

QString waiterName(int waiter) {
    return InspectorPanel::tr("waiter %1").arg(waiter + 1);
}

/// What happened to the party itself, in words; empty for what happened to its dishes.
QString partyLine(const Happening& h, double& since_ready) {
    using namespace happened;
    if (const auto* e = h.as<PartyArrived>())
        return InspectorPanel::tr("arrived, %n guests", nullptr, e->size);
    if (const auto* e = h.as<PartySeated>())
        return InspectorPanel::tr("seated at table T%1").arg(e->table + 1);
    if (const auto* e = h.as<PartyLost>())
        return e->turned_away
                   ? InspectorPanel::tr(
                         "<b>turned away</b>: %1 parties already queued "
                         "at the door")
                         .arg(max_door_queue)
                   : InspectorPanel::tr("<b>gave up</b> after %1 at the door").arg(mins(e->waited));
    if (h.as<WaiterCalled>()) {
        since_ready = h.time;
        return InspectorPanel::tr("ready to order: calls a waiter");
    }
    if (const auto* e = h.as<OrderTaken>())
        return InspectorPanel::tr("%1 took the order (after %2)")
            .arg(waiterName(e->waiter), mins(h.time - since_ready));
    if (const auto* e = h.as<TicketHandedIn>())
        return InspectorPanel::tr("ticket handed in: %n dishes for the kitchen", nullptr,
                                  e->dishes);
    if (h.as<BillRequested>()) return InspectorPanel::tr("finished eating: asks for the bill");
    if (const auto* e = h.as<BillPaid>())
        return InspectorPanel::tr("paid %1").arg(waiterName(e->waiter));
    if (const auto* e = h.as<PartyLeft>())
        return InspectorPanel::tr("left after %1 in all").arg(mins(e->stayed));
    return {};
}

/// What happened to one of the party's dishes (or the whole order), in words.
QString dishLine(const Happening& h, const Scenario& s, double since_ready) {
    using namespace happened;
    if (const auto* e = h.as<DishStarted>())
        return (e->attempt > 0 ? InspectorPanel::tr("cook %1 starts the %2 again")
                               : InspectorPanel::tr("cook %1 starts the %2"))
            .arg(e->cook + 1)
            .arg(dishName(s, e->item));
    if (const auto* e = h.as<DishBurnt>())
        return InspectorPanel::tr(
                   "<span style='color:#D55E00'><b>the %1 burnt</b>: cooked again</span>")
            .arg(dishName(s, e->item));
    if (const auto* e = h.as<DishReady>())
        return InspectorPanel::tr("the %1 is ready at the pass").arg(dishName(s, e->item));
    if (const auto* e = h.as<DishPickedUp>())
        return InspectorPanel::tr("%1 picks up the %2 (waited %3 at the pass)")
            .arg(waiterName(e->waiter), dishName(s, e->item), mins(e->at_pass));
    if (const auto* e = h.as<FoodDelivered>())
        return InspectorPanel::tr("%1 serves the %2 (%3 after being ready to order)")
            .arg(waiterName(e->waiter), dishName(s, e->item), mins(h.time - since_ready));
    if (const auto* e = h.as<OrderServed>())
        return InspectorPanel::tr(
                   "<b>the whole order is on the table</b>, %1 after being ready to order")
            .arg(mins(e->waited));
    return {};
}

/// One row of a party's story: the time, and what happened.
QString line(const Happening& h, const Scenario& s, double& since_ready) {
    QString what = partyLine(h, since_ready);
    if (what.isEmpty()) what = dishLine(h, s, since_ready);
    if (what.isEmpty()) return {};
    return QStringLiteral(
               "<tr><td style='color:#6b6b6b;padding-right:10px'>%1</td><td>%2</td></tr>")
        .arg(clockText(h.time), what);
}
}  // namespace

InspectorPanel::InspectorPanel(SimulationController& controller, QWidget* parent)
    : QTextBrowser(parent), controller_(&controller) {
    setObjectName(QStringLiteral("inspector"));
    setOpenLinks(false);
    setMinimumHeight(80);
    describe(controller);
}

void InspectorPanel::describe(SimulationController& controller, const QString& name,
                              const QColor& colour, const QString& side) {
    const bool same = &controller == controller_ && frames_;
    controller_ = &controller;
    name_ = name;
    colour_ = colour;
    side_ = side;
    if (!same) {
        disconnect(frames_);
        disconnect(scenarios_);
        frames_ = connect(controller_, &SimulationController::frameAdvanced, this,
                          &InspectorPanel::refresh);
        scenarios_ = connect(controller_, &SimulationController::scenarioChanged, this,
                             [this] { show({}); });
    }
    show(selection_);
}

QString InspectorPanel::restaurantLine() const {
    if (name_.isEmpty()) return {};
    return tr("<p style='background-color:%1; color:white'>&nbsp;In the <b>%2</b> restaurant, on "
              "the %3&nbsp;</p>")
        .arg(colour_.name(), name_.toHtmlEscaped(), side_.toHtmlEscaped());
}

void InspectorPanel::show(Selection s) {
    selection_ = s;
    shown_at_ = -1;
    refresh();
}

void InspectorPanel::refresh() {
    // Text is rebuilt at most twice a second of simulated time, not every frame.
    if (std::abs(controller_->now() - shown_at_) < 0.5 && shown_at_ >= 0) return;
    shown_at_ = controller_->now();
    QString html;
    switch (selection_.kind) {
        case Selection::Kind::none:
            html =
                tr("<p style='color:#6b6b6b'>Click a waiter, a table or a dish to follow its "
                   "story (or Tab into the floor, move with the arrows, press Enter).</p>");
            break;
        case Selection::Kind::waiter:
            html = waiterStory(static_cast<int>(selection_.id));
            break;
        case Selection::Kind::party:
            html = partyStory(selection_.id);
            break;
        case Selection::Kind::table:
            html = tr("<h3>Table T%1</h3><p>Empty. It will seat the first party at the door that "
                      "fits.</p>")
                       .arg(selection_.id + 1);
            break;
    }
    html.prepend(restaurantLine());
    if (html == shown_html_) return;  // unchanged: keep the reader's scroll position
    shown_html_ = html;
    setHtml(html);
}

QString InspectorPanel::partyStory(std::int64_t id) const {
    const Scenario& s = controller_->scenario();
    const InspectorWords words(controller_->snapshot());
    QStringList why = words.whyParty(id);
    const QString first = why.takeFirst();
    const QString waited = words.waitedSentence(id);
    QString html = tr("<h3>Party %1</h3><p><b>%2</b> %3</p>")
                       .arg(id)
                       .arg(first.toHtmlEscaped(), why.join(' ').toHtmlEscaped());
    if (!waited.isEmpty())
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(palette::ink.name(), waited.toHtmlEscaped());
    html += QStringLiteral("<table>");
    double since_ready = 0;
    for (const Happening& h : controller_->stories().party(id)) html += line(h, s, since_ready);
    return html + "</table>";
}

QString InspectorPanel::waiterStory(int id) const {
    const Snapshot& s = controller_->snapshot();
    QString html = tr("<h3>Waiter %1</h3>").arg(id + 1);
    const auto here = std::find_if(s.waiters.begin(), s.waiters.end(),
                                   [id](const WaiterView& w) { return w.id == id; });
    if (here == s.waiters.end()) html += tr("<p><b>Not on the floor now.</b></p>");
    for (const WaiterView& w : s.waiters) {
        if (w.id != id) continue;
        html +=
            tr("<p><b>%1</b>%2</p><p>State: <b style='color:%3'>%4</b> for %5</p>")
                .arg(InspectorWords(s).waiterNow(w).toHtmlEscaped(),
                     w.retiring ? tr(" It leaves when this task is done.") : QString(),
                     palette::of(w.state).name(), palette::label(w.state), mins(s.time - w.since));
    }
    html += tr("<p>Recent states:</p><table>");
    const auto log = controller_->stories().waiter(id);
    for (std::size_t i = log.size(); i-- > 0 && log.size() - i <= 15;) {
        const Happening& h = log[i];
        const double end = i + 1 < log.size() ? log[i + 1].time : s.time;
        const auto* change = h.as<happened::WaiterStateChanged>();
        if (!change) continue;  // the waiter's story holds only its states
        const WaiterState state = change->state;
        html += QStringLiteral(
                    "<tr><td style='color:#6b6b6b;padding-right:10px'>%1</td><td "
                    "style='color:%2'><b>%3</b></td><td>&nbsp;%4</td></tr>")
                    .arg(clockText(h.time), palette::of(state).name(), palette::label(state),
                         mins(end - h.time));
    }
    return html + "</table>";
}

}  // namespace bistro::gui
