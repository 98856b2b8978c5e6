// TCP options: framing checks first, then each kind's sub-fields (RFC 9293, 7323, 2018, 7413, 8684).
#include "DecodeSteps.h"

namespace tcplens::detail {
namespace {

const char* kindLabel(std::uint8_t kind) noexcept
{
    switch (kind) {
    case tcpopt::Eol: return "End of Option List";
    case tcpopt::Nop: return "No-Operation";
    case tcpopt::Mss: return "Maximum Segment Size";
    case tcpopt::WindowScale: return "Window Scale";
    case tcpopt::SackPermitted: return "SACK Permitted";
    case tcpopt::Sack: return "SACK";
    case tcpopt::Timestamps: return "Time Stamp Option";
    case tcpopt::Mptcp: return "Multipath TCP";
    case tcpopt::FastOpen: return "TCP Fast Open Cookie";
    default: return "Unknown";
    }
}

const char* mptcpSubtypeName(unsigned subtype) noexcept
{
    static constexpr const char* names[] = {"Multipath Capable", "Join Connection", "Data Sequence Signal",
                                            "Add Address", "Remove Address", "Change Subflow Priority",
                                            "TCP Fallback", "Fast Close", "TCP Reset"};
    return subtype < 9 ? names[subtype] : "Unknown";
}

/// Whether `length` is a legal size for `kind`; unknown kinds accept any length >= 2.
bool lengthFits(std::uint8_t kind, std::uint8_t length) noexcept
{
    switch (kind) {
    case tcpopt::Mss: return length == 4;
    case tcpopt::WindowScale: return length == 3;
    case tcpopt::SackPermitted: return length == 2;
    case tcpopt::Sack: return length >= 10 && length <= 34 && (length - 2) % 8 == 0;
    case tcpopt::Timestamps: return length == 10;
    case tcpopt::FastOpen: return length == 2 || (length >= 6 && length <= 18);
    case tcpopt::Mptcp: return length >= 3;
    default: return true;
    }
}

struct OptionDecoder {
    DecodeContext& ctx;
    std::string summary; // "Options: (12 bytes), Maximum segment size, ..."

    void record(std::uint8_t kind, std::uint8_t length, std::uint32_t at, bool wellFormed)
    {
        auto& options = ctx.out.tcp.options;
        if (options.count < TcpOptions::kMaxOptions)
            options.items[options.count++] =
                TcpOptionRef{kind, length, static_cast<std::uint16_t>(at), wellFormed};
        if (ctx.spans.enabled()) {
            summary += ", ";
            summary += tcpOptionName(kind);
        }
    }

    void kindAndLength(std::uint8_t kind, std::uint8_t length, std::uint32_t at)
    {
        ctx.spans.bytes("tcp.option_kind", "Kind", at, 1, kind, 3,
                        [&] { return "Kind: " + std::string(kindLabel(kind)) + " (" + std::to_string(kind) + ")"; });
        ctx.spans.bytes("tcp.option_len", "Length", at + 1, 1, length, 3,
                        [&] { return "Length: " + std::to_string(length); });
    }

