// --set overrides, applied to the TOML tree before it is read.
#include "scenario_overrides.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "distribution_text.hpp"

namespace bistro::detail {

namespace {

/// Walks an override's dotted path down the tree, making the tables it names on the way.
class OverrideWalk {
  public:
    OverrideWalk(std::string path, std::string value, std::vector<ScenarioProblem>& problems)
        : path_(std::move(path)), value_(std::move(value)), problems_(problems) {}

    void apply(toml::table& root) {
        toml::node* parent = &root;
        for (std::string rest = path_; parent;) {
            const std::size_t dot = rest.find('.');
            parent = step(*parent, rest.substr(0, dot), dot == std::string::npos);
            rest = rest.substr(dot + 1);
        }
    }

  private:
    /// The node `part` names below `parent`, or nullptr when the walk is over (the value
    /// is set, or a problem recorded).
    toml::node* step(toml::node& parent, const std::string& part, bool last) {
        // A number names an entry of a list ("menu.2"); inside a table it is a plain key.
        if (auto index = parse_number(part); index && parent.is_array())
            return entry(*parent.as_array(), *index, part, last);
        if (parent.is_table()) return member(*parent.as_table(), part, last);
        fail(BISTRO_PHRASE("Problem", "\"%1\" is not inside a table").with({part}));
        return nullptr;
    }

    toml::node* entry(toml::array& array, double index, const std::string& part, bool last) {
        // Checked before the cast: "menu.1e30" is no entry (and no undefined conversion).
        if (!(index >= 1 && index <= static_cast<double>(array.size())) ||
            index != std::floor(index)) {
            fail(BISTRO_PHRASE("Problem", "there is no entry %1").with({part}));
            return nullptr;
        }
        const auto i = static_cast<std::size_t>(index);
        if (last) {
            fail(BISTRO_PHRASE("Problem", "name a key inside the entry"));
            return nullptr;
        }
        return array.get(i - 1);
    }

    toml::node* member(toml::table& table, const std::string& part, bool last) {
        if (last) {
            assign(table, part);
            return nullptr;
        }
        if (!table.get(part)) table.insert(part, toml::table{});
        return table.get(part);
    }

    void assign(toml::table& table, const std::string& key) const {
        toml::table parsed;
        try {
            parsed = toml::parse("v = " + value_);
            table.insert_or_assign(key, *parsed.get("v"));
        } catch (const toml::parse_error&) {
            table.insert_or_assign(key, value_);
        }
    }

    void fail(Words message) { problems_.push_back({"--set", 0, 0, path_, std::move(message)}); }

    std::string path_;
    std::string value_;
    std::vector<ScenarioProblem>& problems_;
};

const Words command_line_mark = BISTRO_PHRASE("Problem", "%1 (set on the command line)");

/// An override's path as problems name it: "menu.1.prep" is "menu[1].prep".
std::string problem_key_of(std::string_view path) {
    std::string key;
    for (std::string_view rest = trim(path);;) {
        const std::size_t dot = rest.find('.');
        const std::string_view part = rest.substr(0, dot);
        key += parse_number(part) ? "[" + std::string(part) + "]"
                                  : (key.empty() ? "" : ".") + std::string(part);
        if (dot == std::string_view::npos) return key;
        rest = rest.substr(dot + 1);
    }
}

}  // namespace

void apply_override(toml::table& root, const std::string& setting,
                    std::vector<ScenarioProblem>& problems) {
    const std::size_t eq = setting.find('=');
    if (eq == std::string::npos || eq == 0) {
        problems.push_back({"--set", 0, 0, setting,
                            BISTRO_PHRASE("Problem", "expected KEY=VALUE, e.g. staff.waiters=3")});
        return;
    }
    OverrideWalk(std::string(trim(std::string_view(setting).substr(0, eq))),
                 std::string(trim(std::string_view(setting).substr(eq + 1))), problems)
        .apply(root);
}

void mark_overridden(std::vector<ScenarioProblem>& problems,
                     const std::vector<std::string>& overrides) {
    std::vector<std::string> overridden;
    for (const auto& setting : overrides)
        overridden.push_back(problem_key_of(setting.substr(0, setting.find('='))));
    for (ScenarioProblem& problem : problems) {
        const auto covers = [&](const std::string& path) {
            const std::string& key = problem.key;
            return path.compare(0, key.size(), key) == 0 &&
                   (path.size() == key.size() || path[key.size()] == '.' ||
                    path[key.size()] == '[');
        };
        if (problem.line == 0 && !problem.key.empty() &&
            std::any_of(overridden.begin(), overridden.end(), covers))
            problem.message = command_line_mark.around(problem.message);
    }
}

Words unmarked(const Words& message) {
    const bool marked = message.text == command_line_mark.text && message.args.size() == 1;
    return marked ? message.args.front() : message;
}

}  // namespace bistro::detail
