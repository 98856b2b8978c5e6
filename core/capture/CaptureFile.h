#pragma once
// Reads a pcap or pcapng file through libpcap, one packet at a time, with nanosecond
// timestamps; each packet also carries where its bytes sit in the file.

#include "../decode/ByteReader.h"
#include "BpfFilter.h"
#include "MappedFile.h"
#include "RawPacket.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

struct pcap;

namespace tcplens {

enum class FileFormat { PcapLittleMicro, PcapLittleNano, PcapBigMicro, PcapBigNano, Pcapng };

/// "pcap (little-endian, microseconds)", "pcapng".
[[nodiscard]] std::string formatName(FileFormat format);

struct CaptureFileInfo {
    std::string path;
    FileFormat format = FileFormat::PcapLittleMicro;
    int linkType = 0;          ///< LINKTYPE_* number, as in the file.
    std::uint32_t snaplen = 0;
    std::uint64_t fileSize = 0;
};

/// Thrown only when a file cannot be opened as a capture at all.
class CaptureError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class ReadStatus { Packet, End, Error };

class CaptureFile {
public:
    /// Opens `path`; throws CaptureError with a message naming the problem.
    [[nodiscard]] static std::unique_ptr<CaptureFile> open(const std::string& path);
    ~CaptureFile();
    CaptureFile(const CaptureFile&) = delete;
    CaptureFile& operator=(const CaptureFile&) = delete;

    [[nodiscard]] const CaptureFileInfo& info() const noexcept { return info_; }

    /// Reads the next packet. Its bytes stay valid until the next call.
    /// On Error, error() says what is wrong (a cut-short file, a damaged record).
    [[nodiscard]] ReadStatus next(RawPacket& packet);
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    /// Packets returned so far.
    [[nodiscard]] std::uint64_t packetsRead() const noexcept { return packetsRead_; }

    /// Bytes of a packet read earlier, found again by its data offset; empty if unavailable.
    [[nodiscard]] Bytes bytesAt(std::uint64_t dataOffset, std::uint32_t length) const noexcept
    {
        return dataOffset == kNoOffset ? Bytes{} : mapped_->slice(dataOffset, length);
    }
    /// The file's memory map, shared so packet stores can outlive this reader.
    [[nodiscard]] std::shared_ptr<const MappedFile> mapping() const noexcept { return mapped_; }
    /// Compiles a tcpdump expression for this file (its link type and byte order).
    [[nodiscard]] std::optional<BpfFilter> compileFilter(const std::string& expression, std::string& error) const;

    /// Bytes of the file consumed so far, for progress bars.
    [[nodiscard]] std::uint64_t bytesConsumed() const noexcept { return nextRecord_; }

private:
    CaptureFile() = default;
    std::uint64_t locateData(std::uint32_t capturedLength);

    CaptureFileInfo info_;
    pcap* handle_ = nullptr;
    std::shared_ptr<const MappedFile> mapped_ = std::make_shared<MappedFile>();
    std::string error_;
    std::uint64_t packetsRead_ = 0;
    std::uint64_t nextRecord_ = 0;    // where the walk for the next record's data starts
    bool pcapngBigEndian = false;     // byte order of the current pcapng section
    std::uint32_t recordHeaderSize_ = 16;
};

} // namespace tcplens
