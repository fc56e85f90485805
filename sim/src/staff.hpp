#pragma once
// Hiring and letting go, the same for waiters and cooks.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace bistro::model {

/// Someone on the staff: on the floor (or in the kitchen), and perhaps leaving
/// once the work in hand is done.
struct StaffMember {
    bool present = true;
    bool retiring = false;
    bool staying() const { return present && !retiring; }
};

inline StaffMember& member(StaffMember& m) {
    return m;
}
template <class T>
StaffMember& member(std::unique_ptr<T>& m) {
    return *m;
}

/// Makes `n` members stay. Fewer: the highest-numbered leave, free ones at once
/// (`leave(i)`), busy ones after their work (they are marked retiring). More: those
/// about to leave are called back first, then empty places are filled from the
/// lowest number, and the staff grows only when none is empty (`hire(i)`).
/// `Staff` holds members, or unique_ptrs to them where they must stay put.
template <class Staff, class IsFree, class Leave, class Hire>
void set_staff_count(Staff& staff, int n, IsFree&& is_free, Leave&& leave, Hire&& hire) {
    int active = 0;
    for (auto& m : staff) active += member(m).staying();
    for (std::size_t i = staff.size(); i-- > 0 && active > n;) {
        if (!member(staff[i]).staying()) continue;
        --active;
        if (is_free(i))
            leave(i);
        else
            member(staff[i]).retiring = true;
    }
    for (auto& each : staff) {
        StaffMember& m = member(each);
        if (active >= n) break;
        if (m.present && m.retiring) {
            m.retiring = false;
            ++active;
        }
    }
    for (std::size_t i = 0; active < n; ++i) {
        if (i == staff.size())
            staff.emplace_back();  // hire(i) makes the member
        else if (member(staff[i]).present)
            continue;
        hire(i);
        ++active;
    }
}

/// A set of staff numbers, as bits: the lowest member in a few words' scan,
/// without a branch per person on who happens to be free.
class StaffSet {
  public:
    /// Room for numbers 0 to n - 1.
    void reserve(std::size_t n) {
        if (n > words_.size() * 64) words_.resize((n + 63) / 64, 0);
    }
    void insert(std::size_t i) { words_[i / 64] |= std::uint64_t{1} << (i % 64); }
    void erase(std::size_t i) { words_[i / 64] &= ~(std::uint64_t{1} << (i % 64)); }
    void assign(std::size_t i, bool member) { member ? insert(i) : erase(i); }
    /// The lowest member, or -1.
    int lowest() const {
        for (std::size_t w = 0; w < words_.size(); ++w)
            if (words_[w]) return static_cast<int>(w * 64) + std::countr_zero(words_[w]);
        return -1;
    }

  private:
    std::vector<std::uint64_t> words_;
};

}  // namespace bistro::model
