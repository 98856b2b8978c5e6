#include "ByteSource.h"

#include "CaptureFile.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace tcplens {
namespace {

constexpr std::size_t kChunk = 256 * 1024;

std::string spoolDirectory()
{
    const char* dir = std::getenv("TMPDIR");
    return dir && *dir ? dir : "/tmp";
}

/// Up to `want` bytes from the start of a stream (fewer only at its end); a FIFO without a writer
/// waits here, in short slices when `cancel` is given so that it is seen.
std::string readPrefix(int fd, std::size_t want, const std::atomic<bool>* cancel)
{
    std::string prefix(want, '\0');
    std::size_t got = 0;
    while (got < want) {
        pollfd ready{fd, POLLIN, 0};
        const int rc = ::poll(&ready, 1, cancel ? 100 : -1);
        if (cancel && cancel->load(std::memory_order_relaxed))
            throw CaptureError(readProblem(ReadProblemKind::Cancelled));
        if (rc == 0)
            continue;
        if (rc < 0 && errno != EINTR)
            break;
        const ssize_t n = ::read(fd, prefix.data() + got, want - got);
        if (n > 0)
            got += static_cast<std::size_t>(n);
        else if (n == 0 || (errno != EINTR && errno != EAGAIN))
            break;
    }
    prefix.resize(got);
    return prefix;
}

} // namespace

std::unique_ptr<ByteSource> ByteSource::open(const std::string& path, const std::atomic<bool>* cancel)
{
    auto source = std::unique_ptr<ByteSource>(new ByteSource);
    const bool standardInput = path == "-";
    const std::string name = standardInput ? std::string("standard input") : path;
    if (standardInput) {
        source->fd_ = STDIN_FILENO;
    } else {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0)
            throw CaptureError(systemProblem(ReadProblemKind::CannotOpen, errno, path));
        if (S_ISDIR(st.st_mode))
            throw CaptureError(systemProblem(ReadProblemKind::IsDirectory, 0, path));
        // O_NONBLOCK so opening a FIFO does not wait for a writer; every read waits in poll() instead.
        source->fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | (S_ISFIFO(st.st_mode) ? O_NONBLOCK : 0));
        if (source->fd_ < 0)
            throw CaptureError(systemProblem(ReadProblemKind::CannotOpen, errno, path));
        source->ownsFd_ = true;
    }
    struct stat st {};
    if (::fstat(source->fd_, &st) != 0)
        throw CaptureError(systemProblem(ReadProblemKind::CannotOpen, errno, name));
    if (S_ISREG(st.st_mode) && !standardInput) {
        source->sourceSize_ = static_cast<std::uint64_t>(st.st_size);
        std::uint8_t magic[4] = {};
        const ssize_t got = ::pread(source->fd_, magic, sizeof magic, 0);
        if (got <= 0)
            throw CaptureError(systemProblem(ReadProblemKind::Empty, 0, name, {""}));
        if (compressionFromMagic(magic, static_cast<std::size_t>(got)) == Compression::None) {
            source->mapping_ = std::make_shared<const MappedFile>(path);
            if (!source->mapping_->isMapped())
                throw CaptureError(systemProblem(ReadProblemKind::CannotMap, 0, path));
            source->available_ = source->sourceSize_;
            source->ended_ = true;
            return source;
        }
    }
    source->startStream(name, cancel);
    return source;
}

std::unique_ptr<ByteSource> ByteSource::openDescriptor(int fd, const std::string& name, const std::atomic<bool>* cancel)
{
    auto source = std::unique_ptr<ByteSource>(new ByteSource);
    source->fd_ = fd;
    source->ownsFd_ = true;
    source->startStream(name, cancel);
    return source;
}

