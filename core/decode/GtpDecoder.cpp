// GTPv1-U (3GPP TS 29.281; GTPv1 header of TS 29.060) over UDP: the mobile core's user plane.
// A G-PDU carries the subscriber's packet; Wireshark 4.0 (packet-gtp.c, "TPDU heuristic", the
// default) reads it as IPv4, IPv6 or Ethernet by its first bytes, and so does tcplens.
#include "DecodeSteps.h"

namespace tcplens::detail {
namespace {

constexpr std::uint8_t kGPdu = 0xff;
constexpr std::uint8_t kExtensionFlag = 0x04;
constexpr std::uint8_t kSequenceFlag = 0x02;
constexpr std::uint8_t kNpduFlag = 0x01;

} // namespace

bool isGtpGPdu(Bytes frame, std::uint32_t offset)
{
    if (!fits(frame, offset, 8))
        return false;
    const std::uint8_t flags = frame[offset];
    // Version 1, protocol type GTP (not GTP'), message G-PDU.
    return (flags >> 5) == 1 && (flags & 0x10) && frame[offset + 1] == kGPdu;
}

void decodeGtp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end)
{
    auto& spans = ctx.spans;
    const auto frame = ctx.frame;
    const std::uint8_t* p = frame.data() + offset;
    const std::uint8_t flags = p[0];
    const std::uint16_t length = be16(p + 2);
    const std::uint32_t teid = be32(p + 4);
    // Any of E, S, PN brings all three optional fields; each extension header ends with the type
    // of the next, its length counted in 4-byte units (0 is malformed: Wireshark stops there).
    std::uint32_t header = 8;
    if (flags & (kExtensionFlag | kSequenceFlag | kNpduFlag)) {
        header = 12;
        if (!fits(frame, offset, header)) {
            truncatedEncapsulation(ctx, offset + header);
            return;
        }
        std::uint8_t next = (flags & kExtensionFlag) ? frame[offset + 11] : 0;
        while (next != 0) {
            if (!fits(frame, offset + header, 1)) {
                truncatedEncapsulation(ctx, offset + header + 1);
                return;
            }
            const std::uint32_t extension = frame[offset + header] * 4U;
            if (extension == 0 || !fits(frame, offset + header, extension)) {
                if (extension != 0)
                    truncatedEncapsulation(ctx, offset + header + extension);
                else
                    noNetwork(ctx);
                return;
            }
            header += extension;
            next = frame[offset + header - 1];
        }
    }
    if (!enterEncapsulation(ctx, encap::Gtp))
        return;
    spans.bytes("gtp", "GPRS Tunneling Protocol", offset, header, teid, 0,
                [] { return std::string("GPRS Tunneling Protocol"); });
    const BitContainer bits{offset, 0, 8, flags};
    spans.bytes("gtp.flags", "Flags", offset, 1, flags, 1, [&] { return "Flags: 0x" + hexBytes(Bytes(p, 1)); });
    spans.bits("gtp.flags.version", "Version", bits, 0, 3, 2, [] { return std::string("GTP release 99 version (1)"); });
    spans.bits("gtp.flags.payload", "Protocol type", bits, 3, 1, 2, [] { return std::string("GTP (1)"); });
    const auto yesNo = [&](const char* id, const char* name, unsigned shift) {
        spans.bits(id, name, bits, shift, 1, 2, [&] { return std::string(flags & (0x80U >> shift) ? "Yes" : "No"); });
    };
    yesNo("gtp.flags.e", "Is Next Extension Header present?", 5);
    yesNo("gtp.flags.s", "Is Sequence Number present?", 6);
    yesNo("gtp.flags.pn", "Is N-PDU number present?", 7);
    spans.bytes("gtp.message", "Message Type", offset + 1, 1, kGPdu, 1,
                [] { return std::string("Message Type: T-PDU (0xff)"); });
    spans.bytes("gtp.length", "Length", offset + 2, 2, length, 1, [&] { return "Length: " + number(length); });
    spans.bytes("gtp.teid", "TEID", offset + 4, 4, teid, 1, [&] { return "TEID: 0x" + hexBytes(Bytes(p + 4, 4)) + " (" + number(teid) + ")"; });
    if (header > 8)
        spans.bytes("gtp.seq_number", "Sequence number", offset + 8, 2, be16(p + 8), 1,
                    [&] { return "Sequence number: " + hex16(be16(p + 8)) + " (" + number(be16(p + 8)) + ")"; });

    // The length field counts what follows the first 8 bytes and bounds the T-PDU.
    if (offset + 8 + length < end)
        end = offset + 8 + length;
    const std::uint32_t inner = offset + header;
    if (inner >= end || !fits(frame, inner, 1)) {
        noNetwork(ctx);
        return;
    }
    const std::uint8_t first = frame[inner];
    // 0x40-0x44 cannot start an IPv4 header of 20 bytes or more; 0x4f is likelier compressed PPP.
    if (first >= 0x45 && first <= 0x4e) {
        decodeIpv4(ctx, inner, end);
    } else if ((first & 0xf0) == 0x60) {
        decodeIpv6(ctx, inner, end);
    } else if (end - inner > 14 && fits(frame, inner, 14)) {
        const std::uint16_t type = be16(frame.data() + inner + 12);
        if (type == 0x0806 || type == 0x86dd || type == 0x0800)
            decodeEthernet(ctx, inner, end);
        else
            noNetwork(ctx);
    } else {
        noNetwork(ctx);
    }
}

} // namespace tcplens::detail
