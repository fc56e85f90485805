#include "invariants.hpp"

#include <fmt/format.h>

#include <set>
#include <sstream>
#include <utility>

namespace bistro::soak {

namespace {

using Problems = std::vector<std::string>;

void check_guests(const Snapshot& s, Problems& out) {
    if (s.arrived != s.served + s.lost + s.inside)
        out.push_back(
            fmt::format("guests not conserved: arrived {} != served {} + lost {} + inside {}",
                        s.arrived, s.served, s.lost, s.inside));
    std::set<std::int64_t> parties;
    std::uint64_t seated = 0;
    for (const TableView& t : s.tables) {
        if (t.party < 0) continue;
        ++seated;
        if (!parties.insert(t.party).second)
            out.push_back(fmt::format("party {} at two tables", t.party));
        if (t.party_size > t.seats)
            out.push_back(fmt::format("party {} of {} at table {} of {} seats", t.party,
                                      t.party_size, t.id, t.seats));
        if (t.dishes_delivered > t.dishes_total)
            out.push_back(fmt::format("table {}: {} of {} dishes delivered", t.id,
                                      t.dishes_delivered, t.dishes_total));
    }
    for (const DoorView& d : s.door)
        if (!parties.insert(d.party).second)
            out.push_back(fmt::format("party {} both at the door and inside", d.party));
    if (seated + s.door.size() != s.inside)
        out.push_back(fmt::format("{} inside, but {} seated and {} at the door", s.inside, seated,
                                  s.door.size()));
}

void check_dishes(const Snapshot& s, Problems& out) {
    std::set<std::pair<std::int64_t, int>> dishes;
    const auto place = [&](std::int64_t party, int dish, const char* where) {
        if (!dishes.insert({party, dish}).second)
            out.push_back(
                fmt::format("dish {} of party {} in two places (one: {})", dish, party, where));
    };
    for (const DishView& d : s.kitchen_queue) place(d.party, d.dish, "kitchen queue");
    for (const DishView& d : s.pass) place(d.party, d.dish, "pass");
    for (const CookView& c : s.cooks)
        if (c.busy) place(c.party, c.dish, "a cook's hands");
}

void check_staff(const Snapshot& s, Staffing staff, Problems& out) {
    int staying = 0;
    std::set<int> ids;
    for (const WaiterView& w : s.waiters) {
        staying += w.retiring ? 0 : 1;
        if (!ids.insert(w.id).second) out.push_back(fmt::format("waiter {} twice", w.id));
        if (w.state == WaiterState::idle && w.task != TaskKind::none)
            out.push_back(fmt::format("waiter {} idle with a task", w.id));
        if (w.state == WaiterState::blocked && s.policy == Policy::asynchronous && w.since < s.time)
            out.push_back(fmt::format("waiter {} still blocked under async", w.id));
    }
    if (staying != staff.waiters)
        out.push_back(
            fmt::format("{} waiters staying, the slider says {}", staying, staff.waiters));
    int cooks = 0;
    for (const CookView& c : s.cooks) cooks += c.retiring ? 0 : 1;
    if (cooks != staff.cooks)
        out.push_back(fmt::format("{} cooks staying, the slider says {}", cooks, staff.cooks));
}

}  // namespace

std::vector<std::string> broken_invariants(const Snapshot& s, Staffing staff) {
    Problems out;
    check_guests(s, out);
    check_dishes(s, out);
    check_staff(s, staff, out);
    return out;
}

std::string describe(const Snapshot& s) {
    std::ostringstream o;
    o << fmt::format("time {} life {} policy {} delivery {}\n", s.time, static_cast<int>(s.life),
                     static_cast<int>(s.policy), static_cast<int>(s.delivery));
    o << fmt::format("arrived {} served {} lost {} inside {}\n", s.arrived, s.served, s.lost,
                     s.inside);
    for (const WaiterView& w : s.waiters)
        o << fmt::format(
            "waiter {} {} step {} since {} until {} at {},{} task {} party {} carrying {}\n", w.id,
            to_string(w.state), static_cast<int>(w.step), w.since, w.until, w.position.x,
            w.position.y, static_cast<int>(w.task), w.party, w.carrying);
    for (const TableView& t : s.tables)
        o << fmt::format("table {} party {} {} since {} dishes {}/{}\n", t.id, t.party,
                         to_string(t.state), t.since, t.dishes_delivered, t.dishes_total);
    for (const DoorView& d : s.door) o << fmt::format("door {} arrived {}\n", d.party, d.arrived);
    for (const CookView& c : s.cooks)
        o << fmt::format("cook {} busy {} party {} dish {} ends {}\n", c.id, c.busy, c.party,
                         c.dish, c.ends);
    for (const DishView& d : s.kitchen_queue) o << fmt::format("queued {}/{}\n", d.party, d.dish);
    for (const DishView& d : s.pass) o << fmt::format("pass {}/{}\n", d.party, d.dish);
    for (const TaskView& t : s.tasks)
        o << fmt::format("task {} party {}\n", static_cast<int>(t.kind), t.party);
    return o.str();
}

std::string first_difference(const std::string& a, const std::string& b) {
    std::istringstream ia(a), ib(b);
    std::string la, lb;
    for (int line = 1;; ++line) {
        const bool more_a = static_cast<bool>(std::getline(ia, la));
        const bool more_b = static_cast<bool>(std::getline(ib, lb));
        if (!more_a && !more_b) return {};
        if (!more_a) la = "(nothing)";
        if (!more_b) lb = "(nothing)";
        if (la != lb || !more_a || !more_b) return fmt::format("line {}: {} | {}", line, la, lb);
    }
}

}  // namespace bistro::soak
