// The table of display-filter fields: Wireshark 4.0's names and types (tshark -G fields),
// each read straight from DecodedPacket, the frame bytes and the analysis records.
#include "FilterField.h"

#include "../capture/PacketAnalysisStore.h"
#include "../decode/LinkType.h"
#include "../tcp/TcpAnalysis.h"

#include <cstdio>
#include <cstring>

namespace tcplens {

namespace {

using Ctx = FilterContext;
using Out = FilterValue*;
using Scratch = FilterScratch;

int one(Out out, int capacity, std::uint64_t n)
{
    if (capacity < 1)
        return 0;
    out[0] = FilterValue::ofNumber(n);
    return 1;
}

int bytesAt(const Ctx& c, Out out, int capacity, std::size_t offset, std::size_t length)
{
    if (capacity < 1 || !fits(c.bytes, offset, length))
        return 0;
    out[0] = FilterValue::ofBytes(c.bytes.data() + offset, static_cast<std::uint32_t>(length));
    return 1;
}

int text(Out out, int capacity, Scratch& scratch, const char* s, std::size_t n)
{
    auto* p = scratch.take(n);
    if (capacity < 1 || p == nullptr)
        return 0;
    std::memcpy(p, s, n);
    out[0] = FilterValue::ofBytes(p, static_cast<std::uint32_t>(n));
    return 1;
}

const DecodedPacket& pk(const Ctx& c) { return *c.packet; }
bool isEth(const Ctx& c) { return pk(c).link.linkType == linktype::Ethernet && c.frameLength >= 14; }
bool isIp4(const Ctx& c) { return pk(c).network.kind == NetworkKind::Ipv4; }
bool isIp6(const Ctx& c) { return pk(c).network.kind == NetworkKind::Ipv6; }
bool isTcp(const Ctx& c) { return pk(c).tcp.present; }
bool hasRecord(const Ctx& c) { return isTcp(c) && c.record != nullptr && c.record->isTcp(); }
std::uint8_t netByte(const Ctx& c, std::size_t at)
{
    const auto offset = pk(c).network.offset + at;
    return offset < c.bytes.size() ? c.bytes[offset] : 0;
}
int quotedStream(const Ctx& c, Out out, int capacity)
{
    return c.record != nullptr && c.record->quotedStream() != kNoStream ? one(out, capacity, c.record->quotedStream()) : 0;
}
std::uint16_t analysisFlags(const Ctx& c) { return hasRecord(c) ? c.record->analysisFlags : 0; }

int address(const IpAddress& a, Out out, int capacity)
{
    if (capacity < 1)
        return 0;
    out[0] = FilterValue::ofBytes(a.bytes.data(), static_cast<std::uint32_t>(a.size()));
    return 1;
}
int addresses(const Ctx& c, Out out, int capacity)
{
    const auto n = address(pk(c).network.src, out, capacity);
    return n + address(pk(c).network.dst, out + n, capacity - n);
}
int hostText(const IpAddress& a, Out out, int capacity, Scratch& scratch)
{
    char buffer[64];
    const auto s = a.toString(); // rare field (ip.host): one small string per packet
    const auto n = std::snprintf(buffer, sizeof buffer, "%s", s.c_str());
    return text(out, capacity, scratch, buffer, static_cast<std::size_t>(n));
}

bool analysisTree(const Ctx& c)
{
    if (!hasRecord(c))
        return false;
    if (c.record->analysisFlags != 0 || c.record->bytesInFlight >= 0)
        return true;
    return c.analysis != nullptr && c.analysis->ackedFrame != 0;
}

template <std::uint32_t Bit>
int analysisFlag(const Ctx& c, Out out, int capacity, Scratch&)
{
    return (analysisFlags(c) & Bit) != 0 ? one(out, capacity, 1) : 0;
}

template <std::uint16_t Bit>
int tcpFlag(const Ctx& c, Out out, int capacity, Scratch&)
{
    return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, (pk(c).tcp.flags & Bit) != 0) : 0;
}

/// The option items of one kind, as byte views of each whole option.
template <std::uint8_t Kind>
int optionBytes(const Ctx& c, Out out, int capacity, Scratch&)
{
    if (!isTcp(c))
        return 0;
    const auto& options = pk(c).tcp.options;
    int n = 0;
    for (std::size_t i = 0; i < options.count && n < capacity; ++i)
        if (options.items[i].kind == Kind)
            n += bytesAt(c, out + n, capacity - n, options.items[i].offset, options.items[i].length);
    return n;
}

/// Relative SACK edges: the same base as the segment's relative ACK (the peer's ISN).
int sackEdges(const Ctx& c, Out out, int capacity, bool right)
{
    if (!isTcp(c))
        return 0;
    const auto& t = pk(c).tcp;
    const std::uint32_t base = hasRecord(c) ? t.ack - c.record->relativeAck : 0;
    int n = 0;
    for (std::size_t i = 0; i < t.options.sackCount && n < capacity; ++i)
        out[n++] = FilterValue::ofNumber((right ? t.options.sack[i].right : t.options.sack[i].left) - base);
    return n;
}

/// tshark's checksum status values: 0 bad, 1 good, 2 unverified.
std::uint64_t checksumCode(ChecksumStatus status)
{
    return status == ChecksumStatus::Bad ? 0 : status == ChecksumStatus::Good ? 1 : 2;
}

constexpr std::uint64_t ns(std::int64_t v) { return static_cast<std::uint64_t>(v); }

#define F(body) [](const Ctx& c, Out out, int capacity, Scratch& scratch) -> int { (void)c; (void)out; (void)capacity; (void)scratch; body }

const std::vector<FilterField> kFields = {
    // Frame facts.
    {"frame", FieldType::Protocol, F(return bytesAt(c, out, capacity, 0, c.frameLength);), "", false, ""},
    {"frame.number", FieldType::Unsigned, F(return one(out, capacity, c.frameNumber);), "", false, ""},
    {"frame.len", FieldType::Unsigned, F(return one(out, capacity, pk(c).wireLength);), "", false, ""},
    {"frame.cap_len", FieldType::Unsigned, F(return one(out, capacity, c.frameLength);), "", false, ""},
    {"frame.time_relative", FieldType::Time, F(return one(out, capacity, ns(c.timeRelativeNs));), "", false, ""},
    {"frame.time_delta", FieldType::Time, F(return one(out, capacity, ns(c.timeDeltaNs));), "", false, ""},
    {"frame.time_delta_displayed", FieldType::Time, F(return one(out, capacity, ns(c.timeDeltaDisplayedNs));), "", false, ""},
    {"frame.marked", FieldType::Boolean, F(return one(out, capacity, 0);), "", false, ""},
    {"frame.ignored", FieldType::Boolean, F(return one(out, capacity, 0);), "", false, ""},
    {"frame.protocols", FieldType::String, nullptr, "", false, "application-layer dissection is not done by tcplens"},
    // Ethernet.
    {"eth", FieldType::Protocol, F(return isEth(c) ? bytesAt(c, out, capacity, 0, 14) : 0;), "eth", true, ""},
    {"eth.dst", FieldType::Ether, F(return isEth(c) ? bytesAt(c, out, capacity, 0, 6) : 0;), "eth.dst", true, ""},
    {"eth.src", FieldType::Ether, F(return isEth(c) ? bytesAt(c, out, capacity, 6, 6) : 0;), "eth.src", true, ""},
    {"eth.addr", FieldType::Ether, F(if (!isEth(c)) return 0; const int n = bytesAt(c, out, capacity, 0, 6);
                                      return n + bytesAt(c, out + n, capacity - n, 6, 6);), "eth.dst eth.src", true, ""},
    {"eth.type", FieldType::Unsigned, F(if (!isEth(c)) return 0; const auto v = loadBe16(c.bytes, 12);
                                         return v && *v > 1500 ? one(out, capacity, *v) : 0;), "eth.type", true, ""},
    {"eth.len", FieldType::Unsigned, F(if (!isEth(c)) return 0; const auto v = loadBe16(c.bytes, 12);
                                        return v && *v <= 1500 ? one(out, capacity, *v) : 0;), "eth.len", true, ""},
    {"vlan", FieldType::Protocol, nullptr, "vlan", false, ""},
    {"vlan.id", FieldType::Unsigned, F(int n = 0; for (int i = 0; i < pk(c).link.vlanCount && i < 2 && n < capacity; ++i)
                                          out[n++] = FilterValue::ofNumber(pk(c).link.vlanIds[i]); return n;), "vlan.id", true, ""},
    {"vlan.priority", FieldType::Unsigned, nullptr, "vlan.priority", true, ""},
    {"vlan.dei", FieldType::Boolean, nullptr, "vlan.dei", true, ""},
    {"vlan.etype", FieldType::Unsigned, nullptr, "vlan.etype", true, ""},
    // IPv4.
    {"ip", FieldType::Protocol, F(return isIp4(c) ? bytesAt(c, out, capacity, pk(c).network.offset, pk(c).network.headerLength) : 0;), "ip", true, ""},
    {"ip.version", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, 4) : 0;), "ip.version", true, ""},
    {"ip.hdr_len", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, pk(c).network.headerLength) : 0;), "ip.hdr_len", true, ""},
    {"ip.dsfield", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, netByte(c, 1)) : 0;), "ip.dsfield", true, ""},
    {"ip.dsfield.dscp", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, netByte(c, 1) >> 2) : 0;), "ip.dsfield.dscp", true, ""},
    {"ip.dsfield.ecn", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, netByte(c, 1) & 3) : 0;), "ip.dsfield.ecn", true, ""},
    {"ip.len", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, pk(c).network.totalLength) : 0;), "ip.len", true, ""},
    {"ip.id", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, pk(c).network.id) : 0;), "ip.id", true, ""},
    {"ip.flags", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, pk(c).network.flags) : 0;), "ip.flags", true, ""},
    {"ip.flags.rb", FieldType::Boolean, F(return isIp4(c) ? one(out, capacity, (pk(c).network.flags >> 2) & 1) : 0;), "ip.flags.rb", true, ""},
    {"ip.flags.df", FieldType::Boolean, F(return isIp4(c) ? one(out, capacity, (pk(c).network.flags >> 1) & 1) : 0;), "ip.flags.df", true, ""},
    {"ip.flags.mf", FieldType::Boolean, F(return isIp4(c) ? one(out, capacity, pk(c).network.flags & 1) : 0;), "ip.flags.mf", true, ""},
    {"ip.frag_offset", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, pk(c).network.fragmentOffset) : 0;), "ip.frag_offset", true, ""},
    {"ip.ttl", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, pk(c).network.ttl) : 0;), "ip.ttl", true, ""},
    {"ip.proto", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, netByte(c, 9)) : 0;), "ip.proto", true, ""},
    {"ip.checksum", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, pk(c).network.checksumValue) : 0;), "ip.checksum", true, ""},
    {"ip.checksum.status", FieldType::Unsigned, F(return isIp4(c) ? one(out, capacity, checksumCode(pk(c).network.checksum)) : 0;), "ip.checksum.status", true, ""},
    {"ip.checksum_calculated", FieldType::Unsigned, nullptr, "ip.checksum_calculated", true, ""},
    {"ip.src", FieldType::Ipv4, F(return isIp4(c) ? address(pk(c).network.src, out, capacity) : 0;), "ip.src", true, ""},
    {"ip.dst", FieldType::Ipv4, F(return isIp4(c) ? address(pk(c).network.dst, out, capacity) : 0;), "ip.dst", true, ""},
    {"ip.addr", FieldType::Ipv4, F(return isIp4(c) ? addresses(c, out, capacity) : 0;), "ip.src ip.dst", true, ""},
    {"ip.src_host", FieldType::String, F(return isIp4(c) ? hostText(pk(c).network.src, out, capacity, scratch) : 0;), "", false, ""},
    {"ip.dst_host", FieldType::String, F(return isIp4(c) ? hostText(pk(c).network.dst, out, capacity, scratch) : 0;), "", false, ""},
    {"ip.host", FieldType::String, F(if (!isIp4(c)) return 0; const int n = hostText(pk(c).network.src, out, capacity, scratch);
                                      return n + hostText(pk(c).network.dst, out + n, capacity - n, scratch);), "", false, ""},
    {"ip.fragment", FieldType::Unsigned, nullptr, "ip.fragment", true, ""},
    {"ip.fragment.count", FieldType::Unsigned, nullptr, "ip.fragment.count", true, ""},
    {"ip.fragments", FieldType::Bytes, nullptr, "ip.fragments", true, ""},
    {"ip.reassembled_in", FieldType::Unsigned, nullptr, "ip.reassembled_in", true, ""},
    {"ip.reassembled.length", FieldType::Unsigned, nullptr, "ip.reassembled.length", true, ""},
    // IPv6.
    {"ipv6", FieldType::Protocol, F(return isIp6(c) ? bytesAt(c, out, capacity, pk(c).network.offset, 40) : 0;), "ipv6", true, ""},
    {"ipv6.version", FieldType::Unsigned, F(return isIp6(c) ? one(out, capacity, 6) : 0;), "ipv6.version", true, ""},
    {"ipv6.tclass", FieldType::Unsigned, F(return isIp6(c) ? one(out, capacity, ((netByte(c, 0) & 0xf) << 4) | (netByte(c, 1) >> 4)) : 0;), "ipv6.tclass", true, ""},
    {"ipv6.flow", FieldType::Unsigned, F(return isIp6(c) ? one(out, capacity, ((netByte(c, 1) & 0xfU) << 16) | (netByte(c, 2) << 8) | netByte(c, 3)) : 0;), "ipv6.flow", true, ""},
    {"ipv6.plen", FieldType::Unsigned, F(return isIp6(c) ? one(out, capacity, (netByte(c, 4) << 8) | netByte(c, 5)) : 0;), "ipv6.plen", true, ""},
    {"ipv6.nxt", FieldType::Unsigned, F(return isIp6(c) ? one(out, capacity, netByte(c, 6)) : 0;), "ipv6.nxt", true, ""},
    {"ipv6.hlim", FieldType::Unsigned, F(return isIp6(c) ? one(out, capacity, netByte(c, 7)) : 0;), "ipv6.hlim", true, ""},
    {"ipv6.src", FieldType::Ipv6, F(return isIp6(c) ? address(pk(c).network.src, out, capacity) : 0;), "ipv6.src", true, ""},
    {"ipv6.dst", FieldType::Ipv6, F(return isIp6(c) ? address(pk(c).network.dst, out, capacity) : 0;), "ipv6.dst", true, ""},
    {"ipv6.addr", FieldType::Ipv6, F(return isIp6(c) ? addresses(c, out, capacity) : 0;), "ipv6.src ipv6.dst", true, ""},
    {"ipv6.src_host", FieldType::String, F(return isIp6(c) ? hostText(pk(c).network.src, out, capacity, scratch) : 0;), "", false, ""},
    {"ipv6.dst_host", FieldType::String, F(return isIp6(c) ? hostText(pk(c).network.dst, out, capacity, scratch) : 0;), "", false, ""},
    {"ipv6.host", FieldType::String, F(if (!isIp6(c)) return 0; const int n = hostText(pk(c).network.src, out, capacity, scratch);
                                        return n + hostText(pk(c).network.dst, out + n, capacity - n, scratch);), "", false, ""},
    {"ipv6.fragment", FieldType::Unsigned, nullptr, "ipv6.fragment", true, ""},
    {"ipv6.fragments", FieldType::None, nullptr, "ipv6.fragments", true, ""},
    {"ipv6.reassembled.in", FieldType::Unsigned, nullptr, "ipv6.reassembled.in", true, ""},
    // TCP header.
    {"tcp", FieldType::Protocol, F(if (!isTcp(c)) return 0; const auto& t = pk(c).tcp;
                                   const std::size_t end = t.payloadOffset + t.payloadCaptured;
                                   return bytesAt(c, out, capacity, t.offset, end > t.offset ? end - t.offset : 0);), "tcp", true, ""},
    {"tcp.srcport", FieldType::Unsigned, F(return isTcp(c) ? one(out, capacity, pk(c).tcp.srcPort) : 0;), "tcp.srcport", true, ""},
    {"tcp.dstport", FieldType::Unsigned, F(return isTcp(c) ? one(out, capacity, pk(c).tcp.dstPort) : 0;), "tcp.dstport", true, ""},
    {"tcp.port", FieldType::Unsigned, F(if (!isTcp(c)) return 0; const int n = one(out, capacity, pk(c).tcp.srcPort);
                                         return n + one(out + n, capacity - n, pk(c).tcp.dstPort);), "tcp.srcport tcp.dstport", true, ""},
    // tshark also files an ICMP error's quoted TCP header in a stream (docs/wireshark-differences.md section 9).
    {"tcp.stream", FieldType::Unsigned, F(return hasRecord(c) ? one(out, capacity, c.record->stream) : quotedStream(c, out, capacity);), "", false, ""},
    {"tcp.completeness", FieldType::Unsigned, F(return hasRecord(c) && c.analysis ? one(out, capacity, c.analysis->completeness) : 0;), "", false, ""},
    {"tcp.seq", FieldType::Unsigned, F(return hasRecord(c) && pk(c).tcp.complete ? one(out, capacity, c.record->relativeSeq) : 0;), "", false, ""},
    {"tcp.seq_raw", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, pk(c).tcp.seq) : 0;), "tcp.seq_raw", true, ""},
    {"tcp.nxtseq", FieldType::Unsigned, F(if (!hasRecord(c) || !pk(c).tcp.complete) return 0; const auto& t = pk(c).tcp;
                                           return one(out, capacity, std::uint32_t(c.record->relativeSeq + t.payloadLength + t.has(tcpflag::Syn) + t.has(tcpflag::Fin)));), "", false, ""},
    {"tcp.ack", FieldType::Unsigned, F(return hasRecord(c) && pk(c).tcp.complete ? one(out, capacity, c.record->relativeAck) : 0;), "", false, ""},
    {"tcp.ack_raw", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, pk(c).tcp.ack) : 0;), "tcp.ack_raw", true, ""},
    {"tcp.hdr_len", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, pk(c).tcp.headerLength) : 0;), "tcp.hdr_len", true, ""},
    {"tcp.flags", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, pk(c).tcp.flags & 0xfff) : 0;), "tcp.flags", true, ""},
    {"tcp.flags.res", FieldType::Boolean, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, (pk(c).tcp.flags & 0xe00) != 0) : 0;), "tcp.flags.res", true, ""},
    {"tcp.flags.ae", FieldType::Boolean, tcpFlag<tcpflag::Ae>, "tcp.flags.ae", true, ""},
    {"tcp.flags.cwr", FieldType::Boolean, tcpFlag<tcpflag::Cwr>, "tcp.flags.cwr", true, ""},
    {"tcp.flags.ece", FieldType::Boolean, tcpFlag<tcpflag::Ece>, "tcp.flags.ece", true, ""},
    {"tcp.flags.urg", FieldType::Boolean, tcpFlag<tcpflag::Urg>, "tcp.flags.urg", true, ""},
    {"tcp.flags.ack", FieldType::Boolean, tcpFlag<tcpflag::Ack>, "tcp.flags.ack", true, ""},
    {"tcp.flags.push", FieldType::Boolean, tcpFlag<tcpflag::Psh>, "tcp.flags.push", true, ""},
    {"tcp.flags.reset", FieldType::Boolean, tcpFlag<tcpflag::Rst>, "tcp.flags.reset", true, ""},
    {"tcp.flags.syn", FieldType::Boolean, tcpFlag<tcpflag::Syn>, "tcp.flags.syn", true, ""},
    {"tcp.flags.fin", FieldType::Boolean, tcpFlag<tcpflag::Fin>, "tcp.flags.fin", true, ""},
    {"tcp.flags.str", FieldType::String, F(if (!isTcp(c) || !pk(c).tcp.complete) return 0;
                                            static constexpr char letters[] = "RRRACEUAPRSF"; char s[24]; std::size_t n = 0;
                                            for (int bit = 0; bit < 12; ++bit) {
                                                if ((pk(c).tcp.flags >> (11 - bit)) & 1U) s[n++] = letters[bit];
                                                else { s[n++] = '\xC2'; s[n++] = '\xB7'; }
                                            }
                                            return text(out, capacity, scratch, s, n);), "", false, ""},
    {"tcp.window_size_value", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, pk(c).tcp.window) : 0;), "tcp.window_size_value", true, ""},
    {"tcp.window_size", FieldType::Unsigned, F(if (!isTcp(c) || !pk(c).tcp.complete) return 0;
                                                const bool known = hasRecord(c) && c.record->calculatedWindow != PacketAnalysisRecord::kUnknownWindow;
                                                return one(out, capacity, known ? c.record->calculatedWindow : pk(c).tcp.window);), "", false, ""},
    {"tcp.window_size_scalefactor", FieldType::Signed, nullptr, "", false, "tcplens does not keep the scale factor's -1/-2 codes"},
    {"tcp.checksum", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, pk(c).tcp.checksumValue) : 0;), "tcp.checksum", true, ""},
    {"tcp.checksum.status", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, checksumCode(pk(c).tcp.checksum)) : 0;), "tcp.checksum.status", true, ""},
    {"tcp.checksum_calculated", FieldType::Unsigned, nullptr, "tcp.checksum_calculated", true, ""},
    {"tcp.urgent_pointer", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, pk(c).tcp.urgentPointer) : 0;), "tcp.urgent_pointer", true, ""},
    {"tcp.len", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.complete ? one(out, capacity, pk(c).tcp.payloadLength) : 0;), "tcp.len", true, ""},
    {"tcp.payload", FieldType::Bytes, F(if (!isTcp(c)) return 0; const auto& t = pk(c).tcp;
                                         return t.payloadLength > 0 && t.payloadCaptured > 0 ? bytesAt(c, out, capacity, t.payloadOffset, t.payloadCaptured) : 0;), "tcp.payload", true, ""},
    {"tcp.time_relative", FieldType::Time, F(return hasRecord(c) && c.tcpTimeRelativeNs >= 0 ? one(out, capacity, ns(c.tcpTimeRelativeNs)) : 0;), "", false, ""},
    {"tcp.time_delta", FieldType::Time, F(return hasRecord(c) && c.tcpTimeDeltaNs >= 0 ? one(out, capacity, ns(c.tcpTimeDeltaNs)) : 0;), "", false, ""},
    // TCP options.
    {"tcp.options", FieldType::Bytes, F(if (!isTcp(c) || pk(c).tcp.headerLength <= 20) return 0;
                                         return bytesAt(c, out, capacity, pk(c).tcp.offset + 20, pk(c).tcp.headerLength - 20);), "tcp.options", true, ""},
    {"tcp.option_kind", FieldType::Unsigned, F(if (!isTcp(c)) return 0; const auto& o = pk(c).tcp.options; int n = 0;
                                                for (std::size_t i = 0; i < o.count && n < capacity; ++i)
                                                    if (o.items[i].kind != tcpopt::Eol && o.items[i].kind != tcpopt::Nop) out[n++] = FilterValue::ofNumber(o.items[i].kind);
                                                return n;), "tcp.option_kind", true, ""},
    {"tcp.option_len", FieldType::Unsigned, F(if (!isTcp(c)) return 0; const auto& o = pk(c).tcp.options; int n = 0;
                                               for (std::size_t i = 0; i < o.count && n < capacity; ++i)
                                                   if (o.items[i].kind != tcpopt::Eol && o.items[i].kind != tcpopt::Nop) out[n++] = FilterValue::ofNumber(o.items[i].length);
                                               return n;), "tcp.option_len", true, ""},
    {"tcp.options.mss", FieldType::Protocol, optionBytes<tcpopt::Mss>, "tcp.options.mss", true, ""},
    {"tcp.options.mss_val", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.options.hasMss ? one(out, capacity, pk(c).tcp.options.mss) : 0;), "tcp.options.mss_val", true, ""},
    {"tcp.options.wscale", FieldType::Protocol, optionBytes<tcpopt::WindowScale>, "tcp.options.wscale", true, ""},
    {"tcp.options.wscale.shift", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.options.hasWindowScale ? one(out, capacity, pk(c).tcp.options.windowScale) : 0;), "tcp.options.wscale.shift", true, ""},
    {"tcp.options.wscale.multiplier", FieldType::Unsigned, nullptr, "tcp.options.wscale.multiplier", true, ""},
    {"tcp.options.sack_perm", FieldType::Protocol, optionBytes<tcpopt::SackPermitted>, "tcp.options.sack_perm", true, ""},
    {"tcp.options.sack", FieldType::Protocol, optionBytes<tcpopt::Sack>, "tcp.options.sack", true, ""},
    {"tcp.options.sack_le", FieldType::Unsigned, F(return sackEdges(c, out, capacity, false);), "", false, ""},
    {"tcp.options.sack_re", FieldType::Unsigned, F(return sackEdges(c, out, capacity, true);), "", false, ""},
    {"tcp.options.timestamp", FieldType::Protocol, optionBytes<tcpopt::Timestamps>, "tcp.options.timestamp", true, ""},
    {"tcp.options.timestamp.tsval", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.options.hasTimestamps ? one(out, capacity, pk(c).tcp.options.tsval) : 0;), "tcp.options.timestamp.tsval", true, ""},
    {"tcp.options.timestamp.tsecr", FieldType::Unsigned, F(return isTcp(c) && pk(c).tcp.options.hasTimestamps ? one(out, capacity, pk(c).tcp.options.tsecr) : 0;), "tcp.options.timestamp.tsecr", true, ""},
    {"tcp.options.nop", FieldType::Protocol, optionBytes<tcpopt::Nop>, "tcp.options.nop", true, ""},
    {"tcp.options.eol", FieldType::Protocol, optionBytes<tcpopt::Eol>, "tcp.options.eol", true, ""},
    {"tcp.options.tfo", FieldType::Protocol, optionBytes<tcpopt::FastOpen>, "tcp.options.tfo", true, ""},
    {"tcp.options.tfo.cookie", FieldType::Bytes, nullptr, "tcp.options.tfo.cookie", true, ""},
    {"tcp.options.mptcp.subtype", FieldType::Unsigned, nullptr, "tcp.options.mptcp.subtype", true, ""},
    {"tcp.options.mptcp.version", FieldType::Unsigned, nullptr, "tcp.options.mptcp.version", true, ""},
    {"tcp.options.unknown.payload", FieldType::Bytes, nullptr, "tcp.options.unknown.payload", true, ""},
    // SEQ/ACK analysis.
    {"tcp.analysis", FieldType::None, F(return analysisTree(c) ? one(out, capacity, 1) : 0;), "", false, ""},
    {"tcp.analysis.flags", FieldType::None, F(return analysisFlags(c) != 0 ? one(out, capacity, 1) : 0;), "", false, ""},
    {"tcp.analysis.retransmission", FieldType::None, analysisFlag<analysis::Retransmission>, "", false, ""},
    {"tcp.analysis.fast_retransmission", FieldType::None, analysisFlag<analysis::FastRetransmission>, "", false, ""},
    {"tcp.analysis.spurious_retransmission", FieldType::None, analysisFlag<analysis::SpuriousRetransmission>, "", false, ""},
    {"tcp.analysis.out_of_order", FieldType::None, analysisFlag<analysis::OutOfOrder>, "", false, ""},
    {"tcp.analysis.lost_segment", FieldType::None, analysisFlag<analysis::LostSegment>, "", false, ""},
    {"tcp.analysis.ack_lost_segment", FieldType::None, analysisFlag<analysis::AckLostSegment>, "", false, ""},
    {"tcp.analysis.duplicate_ack", FieldType::None, analysisFlag<analysis::DuplicateAck>, "", false, ""},
    {"tcp.analysis.duplicate_ack_num", FieldType::Unsigned, F(return (analysisFlags(c) & analysis::DuplicateAck) ? one(out, capacity, c.record->dupAckNumber) : 0;), "", false, ""},
    {"tcp.analysis.duplicate_ack_frame", FieldType::Unsigned, F(return (analysisFlags(c) & analysis::DuplicateAck) && c.record->dupAckFrame ? one(out, capacity, c.record->dupAckFrame) : 0;), "", false, ""},
    {"tcp.analysis.zero_window", FieldType::None, analysisFlag<analysis::ZeroWindow>, "", false, ""},
    {"tcp.analysis.zero_window_probe", FieldType::None, analysisFlag<analysis::ZeroWindowProbe>, "", false, ""},
    {"tcp.analysis.zero_window_probe_ack", FieldType::None, analysisFlag<analysis::ZeroWindowProbeAck>, "", false, ""},
    {"tcp.analysis.window_full", FieldType::None, analysisFlag<analysis::WindowFull>, "", false, ""},
    {"tcp.analysis.window_update", FieldType::None, analysisFlag<analysis::WindowUpdate>, "", false, ""},
    {"tcp.analysis.keep_alive", FieldType::None, analysisFlag<analysis::KeepAlive>, "", false, ""},
    {"tcp.analysis.keep_alive_ack", FieldType::None, analysisFlag<analysis::KeepAliveAck>, "", false, ""},
    {"tcp.analysis.reused_ports", FieldType::None, analysisFlag<analysis::ReusedPorts>, "", false, ""},
    {"tcp.analysis.bytes_in_flight", FieldType::Unsigned, F(return hasRecord(c) && c.record->bytesInFlight >= 0 ? one(out, capacity, std::uint64_t(c.record->bytesInFlight)) : 0;), "", false, ""},
    {"tcp.analysis.acks_frame", FieldType::Unsigned, F(return hasRecord(c) && c.analysis && c.analysis->ackedFrame ? one(out, capacity, c.analysis->ackedFrame) : 0;), "", false, ""},
    {"tcp.analysis.ack_rtt", FieldType::Time, F(return hasRecord(c) && c.analysis && c.analysis->ackRttNs >= 0 ? one(out, capacity, ns(c.analysis->ackRttNs)) : 0;), "", false, ""},
    {"tcp.analysis.initial_rtt", FieldType::Time, F(return analysisTree(c) && c.analysis && c.analysis->initialRttNs >= 0 ? one(out, capacity, ns(c.analysis->initialRttNs)) : 0;), "", false, ""},
    {"tcp.analysis.push_bytes_sent", FieldType::Unsigned, nullptr, "", false, "tcplens does not count bytes sent since the last PSH"},
    {"tcp.analysis.rto", FieldType::Time, nullptr, "", false, "tcplens does not estimate the retransmission timeout"},
    {"tcp.analysis.rto_frame", FieldType::Unsigned, nullptr, "", false, "tcplens does not estimate the retransmission timeout"},
    {"tcp.analysis.tfo_syn", FieldType::None, nullptr, "", false, "TCP Fast Open analysis is not done by tcplens"},
    {"tcp.analysis.tfo_ack", FieldType::None, nullptr, "", false, "TCP Fast Open analysis is not done by tcplens"},
    {"tcp.analysis.tfo_ignored", FieldType::None, nullptr, "", false, "TCP Fast Open analysis is not done by tcplens"},
    // Other protocols the decoder lists (spans only).
    {"udp", FieldType::Protocol, nullptr, "udp", true, ""},
    {"udp.srcport", FieldType::Unsigned, nullptr, "udp.srcport", true, ""},
    {"udp.dstport", FieldType::Unsigned, nullptr, "udp.dstport", true, ""},
    {"udp.port", FieldType::Unsigned, nullptr, "udp.srcport udp.dstport", true, ""},
    {"udp.length", FieldType::Unsigned, nullptr, "udp.length", true, ""},
    {"udp.checksum", FieldType::Unsigned, nullptr, "udp.checksum", true, ""},
    {"icmp", FieldType::Protocol, nullptr, "icmp", true, ""},
    {"icmp.type", FieldType::Unsigned, nullptr, "icmp.type", true, ""},
    {"icmp.code", FieldType::Unsigned, nullptr, "icmp.code", true, ""},
    {"icmp.checksum", FieldType::Unsigned, nullptr, "icmp.checksum", true, ""},
    {"icmpv6", FieldType::Protocol, nullptr, "icmpv6", true, ""},
    {"sll", FieldType::Protocol, nullptr, "sll", false, ""},
    {"sll.pkttype", FieldType::Unsigned, nullptr, "sll.pkttype", false, ""},
    {"sll.hatype", FieldType::Unsigned, nullptr, "sll.hatype", false, ""},
    {"sll.halen", FieldType::Unsigned, nullptr, "sll.halen", false, ""},
    {"sll.etype", FieldType::Unsigned, nullptr, "sll.etype", false, ""},
    {"sll.ifindex", FieldType::Unsigned, nullptr, "sll.ifindex", false, ""},
    {"gre", FieldType::Protocol, nullptr, "gre", true, ""},
    {"vxlan", FieldType::Protocol, nullptr, "vxlan", true, ""},
    {"gtp", FieldType::Protocol, nullptr, "gtp", true, ""},
    {"gtp.teid", FieldType::Unsigned, nullptr, "gtp.teid", true, ""},
    {"mpls", FieldType::Protocol, nullptr, "mpls", true, ""},
    {"pppoes", FieldType::Protocol, nullptr, "pppoes", true, ""},
    {"ppp", FieldType::Protocol, nullptr, "ppp", true, ""},
};

#undef F

} // namespace

const std::vector<FilterField>& filterFields() { return kFields; }

} // namespace tcplens
