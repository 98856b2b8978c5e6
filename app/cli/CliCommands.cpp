#include "CliCommands.h"

#include <capture/BpfFilter.h>
#include <capture/CaptureFile.h>
#include <capture/CaptureSummary.h>
#include <decode/LinkType.h>
#include <decode/Nanoseconds.h>
#include <decode/PacketDecoder.h>
#include <decode/ReassemblingDecoder.h>
#include <export/ChartCsv.h>
#include <export/ConversationText.h>
#include <export/FrameInfoSpans.h>
#include <export/LimitText.h>
#include <series/StreamLimits.h>
#include <export/PacketText.h>
#include <export/SeriesCsv.h>
#include <export/TimeText.h>
#include <series/SeriesFromCapture.h>
#include <series/SeriesFromStore.h>
#include <tcp/ConversationTracker.h>

#include "ChartImage.h"
#include "CliCaptureOpening.h"
#include "CliDisplayFilter.h"

#include <algorithm>
#include <ctime>
#include <deque>
#include <limits>
#include <fstream>
#include <iomanip>
#include <ostream>

namespace tcplens::cli {
namespace {

std::string utcTime(std::int64_t timestampNs)
{
    const std::time_t seconds = static_cast<std::time_t>(floorSeconds(timestampNs)); // before 1970 too
    std::tm utc{};
    char date[32] = "?";
    if (gmtime_r(&seconds, &utc))
        std::strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &utc);
    char fraction[16];
    std::snprintf(fraction, sizeof fraction, ".%09lld", static_cast<long long>(nanosecondOfSecond(timestampNs)));
    return std::string(date) + fraction + " UTC";
}

/// The interface of `packet` when the file describes interfaces of its own (pcapng).
const CaptureInterface* interfaceOf(const CaptureFile& file, const RawPacket& packet)
{
    const auto& interfaces = file.info().interfaces;
    if (file.info().format != FileFormat::Pcapng || packet.interfaceId >= interfaces.size())
        return nullptr;
    return &interfaces[packet.interfaceId];
}

/// Says what the reader read but found worth a word (timestamps out of range).
void reportWarning(const CaptureFile& file, const std::string& path, std::ostream& err)
{
    if (const auto warning = file.warning(); !warning.empty())
        err << "tcplens-cli: " << path << ": warning: " << warning << '\n';
}

/// Parses an optional --direction value; false (with a message) when it is neither c2s nor s2c.
bool directionOption(const std::optional<std::string>& text, std::optional<Direction>& direction, std::ostream& err)
{
    if (!text)
        return true;
    direction = parseDirection(*text);
    if (!direction)
        err << "tcplens-cli: --direction takes c2s or s2c, not \"" << *text << "\"\n";
    return direction.has_value();
}

} // namespace

