#pragma once
// Listeners that record a run: a fingerprint (a hash of every happening, as
// OMNeT++ does) and a recorder that keeps them all (for tests and short runs).

#include <cstdint>
#include <vector>

#include "bistro/sim/happening.hpp"

namespace bistro {

/// FNV-1a hash of every field of every happening, in order. Two runs with the
/// same fingerprint did the same things at the same times.
class Fingerprint : public Listener {
  public:
    void on_happening(const Happening& h) override;
    std::uint64_t value() const { return hash_; }
    std::uint64_t count() const { return count_; }

  private:
    void feed(const void* data, std::size_t size);
    std::uint64_t hash_ = 0xcbf29ce484222325ull;
    std::uint64_t count_ = 0;
};

/// A parameter's value as a number: a count, a rate or a scale as it is; a
/// switch as its enumerator's index (synchronous 0, asynchronous 1).
double row_number(const ParameterValue& v);

/// Keeps every happening (unbounded: for tests and short runs only).
class Recorder : public Listener {
  public:
    void on_happening(const Happening& h) override { happenings.push_back(h); }
    std::vector<Happening> happenings;
};

}  // namespace bistro
