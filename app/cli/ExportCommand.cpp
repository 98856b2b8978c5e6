#include "ExportCommand.h"

#include "CliCaptureOpening.h"
#include "CliCommands.h"
#include "CliNumbers.h"

#include <capture/CaptureFile.h>
#include <capture/FrameRanges.h>
#include <capture/PacketFileWriter.h>
#include <decode/ReassemblingDecoder.h>
#include <tcp/ConversationTracker.h>

#include <algorithm>
#include <ostream>

namespace tcplens::cli {
namespace {

bool endsWith(const std::string& text, const std::string& tail)
{
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

int runExport(const ExportOptions& options, std::ostream& out, std::ostream& err)
{
    if (options.output.empty()) {
        err << "tcplens-cli: export needs -o OUT.pcap|OUT.pcapng\n";
        return kExitUsage;
    }
    SaveFormat format = endsWith(options.output, ".pcap") ? SaveFormat::Pcap : SaveFormat::Pcapng;
    if (options.format) {
        if (*options.format != "pcap" && *options.format != "pcapng") {
            err << "tcplens-cli: --format takes pcap or pcapng, not \"" << *options.format << "\"\n";
            return kExitUsage;
        }
        format = *options.format == "pcap" ? SaveFormat::Pcap : SaveFormat::Pcapng;
    }
    std::optional<FrameRanges> frames;
    if (options.frames) {
        std::string error;
        frames = FrameRanges::parse(*options.frames, error);
        if (!frames) {
            err << "tcplens-cli: --frames: " << error << '\n';
            return kExitUsage;
        }
    }
    std::vector<std::uint32_t> streams;
    if (options.streams) {
        std::string_view rest = *options.streams;
        while (true) {
            const auto comma = rest.find(',');
            const auto number = parseWholeNumber(rest.substr(0, comma), 0, kMaxStreamNumber);
            if (!number) {
                err << "tcplens-cli: --stream takes stream numbers N or N,M,..., not \"" << *options.streams << "\"\n";
                return kExitUsage;
            }
            streams.push_back(static_cast<std::uint32_t>(*number));
            if (comma == std::string_view::npos)
                break;
            rest.remove_prefix(comma + 1);
        }
        std::sort(streams.begin(), streams.end());
    }
    const auto file = openOrReport(options.path, err);
    if (!file)
        return kExitUnreadable;
    if (options.path == options.output) {
        err << "tcplens-cli: the capture is read from " << options.output << " itself; choose another file\n";
        return kExitUsage;
    }
    std::optional<BpfFilter> filter;
    if (!compileFilterOrReport(*file, options.filter, filter, err))
        return kExitUsage;
    ConversationTracker tracker;
    ReassemblingDecoder decoder;
    std::string error;
    const auto written = exportPackets(*file, options.output, format, [&](std::uint64_t frame, const RawPacket& packet) {
        bool chosen = (!frames || frames->contains(frame)) && (!filter || filter->matches(packet));
        if (!streams.empty()) {
            // Every packet goes through the tracker: stream numbers depend on all that came before.
            const auto decoded = decoder.decode(static_cast<std::uint32_t>(frame), packet.timestampNs, packet.bytes,
                                                packet.wireLength, packet.linkType);
            const auto analysis = tracker.add(static_cast<std::uint32_t>(frame), packet.timestampNs,
                                              packet.wireLength, decoded.packet);
            chosen = chosen && analysis.stream != kNoStream
                  && std::binary_search(streams.begin(), streams.end(), analysis.stream);
        }
        return chosen;
    }, error);
    if (written < 0) {
        err << "tcplens-cli: " << error << '\n';
        return written == kExportNeedsPcapng ? kExitUsage : kExitUnreadable;
    }
    out << written << " of " << file->packetsRead() << " packets written to " << options.output << " ("
        << (format == SaveFormat::Pcap ? "pcap" : "pcapng") << ")\n";
    return kExitOk;
}

} // namespace tcplens::cli
