#pragma once
// The event log of a run as CSV: one row per happening, with ids (-1 where a
// kind has none) and the kind's own fields as `name=value` words.

#include <cstdio>
#include <filesystem>

#include "bistro/sim/happening.hpp"

namespace bistro {

/// Streams happenings to a temporary file; commit() moves it into place, so an
/// interrupted run never leaves a half-written trace. Not committed: removed.
class TraceCsv : public Listener {
  public:
    explicit TraceCsv(std::filesystem::path file);  // throws std::runtime_error
    ~TraceCsv() override;
    TraceCsv(const TraceCsv&) = delete;
    TraceCsv& operator=(const TraceCsv&) = delete;

    void on_happening(const Happening& h) override;
    void commit();  // throws std::runtime_error
    std::uint64_t rows() const { return rows_; }

    static constexpr const char* header = "time_s,kind,party,table,waiter,cook,dish,item,detail";

  private:
    std::filesystem::path file_, temp_;
    std::FILE* out_ = nullptr;
    std::uint64_t rows_ = 0;
};

}  // namespace bistro