void ByteSource::startStream(const std::string& name, const std::atomic<bool>* cancel)
{
    std::string prefix = readPrefix(fd_, 4, cancel);
    if (prefix.empty())
        throw CaptureError(systemProblem(ReadProblemKind::Empty, 0, name, {""}));
    const auto compression =
        compressionFromMagic(reinterpret_cast<const std::uint8_t*>(prefix.data()), prefix.size());
    startSpool(name, compression, std::move(prefix));
    setCancelFlag(cancel);
}

void ByteSource::startSpool(const std::string& name, Compression compression, std::string prefix)
{
    std::string spoolPath = spoolDirectory() + "/tcplens-spool-XXXXXX";
    spoolFd_ = ::mkostemp(spoolPath.data(), O_CLOEXEC);
    if (spoolFd_ < 0) {
        const int error = errno;
        throw CaptureError(systemProblem(ReadProblemKind::CannotRead, 0, name)
                               .because(systemProblem(ReadProblemKind::CannotCreateSpool, error, {}, {spoolDirectory()})));
    }
    auto mapping = std::make_shared<MappedFile>(MappedFile::growing(spoolPath, kMaxSpoolBytes));
    ::unlink(spoolPath.c_str()); // nothing left behind, whatever happens next
    if (!mapping->isMapped())
        throw CaptureError(systemProblem(ReadProblemKind::CannotRead, 0, name).because(readProblem(ReadProblemKind::CannotMapSpool)));
    spool_ = mapping;
    mapping_ = std::move(mapping);
    compression_ = compression;
    decoder_ = StreamDecoder::create(compression, fd_, std::move(prefix));
    chunk_.resize(kChunk);
}

ByteSource::~ByteSource()
{
    if (spoolFd_ >= 0)
        ::close(spoolFd_);
    if (ownsFd_ && fd_ >= 0)
        ::close(fd_);
}

bool ByteSource::ensure(std::uint64_t end)
{
    while (available_ < end && !ended_) {
        const std::size_t n = decoder_->read(chunk_.data(), chunk_.size());
        if (n == 0) {
            ended_ = true;
            break;
        }
        if (available_ + n > kMaxSpoolBytes) {
            spoolProblem_ = readProblem(ReadProblemKind::StreamTooLarge);
            ended_ = true;
            break;
        }
        std::size_t written = 0;
        while (written < n) {
            const ssize_t w = ::pwrite(spoolFd_, chunk_.data() + written, n - written,
                                       static_cast<off_t>(available_ + written));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                const int error = errno;
                spoolProblem_ = systemProblem(ReadProblemKind::CannotWriteSpool, error, {}, {spoolDirectory()});
                ended_ = true;
                return false;
            }
            written += static_cast<std::size_t>(w);
        }
        available_ += n;
        spool_->setFilled(available_);
    }
    return available_ >= end;
}

void ByteSource::pullArrived()
{
    if (!decoder_ || ended_ || compression_ != Compression::None)
        return;
    for (;;) {
        pollfd ready{fd_, POLLIN, 0};
        if (::poll(&ready, 1, 0) <= 0)
            return; // nothing there (the end shows as POLLHUP: the read below sees it)
        const std::uint64_t before = available_;
        (void)ensure(available_ + 1); // one read of what is there: poll() said it will not wait
        if (ended_ || available_ - before < chunk_.size())
            return; // drained, or ended; a full chunk may have more behind it
    }
}

Bytes ByteSource::slice(std::uint64_t offset, std::uint64_t length) const noexcept
{
    if (offset > available_ || length > available_ - offset)
        return {};
    return mapping_->slice(offset, length);
}

ReadProblem ByteSource::problem() const
{
    if (!spoolProblem_.empty())
        return spoolProblem_;
    return decoder_ ? decoder_->problem() : ReadProblem{};
}

std::uint64_t ByteSource::sourceBytesRead() const noexcept
{
    return decoder_ ? decoder_->sourceBytes() : available_;
}

void ByteSource::setCancelFlag(const std::atomic<bool>* flag) noexcept
{
    if (decoder_)
        decoder_->setCancelFlag(flag);
}

} // namespace tcplens
