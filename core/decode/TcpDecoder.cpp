// TCP fixed header, flags bit by bit, checksum over the pseudo-header (RFC 9293).
#include "DecodeSteps.h"
#include "TcpFlagsText.h"

#include <algorithm>

namespace tcplens::detail {
namespace {

constexpr std::uint32_t kMinHeader = 20;

void verifyChecksum(DecodeContext& ctx, std::uint32_t offset, std::uint32_t segmentLength, std::size_t checksumSpan)
{
    auto& out = ctx.out;
    auto& tcp = out.tcp;
    const bool whole = fits(ctx.frame, offset, segmentLength) && (!out.network.isFragment || out.network.reassembled);
    if (!whole) {
        if (ctx.spans.enabled()) {
            ctx.spans.setText(checksumSpan, "Checksum: " + hex16(tcp.checksumValue) + " [unverified]");
            ctx.spans.insertBytes(checksumSpan + 1, "tcp.checksum.status", "Checksum Status", offset + 16, 0, 2, 1,
                                  [] { return std::string("[Checksum Status: Unverified]"); });
        }
        return;
    }
    const std::uint32_t pseudo = pseudoHeaderSum(out.network, segmentLength);
    const auto segment = ctx.frame.subspan(offset, segmentLength);
    const std::uint16_t total = foldChecksum(onesComplementSum(segment, pseudo));
    const bool good = total == 0xffff;
    // The sum without the stored field: subtracting is adding its complement.
    const auto expected = static_cast<std::uint16_t>(~foldChecksum(total + (0xffffU & ~tcp.checksumValue)));
    tcp.checksum = good ? ChecksumStatus::Good : ChecksumStatus::Bad;
    if (!good) {
        // A sender that offloads checksumming hands the NIC only the pseudo-header sum;
        // a capture on that host (or of packets it marks outgoing) sees that partial value.
        tcp.checksumOffload = tcp.checksumValue == foldChecksum(pseudo) || out.link.sllPacketType == 4;
        out.problems.add(tcp.checksumOffload ? ProblemKind::ChecksumOffload : ProblemKind::BadTcpChecksum,
                         tcp.checksumValue, expected);
    }
    if (ctx.spans.enabled()) {
        std::string status = good ? " [correct]" : " [incorrect, should be " + hex16(expected) + "]";
        if (tcp.checksumOffload)
            status += " (partial checksum: the sending host offloads checksums to its NIC)";
        ctx.spans.setText(checksumSpan, "Checksum: " + hex16(tcp.checksumValue) + status);
        ctx.spans.insertBytes(checksumSpan + 1, "tcp.checksum.status", "Checksum Status", offset + 16, 0, good, 1,
                              [&] { return std::string("[Checksum Status: ") + (good ? "Good]" : "Bad]"); });
        ctx.spans.insertBytes(checksumSpan + 2, "tcp.checksum_calculated", "Calculated Checksum", offset + 16, 0,
                              expected, 1, [&] { return "[Calculated Checksum: " + hex16(expected) + "]"; });
    }
}

} // namespace

void decodeTcp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t segmentLength)
{
    auto& out = ctx.out;
    auto& tcp = out.tcp;
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    spans.setLayer(Layer::Transport);
    tcp.offset = offset;
    const auto captured = static_cast<std::uint32_t>(frame.size());
    if (!fits(frame, offset, 4)) {
        out.problems.add(ProblemKind::TruncatedTcpHeader, offset + kMinHeader, captured);
        out.truncated = true;
        return;
    }
    const std::uint8_t* p = frame.data() + offset;
    tcp.present = true;
    tcp.srcPort = be16(p);
    tcp.dstPort = be16(p + 2);
    const std::size_t headerSpan = spans.size();
    spans.bytes("tcp", "Transmission Control Protocol", offset, std::min(kMinHeader, captured - offset), 0, 0,
                [&] {
                    return "Transmission Control Protocol, Src Port: " + std::to_string(tcp.srcPort)
                         + ", Dst Port: " + std::to_string(tcp.dstPort);
                });
    spans.bytes("tcp.srcport", "Source Port", offset, 2, tcp.srcPort, 1,
                [&] { return "Source Port: " + std::to_string(tcp.srcPort); });
    spans.bytes("tcp.dstport", "Destination Port", offset + 2, 2, tcp.dstPort, 1,
                [&] { return "Destination Port: " + std::to_string(tcp.dstPort); });
    // Wireshark lists the segment length right after the ports, so work it out early.
    if (const auto offsetByte = loadU8(frame, offset + 12)) {
        const std::uint32_t claimed = (*offsetByte >> 4) * 4U;
        if (claimed >= kMinHeader && claimed <= segmentLength)
            spans.bytes("tcp.len", "TCP Segment Len", offset + 12, 0, segmentLength - claimed, 1,
                        [&] { return "[TCP Segment Len: " + std::to_string(segmentLength - claimed) + "]"; });
    }
    if (segmentLength < kMinHeader)
        out.problems.add(ProblemKind::TcpHeaderExceedsSegment, kMinHeader, segmentLength);
    if (auto seq = loadBe32(frame, offset + 4)) {
        tcp.seq = *seq;
        spans.bytes("tcp.seq_raw", "Sequence Number (raw)", offset + 4, 4, tcp.seq, 1,
                    [&] { return "Sequence Number (raw): " + std::to_string(tcp.seq); });
    }
    if (auto ack = loadBe32(frame, offset + 8)) {
        tcp.ack = *ack;
        spans.bytes("tcp.ack_raw", "Acknowledgment number (raw)", offset + 8, 4, tcp.ack, 1,
                    [&] { return "Acknowledgment number (raw): " + std::to_string(tcp.ack); });
    }
    if (!fits(frame, offset, kMinHeader) || segmentLength < kMinHeader) {
        if (!fits(frame, offset, kMinHeader)) {
            out.problems.add(ProblemKind::TruncatedTcpHeader, offset + kMinHeader, captured);
            out.truncated = true;
        }
        return;
    }

    const std::uint8_t offsetByte = p[12];
    tcp.headerLength = (offsetByte >> 4) * 4U;
    spans.bits("tcp.hdr_len", "Header Length", BitContainer{offset + 12, 0, 8, offsetByte}, 0, 4, 1,
               [&] { return std::string(std::to_string(tcp.headerLength) + " bytes (" + std::to_string(offsetByte >> 4) + ")"); });
    if (tcp.headerLength < kMinHeader) {
        out.problems.add(ProblemKind::BogusTcpHeaderLength, tcp.headerLength);
        return;
    }
    tcp.flags = be16(p + 12) & 0x0fff;
    tcp.window = be16(p + 14);
    tcp.checksumValue = be16(p + 16);
    tcp.urgentPointer = be16(p + 18);
    tcp.complete = true;

    const BitContainer flagBits{offset + 12, 4, 12, tcp.flags};
    spans.bytes("tcp.flags", "Flags", offset + 12, 2, tcp.flags, 1,
                [&] { return "Flags: 0x" + hex16(tcp.flags).substr(3) + " (" + wiresharkFlagNames(tcp.flags) + ")"; });
    // Same bit order and names as Wireshark 4.0's tree.
    spans.bits("tcp.flags.res", "Reserved", flagBits, 0, 3, 2, [&] { return std::string((tcp.flags >> 9) ? "Set" : "Not set"); });
    spans.flag("tcp.flags.ae", "Accurate ECN", flagBits, 3, 2);
    spans.flag("tcp.flags.cwr", "Congestion Window Reduced", flagBits, 4, 2);
    spans.flag("tcp.flags.ece", "ECN-Echo", flagBits, 5, 2);
    spans.flag("tcp.flags.urg", "Urgent", flagBits, 6, 2);
    spans.flag("tcp.flags.ack", "Acknowledgment", flagBits, 7, 2);
    spans.flag("tcp.flags.push", "Push", flagBits, 8, 2);
    spans.flag("tcp.flags.reset", "Reset", flagBits, 9, 2);
    spans.flag("tcp.flags.syn", "Syn", flagBits, 10, 2);
    spans.flag("tcp.flags.fin", "Fin", flagBits, 11, 2);
    spans.bytes("tcp.flags.str", "TCP Flags", offset + 12, 0, tcp.flags, 2,
                [&] { return "[TCP Flags: " + wiresharkFlagPicture(tcp.flags) + "]"; });
    spans.bytes("tcp.window_size_value", "Window", offset + 14, 2, tcp.window, 1,
                [&] { return "Window: " + std::to_string(tcp.window); });
    const std::size_t checksumSpan = spans.size();
    spans.bytes("tcp.checksum", "Checksum", offset + 16, 2, tcp.checksumValue, 1,
                [&] { return "Checksum: " + hex16(tcp.checksumValue); });
    spans.bytes("tcp.urgent_pointer", "Urgent Pointer", offset + 18, 2, tcp.urgentPointer, 1,
                [&] { return "Urgent Pointer: " + std::to_string(tcp.urgentPointer); });

    // The header may claim more than the segment holds or the capture kept.
    std::uint32_t headerEnd = offset + tcp.headerLength;
    if (tcp.headerLength > segmentLength) {
        out.problems.add(ProblemKind::TcpHeaderExceedsSegment, tcp.headerLength, segmentLength);
        headerEnd = offset + segmentLength;
    }
    if (headerEnd > captured) {
        out.problems.add(ProblemKind::TruncatedTcpHeader, headerEnd, captured);
        out.truncated = true;
    }
    const std::uint32_t optionsEnd = std::min(headerEnd, captured);
    spans.resize(headerSpan, optionsEnd - offset);
    if (optionsEnd > offset + kMinHeader)
        decodeTcpOptions(ctx, offset + kMinHeader, optionsEnd);
    if (tcp.headerLength > segmentLength || headerEnd > captured)
        return;

    tcp.payloadOffset = headerEnd;
    tcp.payloadLength = segmentLength - tcp.headerLength;
    tcp.payloadCaptured = std::min(tcp.payloadLength, captured - headerEnd);
    if (tcp.payloadCaptured < tcp.payloadLength) {
        out.problems.add(ProblemKind::TruncatedPayload, tcp.payloadCaptured, tcp.payloadLength);
        out.truncated = true;
    }
    spans.setText(headerSpan, spans.enabled()
                                  ? "Transmission Control Protocol, Src Port: " + std::to_string(tcp.srcPort)
                                        + ", Dst Port: " + std::to_string(tcp.dstPort)
                                        + ", Seq: " + std::to_string(tcp.seq)
                                        + (tcp.has(tcpflag::Ack) ? ", Ack: " + std::to_string(tcp.ack) : "")
                                        + ", Len: " + std::to_string(tcp.payloadLength)
                                  : std::string());
    verifyChecksum(ctx, offset, segmentLength, checksumSpan);
    if (tcp.payloadCaptured > 0) {
        spans.setLayer(Layer::Payload);
        spans.bytes("tcp.payload", "TCP payload", tcp.payloadOffset, tcp.payloadCaptured, tcp.payloadLength, 0, [&] {
            return "TCP payload (" + std::to_string(tcp.payloadLength) + " bytes"
                 + (tcp.payloadCaptured < tcp.payloadLength
                        ? ", " + std::to_string(tcp.payloadCaptured) + " captured"
                        : std::string())
                 + ")";
        });
    }
}

} // namespace tcplens::detail
