#include "bistro/gui/panels/insight_words.hpp"

#include <QCoreApplication>
#include <cmath>

#include "style/numbers.hpp"

namespace bistro::gui {

namespace {

// The words' translation context, as lupdate reads it.
struct InsightWords {
    Q_DECLARE_TR_FUNCTIONS(InsightWords)
};

QString percent(double share) {
    return QString::number(std::lround(share * 100)) + QStringLiteral(" %");
}

QString rate(double per_hour) {
    return decimal(per_hour, per_hour < 10 ? 1 : 0);
}

QString waiters(Policy p) {
    return p == Policy::synchronous ? InsightWords::tr("synchronous waiters")
                                    : InsightWords::tr("asynchronous waiters");
}

QString queueSentence(const Insight& c) {
    const QString who = c.kitchen_limits ? InsightWords::tr("the kitchen")
                                         : InsightWords::tr("the %1").arg(waiters(c.policy));
    const QString head =
        InsightWords::tr(
            "At this rate of guests %1 can serve at most %2 parties an hour and "
            "%3 arrive: ")
            .arg(who, rate(c.load.capacity_per_hour), rate(c.load.arrivals_per_hour));
    if (c.patient) return head + InsightWords::tr("the queue grows without end.");
    if (c.lost == 0)
        return head + InsightWords::tr("the queue grows until guests give up and leave.");
    return head +
           InsightWords::tr("the queue grows until guests give up and leave (%n lost so far).",
                            nullptr, static_cast<int>(c.lost));
}

}  // namespace

QString insightSentence(const Insight& c) {
    switch (c.kind) {
        case InsightKind::blocked_at_pass:
            return InsightWords::tr(
                       "Your waiters spend %1 of their time blocked at the pass: they wait on the "
                       "kitchen like a thread on I/O. Try async.")
                .arg(percent(c.share));
        case InsightKind::kitchen_bottleneck:
            return InsightWords::
                tr("Async cannot cook faster: the kitchen is busy %1 of the time and is now the "
                   "bottleneck. Add cooks.")
                    .arg(percent(c.share));
        case InsightKind::own_work:
            return InsightWords::tr(
                       "Waiters spend most of their time on their own work (CPU-bound, %1 of their "
                       "busy time): async brings nothing here; more waiters would.")
                .arg(percent(c.share));
        case InsightKind::queue_grows:
            return queueSentence(c);
    }
    return {};
}

QString loadSentence(const Load& load, bool kitchen) {
    const QString what =
        kitchen ? InsightWords::tr("Kitchen load") : InsightWords::tr("Waiters' load");
    const QString rho = decimal(load.rho, 2);
    if (load.rho >= 1.0)
        return InsightWords::tr("%1 ρ = %2 of 1: above 1, %3")
            .arg(what, rho,
                 kitchen ? InsightWords::tr("orders pile up.")
                         : InsightWords::tr("guests pile up."));
    if (load.rho >= 0.85)
        return InsightWords::tr("%1 ρ = %2 of 1: below 1, but queues get long.").arg(what, rho);
    return InsightWords::tr("%1 ρ = %2 of 1: below 1, it keeps up.").arg(what, rho);
}

QString loadExplanation(const Load& load, bool kitchen) {
    const QString work = decimal(load.work_per_party / 60.0, 1);
    const QString servers = kitchen ? InsightWords::tr("%n cooks", nullptr, load.servers)
                                    : InsightWords::tr("%n waiters", nullptr, load.servers);
    return InsightWords::tr(
               "ρ (rho) is the share of the staff's time the guests ask for: %1 parties an hour, "
               "each needing %2 minutes of work, shared by %3. At most %4 parties an hour can be "
               "served. Below 1 the queue stays finite; at 1 or above it grows without end.")
        .arg(rate(load.arrivals_per_hour), work, servers, rate(load.capacity_per_hour));
}

}  // namespace bistro::gui
