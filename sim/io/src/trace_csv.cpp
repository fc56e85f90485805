#include "bistro/io/trace_csv.hpp"

#include <unistd.h>

#include <stdexcept>
#include <string>

namespace bistro {

TraceCsv::TraceCsv(std::filesystem::path file) : file_(std::move(file)) {
    const auto dir = file_.has_parent_path() ? file_.parent_path() : std::filesystem::path(".");
    temp_ = dir / ("." + file_.filename().string() + ".tmp" + std::to_string(::getpid()));
    out_ = std::fopen(temp_.c_str(), "wb");
    if (!out_) throw std::runtime_error("cannot write the trace " + file_.string());
    std::fprintf(out_, "%s\n", header);
}

TraceCsv::~TraceCsv() {
    if (!out_) return;
    std::fclose(out_);
    std::error_code ignored;
    std::filesystem::remove(temp_, ignored);
}

void TraceCsv::on_happening(const Happening& h) {
    std::fprintf(out_, "%.17g,%s,%lld,%d,%d,%d,%d,%d,%s\n", h.time, to_string(h.kind()),
                 static_cast<long long>(party_of(h)), table_of(h), waiter_of(h), cook_of(h),
                 dish_of(h), item_of(h), detail(h).c_str());
    ++rows_;
}

void TraceCsv::commit() {
    const bool ok = std::fflush(out_) == 0 && ::fsync(fileno(out_)) == 0 && !std::ferror(out_);
    const bool closed = std::fclose(out_) == 0;
    out_ = nullptr;
    std::error_code ec;
    if (ok && closed) std::filesystem::rename(temp_, file_, ec);
    if (!ok || !closed || ec) {
        std::error_code ignored;
        std::filesystem::remove(temp_, ignored);
        throw std::runtime_error("cannot write the trace " + file_.string());
    }
}

}  // namespace bistro