    void decodeKnown(std::uint8_t kind, std::uint8_t length, std::uint32_t at)
    {
        auto& options = ctx.out.tcp.options;
        auto& spans = ctx.spans;
        const std::uint8_t* p = ctx.frame.data() + at;
        switch (kind) {
        case tcpopt::Mss:
            options.hasMss = true;
            options.mss = be16(p + 2);
            spans.bytes("tcp.options.mss", "Maximum segment size", at, length, options.mss, 2, [&] {
                return "TCP Option - Maximum segment size: " + std::to_string(options.mss) + " bytes";
            });
            kindAndLength(kind, length, at);
            spans.bytes("tcp.options.mss_val", "MSS Value", at + 2, 2, options.mss, 3,
                        [&] { return "MSS Value: " + std::to_string(options.mss); });
            break;
        case tcpopt::WindowScale: {
            options.hasWindowScale = true;
            options.windowScale = p[2];
            const unsigned shift = p[2];
            const auto multiplier = [shift] { return shift < 31 ? std::to_string(1ULL << shift) : "too large"; };
            spans.bytes("tcp.options.wscale", "Window scale", at, length, shift, 2, [&] {
                return "TCP Option - Window scale: " + std::to_string(shift) + " (multiply by " + multiplier() + ")";
            });
            kindAndLength(kind, length, at);
            spans.bytes("tcp.options.wscale.shift", "Shift count", at + 2, 1, shift, 3,
                        [&] { return "Shift count: " + std::to_string(shift); });
            spans.bytes("tcp.options.wscale.multiplier", "Multiplier", at + 2, 0, shift < 31 ? 1ULL << shift : 0, 3,
                        [&] { return "[Multiplier: " + multiplier() + "]"; });
            break;
        }
        case tcpopt::SackPermitted:
            options.sackPermitted = true;
            spans.bytes("tcp.options.sack_perm", "SACK permitted", at, length, 1, 2,
                        [] { return std::string("TCP Option - SACK permitted"); });
            kindAndLength(kind, length, at);
            break;
        case tcpopt::Sack: {
            const unsigned blocks = (length - 2U) / 8U;
            std::string edges;
            for (unsigned i = 0; i < blocks; ++i) {
                const SackBlock block{be32(p + 2 + 8 * i), be32(p + 6 + 8 * i)};
                if (options.sackCount < options.sack.size())
                    options.sack[options.sackCount++] = block;
                if (spans.enabled())
                    edges += " " + std::to_string(block.left) + "-" + std::to_string(block.right);
            }
            spans.bytes("tcp.options.sack", "SACK", at, length, blocks, 2,
                        [&] { return "TCP Option - SACK" + edges; });
            kindAndLength(kind, length, at);
            for (unsigned i = 0; i < blocks; ++i) {
                const std::uint32_t left = be32(p + 2 + 8 * i);
                const std::uint32_t right = be32(p + 6 + 8 * i);
                spans.bytes("tcp.options.sack_le", "left edge", at + 2 + 8 * i, 4, left, 3,
                            [&] { return "left edge = " + std::to_string(left); });
                spans.bytes("tcp.options.sack_re", "right edge", at + 6 + 8 * i, 4, right, 3,
                            [&] { return "right edge = " + std::to_string(right); });
            }
            break;
        }
        case tcpopt::Timestamps:
            options.hasTimestamps = true;
            options.tsval = be32(p + 2);
            options.tsecr = be32(p + 6);
            spans.bytes("tcp.options.timestamp", "Timestamps", at, length, options.tsval, 2, [&] {
                return "TCP Option - Timestamps: TSval " + std::to_string(options.tsval) + ", TSecr "
                     + std::to_string(options.tsecr);
            });
            kindAndLength(kind, length, at);
            spans.bytes("tcp.options.timestamp.tsval", "Timestamp value", at + 2, 4, options.tsval, 3,
                        [&] { return "Timestamp value: " + std::to_string(options.tsval); });
            spans.bytes("tcp.options.timestamp.tsecr", "Timestamp echo reply", at + 6, 4, options.tsecr, 3,
                        [&] { return "Timestamp echo reply: " + std::to_string(options.tsecr); });
            break;
        case tcpopt::FastOpen:
            options.hasFastOpen = true;
            spans.bytes("tcp.options.tfo", "TCP Fast Open", at, length, length - 2U, 2, [&] {
                return std::string("TCP Option - TCP Fast Open: ")
                     + (length == 2 ? "Fast Open Cookie Request" : "Fast Open Cookie");
            });
            kindAndLength(kind, length, at);
            if (length > 2)
                spans.bytes("tcp.options.tfo.cookie", "Fast Open Cookie", at + 2, length - 2U, 0, 3, [&] {
                    return "Fast Open Cookie: " + hexBytes(ctx.frame.subspan(at + 2, length - 2U));
                });
            break;
        case tcpopt::Mptcp: {
            options.hasMptcp = true;
            const unsigned subtype = p[2] >> 4;
            spans.bytes("tcp.options.mptcp", "Multipath TCP", at, length, subtype, 2, [&] {
                return "TCP Option - Multipath TCP: " + std::string(mptcpSubtypeName(subtype));
            });
            kindAndLength(kind, length, at);
            const BitContainer subtypeByte{at + 2, 0, 8, p[2]};
            spans.bits("tcp.options.mptcp.subtype", "Multipath TCP subtype", subtypeByte, 0, 4, 3,
                       [&] { return std::string(std::string(mptcpSubtypeName(subtype)) + " (" + std::to_string(subtype) + ")"); });
            if (subtype == 0)
                spans.bits("tcp.options.mptcp.version", "Multipath TCP version", subtypeByte, 4, 4, 3,
                           [&] { return std::string(std::to_string(p[2] & 0x0f)); });
            if (length > 3)
                spans.bytes("tcp.options.mptcp.data", "Data", at + 3, length - 3U, 0, 3,
                            [&] { return "Data: " + hexBytes(ctx.frame.subspan(at + 3, length - 3U)); });
            break;
        }
        default:
            decodeUnknown(kind, length, at);
            break;
        }
    }

