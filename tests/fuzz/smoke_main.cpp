// A short, deterministic fuzzing smoke run for CTest (any compiler): a fuzz
// target's seed corpus (the folder BISTRO_FUZZ_CORPUS, e.g. the shipped scenarios)
// and thousands of mutations of it through the target. Real fuzzing uses
// libFuzzer (the `fuzz` preset, clang; docs/architecture.md says how).
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bistro/sim/random.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    const int mutations = argc > 1 ? std::atoi(argv[1]) : 20000;
    std::vector<std::string> corpus;
    for (const auto& entry : std::filesystem::directory_iterator(BISTRO_FUZZ_CORPUS)) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        corpus.push_back(text.str());
    }
    const std::string alphabet = "[]{}=\",.#\n 0123456789-+eE_hms()abcdefgnoprstuxyzAB\\'\t";
    bistro::Rng rng(2026, bistro::Stream::arrivals);
    auto below = [&](std::size_t n) { return n ? rng.next_u32() % n : 0; };
    for (int i = 0; i < mutations; ++i) {
        std::string text = corpus[below(corpus.size())];
        const int edits = 1 + static_cast<int>(below(8));
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = below(text.size());
            switch (below(4)) {
                case 0:
                    text[at] = alphabet[below(alphabet.size())];
                    break;
                case 1:
                    text.insert(at, 1, alphabet[below(alphabet.size())]);
                    break;
                case 2:
                    text.erase(at, 1 + below(20));
                    break;
                default:
                    text.insert(at, text.substr(below(text.size()), below(40)));
                    break;
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    }
    std::printf("%d mutations of the %zu files in %s read without a crash\n", mutations,
                corpus.size(), BISTRO_FUZZ_CORPUS);
    return 0;
}
