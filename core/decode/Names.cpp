#include "Names.h"

#include "DecodedPacket.h"

namespace tcplens {

std::string hex16(std::uint32_t value)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text = "0x0000";
    for (int i = 0; i < 4; ++i)
        text[5 - i] = digits[(value >> (4 * i)) & 0xf];
    return text;
}

std::string hexBytes(Bytes bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (const auto b : bytes) {
        text.push_back(digits[b >> 4]);
        text.push_back(digits[b & 0xf]);
    }
    return text;
}

std::string macText(const std::uint8_t* mac, std::size_t length)
{
    std::string text;
    for (std::size_t i = 0; i < length; ++i) {
        if (i)
            text.push_back(':');
        text += hexBytes(Bytes(mac + i, 1));
    }
    return text;
}

std::string etherTypeText(std::uint16_t type)
{
    const char* name = nullptr;
    switch (type) {
    case 0x0800: name = "IPv4"; break;
    case 0x86dd: name = "IPv6"; break;
    case 0x0806: name = "ARP"; break;
    case 0x8100: name = "802.1Q Virtual LAN"; break;
    case 0x88a8: name = "802.1ad Provider Bridge (Q-in-Q)"; break;
    case 0x9100: name = "VLAN-tagged frame (Q-in-Q)"; break;
    case 0x8035: name = "RARP"; break;
    case 0x88cc: name = "802.1 Link Layer Discovery Protocol (LLDP)"; break;
    case 0x8847: name = "MPLS label switched packet"; break;
    case 0x8848: name = "MPLS multicast label switched packet"; break;
    case 0x8863: name = "PPPoE Discovery"; break;
    case 0x8864: name = "PPPoE Session"; break;
    case 0x6558: name = "Transparent Ethernet bridging"; break;
    case 0x88be: name = "ERSPAN"; break;
    case 0x22eb: name = "ERSPAN Type III"; break;
    case 0x893f: name = "802.1BR E-Tag"; break;
    case 0x8926: name = "VN-Tag"; break;
    case 0x880b: name = "PPP"; break;
    case 0x883e: name = "WCCP"; break;
    default: name = "Unknown"; break;
    }
    return std::string(name) + " (" + hex16(type) + ")";
}

const char* ipProtocolName(std::uint8_t protocol) noexcept
{
    switch (protocol) {
    case 0: return "IPv6 Hop-by-Hop Option";
    case 1: return "ICMP";
    case 2: return "IGMP";
    case 4: return "IPIP";
    case 6: return "TCP";
    case 17: return "UDP";
    case 41: return "IPv6";
    case 43: return "IPv6 Routing";
    case 44: return "IPv6 Fragment";
    case 47: return "GRE";
    case 50: return "ESP";
    case 51: return "AH";
    case 58: return "ICMPv6";
    case 59: return "IPv6 No Next Header";
    case 60: return "IPv6 Destination Options";
    case 132: return "SCTP";
    case 137: return "MPLS-in-IP";
    default: return "Unknown";
    }
}

const char* encapsulationName(std::uint16_t bit) noexcept
{
    switch (bit) {
    case encap::Gre: return "GRE";
    case encap::Erspan: return "ERSPAN";
    case encap::Vxlan: return "VXLAN";
    case encap::Geneve: return "Geneve";
    case encap::IpInIp: return "IP-in-IP";
    case encap::Mpls: return "MPLS";
    case encap::Pppoe: return "PPPoE";
    case encap::Ppp: return "PPP";
    case encap::Etag: return "E-tag";
    case encap::Vntag: return "VN-tag";
    case encap::Gtp: return "GTP";
    default: return "encapsulation";
    }
}

} // namespace tcplens
