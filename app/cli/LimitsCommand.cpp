#include "LimitsCommand.h"

#include "CliCaptureOpening.h"
#include "CliCommands.h"
#include "CliNumbers.h"
#include "CliOutput.h"

#include <capture/CaptureFile.h>
#include <decode/ReassemblingDecoder.h>
#include <export/LimitText.h>
#include <kernel/KernelSeries.h>
#include <kernel/TcpInfoCsv.h>
#include <tcp/ConversationTracker.h>

#include <optional>
#include <ostream>
#include <string>

namespace tcplens::cli {

int runLimits(const std::vector<std::string_view>& args, std::ostream& out, std::ostream& err)
{
    bool json = false;
    std::optional<std::uint32_t> stream;
    NarrationLanguage language = NarrationLanguage::English;
    std::string output;
    std::optional<std::string> path;
    std::optional<std::string> sidecar;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        if (arg == "--json") {
            json = true;
        } else if (arg == "--stream" || arg == "--lang" || arg == "-o" || arg == "--output" || arg == "--tcpinfo") {
            if (i + 1 >= args.size()) {
                err << "tcplens-cli: " << arg << " needs a value\n";
                return kExitUsage;
            }
            const std::string value(args[++i]);
            if (arg == "--lang") {
                const auto parsed = parseNarrationLanguage(value);
                if (!parsed) {
                    err << "tcplens-cli: --lang takes en or zh_CN, not \"" << value << "\"\n";
                    return kExitUsage;
                }
                language = *parsed;
            } else if (arg == "--stream") {
                const auto number = parseWholeNumber(value, 0, kMaxStreamNumber);
                if (!number) {
                    err << "tcplens-cli: --stream needs a stream number from 0 to 4294967294, not \"" << value << "\"\n";
                    return kExitUsage;
                }
                stream = static_cast<std::uint32_t>(*number);
            } else if (arg == "--tcpinfo") {
                sidecar = value;
            } else {
                output = value;
            }
        } else if (arg.size() > 1 && arg[0] == '-') {
            err << "tcplens-cli: unknown option " << arg << " for limits\n";
            return kExitUsage;
        } else if (path) {
            err << "tcplens-cli: limits needs exactly one capture file\n";
            return kExitUsage;
        } else {
            path = std::string(arg);
        }
    }
    if (!path) {
        err << "tcplens-cli: limits needs a capture file\n";
        return kExitUsage;
    }
    if (!stream) {
        err << "tcplens-cli: limits needs --stream N (see tcplens-cli conversations FILE)\n";
        return kExitUsage;
    }
    auto file = openOrReport(*path, err);
    if (!file)
        return kExitUnreadable;
    ConversationTracker tracker;
    ReassemblingDecoder decoder;
    LimitTracker limits;
    RawPacket packet;
    ReadStatus status;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        const auto frame = static_cast<std::uint32_t>(file->packetsRead());
        const auto decoded = decoder.decode(frame, packet.timestampNs, packet.bytes, packet.wireLength, packet.linkType).packet;
        const auto analysis = tracker.add(frame, packet.timestampNs, packet.wireLength, decoded);
        if (decoded.tcp.complete && analysis.stream == *stream)
            limits.add(packet.timestampNs, decoded.tcp, analysis);
    }
    const auto& conversations = tracker.conversations();
    if (*stream >= conversations.size() || conversations[*stream].quoteOnly()) {
        err << "tcplens-cli: " << *path << " has no TCP stream " << *stream << " (it has " << conversations.size()
            << ")\n";
        return kExitUsage;
    }
    const auto& conversation = conversations[*stream];
    // The kernel's split: from the sidecar next to the capture, or the one named.
    std::optional<KernelComparisons> kernel;
    {
        bool exists = false;
        const auto csvPath = sidecar.value_or(tcpInfoSidecarPath(*path));
        const auto csv = readTcpInfoCsv(csvPath, &exists);
        if (sidecar && !exists) {
            err << "tcplens-cli: no tcp_info sidecar " << csvPath << "\n";
            return kExitUnreadable;
        }
        if (!csv.error.empty())
            err << "tcplens-cli: " << csv.error << " (the kernel's split uses the samples before it)\n";
        if (exists) {
            kernel.emplace();
            for (const auto d : {Direction::ClientToServer, Direction::ServerToClient})
                (*kernel)[static_cast<std::size_t>(index(d))] =
                    compareWithKernel(limits.timeline(d), kernelSeriesFor(csv.samples, conversation, d, conversation.firstNs));
        }
    }
    CliOutput sink(output, out);
    if (!sink.open(err))
        return kExitUnreadable;
    if (json)
        sink.stream() << limitsJson(limits, *stream, language, kernel ? &*kernel : nullptr) << '\n';
    else
        sink.stream() << limitsText(limits, *stream, endpointText(conversation.client().endpoint),
                                    endpointText(conversation.server().endpoint), language, kernel ? &*kernel : nullptr);
    if (!sink.finish(err))
        return kExitUnreadable;
    if (status == ReadStatus::Error) {
        err << "tcplens-cli: " << *path << ": " << file->error() << " (the timeline covers the packets before it)\n";
        return kExitUnreadable;
    }
    return kExitOk;
}

} // namespace tcplens::cli
