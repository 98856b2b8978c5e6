#pragma once
// Reads a capture's bytes from a descriptor as they arrive, decompressing gzip, zstd or lz4 on
// the way: each read returns what is ready rather than waiting for a full buffer, so a pipe
// is followed packet by packet.

#include "ReadProblem.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace tcplens {

enum class Compression { None, Gzip, Zstd, Lz4 };

/// "gzip", "zstd", "lz4", or "" for none.
[[nodiscard]] std::string compressionName(Compression compression);
/// Recognises a compressed stream by its first bytes (not by the file name).
[[nodiscard]] Compression compressionFromMagic(const std::uint8_t* bytes, std::size_t size) noexcept;

class StreamDecoder {
public:
    /// Reads from `fd` (not owned), which starts with `prefix` already read from it.
    [[nodiscard]] static std::unique_ptr<StreamDecoder> create(Compression compression, int fd, std::string prefix);
    virtual ~StreamDecoder() = default;

    /// Blocks until at least one byte is ready, then returns up to `capacity` of them;
    /// 0 at the end of the stream or on an error (problem() then says which).
    [[nodiscard]] virtual std::size_t read(std::uint8_t* out, std::size_t capacity) = 0;
    [[nodiscard]] const ReadProblem& problem() const noexcept { return problem_; }
    /// Bytes taken from the descriptor so far (compressed bytes, for progress).
    [[nodiscard]] std::uint64_t sourceBytes() const noexcept { return sourceBytes_; }
    /// Makes a blocked read() give up within a fraction of a second once `*flag` turns true.
    void setCancelFlag(const std::atomic<bool>* flag) noexcept { cancel_ = flag; }

protected:
    StreamDecoder(int fd, std::string prefix) : fd_(fd), prefix_(std::move(prefix)) {}
    /// Raw bytes from the descriptor (the prefix first); 0 at its end or on an error.
    std::size_t readRaw(std::uint8_t* out, std::size_t capacity);

    ReadProblem problem_;

private:
    int fd_;
    std::string prefix_;
    std::size_t prefixUsed_ = 0;
    std::uint64_t sourceBytes_ = 0;
    const std::atomic<bool>* cancel_ = nullptr;
};

} // namespace tcplens
