// Link types of older or wide-area media: FDDI (10), Token Ring (6), ATM with LLC
// encapsulation (100), Frame Relay (107). IP rides in an 802.2 LLC/SNAP header or names its ethertype.
#include "DecodeSteps.h"
#include "LinkType.h"

namespace tcplens::detail {
namespace {

void decodeFddi(DecodeContext& ctx, std::uint32_t end)
{
    constexpr std::uint32_t kHeader = 13;
    if (!fits(ctx.frame, 0, kHeader))
        return truncatedLink(ctx, kHeader);
    const std::uint8_t* p = ctx.frame.data();
    ctx.spans.bytes("fddi", "Fiber Distributed Data Interface", 0, kHeader, p[0], 0,
                    [=] { return "FDDI, Src: " + macText(p + 7, 6) + ", Dst: " + macText(p + 1, 6); });
    ctx.spans.bytes("fddi.fc", "Frame Control", 0, 1, p[0], 1, [=] { return "Frame Control: 0x" + hexBytes(Bytes(p, 1)); });
    decodeLlc(ctx, kHeader, end);
}

/// Token Ring: access and frame control, two addresses, and a source route when the source
/// address's top bit says so; only LLC frames (frame control 01xx xxxx) carry data.
void decodeTokenRing(DecodeContext& ctx, std::uint32_t end)
{
    std::uint32_t header = 14;
    if (!fits(ctx.frame, 0, header))
        return truncatedLink(ctx, header);
    const std::uint8_t* p = ctx.frame.data();
    if (p[8] & 0x80) {
        if (!fits(ctx.frame, 14, 1))
            return truncatedLink(ctx, 15);
        header += p[14] & 0x1f;
    }
    ctx.spans.bytes("tr", "Token-Ring", 0, header, p[1], 0,
                    [=] { return "Token-Ring, Src: " + macText(p + 8, 6) + ", Dst: " + macText(p + 2, 6); });
    if ((p[1] & 0xc0) != 0x40) {
        noNetwork(ctx);
        return;
    }
    decodeLlc(ctx, header, end);
}

/// Frame Relay (RFC 2427): a Q.922 address ending where a byte's EA bit is set, then either UI
/// control 0x03 with an NLPID, or Cisco's encapsulation: an ethertype.
void decodeFrameRelay(DecodeContext& ctx, std::uint32_t end)
{
    const auto frame = ctx.frame;
    std::uint32_t at = 0;
    while (at < 4 && fits(frame, at, 1) && !(frame[at] & 0x01))
        ++at;
    ++at;
    if (!fits(frame, 0, at + 2))
        return truncatedLink(ctx, at + 2);
    ctx.spans.bytes("fr", "Frame Relay", 0, at, 0, 0, [] { return std::string("Frame Relay"); });
    if (frame[at] != 0x03) {
        const std::uint16_t type = be16(frame.data() + at);
        ctx.spans.bytes("fr.ethertype", "Type", at, 2, type, 1, [=] { return "Type: " + etherTypeText(type); });
        return decodeEtherType(ctx, type, at + 2, end);
    }
    ++at;
    if (frame[at] == 0x00 && fits(frame, at + 1, 1))
        ++at; // padding before the NLPID
    const std::uint8_t nlpid = frame[at];
    ctx.spans.bytes("fr.nlpid", "NLPID", at, 1, nlpid, 1, [=] { return "NLPID: 0x" + hexBytes(Bytes(&frame[at], 1)); });
    if (nlpid == 0xcc)
        return decodeEtherType(ctx, 0x0800, at + 1, end);
    if (nlpid == 0x8e)
        return decodeEtherType(ctx, 0x86dd, at + 1, end);
    if (nlpid == 0x80 && fits(frame, at + 1, 5) && (frame[at + 1] | frame[at + 2] | frame[at + 3]) == 0)
        return decodeEtherType(ctx, be16(frame.data() + at + 4), at + 6, end);
    noNetwork(ctx);
}

} // namespace

bool decodeMediaLink(DecodeContext& ctx, std::uint32_t end)
{
    switch (ctx.out.link.linkType) {
    case linktype::Fddi: decodeFddi(ctx, end); return true;
    case linktype::TokenRing: decodeTokenRing(ctx, end); return true;
    case linktype::AtmRfc1483: decodeLlc(ctx, 0, end); return true;
    case linktype::FrameRelay: decodeFrameRelay(ctx, end); return true;
    default: return false;
    }
}

} // namespace tcplens::detail
