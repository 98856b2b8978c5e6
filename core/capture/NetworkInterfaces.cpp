#include "NetworkInterfaces.h"

#include "../decode/LinkType.h"

#include <pcap/pcap.h>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <linux/if_link.h>
#include <netpacket/packet.h>
#include <net/if_arp.h>
#include <netinet/in.h>

#include <bit>

namespace tcplens {
namespace {

int prefixLength(const sockaddr* netmask)
{
    if (!netmask)
        return -1;
    int bits = 0;
    if (netmask->sa_family == AF_INET) {
        bits = std::popcount(reinterpret_cast<const sockaddr_in*>(netmask)->sin_addr.s_addr);
    } else if (netmask->sa_family == AF_INET6) {
        for (const auto byte : reinterpret_cast<const sockaddr_in6*>(netmask)->sin6_addr.s6_addr)
            bits += std::popcount(static_cast<unsigned>(byte));
    } else {
        return -1;
    }
    return bits;
}

std::string addressText(const pcap_addr& address)
{
    const sockaddr* sa = address.addr;
    char text[INET6_ADDRSTRLEN] = {};
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, text, sizeof text);
    else
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, text, sizeof text);
    std::string out = text;
    // libpcap leaves IPv6 masks out on some systems; show a prefix only when it is known.
    const int prefix = prefixLength(address.netmask);
    if (prefix >= 0 && address.netmask && address.netmask->sa_family == sa->sa_family)
        out += "/" + std::to_string(prefix);
    return out;
}

/// The link-level entry of getifaddrs for `name`: asked of the kernel over netlink, so it answers
/// for the calling thread's network namespace (sysfs answers for the mount's).
template <typename Read>
auto withLinkEntry(const std::string& name, Read read) -> decltype(read(static_cast<const ifaddrs*>(nullptr)))
{
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0)
        return std::nullopt;
    decltype(read(list)) result = std::nullopt;
    for (auto* entry = list; entry; entry = entry->ifa_next)
        if (entry->ifa_addr && entry->ifa_addr->sa_family == AF_PACKET && name == entry->ifa_name) {
            result = read(entry);
            break;
        }
    ::freeifaddrs(list);
    return result;
}

} // namespace

std::string NetworkInterface::flagsText() const
{
    std::string text = up ? "up" : "down";
    if (running)
        text += ", running";
    if (loopback)
        text += ", loopback";
    if (wireless)
        text += ", wireless";
    return text;
}

std::vector<NetworkInterface> listInterfaces(std::string& error)
{
    pcap_if_t* devices = nullptr;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    if (pcap_findalldevs(&devices, errbuf) != 0) {
        error = std::string("cannot list the interfaces: ") + errbuf;
        return {};
    }
    std::vector<NetworkInterface> interfaces;
    for (auto* device = devices; device; device = device->next) {
        NetworkInterface entry;
        entry.name = device->name;
        entry.description = device->description ? device->description : "";
        entry.up = (device->flags & PCAP_IF_UP) != 0;
        entry.running = (device->flags & PCAP_IF_RUNNING) != 0;
        entry.loopback = (device->flags & PCAP_IF_LOOPBACK) != 0;
        entry.wireless = (device->flags & PCAP_IF_WIRELESS) != 0;
        std::vector<std::string> v6;
        for (auto* address = device->addresses; address; address = address->next) {
            if (!address->addr)
                continue;
            if (address->addr->sa_family == AF_INET)
                entry.addresses.push_back(addressText(*address));
            else if (address->addr->sa_family == AF_INET6)
                v6.push_back(addressText(*address));
        }
        entry.addresses.insert(entry.addresses.end(), v6.begin(), v6.end());
        interfaces.push_back(std::move(entry));
    }
    pcap_freealldevs(devices);
    return interfaces;
}

std::optional<std::uint64_t> interfacePacketCounter(const std::string& name)
{
    return withLinkEntry(name, [](const ifaddrs* entry) -> std::optional<std::uint64_t> {
        if (!entry->ifa_data)
            return std::nullopt;
        const auto* stats = static_cast<const rtnl_link_stats*>(entry->ifa_data);
        return std::uint64_t{stats->rx_packets} + stats->tx_packets;
    });
}

std::optional<int> interfaceLinkType(const std::string& name)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    if (pcap_t* handle = pcap_create(name.c_str(), errbuf)) {
        const int rc = pcap_activate(handle);
        const int dlt = rc >= 0 ? pcap_datalink(handle) : -1;
        pcap_close(handle);
        if (dlt >= 0)
            return linkTypeFromDlt(dlt);
        if (rc == PCAP_ERROR_NO_SUCH_DEVICE)
            return std::nullopt;
    }
    if (name == "any")
        return linktype::LinuxSll; // what libpcap gives "any" unless asked for SLL2
    const auto type = withLinkEntry(name, [](const ifaddrs* entry) -> std::optional<unsigned> {
        return reinterpret_cast<const sockaddr_ll*>(entry->ifa_addr)->sll_hatype;
    });
    if (!type)
        return std::nullopt;
    switch (*type) {
    case ARPHRD_ETHER:
    case ARPHRD_LOOPBACK: return linktype::Ethernet; // Linux loopback captures carry Ethernet headers
    case ARPHRD_NONE: return linktype::Raw; // tun devices
    default: return linktype::LinuxSll; // libpcap falls back to cooked mode for other devices
    }
}

} // namespace tcplens
