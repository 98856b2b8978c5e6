#include "LinkType.h"

#include <pcap/pcap.h>

namespace tcplens {

int linkTypeFromDlt(int dlt) noexcept
{
    if (dlt == DLT_RAW)
        return linktype::Raw;
    if (dlt == DLT_LOOP)
        return linktype::Loop;
    if (dlt == DLT_ATM_RFC1483)
        return linktype::AtmRfc1483;
    return dlt;
}

int dltFromLinkType(int linkType) noexcept
{
    if (linkType == linktype::Raw)
        return DLT_RAW;
    if (linkType == linktype::Loop)
        return DLT_LOOP;
    if (linkType == linktype::AtmRfc1483)
        return DLT_ATM_RFC1483;
    return linkType;
}

bool isSupportedLinkType(int linkType) noexcept
{
    switch (linkType) {
    case linktype::Null:
    case linktype::Ethernet:
    case linktype::Raw:
    case linktype::Loop:
    case linktype::LinuxSll:
    case linktype::Ipv4:
    case linktype::Ipv6:
    case linktype::LinuxSll2:
    case linktype::Ppp:
    case linktype::PppHdlc:
    case linktype::PppEther:
    case linktype::PppPppd:
    case linktype::PppWithDir:
    case linktype::CiscoHdlc:
    case linktype::ArcnetLinux:
    case linktype::Nflog:
    case linktype::Ipoib:
    case linktype::JuniperEther:
    case linktype::Ieee80211:
    case linktype::Pflog:
    case linktype::Prism:
    case linktype::Radiotap:
    case linktype::Avs:
    case linktype::Ppi:
    case linktype::Ipnet:
    case linktype::Pktap:
    case linktype::TokenRing:
    case linktype::Fddi:
    case linktype::AtmRfc1483:
    case linktype::FrameRelay:
    case linktype::Enc:
        return true;
    default:
        return false;
    }
}

std::string linkTypeName(int linkType)
{
    if (const char* name = pcap_datalink_val_to_name(dltFromLinkType(linkType)))
        return name;
    if (linkType >= 147 && linkType <= 162) // reserved for private use; libpcap has no names for them
        return "USER" + std::to_string(linkType - 147);
    return "LINKTYPE_" + std::to_string(linkType);
}

std::string linkTypeDescription(int linkType)
{
    if (const char* text = pcap_datalink_val_to_description(dltFromLinkType(linkType)))
        return text;
    if (linkType >= 147 && linkType <= 162)
        return "private use " + std::to_string(linkType - 147);
    return "link type " + std::to_string(linkType);
}

} // namespace tcplens


