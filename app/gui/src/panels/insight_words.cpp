#include "bistro/gui/panels/insight_words.hpp"

#include <QCoreApplication>
#include <cmath>

#include "style/counted.hpp"

namespace bistro::gui {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("InsightWords", text, nullptr, n);
}

QString percent(double share) {
    return QString::number(std::lround(share * 100)) + QStringLiteral(" %");
}

QString rate(double per_hour) {
    return QString::number(per_hour, 'f', per_hour < 10 ? 1 : 0);
}

QString waiters(Policy p) {
    return p == Policy::synchronous ? tr("synchronous waiters") : tr("asynchronous waiters");
}

QString queueSentence(const Insight& c) {
    const QString who = c.kitchen_limits ? tr("the kitchen") : tr("the %1").arg(waiters(c.policy));
    const QString head =
        tr("At this rate of guests %1 can serve at most %2 parties an hour and "
           "%3 arrive: ")
            .arg(who, rate(c.load.capacity_per_hour), rate(c.load.arrivals_per_hour));
    if (c.patient) return head + tr("the queue grows without end.");
    if (c.lost == 0) return head + tr("the queue grows until guests give up and leave.");
    return head + tr("the queue grows until guests give up and leave (%n lost so far).",
                     static_cast<int>(c.lost));
}

}  // namespace

QString insightSentence(const Insight& c) {
    switch (c.kind) {
        case InsightKind::blocked_at_pass:
            return tr("Your waiters spend %1 of their time blocked at the pass: they wait on the "
                      "kitchen like a thread on I/O. Try async.")
                .arg(percent(c.share));
        case InsightKind::kitchen_bottleneck:
            return tr("Async cannot cook faster: the kitchen is busy %1 of the time and is now the "
                      "bottleneck. Add cooks.")
                .arg(percent(c.share));
        case InsightKind::own_work:
            return tr("Waiters spend most of their time on their own work (CPU-bound, %1 of their "
                      "busy time): async brings nothing here; more waiters would.")
                .arg(percent(c.share));
        case InsightKind::queue_grows:
            return queueSentence(c);
    }
    return {};
}

QString loadSentence(const Load& load, bool kitchen) {
    const QString what = kitchen ? tr("Kitchen load") : tr("Waiters' load");
    const QString rho = QString::number(load.rho, 'f', 2);
    if (load.rho >= 1.0)
        return tr("%1 ρ = %2 of 1: above 1, %3")
            .arg(what, rho, kitchen ? tr("orders pile up.") : tr("guests pile up."));
    if (load.rho >= 0.85) return tr("%1 ρ = %2 of 1: below 1, but queues get long.").arg(what, rho);
    return tr("%1 ρ = %2 of 1: below 1, it keeps up.").arg(what, rho);
}

QString loadExplanation(const Load& load, bool kitchen) {
    const QString work = QString::number(load.work_per_party / 60.0, 'f', 1);
    const QString servers = kitchen ? counted(load.servers, tr("cook"), tr("cooks"))
                                    : counted(load.servers, tr("waiter"), tr("waiters"));
    return tr("ρ (rho) is the share of the staff's time the guests ask for: %1 parties an hour, "
              "each needing %2 minutes of work, shared by %3. At most %4 parties an hour can be "
              "served. Below 1 the queue stays finite; at 1 or above it grows without end.")
        .arg(rate(load.arrivals_per_hour), work, servers, rate(load.capacity_per_hour));
}

}  // namespace bistro::gui
