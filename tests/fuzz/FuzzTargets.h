#pragma once
// The fuzz harnesses: each takes arbitrary bytes as a capture file and runs them through one part
// of tcplens the way the CLI and the GUI do. libFuzzer calls one of them per binary
// (LibFuzzerMain.cpp); the replay driver (ReplayMain.cpp) runs every one on saved inputs.
// A harness returns normally on any input; a crash, a sanitizer report or a broken invariant
// (abort with a message) is a finding.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tcplens::fuzz {

/// Reading, decoding with field spans and analysis spans, tcpdump and JSON packet lines, the
/// summary, the conversation tracker and the conversation table and JSON.
void fuzzRead(const std::uint8_t* data, std::size_t size);
/// The GUI loader's pass, the flow model (all streams, each of the first streams, a frame range),
/// narration in English and Chinese, text/Mermaid/PlantUML/SVG exports, both row spacings.
void fuzzFlow(const std::uint8_t* data, std::size_t size);
/// Every chart series and its CSV, both directions, from the file and from the loaded stores.
void fuzzSeries(const std::uint8_t* data, std::size_t size);

struct FuzzTarget {
    std::string_view name;
    void (*run)(const std::uint8_t*, std::size_t);
};
inline constexpr std::array kFuzzTargets{FuzzTarget{"read", fuzzRead}, FuzzTarget{"flow", fuzzFlow},
                                         FuzzTarget{"series", fuzzSeries}};

/// Aborts with `what` when `condition` is false: an invariant the fuzzer must not break.
void require(bool condition, const char* what);

} // namespace tcplens::fuzz
