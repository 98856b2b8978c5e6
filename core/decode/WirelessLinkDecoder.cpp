// Wireless link types: IEEE 802.11 (105) bare or behind a radiotap (127), PPI (192), Prism or
// AVS (119, 163) capture header. Only unprotected data frames carry IP that can be read; the
// rest (management, control, encrypted data) have no network layer, as in tshark without keys.
#include "DecodeSteps.h"
#include "LinkType.h"

namespace tcplens::detail {
namespace {

constexpr std::uint8_t kRadiotapFcs = 0x10;     // the frame ends in its 4-byte FCS
constexpr std::uint8_t kRadiotapDataPad = 0x20; // padding after the 802.11 header to 32 bits

/// The radiotap Flags field (present bit 1), 0 when absent. Fields follow the presence words,
/// each aligned to its size; only TSFT (bit 0, 8 bytes) can come before Flags.
std::uint8_t radiotapFlags(Bytes frame, std::uint32_t length)
{
    std::uint32_t at = 4;
    std::uint32_t present = 0;
    for (int words = 0; fits(frame, at, 4) && at + 4 <= length; ++words) {
        const std::uint32_t word = le32(frame.data() + at);
        if (words == 0)
            present = word;
        at += 4;
        if (!(word & 0x80000000U))
            break;
    }
    if (!(present & 0x2))
        return 0;
    if (present & 0x1)
        at = ((at + 7U) & ~7U) + 8;
    return at < length && fits(frame, at, 1) ? frame[at] : 0;
}

const char* frameTypeName(unsigned type) noexcept
{
    return type == 0 ? "Management" : type == 1 ? "Control" : type == 2 ? "Data" : "Extension";
}

} // namespace

void decodeIeee80211(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end, bool fcs, bool dataPad)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    if (fcs && end >= offset + 4)
        end -= 4;
    if (!fits(frame, offset, 2))
        return truncatedLink(ctx, offset + 2);
    const std::uint8_t* p = frame.data() + offset;
    const unsigned type = (p[0] >> 2) & 0x3;
    const unsigned subtype = p[0] >> 4;
    const std::uint8_t flags = p[1];
    const bool toDs = flags & 0x01;
    const bool fromDs = flags & 0x02;
    const bool isProtected = flags & 0x40;
    const bool qos = type == 2 && (subtype & 0x8);
    std::uint32_t header = 24 + (toDs && fromDs ? 6 : 0) + (qos ? 2 : 0) + (qos && (flags & 0x80) ? 4 : 0);
    const std::uint32_t shown = type == 2 && fits(frame, offset, header) ? header : 2;
    spans.bytes("wlan", "IEEE 802.11", offset, shown, subtype, 0, [=] {
        return std::string("IEEE 802.11 ") + frameTypeName(type) + " frame, subtype " + number(subtype)
             + (isProtected ? ", protected" : "");
    });
    spans.bytes("wlan.fc", "Frame Control Field", offset, 2, be16(p), 1,
                [=] { return "Frame Control Field: 0x" + hexBytes(Bytes(p, 2)); });
    const BitContainer bits{offset + 1, 0, 8, flags};
    spans.bits("wlan.fc.ds", "DS status", bits, 6, 2, 2,
               [=] { return std::string(toDs ? (fromDs ? "WDS (To and From DS)" : "To DS") : fromDs ? "From DS" : "Not leaving DS"); });
    spans.bits("wlan.fc.protected", "Protected flag", bits, 1, 1, 2,
               [=] { return std::string(isProtected ? "Data is protected" : "Data is not protected"); });
    // Only data frames with a body carry IP: null functions (subtype bit 2) have none, and what
    // is encrypted or aggregated (A-MSDU, QoS control bit 7) cannot be read as one packet.
    if (type != 2 || (subtype & 0x4) || isProtected) {
        noNetwork(ctx);
        return;
    }
    if (!fits(frame, offset, header))
        return truncatedLink(ctx, offset + header);
    spans.bytes("wlan.addr1", "Receiver address", offset + 4, 6, 0, 1, [=] { return "Receiver address: " + macText(p + 4, 6); });
    spans.bytes("wlan.addr2", "Transmitter address", offset + 10, 6, 0, 1,
                [=] { return "Transmitter address: " + macText(p + 10, 6); });
    spans.bytes("wlan.addr3", "Address 3", offset + 16, 6, 0, 1, [=] { return "Address 3: " + macText(p + 16, 6); });
    spans.bytes("wlan.seq", "Sequence number", offset + 22, 2, le16(p + 22) >> 4, 1,
                [=] { return "Sequence number: " + number(le16(p + 22) >> 4); });
    if (toDs && fromDs)
        spans.bytes("wlan.addr4", "Address 4", offset + 24, 6, 0, 1, [=] { return "Address 4: " + macText(p + 24, 6); });
    if (qos) {
        const std::uint32_t at = offset + 24 + (toDs && fromDs ? 6 : 0);
        const std::uint16_t control = le16(frame.data() + at);
        spans.bytes("wlan.qos", "QoS Control", at, 2, control, 1, [=] { return "QoS Control: 0x" + hexBytes(Bytes(frame.data() + at, 2)); });
        if (control & 0x80) {
            noNetwork(ctx);
            return;
        }
    }
    if (dataPad)
        header = (header + 3U) & ~3U;
    decodeLlc(ctx, offset + header, end);
}

