#pragma once
// One interface packets of a capture were taken on: pcap files have one, pcapng files one per
// Interface Description Block (numbered across all sections, in file order).

#include <cstdint>
#include <string>

namespace tcplens {

/// The counters of an Interface Statistics Block (pcapng), as the capturing program saw them.
struct InterfaceStatistics {
    std::uint64_t received = 0;           ///< isb_ifrecv: passed the capture filter, drops included.
    std::uint64_t droppedByKernel = 0;    ///< isb_ifdrop: no room in the capture buffer.
    std::uint64_t droppedByInterface = 0; ///< isb_osdrop: dropped by the interface or its driver.
    std::uint64_t delivered = 0;          ///< isb_usrdeliv: handed to the capturing program.
};

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
