#include "bistro/sim/words.hpp"

namespace bistro {

std::string substitute(std::string_view text, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        const auto k = static_cast<std::size_t>(next - '1');
        if (text[i] == '%' && next >= '1' && next <= '9' && k < args.size()) {
            out += args[k];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string Words::english() const {
    if (args.empty()) return text;
    std::vector<std::string> said;
    for (const Words& arg : args) said.push_back(arg.english());
    return substitute(text, said);
}

Words Words::with(const std::vector<std::string>& values) const {
    Words w = *this;
    for (const std::string& value : values) w.args.push_back(verbatim(value));
    return w;
}

Words Words::around(Words sentence) const {
    Words w = *this;
    w.args.push_back(std::move(sentence));
    return w;
}

}  // namespace bistro
