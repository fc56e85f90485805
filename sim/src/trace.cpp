#include "bistro/sim/trace.hpp"

#include <cstring>

namespace bistro {

void Fingerprint::feed(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        hash_ ^= bytes[i];
        hash_ *= 0x100000001b3ull;
    }
}

void Fingerprint::on_happening(const Happening& h) {
    // Field by field, never the struct's padding bytes.
    feed(&h.time, sizeof h.time);
    const auto kind = static_cast<std::uint8_t>(h.kind);
    feed(&kind, sizeof kind);
    feed(&h.party, sizeof h.party);
    feed(&h.table, sizeof h.table);
    feed(&h.waiter, sizeof h.waiter);
    feed(&h.cook, sizeof h.cook);
    feed(&h.dish, sizeof h.dish);
    feed(&h.item, sizeof h.item);
    feed(&h.value, sizeof h.value);
    ++count_;
}

}  // namespace bistro
