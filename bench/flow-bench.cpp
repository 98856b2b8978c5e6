// tcplens-flow-bench: what the flow graph costs on one conversation: loading (the GUI's single
// pass), building the model, laying it out, the arrows a view paints per frame, narration, and
// streaming the whole conversation to SVG and ASCII, with time and memory for each.

#include <capture/LoadedCapture.h>
#include <export/FlowAsciiWriter.h>
#include <export/FlowSvgWriter.h>
#include <flow/FlowLayout.h>
#include <flow/FlowModel.h>
#include <flow/FlowNarrator.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <streambuf>
#include <string>

namespace {

using namespace tcplens;
using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

/// Resident memory now, from /proc (MiB).
double residentMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    return 0;
}

/// Counts what is written and throws it away, like a socket or a file that is never read back.
class CountingBuffer : public std::streambuf {
public:
    [[nodiscard]] std::uint64_t bytes() const noexcept { return bytes_; }

protected:
    int_type overflow(int_type c) override
    {
        if (c != traits_type::eof())
            ++bytes_;
        return c;
    }
    std::streamsize xsputn(const char*, std::streamsize n) override
    {
        bytes_ += static_cast<std::uint64_t>(n);
        return n;
    }

private:
    std::uint64_t bytes_ = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: tcplens-flow-bench FILE [--stream N] [--svg OUT.svg]\n");
        return 2;
    }
    std::string path = argv[1];
    std::uint32_t stream = 0;
    std::string svgPath;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--stream")
            stream = static_cast<std::uint32_t>(std::strtoul(argv[i + 1], nullptr, 10));
        else if (arg == "--svg")
            svgPath = argv[i + 1];
    }

    auto start = Clock::now();
    LoadedCapture capture;
    try {
        capture = loadCapture(path);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tcplens-flow-bench: %s\n", e.what());
        return 1;
    }
    const double load = seconds(start);
    const double rssLoaded = residentMiB();

    start = Clock::now();
    const auto model = FlowModel::build(capture.packets, capture.analyses, FlowSelection::stream(stream));
    const double build = seconds(start);
    if (model.empty()) {
        std::fprintf(stderr, "tcplens-flow-bench: no stream %u in %s\n", stream, path.c_str());
        return 1;
    }

    start = Clock::now();
    const auto uniform = FlowLayout::of(model, FlowLayoutOptions{});
    const double layoutUniform = seconds(start);
    FlowLayoutOptions proportionalOptions;
    proportionalOptions.spacing = RowSpacing::Proportional;
    start = Clock::now();
    const auto proportional = FlowLayout::of(model, proportionalOptions);
    const double layoutProportional = seconds(start);

    // A view's frame: find the rows of a 1080-pixel window and compute each arrow's facts.
    constexpr int kFrames = 2000;
    std::uint64_t checksum = 0;
    start = Clock::now();
    for (int f = 0; f < kFrames; ++f) {
        const double top = uniform.height() * (static_cast<double>((f * 7919) % kFrames) / kFrames);
        const auto [first, end] = uniform.rowsIn(top, top + 1080);
        for (auto r = first; r < end; ++r)
            checksum += model.arrow(r).label(SequenceNumbers::Relative).size();
    }
    const double perFrameMs = seconds(start) * 1000 / kFrames;
    const auto rowsPerFrame = uniform.rowsIn(0, 1080).second;

    constexpr std::size_t kNarrated = 20000;
    const FlowNarrator narrator(NarrationLanguage::English);
    start = Clock::now();
    for (std::size_t r = 0; r < kNarrated && r < model.rowCount(); ++r)
        checksum += narrator.narrate(model, r).size();
    const double narrationUs = seconds(start) * 1e6 / static_cast<double>(std::min(kNarrated, model.rowCount()));

    const double rssBeforeExports = residentMiB();
    CountingBuffer svgSink;
    std::ostream svgOut(&svgSink);
    std::ofstream svgFile;
    if (!svgPath.empty())
        svgFile.open(svgPath, std::ios::binary);
    start = Clock::now();
    writeFlowSvg(svgPath.empty() ? svgOut : svgFile, model);
    const double svg = seconds(start);
    const double rssAfterSvg = residentMiB();
    CountingBuffer asciiSink;
    std::ostream asciiOut(&asciiSink);
    start = Clock::now();
    writeFlowAscii(asciiOut, model);
    const double ascii = seconds(start);
    const double rssAfterAscii = residentMiB();
    const std::uint64_t svgBytes = svgPath.empty() ? svgSink.bytes() : static_cast<std::uint64_t>(svgFile.tellp());

    const auto packets = capture.packets.size();
    std::printf("capture packets: %zu\n", packets);
    std::printf("flow rows (stream %u): %zu\n", stream, model.rowCount());
    std::printf("load (GUI pass: read, decode, track): %.3f s (%.0f packets/s)\n", load, static_cast<double>(packets) / load);
    std::printf("store memory (index + analysis records): %.1f MiB\n",
                static_cast<double>(capture.packets.index().memoryBytes() + capture.analyses.memoryBytes()) / 1048576.0);
    std::printf("model build: %.1f ms\n", build * 1000);
    std::printf("model memory: %.1f MiB (%.1f bytes per row)\n", static_cast<double>(model.memoryBytes()) / 1048576.0,
                static_cast<double>(model.memoryBytes()) / static_cast<double>(model.rowCount()));
    std::printf("layout uniform: %.3f ms, height %.0f px\n", layoutUniform * 1000, uniform.height());
    std::printf("layout proportional: %.1f ms, height %.0f px\n", layoutProportional * 1000, proportional.height());
    std::printf("view frame (%zu visible arrows decoded and labelled): %.3f ms\n", rowsPerFrame, perFrameMs);
    std::printf("narration: %.2f us per packet\n", narrationUs);
    std::printf("SVG export: %.2f s, %.1f MiB written, %.0f rows/s\n", svg, static_cast<double>(svgBytes) / 1048576.0,
                static_cast<double>(model.rowCount()) / svg);
    std::printf("ASCII export: %.2f s, %.1f MiB written\n", ascii, static_cast<double>(asciiSink.bytes()) / 1048576.0);
    std::printf("resident memory: %.1f MiB after load, %.1f before exports, %.1f after SVG, %.1f after ASCII\n",
                rssLoaded, rssBeforeExports, rssAfterSvg, rssAfterAscii);
    std::printf("peak memory: %.1f MiB\n", peakMiB());
    std::printf("(checksum %llu)\n", static_cast<unsigned long long>(checksum));
    return 0;
}
