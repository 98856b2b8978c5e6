#pragma once
// One interface packets of a capture were taken on: pcap files have one, pcapng files one per
// Interface Description Block (numbered across all sections, in file order).

#include <cstdint>
#include <string>

namespace tcplens {

struct CaptureInterface {
    int linkType = 1;             ///< LINKTYPE_*.
    std::uint32_t snaplen = 0;    ///< 0: no limit given.
    std::string name;             ///< if_name, e.g. "eth0"; may be empty.
    std::string description;      ///< if_description; may be empty.
    std::uint32_t section = 1;    ///< The pcapng section (1-based) that describes it.
    std::uint32_t idInSection = 0; ///< Its number within that section, as packets and Wireshark name it.
    /// The byte order of the host that wrote it (its pcapng section's): a BSD loopback (NULL)
    /// header's address family is in that order.
    bool bigEndian = false;
};

} // namespace tcplens
