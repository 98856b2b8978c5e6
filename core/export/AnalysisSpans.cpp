#include "AnalysisSpans.h"

#include <algorithm>
#include <string_view>

namespace tcplens {
namespace {

FieldSpan generated(const char* id, const char* name, std::uint32_t offset, std::uint64_t value, std::string text,
                    std::uint8_t depth)
{
    return FieldSpan{id, name, offset, 0, 0, value, "[" + std::move(text) + "]", depth, Layer::Transport};
}

/// Replaces the number after `label` ("Seq: ") in `text`, up to the next comma.
void replaceNumber(std::string& text, std::string_view label, std::uint32_t number)
{
    const auto at = text.find(label);
    if (at == std::string::npos)
        return;
    const auto begin = at + label.size();
    const auto end = std::min(text.find(',', begin), text.size());
    text.replace(begin, end - begin, std::to_string(number));
}

/// "Sequence Number (raw): 170371489" → "Sequence Number: 170371489", as tshark writes it in absolute mode.
void dropRawSuffix(FieldSpan& span)
{
    static constexpr std::string_view raw = " (raw)";
    if (const auto at = span.text.find(raw); at != std::string::npos)
        span.text.erase(at, raw.size());
    if (const auto at = span.name.find(raw); at != std::string::npos)
        span.name.erase(at, raw.size());
}

} // namespace

std::string notReceivedText(const char* receiver)
{
    return std::string("Not received by the ") + receiver + " (lost after the capture point, or still on its way)";
}

void insertAnalysisSpans(FieldSpans& spans, const PacketAnalysisRecord& record, SequenceNumbering numbering)
{
    if (!record.isTcp())
        return;
    const auto tcp = std::find_if(spans.begin(), spans.end(), [](const FieldSpan& s) { return s.id == "tcp"; });
    if (tcp == spans.end())
        return;
    const std::uint32_t offset = tcp->byteOffset;
    // After the TCP header's last field: the first depth-0 span that follows, or the end.
    const auto end = std::find_if(tcp + 1, spans.end(), [](const FieldSpan& s) { return s.depth == 0; });

    const bool relative = numbering == SequenceNumbering::Relative;
    if (relative) {
        replaceNumber(tcp->text, ", Seq: ", record.relativeSeq);
        if (record.hasHeaderFlag(0x010))
            replaceNumber(tcp->text, ", Ack: ", record.relativeAck);
    } else {
        for (auto it = tcp + 1; it != end; ++it)
            if (it->id == "tcp.seq_raw" || it->id == "tcp.ack_raw")
                dropRawSuffix(*it);
    }

    FieldSpans added;
    added.push_back(generated("tcp.stream", "Stream index", offset, record.stream,
                              "Stream index: " + std::to_string(record.stream), 1));
    if (relative)
        added.push_back(generated("tcp.seq", "Sequence Number", offset + 4, record.relativeSeq,
                                  "Sequence Number: " + std::to_string(record.relativeSeq)
                                      + "    (relative sequence number)",
                                  1));
    if (relative && record.hasHeaderFlag(0x010))
        added.push_back(generated("tcp.ack", "Acknowledgment Number", offset + 8, record.relativeAck,
                                  "Acknowledgment Number: " + std::to_string(record.relativeAck)
                                      + "    (relative ack number)",
                                  1));
    if (record.calculatedWindow != PacketAnalysisRecord::kUnknownWindow)
        added.push_back(generated("tcp.window_size", "Calculated window size", offset + 14, record.calculatedWindow,
                                  "Calculated window size: " + std::to_string(record.calculatedWindow), 1));
    added.push_back(generated("tcp.analysis", "SEQ/ACK analysis", offset, record.analysisFlags, "SEQ/ACK analysis", 1));
    if (record.bytesInFlight >= 0)
        added.push_back(generated("tcp.analysis.bytes_in_flight", "Bytes in flight", offset,
                                  static_cast<std::uint64_t>(record.bytesInFlight),
                                  "Bytes in flight: " + std::to_string(record.bytesInFlight), 2));
    for (const auto& name : analysisNames(record.analysisFlags))
        added.push_back(generated("tcp.analysis.flags", "Analysis", offset, record.analysisFlags,
                                  "tcp.analysis." + name, 2));
    if (record.dupAckNumber)
        added.push_back(generated("tcp.analysis.duplicate_ack_num", "Duplicate ACK", offset, record.dupAckNumber,
                                  "Duplicate ACK #: " + std::to_string(record.dupAckNumber) + " (of frame "
                                      + std::to_string(record.dupAckFrame) + ")",
                                  2));
    const auto stateLine = [](const char* who, TcpState before, TcpState after) {
        return std::string(who) + " state: " + stateName(before)
             + (before == after ? std::string(" (unchanged)") : std::string(" \xE2\x86\x92 ") + stateName(after));
    };
    added.push_back(generated("tcplens.state.src", "Sender state", offset, static_cast<std::uint64_t>(record.srcAfter()),
                              stateLine("Sender", record.srcBefore(), record.srcAfter()), 2));
    added.push_back(generated("tcplens.state.dst", "Receiver state", offset,
                              static_cast<std::uint64_t>(record.dstAfter()),
                              stateLine("Receiver", record.dstBefore(), record.dstAfter()), 2));
    if (record.notReceived())
        added.push_back(generated("tcplens.not_received", "Not received", offset, record.fromClient() ? 2 : 1,
                                  notReceivedText(record.fromClient() ? "server" : "client"), 2));
    spans.insert(end, added.begin(), added.end());
}

} // namespace tcplens
