// Harness "read": the CLI's summary, packets (text and JSON), details and conversations commands.
#include "FuzzCaptureFile.h"
#include "FuzzTargets.h"

#include <capture/CaptureFile.h>
#include <capture/CaptureSummary.h>
#include <capture/PacketAnalyzer.h>
#include <decode/DecodeProblem.h>
#include <decode/PacketDecoder.h>
#include <export/AnalysisSpans.h>
#include <export/ConversationText.h>
#include <export/PacketText.h>
#include <export/TcpdumpSequenceNumbers.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace tcplens::fuzz {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "tcplens fuzz: invariant broken: %s\n", what);
        std::abort();
    }
}

void fuzzRead(const std::uint8_t* data, std::size_t size)
{
    const FuzzCaptureFile input(data, size);
    if (input.path().empty())
        return;
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::open(input.path());
    } catch (const CaptureError& error) {
        require(error.what()[0] != '\0', "a file that cannot be opened says why");
        return;
    }
    const auto& info = file->info();
    std::string filterError;
    const auto filter = file->compileFilter("tcp port 80 or tcp[tcpflags] & tcp-syn != 0", filterError);

    CaptureSummary summary;
    TcpdumpSequenceNumbers sequenceNumbers;
    PacketAnalyzer analyzer(info.linkType);
    FieldSpans spans;
    std::size_t text = 0;
    RawPacket packet;
    ReadStatus status;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        spans.clear();
        const auto decoded = decodePacket(packet.bytes, packet.wireLength, packet.linkType, &spans);
        summary.add(packet, decoded);
        const auto analyzed = analyzer.add(packet);
        insertAnalysisSpans(spans, analyzed.record, SequenceNumbering::Relative);
        insertAnalysisSpans(spans, analyzed.record, SequenceNumbering::Absolute);
        for (const auto& span : spans)
            text += span.text.size();
        for (const auto& problem : decoded.problems)
            text += describe(problem).size();
        if (filter)
            text += filter->matches(packet) ? 1 : 0;
        const auto numbers = sequenceNumbers.next(decoded);
        text += tcpdumpTime(packet.timestampNs).size() + epochSeconds(packet.timestampNs).size();
        text += tcpdumpLine(packet.bytes, decoded, numbers).size();
        text += jsonLine(file->packetsRead(), packet, decoded, numbers, &analyzed.analysis).size();
        text += jsonLine(file->packetsRead(), packet, decoded, {decoded.tcp.seq, decoded.tcp.ack, 0}).size();
    }
    require(status != ReadStatus::Error || !file->error().empty(), "a read error says what it is");
    const auto& conversations = analyzer.tracker().conversations();
    for (const auto& conversation : conversations)
        text += conversationJson(conversation).size();
    text += conversationTable(conversations).size();
    require(summary.packets() == file->packetsRead(), "the summary counts every packet read");
    (void)text;
}

} // namespace tcplens::fuzz
