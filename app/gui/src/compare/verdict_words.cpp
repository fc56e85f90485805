#include "bistro/gui/compare/verdict_words.hpp"

#include <fmt/format.h>

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace bistro::gui {

namespace {
/// Rounded as `bistro-cli compare` rounds (fmt), so both say the same numbers, in
/// the interface language's notation (as decimal() writes them).
QString number(double value, int places) {
    const QLocale language;
    return QString::fromStdString(fmt::format("{:.{}f}", value, places))
        .replace(u'.', language.decimalPoint())
        .replace(u'-', language.negativeSign());
}

/// Minutes to one decimal, or to two when one would round the number to zero.
QString minutes(double seconds) {
    const double m = std::abs(seconds) < 0.3 ? 0.0 : seconds / 60;  // no "-0.00"
    return number(m, std::abs(m) >= 0.095 || m == 0 ? 1 : 2);
}

QString sign(double x) {
    return x >= 0 ? QStringLiteral("+") : QString();
}

/// "-8.9 min ±2.1"
QString signedMinutes(const Estimate& d) {
    return VerdictWords::tr("%1%2 min ±%3")
        .arg(sign(d.mean), minutes(d.mean), minutes(d.half_width));
}

/// "10", or "2.4" when the replications differ: the mean count still waiting.
QString count(double mean) {
    return number(mean, std::abs(mean - std::round(mean)) < 0.05 ? 0 : 1);
}

QString headline(const VerdictFacts& f, const QString& a, const QString& b) {
    const Estimate& food = f.food;
    switch (f.food_finding) {
        case FoodFinding::one_replication:
            return VerdictWords::tr(
                       "%1 - %2 = %3%4 min in the wait for food; one replication gives "
                       "no confidence interval, so run more (-r 10) before drawing a "
                       "conclusion")
                .arg(b, a, sign(food.mean), minutes(food.mean));
        case FoodFinding::changed:
            return (food.mean < 0
                        ? VerdictWords::tr("%1 cut the wait for food by %2 min (±%3)")
                        : VerdictWords::tr("%1 lengthened the wait for food by %2 min (±%3)"))
                .arg(b, minutes(std::abs(food.mean)), minutes(food.half_width));
        case FoodFinding::about_the_same:
            return VerdictWords::tr("about the same wait for food (%1 - %2 = %3)")
                .arg(b, a, signedMinutes(food));
        case FoodFinding::no_difference:
            break;
    }
    return VerdictWords::tr("no significant difference in the wait for food (%1 - %2 = %3)")
        .arg(b, a, signedMinutes(food));
}

QString counted(const VerdictFacts& f, const QString& a, const QString& b) {
    if (!f.anyone_waiting) return {};
    return (f.replications > 1 ? VerdictWords::tr("counting the parties still waiting at the end "
                                                  "(on average %1 with %2, %3 with %4)")
                               : VerdictWords::tr("counting the parties still waiting at the end "
                                                  "(%1 with %2, %3 with %4)"))
        .arg(count(f.still_waiting_a), a, count(f.still_waiting_b), b);
}

/// "a and b", "a, b and c"
QString join(const QStringList& items) {
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i)
        out = i == 0                  ? items[i]
              : i + 1 == items.size() ? VerdictWords::tr("%1 and %2").arg(out, items[i])
                                      : VerdictWords::tr("%1, %2").arg(out, items[i]);
    return out;
}

/// "8.8 min less each waiting for a free waiter (±2.5)"
QString changed(const PartFinding& p) {
    const bool less = p.difference.mean < 0;
    QString s;
    switch (p.part) {
        case WaitPart::free_waiter:
            s = less ? VerdictWords::tr("%1 min less each waiting for a free waiter (±%2)")
                     : VerdictWords::tr("%1 min more each waiting for a free waiter (±%2)");
            break;
        case WaitPart::kitchen:
            s = less ? VerdictWords::tr("%1 min less each waiting on the kitchen (±%2)")
                     : VerdictWords::tr("%1 min more each waiting on the kitchen (±%2)");
            break;
        case WaitPart::at_pass:
            s = less
                    ? VerdictWords::tr("%1 min less each with their food cooling at the pass (±%2)")
                    : VerdictWords::tr(
                          "%1 min more each with their food cooling at the pass (±%2)");
            break;
        case WaitPart::table:
            s = less ? VerdictWords::tr("%1 min less each waiting for a table (±%2)")
                     : VerdictWords::tr("%1 min more each waiting for a table (±%2)");
            break;
    }
    return s.arg(minutes(std::abs(p.difference.mean)), minutes(p.difference.half_width));
}

/// "waiting on the kitchen (+0.1 min ±0.3)": a part said although it did not change.
QString same(const PartFinding& p) {
    QString s;
    switch (p.part) {
        case WaitPart::free_waiter:
            s = VerdictWords::tr("waiting for a free waiter (%1)");
            break;
        case WaitPart::kitchen:
            s = VerdictWords::tr("waiting on the kitchen (%1)");
            break;
        case WaitPart::at_pass:
            s = VerdictWords::tr("with their food cooling at the pass (%1)");
            break;
        case WaitPart::table:
            s = VerdictWords::tr("waiting for a table (%1)");
            break;
    }
    return s.arg(signedMinutes(p.difference));
}

struct Parts {
    QString changed, same;
};

Parts partsOfTheWait(const VerdictFacts& f, const QString& b) {
    QStringList changes, sames;
    for (const PartFinding& p : f.parts)
        if (p.changed)
            changes << changed(p);
        else if (p.said_when_same)
            sames << same(p);
    Parts out;
    if (!changes.isEmpty())
        out.changed = (f.moved_to_kitchen
                           ? VerdictWords::tr("with %1, parties spent %2: the waiting moved from "
                                              "the waiters to the kitchen")
                           : VerdictWords::tr("with %1, parties spent %2"))
                          .arg(b, join(changes));
    if (!sames.isEmpty())
        out.same = VerdictWords::tr("about the same time spent %1").arg(join(sames));
    return out;
}

/// "a; b", leaving out the empty ones.
QString clauses(std::initializer_list<QString> parts) {
    QString out;
    for (const QString& s : parts)
        if (!s.isEmpty()) out = out.isEmpty() ? s : VerdictWords::tr("%1; %2").arg(out, s);
    return out;
}
}  // namespace

QString VerdictWords::text() const {
    QString out = headline;
    if (!where.isEmpty()) out = tr("%1; %2").arg(out, where);
    if (!counted.isEmpty()) out = tr("%1, %2").arg(out, counted);
    return out;
}

VerdictWords wordVerdict(const VerdictFacts& f, const QString& a, const QString& b) {
    const Parts parts = partsOfTheWait(f, b);
    VerdictWords v;
    v.headline = headline(f, a, b);
    v.counted = counted(f, a, b);
    v.where = clauses({parts.changed, parts.same});
    if (f.lead_with_parts) {
        v.where = clauses({parts.same, v.headline});
        v.headline = parts.changed;
    }
    return v;
}

}  // namespace bistro::gui
