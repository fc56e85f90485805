// Writing scenario files: readable TOML with comments, saved atomically.
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "bistro/io/scenario_file.hpp"

namespace bistro {

namespace {
std::string number(double v) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, end);
}

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", c);
                    out += escape;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string duration(double seconds) {
    return toml_string(format_duration(seconds));
}
std::string dist(const Distribution& d) {
    return toml_string(d.describe());
}

/// "key = value" padded so that the comments line up.
std::string line(const std::string& key, const std::string& value, const char* comment = nullptr) {
    std::string out = key + " = " + value;
    if (comment) {
        if (out.size() < 34) out.resize(34, ' ');
        out += std::string("  # ") + comment;
    }
    return out + "\n";
}

/// The explanation at the top, then the keys above the first table.
void write_basics(std::ostream& out, const Scenario& s) {
    out << "# Async Bistro scenario. Durations: 90s, 12m, 1h30m. Distributions: fixed(30s), "
           "exp(mean),\n"
           "# uniform(low, high), triangular(low, mode, high), normal(mean, sd), lognormal(mean, "
           "sd).\n";
    out << line("name", toml_string(s.name));
    if (!s.description.empty()) out << line("description", toml_string(s.description));
    out << line("duration", duration(s.duration), "length of the service");
    out << line("warmup", duration(s.warmup), "statistics ignore this first stretch");
    out << line("seed", std::to_string(s.seed), "same seed, same customers, same run");
    out << line("policy", toml_string(to_string(s.policy)),
                "sync: wait at the pass; async: the bell calls");
    out << line("delivery", toml_string(to_string(s.delivery)), "whole-order or each-dish");
    out << line("tasks", toml_string(to_string(s.task_order)), "fifo or deliveries-first");
}

void write_arrivals(std::ostream& out, const Scenario& s) {
    out << "\n[arrivals]\n";
    out << line("rate_per_hour", number(s.rate_per_hour), "parties per hour, at random (Poisson)");
    std::string sizes = "{ ";
    for (std::size_t i = 0; i < s.party_size.weights().size(); ++i) {
        const auto& [size, weight] = s.party_size.weights()[i];
        sizes += (i ? ", " : "") + std::to_string(size) + " = " + number(weight);
    }
    out << line("party_size", sizes + " }", "share of parties by size");
    out << line("patience", s.patience ? dist(*s.patience) : "\"none\"",
                "how long a party waits at the door");
    if (s.at_opening > 0)
        out << line("at_opening", std::to_string(s.at_opening),
                    "parties queued at the door when it opens, who have read the menu");
    if (!s.profile.empty()) {
        out << "profile = [  # the rate is multiplied by factor from a time on\n";
        for (const RateSegment& seg : s.profile)
            out << "  { from = " << duration(seg.start) << ", factor = " << number(seg.factor)
                << " },\n";
        out << "]\n";
    }
}

void write_floor(std::ostream& out, const Scenario& s) {
    out << "\n[floor]\n";
    out << line("tables_for_two", std::to_string(s.tables_for_two));
    out << line("tables_for_four", std::to_string(s.tables_for_four));
    out << line("walk_speed", number(s.walk_speed), "metres per second; 0 = no walking");
    out << line("context_switch", dist(s.context_switch), "async: lost per change of table");
}

void write_staff(std::ostream& out, const Scenario& s) {
    out << "\n[staff]\n";
    out << line("waiters", std::to_string(s.waiters), "threads");
    out << line("cooks", std::to_string(s.cooks), "the I/O device's concurrency");
}

void write_times(std::ostream& out, const Scenario& s) {
    out << "\n[times]\n";
    out << line("menu_reading", dist(s.menu_reading));
    out << line("order_taking", dist(s.order_taking));
    out << line("own_work", dist(s.own_work), "drinks etc.: CPU-bound, per order");
    out << line("delivery", dist(s.delivery_time), "setting plates down, per trip");
    out << line("eating", dist(s.eating));
    out << line("billing", dist(s.billing));
    out << line("pay_at_table", s.pay_at_table ? "true" : "false",
                "false: guests leave without a bill");
}

void write_kitchen(std::ostream& out, const Scenario& s) {
    out << "\n[kitchen]\n";
    out << line("burn_probability", number(s.burn_probability), "a burnt dish is cooked again");
}

void write_menu(std::ostream& out, const Scenario& s) {
    for (const MenuItem& item : s.menu) {
        out << "\n[[menu]]\n";
        out << line("name", toml_string(item.name));
        out << line("share", number(item.share), "of all dishes ordered");
        out << line("prep", dist(item.prep), "a cook's time for one");
    }
}
}  // namespace

std::string scenario_to_toml(const Scenario& s) {
    std::ostringstream out;
    write_basics(out, s);
    write_arrivals(out, s);
    write_floor(out, s);
    write_staff(out, s);
    write_times(out, s);
    write_kitchen(out, s);
    write_menu(out, s);
    return out.str();
}

void write_file_atomically(const std::filesystem::path& file, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const fs::path temp =
        dir / ("." + file.filename().string() + ".tmp" + std::to_string(::getpid()));
    {
        std::FILE* f = std::fopen(temp.c_str(), "wb");
        if (!f)
            throw std::runtime_error("cannot write " + file.string() +
                                     ": cannot create a file in " + dir.string());
        const bool written = std::fwrite(content.data(), 1, content.size(), f) == content.size();
        const bool flushed = std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
        const bool closed = std::fclose(f) == 0;
        if (!written || !flushed || !closed) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw std::runtime_error("cannot write " + file.string() +
                                     ": the disk refused (full?)");
        }
    }
    std::error_code ec;
    fs::rename(temp, file, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw std::runtime_error("cannot write " + file.string() + ": " + ec.message());
    }
}

void save_scenario(const Scenario& scenario, const std::filesystem::path& file) {
    write_file_atomically(file, scenario_to_toml(scenario));
}

}  // namespace bistro
