#pragma once
// Writes chosen packets of a capture to a new pcap or pcapng file, keeping each packet's bytes,
// lengths, timestamp (to the nanosecond), interface (link type, name, snap length) and comments.
// An export is written next to its target and renamed when complete; a recording (a capture read
// from a stream, e.g. a remote tcpdump's) is written in place as packets come.

#include "CaptureInterface.h"
#include "ExportControl.h"
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
    /// Starts writing `target` itself, as a live capture does: what flush() wrote stays there
    /// whatever happens to this program, so a killed one leaves a file that reads to its last
    /// flushed packet. `first` is the capture's interface 0, described at once (a pcapng file
    /// without packets still names it); `application` is the pcapng section's shb_userappl.
    [[nodiscard]] bool openInPlace(const std::string& target, SaveFormat format, const CaptureInterface& first,
                                   const std::string& application, std::string& error);
    /// Writes one packet; `interface` is the one it was captured on (its interfaceId's).
    [[nodiscard]] bool write(const RawPacket& packet, const CaptureInterface& interface, std::string& error);
    /// Puts every packet written so far on disk, each whole; false with `error` (a full disk).
    [[nodiscard]] bool flush(std::string& error);
    /// Finishes the file and puts it in place; false (and no file) when anything failed. A file
    /// written in place keeps what reached it.
    [[nodiscard]] bool close(std::string& error);
    /// Drops the partial file (one written in place is only closed).
    void abandon();

    [[nodiscard]] bool isOpen() const noexcept { return dumper_ != nullptr || pcapng_.isOpen(); }
    [[nodiscard]] std::uint64_t packets() const noexcept { return packets_; }
    /// The last write() failed because a pcap file holds one link type.
    [[nodiscard]] bool refusedLinkType() const noexcept { return refusedLinkType_; }

private:
    bool start(const std::string& path, SaveFormat format, const CaptureInterface& first,
               const std::string& application, std::string& error);

    SaveFormat format_ = SaveFormat::Pcapng;
    std::string target_;
    std::string partial_; ///< Renamed to target_ when complete; empty when written in place.
    PcapngWriter pcapng_;
    std::vector<std::uint32_t> interfaceIds_; ///< Source interface -> written IDB, or kNone.
    pcap* dead_ = nullptr;
    pcap_dumper* dumper_ = nullptr;
    int pcapLinkType_ = 1;
    std::uint64_t packets_ = 0;
    bool refusedLinkType_ = false;
};

class CaptureFile;

inline constexpr std::int64_t kExportFailed = -1;
/// The chosen packets have several link types, which one pcap file cannot hold.
inline constexpr std::int64_t kExportNeedsPcapng = -2;

/// The one export path (File › Export Specified Packets, Export This Conversation, tcplens-cli
/// export): reads `file` from where it stands to its end and writes the packets `chosen` picks
/// (by 1-based frame number, or by the packet itself) to `target`, each with its own interface; a
/// pcap file takes the first chosen packet's link type and refuses a packet of another. `control`
/// hears of every packet read. Returns how many were written, or kExportFailed /
/// kExportNeedsPcapng with `error` / kExportCancelled (and no file).
[[nodiscard]] std::int64_t exportPackets(CaptureFile& file, const std::string& target, SaveFormat format,
                                         const std::function<bool(std::uint64_t frame, const RawPacket& packet)>& chosen,
                                         std::string& error, const ExportControl& control = {});
/// The same, opening `source` first.
[[nodiscard]] std::int64_t exportPackets(const std::string& source, const std::string& target, SaveFormat format,
                                         const std::function<bool(std::uint64_t frame)>& chosen, std::string& error,
                                         const ExportControl& control = {});

} // namespace tcplens
