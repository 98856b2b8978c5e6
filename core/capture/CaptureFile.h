#pragma once
// Reads a capture one packet at a time, with nanosecond timestamps: pcap through libpcap, pcapng
// with PcapngReader (any number of interfaces and sections). The file may be gzip, zstd or lz4
// compressed, a FIFO or standard input ("-"); those are read as they arrive. Each packet carries
// where its bytes sit in the (decompressed) file and its interface's link type.

#include "../decode/ByteReader.h"
#include "BpfFilter.h"
#include "ByteSource.h"
#include "CaptureInterface.h"
#include "MappedFile.h"
#include "RawPacket.h"
#include "ReadProblem.h"

#include <atomic>
#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct pcap;

namespace tcplens {

class PcapngReader;

enum class FileFormat { PcapLittleMicro, PcapLittleNano, PcapBigMicro, PcapBigNano, Pcapng };

/// "pcap (little-endian, microseconds)", "pcapng".
[[nodiscard]] std::string formatName(FileFormat format);

struct CaptureFileInfo {
    std::string path;          ///< As given; "-" is standard input.
    FileFormat format = FileFormat::PcapLittleMicro;
    int linkType = 0;          ///< LINKTYPE_* of the first interface, as in the file.
    std::uint32_t snaplen = 0; ///< Of the first interface.
    std::uint64_t fileSize = 0; ///< Bytes of the file as stored (compressed); 0 for a pipe.
    Compression compression = Compression::None;
    bool streamed = false;     ///< Read as it arrives (pipe, standard input, compressed file).
    /// Every interface described so far (pcap: one); a packet's interfaceId indexes it.
    std::vector<CaptureInterface> interfaces;
};

/// Thrown only when a file cannot be opened as a capture at all: what() in English, problem()
/// as a kind and its arguments for a reader in another language.
class CaptureError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    explicit CaptureError(ReadProblem problem) : std::runtime_error(englishText(problem)), problem_(std::move(problem)) {}
    /// Empty for the errors thrown as a sentence only (LiveCaptureError).
    [[nodiscard]] const ReadProblem& problem() const noexcept { return problem_; }

private:
    ReadProblem problem_;
};

class CaptureFile {
public:
    /// Opens `path` ("-": standard input); throws CaptureError with a message naming the problem.
    /// A pipe is read as it arrives: open() waits only for the file's header, or (a FIFO with no
    /// writer yet) until `*cancel` turns true, which also becomes setCancelFlag()'s flag.
    [[nodiscard]] static std::unique_ptr<CaptureFile> open(const std::string& path,
                                                           const std::atomic<bool>* cancel = nullptr);
    /// Reads the pipe `fd` (owned) as it arrives, as open("-") reads standard input; `name`
    /// names it in messages and info().path.
    [[nodiscard]] static std::unique_ptr<CaptureFile> openDescriptor(int fd, const std::string& name,
                                                                     const std::atomic<bool>* cancel = nullptr);
    ~CaptureFile();
    CaptureFile(const CaptureFile&) = delete;
    CaptureFile& operator=(const CaptureFile&) = delete;

    /// The file's description; `interfaces` grows as a pcapng file describes more of them.
    [[nodiscard]] const CaptureFileInfo& info() const noexcept { return info_; }

    /// Reads the next packet, waiting for a pipe. Its bytes stay valid until the next call.
    /// On Error, error() says what is wrong (a cut-short file, a damaged record).
    [[nodiscard]] ReadStatus next(RawPacket& packet);
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    /// error() as a kind and its arguments.
    [[nodiscard]] const ReadProblem& problem() const noexcept { return problem_; }
    /// Something read but worth saying (timestamps out of range), or empty.
    [[nodiscard]] std::string warning() const;
    /// Packets returned so far.
    [[nodiscard]] std::uint64_t packetsRead() const noexcept { return packetsRead_; }
    /// True when next() would wait for a pipe: a reader should show what it has first.
    [[nodiscard]] bool wouldBlock() const noexcept;
    /// Without waiting: takes in what the pipe already holds and reads the interface and
    /// statistics blocks that came before the next packet (so interfaceStatistics() is current).
    /// False when next() would wait because the next packet has not wholly arrived: a reader that
    /// polls the pipe while this is false never waits inside next() with packets it has not shown
    /// (a statistics block that no packet follows on an idle device, pcap records libpcap has
    /// already buffered). A compressed stream answers !wouldBlock().
    [[nodiscard]] bool packetReady();
    /// Lets a next() waiting on a pipe end (with an error "cancelled") once `*flag` turns true.
    void setCancelFlag(const std::atomic<bool>* flag) noexcept { source_->setCancelFlag(flag); }

    /// pcapng: the last statistics block of each interface (by interface number), when one came.
    [[nodiscard]] std::vector<std::optional<InterfaceStatistics>> interfaceStatistics() const;

    /// Bytes of a packet read earlier, found again by its data offset; empty if unavailable.
    [[nodiscard]] Bytes bytesAt(std::uint64_t dataOffset, std::uint32_t length) const noexcept
    {
        return dataOffset == kNoOffset ? Bytes{} : source_->slice(dataOffset, length);
    }
    /// The memory map packet bytes are read from (the file, or the spool of a stream), shared so
    /// packet stores can outlive this reader.
    [[nodiscard]] std::shared_ptr<const MappedFile> mapping() const noexcept { return source_->mapping(); }
    /// Compiles a tcpdump expression for this file: for every link type among its interfaces.
    [[nodiscard]] std::optional<BpfFilter> compileFilter(const std::string& expression, std::string& error) const;

    /// Bytes of the file consumed so far (compressed bytes for a compressed file), for progress bars.
    [[nodiscard]] std::uint64_t bytesConsumed() const noexcept;

private:
    CaptureFile() = default;
    static std::unique_ptr<CaptureFile> fromSource(std::unique_ptr<ByteSource> source, const std::string& path,
                                                   const std::string& name);
    ReadStatus nextPcap(RawPacket& packet);
    void takeNewInterfaces();
    /// A pcap record's captured length as stored, its two lengths read in libpcap's order.
    [[nodiscard]] std::uint32_t storedLength(const std::uint8_t* recordHeader) const noexcept;
    std::uint64_t locateData(std::uint32_t capturedLength);
    static ssize_t readCookie(void* cookie, char* buffer, std::size_t size);

    CaptureFileInfo info_;
    std::unique_ptr<ByteSource> source_;
    std::unique_ptr<PcapngReader> pcapng_;
    pcap* handle_ = nullptr;
    std::uint64_t cookiePosition_ = 0; // how far libpcap's stream buffer has read
    void fail(ReadProblem problem);

    ReadProblem problem_;
    std::string error_;
    std::uint64_t packetsRead_ = 0;
    std::uint64_t clamped_ = 0;
    std::uint64_t nextRecord_ = 0;    // where the walk for the next pcap record's data starts
    std::uint32_t recordHeaderSize_ = 16;
    /// libpcap's reading of a record header's two lengths: files older than version 2.3 (and
    /// DG/UX's 543.0) store the wire length first; 2.3 files may do either.
    enum class LengthOrder { CapturedFirst, WireFirst, Either };
    LengthOrder lengthOrder_ = LengthOrder::CapturedFirst;
};

} // namespace tcplens
