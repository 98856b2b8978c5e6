#pragma once
// The interfaces libpcap can capture on (pcap_findalldevs), with what a chooser shows.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tcplens {

struct NetworkInterface {
    std::string name;                   ///< What to pass to a capture, e.g. "eth0", "any".
    std::string description;            ///< libpcap's, often empty on Linux.
    std::vector<std::string> addresses; ///< "10.0.0.1/24", "fe80::1/64"; IPv4 first.
    bool up = false;
    bool running = false;
    bool loopback = false;
    bool wireless = false;

    /// "up, running, loopback" (or "down").
    [[nodiscard]] std::string flagsText() const;
};

/// Every capturable interface, in libpcap's order; empty with `error` when libpcap fails.
[[nodiscard]] std::vector<NetworkInterface> listInterfaces(std::string& error);

/// Packets the interface has received plus sent so far (the kernel's link counters), for a
/// rate display without capturing; nothing when unknown (e.g. "any").
[[nodiscard]] std::optional<std::uint64_t> interfacePacketCounter(const std::string& name);

/// The LINKTYPE_* a capture on `name` will have, to check a capture filter before starting:
/// asked of libpcap when it may open the interface, else derived from the kind of device;
/// nothing when it does not exist.
[[nodiscard]] std::optional<int> interfaceLinkType(const std::string& name);

} // namespace tcplens
