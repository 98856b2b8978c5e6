// tcplens-fuzz-replay: runs saved inputs (files, or every file of a directory) through every fuzz
// harness without libFuzzer, so the regressions and seeds are an ordinary test in every build.
// A finding aborts (sanitizer report or broken invariant); otherwise it prints what it ran.
#include "FuzzTargets.h"

#include <algorithm>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path& path)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::directory_iterator(path))
            if (entry.is_regular_file())
                inputs.push_back(entry.path());
        std::sort(inputs.begin(), inputs.end());
    } else {
        inputs.push_back(path);
    }
    return inputs;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: tcplens-fuzz-replay [--target NAME] [--max-size BYTES] FILE|DIRECTORY...\n");
        return 2;
    }
    std::string only;
    std::uintmax_t maxSize = UINTMAX_MAX; // inputs of a directory larger than this are skipped
    std::size_t inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--target" && i + 1 < argc) {
            only = argv[++i];
            continue;
        }
        if (arg == "--max-size" && i + 1 < argc) {
            maxSize = std::strtoumax(argv[++i], nullptr, 10);
            continue;
        }
        if (!std::filesystem::exists(arg)) {
            std::fprintf(stderr, "tcplens-fuzz-replay: %s does not exist\n", arg.c_str());
            return 1;
        }
        for (const auto& path : inputsOf(arg)) {
            if (std::filesystem::is_directory(arg) && std::filesystem::file_size(path) > maxSize)
                continue;
            std::ifstream file(path, std::ios::binary);
            const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
            for (const auto& target : tcplens::fuzz::kFuzzTargets) {
                if (!only.empty() && target.name != only)
                    continue;
                std::fprintf(stderr, "%s: %s\n", std::string(target.name).c_str(), path.c_str());
                target.run(bytes.data(), bytes.size());
            }
            ++inputs;
        }
    }
    std::printf("tcplens-fuzz-replay: %zu inputs through every harness, no finding\n", inputs);
    return 0;
}
