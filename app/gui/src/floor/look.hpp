#pragma once
// A compact summary (FNV-1a) of what an item shows, so that it is repainted only
// when that changes; parts are added one by one, so lists can be summarised too.

#include <cstdint>
#include <initializer_list>

namespace bistro::gui {

struct LookBuilder {
    std::uint64_t h = 0xcbf29ce484222325ull;
    void add(std::int64_t v) { h = (h ^ static_cast<std::uint64_t>(v)) * 0x100000001b3ull; }
};

inline std::uint64_t look(std::initializer_list<std::int64_t> parts) {
    LookBuilder l;
    for (std::int64_t v : parts) l.add(v);
    return l.h;
}

}  // namespace bistro::gui
