#pragma once
// Internal: the per-layer steps of decodePacket(), sharing one context.

#include "ByteReader.h"
#include "DecodedPacket.h"
#include "Names.h"
#include "SpanWriter.h"

#include <string>

namespace tcplens::detail {

struct DecodeContext {
    Bytes frame;
    DecodedPacket& out;
    SpanWriter& spans;
};

/// A field's value as decimal text, the way every step writes it into a FieldSpan.
[[nodiscard]] inline std::string number(std::uint64_t value) { return std::to_string(value); }

// Every step decodes the bytes from `offset` up to `end`, the end of the enclosing layer
// on the wire (it may lie past the captured bytes), and hands what it carries to the next.

/// Decodes the link header named by out.link.linkType and everything inside it.
void decodeLink(DecodeContext& ctx, std::uint32_t end);
/// Link types beyond Ethernet, cooked, loopback and raw IP (PPP, HDLC, NFLOG, IPoIB, ARCNET);
/// false when the link type is not one of them.
bool decodeSerialLink(DecodeContext& ctx, std::uint32_t end);
/// 802.11 and the radio headers before it (radiotap, PPI, Prism, AVS); false for other link types.
bool decodeWirelessLink(DecodeContext& ctx, std::uint32_t end);
/// Headers a capturing host adds (pflog, enc, PKTAP, ipnet); false for others.
bool decodeHostLink(DecodeContext& ctx, std::uint32_t end);
/// FDDI, Token Ring, ATM (LLC), Frame Relay; false for other link types.
bool decodeMediaLink(DecodeContext& ctx, std::uint32_t end);
/// An 802.11 frame at `offset`: `fcs` when its last 4 bytes are the FCS, `dataPad` when radiotap
/// says the header is padded to 32 bits.
void decodeIeee80211(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end, bool fcs, bool dataPad);
/// A link header of type `linkType` at `offset`, inside another (PPI's or PKTAP's DLT field).
void decodeInnerLink(DecodeContext& ctx, std::uint32_t linkType, std::uint32_t offset, std::uint32_t end);
/// The ethertype for a BSD address family (IPv6's AF_ differs per OS); 0 when it is not IP.
[[nodiscard]] std::uint16_t etherTypeForFamily(std::uint32_t family) noexcept;
/// An IPv4 or IPv6 packet told apart by its version nibble (raw IP, NFLOG, MPLS).
void decodeRawPayload(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
/// The link header of `needed` bytes is not all captured: records it.
void truncatedLink(DecodeContext& ctx, std::uint32_t needed);
/// An 802.2 LLC header at `offset`: SNAP with an Ethernet OUI (RFC 1042, 802.1H) names an
/// ethertype (802.11, FDDI, Token Ring, ATM); any other has no network layer for tcplens.
void decodeLlc(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
/// The payload an ethertype names (also GRE's protocol type and Cisco HDLC's).
void decodeEtherType(DecodeContext& ctx, std::uint16_t etherType, std::uint32_t offset, std::uint32_t end);
/// An Ethernet II / 802.3 header with its tags, at `offset` (non-zero inside a tunnel).
void decodeEthernet(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
/// A PPP protocol field (with the HDLC address and control bytes first when present) and its
/// payload; `tunnelled` when it rides in GRE rather than on the link or in PPPoE.
void decodePpp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end, bool tunnelled);
void decodeMpls(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
void decodePppoe(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
void decodeIpv4(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
void decodeIpv6(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
/// What an IP header's protocol field names: TCP, a tunnel, or an ICMP error quoting a header.
/// Call it with the datagram's payload, e.g. after reassembling fragments.
void decodeIpPayload(DecodeContext& ctx, std::uint8_t protocol, std::uint32_t offset, std::uint32_t end);
void decodeGre(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
void decodeUdp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
/// Whether a GTPv1 G-PDU header (a subscriber's packet inside) starts at `offset`.
[[nodiscard]] bool isGtpGPdu(Bytes frame, std::uint32_t offset);
/// The G-PDU at `offset` (isGtpGPdu) and the T-PDU it carries.
void decodeGtp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t end);
void decodeIcmp(DecodeContext& ctx, bool v6, std::uint32_t offset, std::uint32_t end);
/// `segmentLength` is the TCP segment length the IP header claims (bounded by the wire).
void decodeTcp(DecodeContext& ctx, std::uint32_t offset, std::uint32_t segmentLength);
void decodeTcpOptions(DecodeContext& ctx, std::uint32_t begin, std::uint32_t end);

/// Counts one more encapsulation layer of kind `bit` (0: none to record); false when the
/// frame nests deeper than any real network does, so a hostile frame cannot recurse for long.
[[nodiscard]] bool enterEncapsulation(DecodeContext& ctx, std::uint16_t bit);
/// A header of `needed` bytes at `offset` is not all captured: records it and returns false.
bool truncatedEncapsulation(DecodeContext& ctx, std::uint32_t needed);
/// No IP layer follows: says so unless an outer IP header was already found.
void noNetwork(DecodeContext& ctx);

/// Internet checksum helpers (RFC 1071): sum of 16-bit words, folded.
[[nodiscard]] std::uint32_t onesComplementSum(Bytes bytes, std::uint32_t sum = 0) noexcept;
[[nodiscard]] std::uint16_t foldChecksum(std::uint32_t sum) noexcept;
/// Pseudo-header sum for TCP over IPv4 or IPv6 (from NetworkInfo's pseudoSrc/pseudoDst).
[[nodiscard]] std::uint32_t pseudoHeaderSum(const NetworkInfo& ip, std::uint32_t segmentLength) noexcept;


} // namespace tcplens::detail
