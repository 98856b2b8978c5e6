#include "BpfFieldExpression.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace tcplens {
namespace {

constexpr std::size_t kMaxCompared = 16; // four 32-bit loads: an option or an address, not a payload

std::string hex(std::uint32_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%x", value);
    return text;
}

std::string macText(Bytes bytes)
{
    std::string text;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        char part[4];
        std::snprintf(part, sizeof part, i ? ":%02x" : "%02x", bytes[i]);
        text += part;
    }
    return text;
}

std::string addressText(Bytes bytes)
{
    IpAddress address;
    address.family = bytes.size() == 4 ? 4 : 6;
    std::copy(bytes.begin(), bytes.end(), address.bytes.begin());
    return address.toString();
}

std::uint64_t bigEndian(Bytes bytes)
{
    std::uint64_t value = 0;
    for (const auto byte : bytes)
        value = value << 8 | byte;
    return value;
}

bool isIp(std::string_view id) { return id == "ip" || id == "ipv6"; }
bool isTransport(std::string_view id) { return id == "tcp" || id == "udp" || id == "icmp" || id == "icmpv6"; }

/// Where a header sits for BPF: the keywords that step over the tags before it, whether BPF's
/// primitives reach it at all, and the IP header a transport header rides in.
struct HeaderContext {
    std::size_t header = 0;  ///< Index of the depth-0 span holding the field.
    bool link = false;       ///< The header is the frame's first (the link layer).
    std::string prefix;      ///< "vlan and ", "mpls and ", ... for each tag before it.
    const FieldSpan* ip = nullptr; ///< The IP header before a transport header.
    bool reachable = true;
};

HeaderContext contextOf(const FieldSpans& spans, std::size_t index)
{
    HeaderContext context;
    std::size_t header = index;
    // A payload belongs to the header that carries it (tcp[32:4] reads its first bytes).
    while (header > 0 && (spans[header].depth != 0 || spans[header].layer == Layer::Payload))
        --header;
    context.header = header;
    bool first = true;
    for (std::size_t i = 0; i <= header; ++i) {
        const auto& span = spans[i];
        if (span.depth != 0 || span.id == "frame")
            continue;
        if (first) {
            first = false;
            context.link = i == header;
            continue;
        }
        if (i == header)
            break;
        if (span.id == "vlan" || span.id == "mpls" || span.id == "pppoes") {
            context.prefix += (span.id == "vlan" ? "vlan" : span.id) + " and ";
        } else if (span.id == "ppp" && i > 0 && !context.prefix.empty()
                   && std::string_view(context.prefix).ends_with("pppoes and ")) {
            // the pppoes keyword steps over the PPP protocol field too
        } else if (isIp(span.id) && !context.ip) {
            context.ip = &span;
        } else {
            context.reachable = false; // a tunnel, LLC/SNAP, a second IP header: BPF reads the outer one
        }
    }
    const auto& id = spans[header].id;
    if (isIp(id) && context.ip)
        context.reachable = false;
    if (isTransport(id) && !context.ip)
        context.reachable = false;
    if (!isIp(id) && !isTransport(id) && context.ip)
        context.reachable = false; // a header after IP that is not its transport: a tunnel
    return context;
}

/// The bytes from `first` compared through `accessor[offset...]` with BPF's 1, 2 and 4-byte loads,
/// keeping only the field's bits.
std::string compareBytes(const std::string& accessor, std::uint32_t offset, const FieldSpan& span, Bytes bytes)
{
    const std::uint32_t length = span.byteLength();
    const std::uint32_t firstBit = span.bitOffset % 8;
    const std::uint32_t endBit = firstBit + span.bitWidth; // bits from the MSB of the first byte
    const bool oneBit = span.bitWidth == 1;
    std::string text;
    for (std::uint32_t at = 0; at < length;) {
        const std::uint32_t size = length - at >= 4 ? 4 : length - at >= 2 ? 2 : 1;
        std::uint32_t mask = 0;
        for (std::uint32_t bit = at * 8; bit < (at + size) * 8; ++bit)
            mask = mask << 1 | (bit >= firstBit && bit < endBit ? 1U : 0U);
        const auto value = static_cast<std::uint32_t>(bigEndian(bytes.subspan(span.firstByte() + at, size))) & mask;
        const std::uint32_t full = size == 4 ? 0xffffffffU : (1U << (size * 8)) - 1;
        std::string load = accessor + "[" + std::to_string(offset + at) + (size == 1 ? "" : ":" + std::to_string(size)) + "]";
        if (!text.empty())
            text += " and ";
        if (mask == full)
            text += load + " == " + std::to_string(value);
        else if (oneBit)
            text += load + " & " + hex(mask) + (value ? " != 0" : " == 0");
        else
            text += load + " & " + hex(mask) + " == " + hex(value);
        at += size;
    }
    return text;
}

const char* tcpFlagName(std::uint32_t bitInByte13)
{
    static constexpr std::array<const char*, 8> names = {"tcp-cwr", "tcp-ece", "tcp-urg", "tcp-ack",
                                                         "tcp-push", "tcp-rst", "tcp-syn", "tcp-fin"};
    return names[bitInByte13];
}

