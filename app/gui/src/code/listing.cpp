#include "bistro/gui/code/listing.hpp"

#include <QRegularExpression>
#include <algorithm>

namespace bistro::gui {

namespace {
const char* const step_ids[] = {"waiting_for_task", "to_take_order", "taking_order",
                                "carrying_ticket",  "making_drinks", "waiting_at_pass",
                                "fetching_food",    "carrying_food", "serving",
                                "to_bill",          "billing"};
static_assert(std::size(step_ids) == waiter_step_count);

const QRegularExpression& marker() {
    static const QRegularExpression re(
        QStringLiteral(R"(\s*@(step|on|param):([a-z_]+)(?::(sync|async))?)"));
    return re;
}
// A comment that held only markers: `#`, `//` or `--` and spaces, at the end.
const QRegularExpression& emptyComment() {
    static const QRegularExpression re(QStringLiteral(R"(\s*(#|//|--)\s*$)"));
    return re;
}
std::optional<HappeningKind> kindFromId(const QString& id) {
    for (int k = 0; k < happening_kind_count; ++k)
        if (id == QLatin1String(to_string(static_cast<HappeningKind>(k))))
            return static_cast<HappeningKind>(k);
    return std::nullopt;
}
bool applies(const std::optional<Policy>& mark, Policy p) {
    return !mark || *mark == p;
}
}  // namespace

QString stepId(WaiterStep s) {
    return QString::fromLatin1(step_ids[static_cast<int>(s)]);
}

std::optional<WaiterStep> stepFromId(const QString& id) {
    for (int s = 0; s < waiter_step_count; ++s)
        if (id == QLatin1String(step_ids[s])) return static_cast<WaiterStep>(s);
    return std::nullopt;
}

Listing::Listing(const QString& source) {
    QStringList raw = source.split(QLatin1Char('\n'));
    if (!raw.isEmpty() && raw.back().isEmpty()) raw.removeLast();  // the final newline
    for (int i = 0; i < raw.size(); ++i) read(raw[i], i);
    check();
}

void Listing::read(const QString& line, int number) {
    QString shown = line;
    bool marked = false;
    for (auto it = marker().globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        const QString kind = m.captured(1);
        std::optional<Policy> policy;
        if (m.captured(3) == QLatin1String("sync")) policy = Policy::synchronous;
        if (m.captured(3) == QLatin1String("async")) policy = Policy::asynchronous;
        const Mark::Kind k = kind == QLatin1String("step") ? Mark::Kind::step
                             : kind == QLatin1String("on") ? Mark::Kind::on
                                                           : Mark::Kind::param;
        marks_.push_back({k, m.captured(2), policy, number});
        marked = true;
    }
    if (marked) {
        shown.remove(marker());
        shown.remove(emptyComment());
    }
    lines_.append(shown);
}

void Listing::check() {
    for (const Mark& m : marks_) {
        const bool known = m.kind == Mark::Kind::param ||
                           (m.kind == Mark::Kind::step ? stepFromId(m.id).has_value()
                                                       : kindFromId(m.id).has_value());
        if (!known)
            problems_ << QStringLiteral("line %1: unknown marker %2").arg(m.line + 1).arg(m.id);
    }
    for (const Policy p : {Policy::synchronous, Policy::asynchronous})
        for (int s = 0; s < waiter_step_count; ++s) {
            const QString id = QString::fromLatin1(step_ids[s]);
            const auto n = std::count_if(marks_.begin(), marks_.end(), [&](const Mark& m) {
                return m.kind == Mark::Kind::step && m.id == id && applies(m.policy, p);
            });
            if (n > 1)
                problems_ << QStringLiteral("step %1 is marked on %2 lines for %3")
                                 .arg(id)
                                 .arg(n)
                                 .arg(QLatin1String(to_string(p)));
        }
}

int Listing::lineOf(WaiterStep step, Policy policy) const {
    const QString id = stepId(step);
    for (const Mark& m : marks_)
        if (m.kind == Mark::Kind::step && m.id == id && applies(m.policy, policy)) return m.line;
    return -1;
}

QList<int> Listing::linesOn(HappeningKind kind, Policy policy) const {
    const QString id = QString::fromLatin1(to_string(kind));
    QList<int> out;
    for (const Mark& m : marks_)
        if (m.kind == Mark::Kind::on && m.id == id && applies(m.policy, policy)) out << m.line;
    return out;
}

int Listing::firstMarkedLine() const {
    int first = -1;
    for (const Mark& m : marks_)
        if (m.kind == Mark::Kind::step && (first < 0 || m.line < first)) first = m.line;
    return first;
}

std::vector<WaiterStep> Listing::steps(Policy policy) const {
    std::vector<WaiterStep> out;
    for (int s = 0; s < waiter_step_count; ++s)
        if (lineOf(static_cast<WaiterStep>(s), policy) >= 0)
            out.push_back(static_cast<WaiterStep>(s));
    return out;
}

void Listing::fill(const QString& name, const QString& value) {
    static const QRegularExpression number(QStringLiteral(R"(\b\d+(\.\d+)?\b)"));
    for (const Mark& m : marks_)
        if (m.kind == Mark::Kind::param && m.id == name) {
            QString& line = lines_[m.line];
            const auto found = number.match(line);
            if (found.hasMatch())
                line.replace(found.capturedStart(), found.capturedLength(), value);
        }
}

}  // namespace bistro::gui
