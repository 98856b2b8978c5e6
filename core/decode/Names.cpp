#include "Names.h"

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
    default: return "Unknown";
    }
}

} // namespace tcplens