BpfExpression named(const FieldSpan& span, const HeaderContext& context, Bytes field)
{
    const auto& id = span.id;
    const auto& p = context.prefix;
    if ((id == "eth.src" || id == "eth.dst") && context.link)
        return {(id == "eth.src" ? "ether src " : "ether dst ") + macText(field)};
    if (id == "vlan.id")
        return {p + "vlan " + std::to_string(span.value)};
    if (id == "mpls.label")
        return {p + "mpls " + std::to_string(span.value)};
    if (id == "pppoe.session_id")
        return {p + "pppoes " + std::to_string(bigEndian(field))};
    if (id == "ip.src" || id == "ipv6.src")
        return {p + "src host " + addressText(field)};
    if (id == "ip.dst" || id == "ipv6.dst")
        return {p + "dst host " + addressText(field)};
    if (id == "ip.proto")
        return {p + "ip proto " + std::to_string(bigEndian(field))};
    if (id == "ipv6.nxt")
        return {p + "ip6 proto " + std::to_string(bigEndian(field))};
    for (const std::string_view proto : {"tcp", "udp"}) {
        if (id == std::string(proto) + ".srcport")
            return {p + std::string(proto) + " src port " + std::to_string(bigEndian(field))};
        if (id == std::string(proto) + ".dstport")
            return {p + std::string(proto) + " dst port " + std::to_string(bigEndian(field))};
    }
    return {{}, BpfGap::NoPrimitive};
}

BpfExpression wholeHeader(const std::string& id, const HeaderContext& context)
{
    static constexpr std::pair<std::string_view, std::string_view> keywords[] = {
        {"ip", "ip"},     {"ipv6", "ip6"},       {"tcp", "tcp"},   {"udp", "udp"},       {"icmp", "icmp"},
        {"icmpv6", "icmp6"}, {"vlan", "vlan"}, {"mpls", "mpls"}, {"pppoes", "pppoes"}};
    for (const auto& [name, keyword] : keywords)
        if (id == name)
            return {context.prefix + std::string(keyword)};
    return {{}, BpfGap::NoPrimitive};
}

} // namespace

BpfExpression bpfExpressionForField(const FieldSpans& spans, std::size_t index, Bytes bytes, std::size_t frameLength)
{
    if (index >= spans.size())
        return {{}, BpfGap::NoPrimitive};
    const auto& span = spans[index];
    if (span.id == "frame" || span.id.starts_with("frame."))
        return {{}, BpfGap::CaptureMetadata};
    if (span.bitWidth == 0)
        return {{}, BpfGap::Computed};
    const std::size_t end = std::size_t{span.firstByte()} + span.byteLength();
    if (end > frameLength || end > bytes.size())
        return {{}, BpfGap::Reassembled};
    const auto context = contextOf(spans, index);
    if (!context.reachable)
        return {{}, BpfGap::Tunnelled};
    const auto& header = spans[context.header];
    if (index == context.header)
        return wholeHeader(header.id, context);
    if (span.layer == Layer::Payload && span.depth == 0 && span.byteLength() > kMaxCompared)
        return {{}, BpfGap::TooLong};
    const auto field = bytes.subspan(span.firstByte(), span.byteLength());
    if (auto expression = named(span, context, field); expression.ok())
        return expression;

    // Any other field: its bytes, loaded relative to the header BPF can index.
    if (span.byteLength() > kMaxCompared)
        return {{}, BpfGap::TooLong};
    if (!context.ip && !isIp(header.id)) // the link layer and its tags sit at fixed offsets from the frame's start
        return {compareBytes(header.id == "eth" && context.link ? "ether" : "link", span.firstByte(), span, bytes)};
    std::string accessor = header.id == "ip" ? "ip" : header.id == "ipv6" ? "ip6" : header.id == "icmpv6" ? "icmp6" : header.id;
    std::string guard;
    std::uint32_t offset = span.firstByte() - header.byteOffset;
    const bool overIpv6 = context.ip && context.ip->id == "ipv6";
    if ((header.id == "tcp" || header.id == "udp") && overIpv6) {
        // libpcap's tcp[] and udp[] are IPv4 only; right after IPv6's fixed header ip6[] reaches them.
        if (header.byteOffset != context.ip->byteOffset + 40)
            return {{}, BpfGap::MovingOffset};
        accessor = "ip6";
        offset += 40;
        guard = std::string("ip6 proto ") + (header.id == "tcp" ? "6" : "17") + " and ";
    }
    // TCP flags read best by name, as tcpdump's manual writes them.
    if (header.id == "tcp" && !overIpv6 && span.bitWidth == 1 && span.firstByte() == header.byteOffset + 13) {
        const bool set = (field[0] >> (7 - span.bitOffset % 8)) & 1;
        return {context.prefix + "tcp[tcpflags] & " + tcpFlagName(span.bitOffset % 8) + (set ? " != 0" : " == 0")};
    }
    return {context.prefix + guard + compareBytes(accessor, offset, span, bytes)};
}

BpfExpression bpfExpressionForFieldId(const FieldSpans& spans, const std::string& id, Bytes bytes,
                                      std::size_t frameLength)
{
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (spans[i].id == id)
            return bpfExpressionForField(spans, i, bytes, frameLength);
    return {{}, BpfGap::NoPrimitive};
}

BpfExpression bpfExpressionForConversation(const ConversationKey& key)
{
    std::string text = "host " + key.low.address.toString();
    if (key.high.address != key.low.address)
        text += " and host " + key.high.address.toString();
    text += " and tcp port " + std::to_string(key.low.port);
    if (key.high.port != key.low.port)
        text += " and tcp port " + std::to_string(key.high.port);
    return {text};
}

BpfExpression bpfExpressionForEndpoint(const Endpoint& endpoint)
{
    return {"host " + endpoint.address.toString() + " and tcp port " + std::to_string(endpoint.port)};
}

} // namespace tcplens
