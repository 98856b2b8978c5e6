#include "StreamDecoder.h"

#include <lz4frame.h>
#include <zlib.h>
#include <zstd.h>

#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <vector>

namespace tcplens {
namespace {

constexpr std::size_t kInputChunk = 64 * 1024;

class PlainDecoder final : public StreamDecoder {
public:
    PlainDecoder(int fd, std::string prefix) : StreamDecoder(fd, std::move(prefix)) {}
    std::size_t read(std::uint8_t* out, std::size_t capacity) override { return readRaw(out, capacity); }
};

/// Shared input buffering of the decompressors: refill only when the codec has used it all.
class BufferedDecoder : public StreamDecoder {
protected:
    BufferedDecoder(int fd, std::string prefix) : StreamDecoder(fd, std::move(prefix)), input_(kInputChunk) {}
    /// False at the end of the input (or on an error).
    bool refill()
    {
        begin_ = 0;
        end_ = readRaw(input_.data(), input_.size());
        return end_ > 0;
    }
    [[nodiscard]] bool drained() const noexcept { return begin_ == end_; }
    void damaged(const char* format, const char* reason)
    {
        problem_ = readProblem(ReadProblemKind::CompressedDamaged, {format});
        problem_.detail = reason;
    }

    std::vector<std::uint8_t> input_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
};

class GzipDecoder final : public BufferedDecoder {
public:
    GzipDecoder(int fd, std::string prefix) : BufferedDecoder(fd, std::move(prefix))
    {
        if (inflateInit2(&z_, 16 + MAX_WBITS) != Z_OK)
            problem_ = readProblem(ReadProblemKind::CannotStartDecompressor, {"gzip"});
    }
    ~GzipDecoder() override { inflateEnd(&z_); }

    std::size_t read(std::uint8_t* out, std::size_t capacity) override
    {
        while (problem_.empty()) {
            if (drained() && !refill()) {
                if (memberOpen_ && problem_.empty())
                    problem_ = readProblem(ReadProblemKind::CompressedCutShort, {"gzip"});
                return 0;
            }
            z_.next_in = input_.data() + begin_;
            z_.avail_in = static_cast<uInt>(end_ - begin_);
            z_.next_out = out;
            z_.avail_out = static_cast<uInt>(capacity);
            memberOpen_ = true;
            const int rc = inflate(&z_, Z_NO_FLUSH);
            begin_ = end_ - z_.avail_in;
            const std::size_t produced = capacity - z_.avail_out;
            if (rc == Z_STREAM_END) {
                memberOpen_ = false; // gzip files may hold several members back to back
                if (inflateReset(&z_) != Z_OK)
                    problem_ = readProblem(ReadProblemKind::CannotRestartDecompressor, {"gzip"});
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                damaged("gzip", z_.msg ? z_.msg : zError(rc));
            }
            if (produced > 0)
                return produced;
        }
        return 0;
    }

private:
    z_stream z_{};
    bool memberOpen_ = false;
};

class ZstdDecoder final : public BufferedDecoder {
public:
    ZstdDecoder(int fd, std::string prefix) : BufferedDecoder(fd, std::move(prefix)), stream_(ZSTD_createDStream())
    {
        if (!stream_)
            problem_ = readProblem(ReadProblemKind::CannotStartDecompressor, {"zstd"});
    }
    ~ZstdDecoder() override { ZSTD_freeDStream(stream_); }

    std::size_t read(std::uint8_t* out, std::size_t capacity) override
    {
        while (problem_.empty()) {
            if (drained() && !refill()) {
                if (frameOpen_ && problem_.empty())
                    problem_ = readProblem(ReadProblemKind::CompressedCutShort, {"zstd"});
                return 0;
            }
            ZSTD_inBuffer in{input_.data(), end_, begin_};
            ZSTD_outBuffer output{out, capacity, 0};
            const std::size_t rc = ZSTD_decompressStream(stream_, &output, &in);
            begin_ = in.pos;
            if (ZSTD_isError(rc)) {
                damaged("zstd", ZSTD_getErrorName(rc));
                return 0;
            }
            frameOpen_ = rc != 0;
            if (output.pos > 0)
                return output.pos;
        }
        return 0;
    }

private:
    ZSTD_DStream* stream_;
    bool frameOpen_ = false;
};

class Lz4Decoder final : public BufferedDecoder {
public:
    Lz4Decoder(int fd, std::string prefix) : BufferedDecoder(fd, std::move(prefix))
    {
        if (LZ4F_isError(LZ4F_createDecompressionContext(&context_, LZ4F_VERSION)))
            problem_ = readProblem(ReadProblemKind::CannotStartDecompressor, {"lz4"});
    }
    ~Lz4Decoder() override { LZ4F_freeDecompressionContext(context_); }

