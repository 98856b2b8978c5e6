#include "PacketDissections.h"

#include "../capture/PacketAnalyzer.h"
#include "PacketText.h"
#include "TcpdumpSequenceNumbers.h"

#include <ostream>

namespace tcplens {

std::string csvRecord(std::span<const std::string> fields)
{
    std::string record;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        record += i ? ",\"" : "\"";
        for (const char c : fields[i]) {
            if (c == '"')
                record += '"';
            record += c;
        }
        record += '"';
    }
    return record + '\n';
}

std::uint64_t writePacketJsonLines(const PacketStore& store, const PacketAnalysisStore& final,
                                   const std::function<bool(PacketNumber)>& chosen, std::ostream& out, bool absolute,
                                   const ExportControl& control)
{
    PacketAnalyzer analyzer(store.info().linkType);
    TcpdumpSequenceNumbers sequenceNumbers; // the numbers of a TCP segment outside any conversation
    const bool pcapng = store.info().format == FileFormat::Pcapng;
    const auto& index = store.index();
    std::uint64_t written = 0;
    for (PacketNumber n = 0; n < store.size() && control.goOn(n); ++n) {
        RawPacket raw;
        raw.timestampNs = index.timestampNs(n);
        raw.capturedLength = index.capturedLength(n);
        raw.wireLength = index.wireLength(n);
        raw.bytes = store.bytes(n);
        raw.dataOffset = index.dataOffset(n);
        raw.interfaceId = index.interfaceId(n);
        raw.linkType = store.linkType(n);
        raw.comments = store.comments(n);
        // Every packet goes through the analysis: the chosen ones' streams and numbers are the whole file's.
        const auto analyzed = analyzer.add(raw);
        auto numbers = sequenceNumbers.next(analyzed.decoded);
        if (!chosen(n))
            continue;
        auto analysis = analyzed.analysis;
        if (absolute)
            numbers = {analyzed.decoded.tcp.seq, analyzed.decoded.tcp.ack, 0};
        else if (analysis.stream != kNoStream)
            numbers = {analysis.relativeSeq, analysis.relativeAck, 0};
        const auto& record = final[n];
        if (record.isTcp()) {
            analysis.srcBefore = record.srcBefore();
            analysis.srcAfter = record.srcAfter();
            analysis.dstBefore = record.dstBefore();
            analysis.dstAfter = record.dstAfter();
            analysis.notReceived = record.notReceived();
        }
        raw.bytes = analyzed.bytes; // a reassembled TCP header's offsets index the frame + datagram
        out << jsonLine(n + 1, raw, analyzed.decoded, numbers, &analysis, analyzed.datagram,
                        pcapng ? store.interface(n) : nullptr)
            << '\n';
        ++written;
    }
    return written;
}

} // namespace tcplens
