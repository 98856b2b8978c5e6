#pragma once
// The link-layer header types tcplens decodes, numbered as in pcap file headers (LINKTYPE_*).

#include <cstdint>
#include <string>

namespace tcplens {

namespace linktype {
inline constexpr int Null = 0;       ///< BSD loopback, AF in the capturing host's byte order.
inline constexpr int Ethernet = 1;
inline constexpr int Ppp = 9;
inline constexpr int PppHdlc = 50;   ///< PPP in HDLC-like framing (or Cisco HDLC framing).
inline constexpr int PppEther = 51;  ///< PPPoE session header, no Ethernet header.
inline constexpr int CiscoHdlc = 104;
inline constexpr int PppPppd = 166;  ///< pppd's PPP in HDLC-like framing, a direction byte for the address.
inline constexpr int PppWithDir = 204; ///< A direction byte, then PPP's protocol field.
inline constexpr int Raw = 101;      ///< Raw IPv4 or IPv6, version nibble decides.
inline constexpr int Loop = 108;     ///< OpenBSD loopback, AF in network byte order.
inline constexpr int LinuxSll = 113; ///< Linux cooked v1 (tcpdump -i any).
inline constexpr int ArcnetLinux = 129;
inline constexpr int JuniperEther = 178; ///< Juniper router captures of Ethernet interfaces.
inline constexpr int Nflog = 239;    ///< Linux netfilter log (tcpdump -i nflog).
inline constexpr int Ipoib = 242;    ///< IP over InfiniBand.
inline constexpr int Ipv4 = 228;
inline constexpr int Ipv6 = 229;
inline constexpr int LinuxSll2 = 276;
inline constexpr int Ieee80211 = 105; ///< 802.11 frames without a radio header.
inline constexpr int Pflog = 117;    ///< OpenBSD pf's log interface.
inline constexpr int Prism = 119;    ///< 802.11 behind a Prism (or AVS) capture header.
inline constexpr int Radiotap = 127; ///< 802.11 behind a radiotap header.
inline constexpr int Avs = 163;      ///< 802.11 behind an AVS capture header.
inline constexpr int Ppi = 192;      ///< Per-Packet Information header, then the DLT it names.
inline constexpr int Ipnet = 226;    ///< Solaris ipnet.
inline constexpr int Pktap = 258;
inline constexpr int TokenRing = 6;  ///< IEEE 802.5.
inline constexpr int Fddi = 10;
inline constexpr int AtmRfc1483 = 100; ///< ATM cells' payload with RFC 1483 LLC encapsulation.
inline constexpr int FrameRelay = 107;
inline constexpr int Enc = 109;      ///< OpenBSD's IPsec enc interface.
} // namespace linktype

/// Pcap-file LINKTYPE number for a libpcap DLT value (they differ for RAW and LOOP only).
[[nodiscard]] int linkTypeFromDlt(int dlt) noexcept;
/// libpcap DLT value for a LINKTYPE number, to compile BPF and to open dead handles.
[[nodiscard]] int dltFromLinkType(int linkType) noexcept;
[[nodiscard]] bool isSupportedLinkType(int linkType) noexcept;
/// libpcap's short name, e.g. "EN10MB", "LINUX_SLL2", or "LINKTYPE_147" when unknown.
[[nodiscard]] std::string linkTypeName(int linkType);
/// libpcap's description, e.g. "Ethernet", "Linux cooked v2".
[[nodiscard]] std::string linkTypeDescription(int linkType);

} // namespace tcplens


