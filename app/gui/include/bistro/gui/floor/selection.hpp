#pragma once
// What a click picked on the floor (or in the event log): the inspector tells
// its story, and in compare mode the other floor selects the same guest.

#include <cstdint>

namespace bistro::gui {

struct Selection {
    enum class Kind { none, waiter, party, table } kind = Kind::none;
    std::int64_t id = -1;
    friend bool operator==(const Selection&, const Selection&) = default;
};

}  // namespace bistro::gui