int runSummary(const std::string& path, std::ostream& out, std::ostream& err)
{
    auto file = openOrReport(path, err);
    if (!file)
        return kExitUnreadable;
    const auto& info = file->info();
    CaptureSummary summary;
    ReassemblingDecoder decoder;
    RawPacket packet;
    ReadStatus status;
    while ((status = file->next(packet)) == ReadStatus::Packet)
        summary.add(packet, decoder
                                .decode(static_cast<std::uint32_t>(file->packetsRead()), packet.timestampNs,
                                        packet.bytes, packet.wireLength, packet.linkType)
                                .packet);

    const auto row = [&out](const char* label) -> std::ostream& {
        return out << std::left << std::setw(18) << label;
    };
    row("File:") << info.path << '\n';
    row("Format:") << formatName(info.format) << '\n';
    row("Link type:") << linkTypeName(info.linkType) << " (" << linkTypeDescription(info.linkType) << "), "
                      << info.linkType << (isSupportedLinkType(info.linkType) ? "" : " - not supported by tcplens")
                      << '\n';
    row("Snapshot length:") << info.snaplen << '\n';
    if (info.compression != Compression::None)
        row("Compression:") << compressionName(info.compression) << '\n';
    if (info.format == FileFormat::Pcapng) {
        row("Interfaces:") << info.interfaces.size() << '\n';
        for (const auto& interface : info.interfaces) {
            out << "  " << interfaceLine(interface) << (interface.section > 1 ? ", section " + std::to_string(interface.section) : std::string()) << ": "
                << linkTypeName(interface.linkType) << " (" << interface.linkType << "), snapshot length "
                << interface.snaplen;
            if (!interface.description.empty())
                out << ", " << interface.description;
            out << '\n';
        }
    }
    row("Packets:") << summary.packets() << '\n';
    if (summary.packets() > 0) {
        row("First packet:") << utcTime(summary.firstTimestampNs()) << '\n';
        row("Last packet:") << utcTime(summary.lastTimestampNs()) << '\n';
        row("Time span:") << secondsText(nsBetween(summary.firstTimestampNs(), summary.lastTimestampNs())) << " s\n";
    }
    row("Bytes on wire:") << summary.wireBytes() << '\n';
    row("TCP packets:") << summary.tcpPackets() << '\n';
    row("TCP 4-tuples:") << summary.fourTuples() << '\n';
    std::uint64_t problems = 0;
    for (std::size_t k = 0; k < static_cast<std::size_t>(ProblemKind::Count); ++k)
        problems += summary.problemCount(static_cast<ProblemKind>(k));
    row("Decode problems:") << (problems == 0 ? "none" : std::to_string(problems)) << '\n';
    for (std::size_t k = 0; k < static_cast<std::size_t>(ProblemKind::Count); ++k) {
        const auto kind = static_cast<ProblemKind>(k);
        if (const auto count = summary.problemCount(kind))
            out << "  " << std::left << std::setw(34) << problemKindName(kind) << count << '\n';
    }
    reportWarning(*file, path, err);
    if (status == ReadStatus::Error) {
        row("Read error:") << file->error() << '\n';
        err << "tcplens-cli: " << path << ": " << file->error() << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

int runPackets(const PacketsOptions& options, std::ostream& out, std::ostream& err)
{
    auto file = openOrReport(options.path, err);
    if (!file)
        return kExitUnreadable;
    std::optional<BpfFilter> filter;
    if (!compileFilterOrReport(*file, options.filter, filter, err))
        return kExitUsage;
    std::optional<CliDisplayFilter> display;
    if (options.displayFilter && !(display = CliDisplayFilter::compileOrReport(*options.displayFilter, err)))
        return kExitUsage;
    TcpdumpSequenceNumbers sequenceNumbers;
    ConversationTracker tracker;
    ReassemblingDecoder decoder;
    RawPacket packet;
    std::vector<bool> shownFrames; // with -Y: which frames a state revision may still correct
    ReadStatus status;
    std::string line;
    // JSON lines wait while a later packet may still correct their endpoint states (a bounded
    // window, RecentStates::kFrames); a pipe that pauses gets them at once, and a correction of a
    // line already printed follows as its own {"no":N,"revised":true,...} line.
    std::deque<std::pair<std::uint64_t, std::string>> held;
    std::uint64_t printedThrough = 0;
    const auto release = [&](std::uint64_t through) {
        while (!held.empty() && held.front().first <= through) {
            out << held.front().second << '\n';
            printedThrough = held.front().first;
            held.pop_front();
        }
    };
    const auto revise = [&](const StateRevision& revision) {
        const auto it = std::lower_bound(held.begin(), held.end(), std::uint64_t{revision.frame},
                                         [](const auto& entry, std::uint64_t frame) { return entry.first < frame; });
        if (it != held.end() && it->first == revision.frame)
            reviseJsonLine(it->second, revision);
        else if (revision.frame <= printedThrough)
            out << revisionJsonLine(revision) << '\n';
    };
    // A pipe is followed as it arrives: what was printed shows before next() would wait for a
    // packet that has not wholly arrived (a statistics block behind the last one is no packet).
    const auto nextPacket = [&] {
        if (!file->packetReady()) {
            release(std::numeric_limits<std::uint64_t>::max());
            out.flush();
        }
        return file->next(packet);
    };
    while ((status = nextPacket()) == ReadStatus::Packet) {
        const auto frameNumber = file->packetsRead();
        if (filter && !filter->matches(packet))
            continue;
        // JSON is tshark's view (fragments reassembled), the text line tcpdump's (each frame alone);
        // a display filter reads tshark's view and the analysis of every frame, shown or not.
        const bool tsharkView = options.json || display;
        const auto frame = tsharkView ? decoder.decode(static_cast<std::uint32_t>(frameNumber), packet.timestampNs,
                                                       packet.bytes, packet.wireLength, packet.linkType,
                                                       display ? display->decodeSpans() : nullptr)
                                      : DecodedFrame{decodePacket(packet.bytes, packet.wireLength, packet.linkType),
                                                     packet.bytes, nullptr};
        const auto analysis = tsharkView ? tracker.add(static_cast<std::uint32_t>(frameNumber), packet.timestampNs,
                                                       packet.wireLength, frame.packet)
                                         : TcpPacketAnalysis{};
        const auto textFrame = display && !options.json
                                 ? DecodedFrame{decodePacket(packet.bytes, packet.wireLength, packet.linkType), packet.bytes, nullptr}
                                 : frame;
        auto numbers = sequenceNumbers.next(options.json ? frame.packet : textFrame.packet);
        if (display) {
            const bool shown = display->shows(frameNumber, packet, frame, analysis);
            if (shownFrames.size() < frameNumber + 1)
                shownFrames.resize(frameNumber + 1);
            shownFrames[frameNumber] = shown;
            if (!shown) {
                for (const auto& revision : tracker.revisions())
                    if (revision.frame < shownFrames.size() && shownFrames[revision.frame])
                        revise(revision);
                continue;
            }
        }
        const auto& decoded = options.json ? frame.packet : textFrame.packet;
        packet.bytes = options.json ? frame.bytes : textFrame.bytes; // a reassembled TCP header's offsets index the frame + datagram
        if (options.json) {
            // JSON carries Wireshark's per-conversation numbers; the text line tcpdump's.
            if (options.absolute)
                numbers = {decoded.tcp.seq, decoded.tcp.ack, 0};
            else if (analysis.stream != kNoStream)
                numbers = {analysis.relativeSeq, analysis.relativeAck, 0};
            for (const auto& revision : tracker.revisions())
                if (!display || (revision.frame < shownFrames.size() && shownFrames[revision.frame]))
                    revise(revision);
            held.emplace_back(frameNumber,
                              jsonLine(frameNumber, packet, decoded, numbers, &analysis, frame.datagram,
                                       interfaceOf(*file, packet)));
            if (frameNumber > RecentStates::kFrames)
                release(frameNumber - RecentStates::kFrames);
            continue;
        } else {
            if (options.absolute)
                numbers = {decoded.tcp.seq, decoded.tcp.ack, 0};
            line = tcpdumpTime(packet.timestampNs) + " " + tcpdumpLine(packet.bytes, decoded, numbers);
        }
        out << line << '\n';
    }
    release(std::numeric_limits<std::uint64_t>::max());
    out.flush();
    reportWarning(*file, options.path, err);
    if (status == ReadStatus::Error) {
        err << "tcplens-cli: " << options.path << ": " << file->error() << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

int runDetails(const DetailsOptions& options, std::ostream& out, std::ostream& err)
{
    auto file = openOrReport(options.path, err);
    if (!file)
        return kExitUnreadable;
    ReassemblingDecoder decoder;
    RawPacket packet;
    ReadStatus status;
    FieldSpans spans;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        const auto frameNumber = file->packetsRead();
        // Every frame goes through the decoder: an earlier fragment may complete in the one shown.
        const bool shown = options.frame == 0 || frameNumber == options.frame;
        spans.clear();
        const auto decoded = decoder
                                 .decode(static_cast<std::uint32_t>(frameNumber), packet.timestampNs, packet.bytes,
                                         packet.wireLength, packet.linkType, shown ? &spans : nullptr)
                                 .packet;
        if (!shown)
            continue;
        insertFrameInfoSpans(spans, interfaceOf(*file, packet), packet.comments);
        out << "Frame " << frameNumber << '\n';
        for (const auto& span : spans) {
            out << std::string(2U * (span.depth + 1U), ' ') << span.text;
            if (options.offsets)
                out << "  {" << span.id << " byte " << span.byteOffset << " bit " << span.bitOffset << " width "
                    << span.bitWidth << "}";
            out << '\n';
        }
        for (const auto& problem : decoded.problems)
            out << "  [" << describe(problem) << "]\n";
        if (options.frame != 0)
            break;
    }
    if (status == ReadStatus::Error) {
        err << "tcplens-cli: " << options.path << ": " << file->error() << '\n';
        return kExitUnreadable;
    }
    reportWarning(*file, options.path, err);
    if (options.frame != 0 && file->packetsRead() < options.frame) {
        err << "tcplens-cli: " << options.path << " has only " << file->packetsRead() << " frames\n";
        return kExitUsage;
    }
    return kExitOk;
}

int runConversations(const std::string& path, bool json, std::ostream& out, std::ostream& err)
{
    auto file = openOrReport(path, err);
    if (!file)
        return kExitUnreadable;
    ConversationTracker tracker;
    ReassemblingDecoder decoder;
    StreamLimits limits; // for --json
    RawPacket packet;
    ReadStatus status;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        const auto decoded = decoder
                                 .decode(static_cast<std::uint32_t>(file->packetsRead()), packet.timestampNs,
                                         packet.bytes, packet.wireLength, packet.linkType)
                                 .packet;
        const auto analysis = tracker.add(static_cast<std::uint32_t>(file->packetsRead()), packet.timestampNs,
                                          packet.wireLength, decoded);
        if (json)
            limits.add(packet.timestampNs, decoded, analysis);
    }
    const auto& conversations = tracker.conversations();
    if (json) {
        for (const auto& conversation : conversations) {
            if (conversation.quoteOnly())
                continue;
            std::string line = conversationJson(conversation);
            const auto& tracked = limits.tracker(conversation.stream);
            line.pop_back(); // the closing brace, put back after the limits
            line += ",\"limits\":";
            appendLimitDirectionsJson(line, tracked, NarrationLanguage::English);
            line += '}';
            out << line << '\n';
        }
    } else {
        writeConversationTable(out, conversations);
    }
    if (status == ReadStatus::Error) {
        err << "tcplens-cli: " << path << ": " << file->error() << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

int runSeries(const SeriesOptions& options, std::ostream& out, std::ostream& err)
{
    const auto kind = parseSeriesKind(options.kind);
    if (!kind) {
        err << "tcplens-cli: unknown series kind \"" << options.kind
            << "\" (use tsg, window, throughput, rtt, cwnd or model)\n";
        return kExitUsage;
    }
    if (!options.stream) {
        err << "tcplens-cli: series needs --stream N (see tcplens-cli conversations FILE)\n";
        return kExitUsage;
    }
    std::optional<Direction> direction;
    if (!directionOption(options.direction, direction, err))
        return kExitUsage;
    std::string error;
    StreamSeriesBuilder series;
    try {
        series = seriesFromCapture(options.path, *options.stream, &error);
    } catch (const CaptureError& e) {
        err << "tcplens-cli: " << e.what() << '\n';
        return kExitUnreadable;
    }
    if (series.empty()) {
        err << "tcplens-cli: " << options.path << " has no TCP stream " << *options.stream << '\n';
        return kExitUsage;
    }
    if (!direction)
        direction = dataDirection(series);
    out << seriesCsv(series, *direction, *kind, options.throughputWindow);
    if (!error.empty()) {
        err << "tcplens-cli: " << options.path << ": " << error << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

int runChart(const ChartOptions& options, std::ostream&, std::ostream& err)
{
    const auto kind = parseChartKind(options.kind);
    if (!kind) {
        err << "tcplens-cli: unknown chart kind \"" << options.kind << "\" (use tsg, window, throughput, rtt or model)\n";
        return kExitUsage;
    }
    if (!options.stream) {
        err << "tcplens-cli: chart needs --stream N (see tcplens-cli conversations FILE)\n";
        return kExitUsage;
    }
    if (options.output.empty()) {
        err << "tcplens-cli: chart needs -o OUT.png|svg|pdf|csv\n";
        return kExitUsage;
    }
    const auto dot = options.output.rfind('.');
    std::string format = dot == std::string::npos ? std::string() : options.output.substr(dot + 1);
    std::transform(format.begin(), format.end(), format.begin(), [](unsigned char c) { return std::tolower(c); });
    if (format != "csv" && format != "png" && format != "svg" && format != "pdf") {
        err << "tcplens-cli: " << options.output << ": the output must end in .png, .svg, .pdf or .csv\n";
        return kExitUsage;
    }
    if (format != "csv" && !chartImagesAvailable()) {
        err << "tcplens-cli: this tcplens-cli was built without the GUI (TCPLENS_BUILD_GUI=OFF), which draws chart "
               "images; write the chart's data with -o FILE.csv, or use a GUI build for .png, .svg and .pdf\n";
        return kExitUsage;
    }
    if (options.theme != "light" && options.theme != "dark" && options.theme != "contrast") {
        err << "tcplens-cli: --theme takes light, dark or contrast, not \"" << options.theme << "\"\n";
        return kExitUsage;
    }
    std::optional<Direction> direction;
    if (!directionOption(options.direction, direction, err))
        return kExitUsage;
    std::string error;
    auto series = std::make_shared<StreamSeriesBuilder>();
    try {
        *series = seriesFromCapture(options.path, *options.stream, &error);
    } catch (const CaptureError& e) {
        err << "tcplens-cli: " << e.what() << '\n';
        return kExitUnreadable;
    }
    if (series->empty()) {
        err << "tcplens-cli: " << options.path << " has no TCP stream " << *options.stream << '\n';
        return kExitUsage;
    }
    if (!direction)
        direction = dataDirection(*series);
    if (format == "csv") {
        std::ofstream file(options.output, std::ios::binary);
        file << chartCsv(*series, *direction, *kind, options.throughputWindow);
        if (!file.flush()) {
            err << "tcplens-cli: cannot write " << options.output << '\n';
            return kExitUnreadable;
        }
    } else {
        ChartImageOptions image{*kind, *direction, *options.stream, options.width, options.height,
                                options.theme, options.throughputWindow, options.stevens};
        if (const auto problem = writeChartImage(series, image, options.output); !problem.empty()) {
            err << "tcplens-cli: " << problem << '\n';
            return kExitUnreadable;
        }
    }
    if (!error.empty()) {
        err << "tcplens-cli: " << options.path << ": " << error << '\n';
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