    void decodeUnknown(std::uint8_t kind, std::uint8_t length, std::uint32_t at)
    {
        ctx.spans.bytes("tcp.options.unknown", "Unknown", at, length, kind, 2, [&] {
            return "TCP Option - Unknown (kind " + std::to_string(kind) + ", length " + std::to_string(length) + ")";
        });
        kindAndLength(kind, length, at);
        if (length > 2)
            ctx.spans.bytes("tcp.options.unknown.payload", "Payload", at + 2, length - 2U, 0, 3,
                            [&] { return "Payload: " + hexBytes(ctx.frame.subspan(at + 2, length - 2U)); });
    }
};

} // namespace

void decodeTcpOptions(DecodeContext& ctx, std::uint32_t begin, std::uint32_t end)
{
    auto& spans = ctx.spans;
    auto& problems = ctx.out.problems;
    const std::size_t headerSpan = spans.size();
    spans.bytes("tcp.options", "Options", begin, end - begin, 0, 1, [] { return std::string(); });
    OptionDecoder decoder{ctx, {}};
    std::uint32_t at = begin;
    while (at < end) {
        const std::uint8_t kind = ctx.frame[at];
        if (kind == tcpopt::Eol || kind == tcpopt::Nop) {
            decoder.record(kind, 1, at, true);
            spans.bytes(kind == tcpopt::Eol ? "tcp.options.eol" : "tcp.options.nop", "", at, 1, kind, 2, [&] {
                return "TCP Option - " + std::string(tcpOptionName(kind));
            });
            spans.bytes("tcp.option_kind", "Kind", at, 1, kind, 3, [&] {
                return "Kind: " + std::string(kindLabel(kind)) + " (" + std::to_string(kind) + ")";
            });
            ++at;
            if (kind == tcpopt::Eol)
                break; // what follows EOL is padding
            continue;
        }
        if (at + 1 >= end) {
            problems.add(ProblemKind::TcpOptionPastHeader, kind, 0);
            break;
        }
        const std::uint8_t length = ctx.frame[at + 1];
        if (length < 2) {
            problems.add(ProblemKind::TcpOptionBadLength, kind, length);
            decoder.record(kind, length, at, false);
            break;
        }
        if (at + length > end) {
            problems.add(ProblemKind::TcpOptionPastHeader, kind, length);
            decoder.record(kind, length, at, false);
            break;
        }
        const bool wellFormed = lengthFits(kind, length);
        decoder.record(kind, length, at, wellFormed);
        if (wellFormed) {
            decoder.decodeKnown(kind, length, at);
        } else {
            problems.add(ProblemKind::TcpOptionWrongLength, kind, length);
            decoder.decodeUnknown(kind, length, at);
        }
        at += length;
    }
    if (spans.enabled())
        spans.setText(headerSpan, "Options: (" + std::to_string(end - begin) + " bytes)" + decoder.summary);
}

} // namespace tcplens::detail
