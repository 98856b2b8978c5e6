#pragma once
// Writes a pcapng file as packets arrive: section and interface headers first, then each
// batch of Enhanced Packet Blocks with one write(2), so a killed program leaves a file that
// reads to its last packet. Nanosecond timestamps.

#include "RawPacket.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace tcplens {

struct PcapngInterface {
    int linkType = 1;          ///< LINKTYPE_*.
    std::uint32_t snaplen = 262144;
    std::string name;          ///< if_name, e.g. "eth0".
    std::string description;   ///< if_description, may be empty.
    std::string filter;        ///< if_filter: the capture filter, may be empty.
};

struct PcapngStatistics {
    std::int64_t timestampNs = 0;
    std::uint64_t received = 0;           ///< isb_ifrecv
    std::uint64_t droppedByKernel = 0;    ///< isb_ifdrop (dropped for lack of buffer)
    std::uint64_t droppedByInterface = 0; ///< isb_osdrop (dropped by the interface/driver)
    std::uint64_t delivered = 0;          ///< isb_usrdeliv
};

class PcapngWriter {
public:
    PcapngWriter() = default;
    ~PcapngWriter();
    PcapngWriter(const PcapngWriter&) = delete;
    PcapngWriter& operator=(const PcapngWriter&) = delete;

    /// Creates `path` (replacing it) and writes the headers; false with `error` on failure.
    [[nodiscard]] bool open(const std::string& path, const PcapngInterface& interface, std::string& error);
    /// Creates `path` with a section header only; interfaces follow with addInterface().
    [[nodiscard]] bool openSection(const std::string& path, const std::string& application, std::string& error);
    /// Writes the section header to `fd` (e.g. standard output, not closed by close()), named
    /// `name` in messages; interfaces follow with addInterface().
    [[nodiscard]] bool openDescriptor(int fd, const std::string& name, const std::string& application, std::string& error);
    /// Queues an Interface Description Block; returns the interface's number in the section.
    std::uint32_t addInterface(const PcapngInterface& interface);
    [[nodiscard]] bool isOpen() const noexcept { return fd_ >= 0; }
    /// Writes without blocking for longer than `limit` without progress (a pipe whose reader
    /// stopped reading without closing it): such a write fails with error() saying so.
    void setStallLimit(std::chrono::milliseconds limit);

    /// Queues one packet (its comments as opt_comment) on `interfaceId` and returns the file
    /// offset its bytes will have once flushed.
    std::uint64_t append(const RawPacket& packet, std::uint32_t interfaceId = 0);
    /// Writes every queued packet; false with error() when the disk refused (e.g. full).
    [[nodiscard]] bool flush();
    /// Appends an Interface Statistics Block of `interfaceId` (flushes first).
    [[nodiscard]] bool writeStatistics(const PcapngStatistics& statistics, std::uint32_t interfaceId = 0);
    /// Flushes and closes; the file stays.
    void close();

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    /// Bytes in the file after the last flush.
    [[nodiscard]] std::uint64_t bytesWritten() const noexcept { return written_; }
    [[nodiscard]] const std::string& error() const noexcept { return error_; }

private:
    bool writeAll(const std::vector<std::uint8_t>& bytes);
    bool writeSectionHeader(const std::string& application, std::string& error);

    int fd_ = -1;
    bool ownsFd_ = true;
    std::string path_;
    std::string error_;
    std::uint64_t written_ = 0;
    std::uint32_t interfaces_ = 0;
    std::vector<std::uint8_t> pending_;
    std::chrono::milliseconds stallLimit_{0}; ///< 0: blocking writes
};

} // namespace tcplens