    std::size_t read(std::uint8_t* out, std::size_t capacity) override
    {
        while (problem_.empty()) {
            if (drained() && !refill()) {
                if (frameOpen_ && problem_.empty())
                    problem_ = readProblem(ReadProblemKind::CompressedCutShort, {"lz4"});
                return 0;
            }
            std::size_t outSize = capacity;
            std::size_t inSize = end_ - begin_;
            const std::size_t rc = LZ4F_decompress(context_, out, &outSize, input_.data() + begin_, &inSize, nullptr);
            begin_ += inSize;
            if (LZ4F_isError(rc)) {
                damaged("lz4", LZ4F_getErrorName(rc));
                return 0;
            }
            frameOpen_ = rc != 0;
            if (outSize > 0)
                return outSize;
        }
        return 0;
    }

private:
    LZ4F_dctx* context_ = nullptr;
    bool frameOpen_ = false;
};

} // namespace

std::string compressionName(Compression compression)
{
    switch (compression) {
    case Compression::Gzip: return "gzip";
    case Compression::Zstd: return "zstd";
    case Compression::Lz4: return "lz4";
    case Compression::None: break;
    }
    return {};
}

Compression compressionFromMagic(const std::uint8_t* bytes, std::size_t size) noexcept
{
    if (size >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        return Compression::Gzip;
    if (size >= 4 && bytes[0] == 0x28 && bytes[1] == 0xb5 && bytes[2] == 0x2f && bytes[3] == 0xfd)
        return Compression::Zstd;
    if (size >= 4 && bytes[0] == 0x04 && bytes[1] == 0x22 && bytes[2] == 0x4d && bytes[3] == 0x18)
        return Compression::Lz4;
    return Compression::None;
}

std::unique_ptr<StreamDecoder> StreamDecoder::create(Compression compression, int fd, std::string prefix)
{
    switch (compression) {
    case Compression::Gzip: return std::make_unique<GzipDecoder>(fd, std::move(prefix));
    case Compression::Zstd: return std::make_unique<ZstdDecoder>(fd, std::move(prefix));
    case Compression::Lz4: return std::make_unique<Lz4Decoder>(fd, std::move(prefix));
    case Compression::None: break;
    }
    return std::make_unique<PlainDecoder>(fd, std::move(prefix));
}

std::size_t StreamDecoder::readRaw(std::uint8_t* out, std::size_t capacity)
{
    if (prefixUsed_ < prefix_.size()) {
        const std::size_t n = std::min(capacity, prefix_.size() - prefixUsed_);
        std::memcpy(out, prefix_.data() + prefixUsed_, n);
        prefixUsed_ += n;
        return n;
    }
    for (;;) {
        // Wait in poll() first: a FIFO opened without blocking reads as ended until its writer
        // comes; with a cancel flag, wait in short slices so a cancel is seen while a pipe is idle.
        pollfd ready{fd_, POLLIN, 0};
        const int rc = ::poll(&ready, 1, cancel_ ? 100 : -1);
        if (cancel_ && cancel_->load(std::memory_order_relaxed)) {
            problem_ = readProblem(ReadProblemKind::Cancelled);
            return 0;
        }
        if (rc == 0 || (rc < 0 && errno == EINTR))
            continue;
        const ssize_t n = ::read(fd_, out, capacity);
        if (n > 0) {
            sourceBytes_ += static_cast<std::uint64_t>(n);
            return static_cast<std::size_t>(n);
        }
        if (n == 0)
            return 0;
        if (errno == EINTR || errno == EAGAIN)
            continue;
        problem_ = systemProblem(ReadProblemKind::ReadFailed, errno);
        return 0;
    }
}

} // namespace tcplens
