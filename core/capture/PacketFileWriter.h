#pragma once
// Writes chosen packets of a capture to a new pcap or pcapng file, keeping each packet's bytes,
// lengths, timestamp (to the nanosecond), interface (link type, name, snap length) and comments.
// The file is written next to its target and renamed when complete.

#include "CaptureInterface.h"
#include "CaptureSaver.h"
#include "PcapngWriter.h"
#include "RawPacket.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

struct pcap;
struct pcap_dumper;

namespace tcplens {

class PacketFileWriter {
public:
    PacketFileWriter() = default;
    ~PacketFileWriter();
    PacketFileWriter(const PacketFileWriter&) = delete;
    PacketFileWriter& operator=(const PacketFileWriter&) = delete;

    /// Starts `target` in `format` for packets of a capture whose first interface is `first`
    /// (a pcap file takes that interface's link type for all of them).
    [[nodiscard]] bool open(const std::string& target, SaveFormat format, const CaptureInterface& first,
                            std::string& error);
    /// Writes one packet; `interface` is the one it was captured on (its interfaceId's).
    [[nodiscard]] bool write(const RawPacket& packet, const CaptureInterface& interface, std::string& error);
    /// Finishes the file and puts it in place; false (and no file) when anything failed.
    [[nodiscard]] bool close(std::string& error);
    /// Drops the partial file.
    void abandon();

    [[nodiscard]] std::uint64_t packets() const noexcept { return packets_; }

private:
    SaveFormat format_ = SaveFormat::Pcapng;
    std::string target_;
    std::string partial_;
    PcapngWriter pcapng_;
    std::vector<std::uint32_t> interfaceIds_; ///< Source interface -> written IDB, or kNone.
    pcap* dead_ = nullptr;
    pcap_dumper* dumper_ = nullptr;
    int pcapLinkType_ = 1;
    std::uint64_t packets_ = 0;
};

/// Reads `source` again and writes the packets `chosen` picks (by 1-based frame number) to
/// `target`; returns how many, or -1 with `error` (and no file).
[[nodiscard]] std::int64_t exportPackets(const std::string& source, const std::string& target, SaveFormat format,
                                         const std::function<bool(std::uint64_t frame)>& chosen, std::string& error);

} // namespace tcplens
