#pragma once
// The bytes of a capture as a reader sees them: a regular file is mapped whole; a pipe, standard
// input or a compressed file is read as it arrives (decompressed on the way) into an unlinked
// spool file that is mapped as it grows, so packet bytes are still read in place, never copied
// twice, and a pipe can be followed packet by packet.

#include "../decode/ByteReader.h"
#include "MappedFile.h"
#include "StreamDecoder.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace tcplens {

class ByteSource {
public:
    /// Opens `path` ("-" is standard input); throws CaptureError naming the problem. A FIFO with no
    /// writer yet, or a quiet pipe, is waited for until its first bytes come or `*cancel` turns true
    /// (then CaptureError "cancelled"); the flag also becomes the one setCancelFlag() sets.
    [[nodiscard]] static std::unique_ptr<ByteSource> open(const std::string& path,
                                                          const std::atomic<bool>* cancel = nullptr);
    /// Reads the pipe `fd` (owned, closed with the source) as it arrives, named `name` in
    /// messages, like standard input; throws CaptureError when it ends before its first bytes.
    [[nodiscard]] static std::unique_ptr<ByteSource> openDescriptor(int fd, const std::string& name,
                                                                    const std::atomic<bool>* cancel = nullptr);
    ~ByteSource();
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    /// Makes the first `end` bytes readable, waiting for a pipe or decompressing as needed;
    /// false when the stream ends (or fails: error()) before that.
    [[nodiscard]] bool ensure(std::uint64_t end);
    /// Without waiting: takes in what an uncompressed pipe already holds (and notices its end),
    /// so that available() says what has arrived. Does nothing for a file or a compressed stream.
    void pullArrived();
    /// Bytes [offset, offset + length) once ensure() said they are there; empty otherwise.
    [[nodiscard]] Bytes slice(std::uint64_t offset, std::uint64_t length) const noexcept;
    /// Bytes readable now without waiting.
    [[nodiscard]] std::uint64_t available() const noexcept { return available_; }
    /// True when no more bytes will come (always for a mapped file).
    [[nodiscard]] bool ended() const noexcept { return ended_; }
    /// True for a pipe, standard input or a compressed file (read as it arrives).
    [[nodiscard]] bool streaming() const noexcept { return decoder_ != nullptr; }
    [[nodiscard]] Compression compression() const noexcept { return compression_; }
    /// Why the stream stopped early (damaged compressed data, read error), or empty.
    [[nodiscard]] std::string error() const { return englishText(problem()); }
    [[nodiscard]] ReadProblem problem() const;
    /// Bytes of the file itself (compressed) consumed so far, and its size (0 for a pipe).
    [[nodiscard]] std::uint64_t sourceBytesRead() const noexcept;
    [[nodiscard]] std::uint64_t sourceSize() const noexcept { return sourceSize_; }
    /// The map packet stores read bytes from (the file, or the spool).
    [[nodiscard]] std::shared_ptr<const MappedFile> mapping() const noexcept { return mapping_; }
    /// Lets a waiting ensure() give up once `*flag` turns true.
    void setCancelFlag(const std::atomic<bool>* flag) noexcept;

    /// The spool's reserved address space, and so the largest stream that can be read.
    static constexpr std::uint64_t kMaxSpoolBytes = 256ULL << 30;

private:
    ByteSource() = default;
    void startStream(const std::string& name, const std::atomic<bool>* cancel);
    void startSpool(const std::string& path, Compression compression, std::string prefix);

    std::shared_ptr<const MappedFile> mapping_;
    std::shared_ptr<MappedFile> spool_; // the same map while spooling, to say how far it is filled
    std::unique_ptr<StreamDecoder> decoder_;
    std::vector<std::uint8_t> chunk_;
    Compression compression_ = Compression::None;
    int fd_ = -1;           // the source being read (not closed when it is standard input)
    bool ownsFd_ = false;
    int spoolFd_ = -1;
    std::uint64_t available_ = 0;
    std::uint64_t sourceSize_ = 0;
    bool ended_ = false;
    ReadProblem spoolProblem_;
};

} // namespace tcplens
