#pragma once
// What a pcapng file says about itself besides its packets, for Capture File Properties and
// `tcplens-cli info`: each section's comments, hardware, OS and application; each interface's
// options (name, description, capture filter, OS, time resolution); and its Interface Statistics
// Blocks (packets received and dropped). Packets are PcapngReader's business; this walk skips them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tcplens {

struct PcapngSectionInfo {
    std::vector<std::string> comments; ///< opt_comment of the Section Header Block.
    std::string hardware;              ///< shb_hardware
    std::string os;                    ///< shb_os
    std::string application;           ///< shb_userappl
};

struct PcapngInterfaceInfo {
    std::uint32_t section = 1;        ///< 1-based, as CaptureInterface.
    int linkType = 0;
    std::uint32_t snaplen = 0;
    std::string name, description, filter, os;
    std::uint8_t tsresol = 6;         ///< if_tsresol as stored (bit 7: a power of two).
    std::vector<std::string> comments;
    std::uint32_t statisticsBlocks = 0; ///< Interface Statistics Blocks seen.
    // From the last statistics block that carried each option.
    std::optional<std::uint64_t> received;  ///< isb_ifrecv
    std::optional<std::uint64_t> dropped;   ///< isb_ifdrop: by the interface or capture system
    std::optional<std::uint64_t> osDropped; ///< isb_osdrop: by the operating system
    std::optional<std::uint64_t> delivered; ///< isb_usrdeliv
    std::optional<std::uint64_t> accepted;  ///< isb_filteraccept

    /// Digits of the time resolution ("microseconds (6)"), or -1 for a power-of-two resolution.
    [[nodiscard]] int precisionDigits() const noexcept { return (tsresol & 0x80) != 0 ? -1 : tsresol; }
};

struct PcapngMetadata {
    std::vector<PcapngSectionInfo> sections;
    std::vector<PcapngInterfaceInfo> interfaces; ///< Numbered across sections, in file order.
};

/// Walks the pcapng file at `path` (compressed too); false with `error` when it is not readable
/// pcapng. A damaged tail ends the walk with what was read and `error` set.
[[nodiscard]] bool readPcapngMetadata(const std::string& path, PcapngMetadata& metadata, std::string& error);
/// The first Section Header Block's comments and names only, without walking the rest of the file.
[[nodiscard]] bool readPcapngFirstSection(const std::string& path, PcapngSectionInfo& section, std::string& error);

} // namespace tcplens
