#include "ReassemblingDecoder.h"

#include "DecodeSteps.h"

#include <algorithm>

namespace tcplens {
namespace {

constexpr int kMaxExtensionHeaders = 10;

/// Wireshark's "[3 IPv4 Fragments (3092 bytes): #4(1480), #5(1480), #6(132)]" and its children.
void fragmentSpans(SpanWriter& spans, std::uint32_t payloadOffset, const ReassembledDatagram& d)
{
    if (!spans.enabled())
        return;
    const bool v4 = d.family == 4;
    const std::string ipv = v4 ? "IPv4" : "IPv6";
    const auto length = static_cast<std::uint32_t>(d.payload.size());
    spans.setLayer(Layer::Network);
    spans.bytes(v4 ? "ip.fragments" : "ipv6.fragments", "Fragments", payloadOffset, length, d.fragments.size(), 0, [&] {
        std::string text = "[" + std::to_string(d.fragments.size()) + " " + ipv + " Fragments ("
                         + std::to_string(length) + " bytes):";
        for (std::size_t i = 0; i < d.fragments.size(); ++i)
            text += (i ? ", #" : " #") + std::to_string(d.fragments[i].frame) + "("
                  + std::to_string(d.fragments[i].length) + ")";
        return text + "]";
    });
    for (const auto& f : d.fragments) {
        const std::uint32_t shown = f.offset < length ? std::min(f.length, length - f.offset) : 0;
        spans.bytes(v4 ? "ip.fragment" : "ipv6.fragment", "Fragment", payloadOffset + f.offset, shown, f.frame, 1, [&] {
            return "[Frame: " + std::to_string(f.frame) + ", payload: " + std::to_string(f.offset) + "-"
                 + std::to_string(f.offset + f.length - 1) + " (" + std::to_string(f.length) + " bytes)]";
        });
    }
    const char* prefix = v4 ? "ip" : "ipv6";
    const auto flag = [&](bool set, const char* suffix, const char* text) {
        if (set)
            spans.bytes((std::string(prefix) + suffix).c_str(), text, payloadOffset, 0, 1, 1,
                        [&] { return "[" + std::string(text) + "]"; });
    };
    flag(d.overlap, ".fragment.overlap", "Fragment overlap: True");
    flag(d.overlapConflict, ".fragment.overlap.conflict", "Conflicting data in fragment overlap: True");
    flag(d.multipleTails, ".fragment.multipletails", "Multiple tail fragments found: True");
    flag(d.tooLongFragment, ".fragment.toolongfragment", "Fragment too long: True");
    spans.bytes(v4 ? "ip.fragment.count" : "ipv6.fragment.count", "Fragment count", payloadOffset, 0,
                d.fragments.size(), 1, [&] { return "[Fragment count: " + std::to_string(d.fragments.size()) + "]"; });
    spans.bytes(v4 ? "ip.reassembled.length" : "ipv6.reassembled.length", "Reassembled length", payloadOffset, 0,
                length, 1, [&] { return "[Reassembled " + ipv + " length: " + std::to_string(length) + "]"; });
}

bool isExtensionHeader(std::uint8_t next) noexcept
{
    return next == 0 || next == 43 || next == 60 || next == 51 || next == 135 || next == 139 || next == 140;
}

bool isTransportProblem(ProblemKind kind) noexcept
{
    switch (kind) {
    case ProblemKind::TruncatedTcpHeader:
    case ProblemKind::TruncatedPayload:
    case ProblemKind::BogusTcpHeaderLength:
    case ProblemKind::TcpHeaderExceedsSegment:
    case ProblemKind::TcpOptionBadLength:
    case ProblemKind::TcpOptionPastHeader:
    case ProblemKind::TcpOptionWrongLength:
    case ProblemKind::BadTcpChecksum:
    case ProblemKind::ChecksumOffload:
        return true;
    default:
        return false;
    }
}

/// Wireshark shows a first fragment it reassembles as data: its TCP is the datagram's, on the last one.
void dropTransport(DecodedPacket& packet, FieldSpans* spans)
{
    packet.tcp = TcpInfo{};
    ProblemList kept;
    for (const auto& problem : packet.problems)
        if (!isTransportProblem(problem.kind))
            kept.add(problem.kind, problem.a, problem.b);
    packet.problems = kept;
    if (spans)
        std::erase_if(*spans, [](const FieldSpan& span) { return span.layer >= Layer::Transport; });
}

} // namespace

void decodeReassembled(DecodedPacket& packet, Bytes bytes, std::uint32_t payloadOffset,
                       const ReassembledDatagram& datagram, FieldSpans* spans)
{
    SpanWriter writer(spans, bytes.size());
    fragmentSpans(writer, payloadOffset, datagram);
    auto& ip = packet.network;
    ip.reassembled = true;
    const auto end = static_cast<std::uint32_t>(bytes.size());
    std::uint32_t at = payloadOffset;
    std::uint8_t next = datagram.protocol;
    // IPv6: the fragmentable part may start with more extension headers (RFC 8200 4.5).
    for (int walked = 0; datagram.family == 6 && isExtensionHeader(next); ++walked) {
        if (walked == kMaxExtensionHeaders || !fits(bytes, at, 8)) {
            packet.problems.add(ProblemKind::BadIpv6ExtensionHeader, next);
            return;
        }
        const std::uint32_t length = next == 51 ? (bytes[at + 1] + 2U) * 4U : (bytes[at + 1] + 1U) * 8U;
        if (!fits(bytes, at, length)) {
            packet.problems.add(ProblemKind::BadIpv6ExtensionHeader, next);
            return;
        }
        const std::uint8_t header = next;
        next = bytes[at];
        writer.setLayer(Layer::Network);
        writer.bytes("ipv6.ext", ipProtocolName(header), at, length, header, 0, [&] {
            return std::string(ipProtocolName(header)) + " (" + std::to_string(length) + " bytes), Next Header: "
                 + ipProtocolName(next) + " (" + std::to_string(next) + ")";
        });
        at += length;
    }
    ip.protocol = next;
    // The payload decodes as an unfragmented packet's would: TCP, or a tunnel (GRE, IP-in-IP,
    // UDP to VXLAN/Geneve) whose innermost IP header then becomes packet.network.
    detail::DecodeContext ctx{bytes, packet, writer};
    detail::decodeIpPayload(ctx, next, at, end);
    packet.network.reassembled = true;
}

DecodedFrame ReassemblingDecoder::decode(std::uint32_t frameNumber, std::int64_t timestampNs, Bytes frame,
                                         std::uint32_t wireLength, int linkType, FieldSpans* spans)
{
    DecodedFrame out{decodePacket(frame, wireLength, linkType, spans), frame, nullptr};
    const auto& ip = out.packet.network;
    if (!ip.isFragment || !ip.reassemblable)
        return out;
    if (ip.fragmentOffset == 0 && out.packet.tcp.present)
        dropTransport(out.packet, spans);
    out.datagram = reassembler_.add(frameNumber, timestampNs, out.packet, frame);
    if (!out.datagram)
        return out;
    buffer_.assign(frame.begin(), frame.end());
    buffer_.insert(buffer_.end(), out.datagram->payload.begin(), out.datagram->payload.end());
    out.bytes = Bytes(buffer_.data(), buffer_.size());
    decodeReassembled(out.packet, out.bytes, static_cast<std::uint32_t>(frame.size()), *out.datagram, spans);
    return out;
}

} // namespace tcplens