bool decodeWirelessLink(DecodeContext& ctx, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    switch (ctx.out.link.linkType) {
    case linktype::Ieee80211: decodeIeee80211(ctx, 0, end, false, false); return true;
    case linktype::Radiotap: {
        if (!fits(frame, 0, 8))
            return truncatedLink(ctx, 8), true;
        const std::uint32_t length = le16(frame.data() + 2);
        if (frame[0] != 0 || length < 8) {
            ctx.out.problems.add(ProblemKind::BadEncapsulation, 0, length);
            noNetwork(ctx);
            return true;
        }
        if (!fits(frame, 0, length))
            return truncatedLink(ctx, length), true;
        const std::uint8_t flags = radiotapFlags(frame, length);
        spans.bytes("radiotap", "Radiotap Header", 0, length, 0, 0,
                    [=] { return "Radiotap Header v0, Length " + number(length); });
        spans.bytes("radiotap.length", "Header length", 2, 2, length, 1, [=] { return "Header length: " + number(length); });
        spans.bytes("radiotap.present", "Present flags", 4, 4, le32(frame.data() + 4), 1,
                    [=] { return "Present flags word: 0x" + hexBytes(Bytes(frame.data() + 4, 4)); });
        decodeIeee80211(ctx, length, end, flags & kRadiotapFcs, flags & kRadiotapDataPad);
        return true;
    }
    case linktype::Ppi: {
        if (!fits(frame, 0, 8))
            return truncatedLink(ctx, 8), true;
        const std::uint32_t length = le16(frame.data() + 2);
        const std::uint32_t inner = le32(frame.data() + 4);
        if (length < 8) {
            ctx.out.problems.add(ProblemKind::BadEncapsulation, 0, length);
            noNetwork(ctx);
            return true;
        }
        if (!fits(frame, 0, length))
            return truncatedLink(ctx, length), true;
        spans.bytes("ppi", "PPI version 0", 0, length, inner, 0, [=] { return "PPI version 0, " + number(length) + " bytes"; });
        spans.bytes("ppi.dlt", "DLT", 4, 4, inner, 1, [=] { return "DLT: " + number(inner); });
        if (inner == linktype::Ieee80211)
            decodeIeee80211(ctx, length, end, false, false);
        else if (inner == linktype::Ethernet)
            decodeEthernet(ctx, length, end);
        else
            noNetwork(ctx);
        return true;
    }
    case linktype::Prism:
    case linktype::Avs: {
        // An AVS header says so by its version word (0x8021100x) and gives its length big-endian;
        // a Prism header is 144 bytes, its message length in the capturing host's order.
        if (!fits(frame, 0, 8))
            return truncatedLink(ctx, 8), true;
        const bool avs = (be32(frame.data()) & 0xfffffff0U) == 0x80211000U;
        std::uint32_t length = avs ? be32(frame.data() + 4) : le32(frame.data() + 4);
        if (!avs && length != 144)
            length = be32(frame.data() + 4) == 144 ? 144 : length;
        if (length < 8 || length > 1024) {
            ctx.out.problems.add(ProblemKind::BadEncapsulation, 0, length);
            noNetwork(ctx);
            return true;
        }
        if (!fits(frame, 0, length))
            return truncatedLink(ctx, length), true;
        spans.bytes(avs ? "wlancap" : "prism", avs ? "AVS WLAN Monitoring Header" : "Prism capture header", 0, length, 0, 0,
                    [=] { return std::string(avs ? "AVS WLAN Monitoring Header" : "Prism capture header"); });
        decodeIeee80211(ctx, length, end, false, false);
        return true;
    }
    default: return false;
    }
}

} // namespace tcplens::detail
