#include "PcapngSectionComment.h"

#include "../decode/ByteReader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <cstdio>
#include <vector>

namespace tcplens {
namespace {

constexpr std::uint32_t kSectionHeader = 0x0A0D0D0A; // the same in both byte orders
constexpr std::uint32_t kMaxBlockBytes = 16U << 20;
constexpr std::size_t kMaxCommentBytes = 0xfff0;

/// Reads exactly `length` bytes; false at the end of the file or on an error.
bool readExactly(int fd, std::uint8_t* into, std::size_t length)
{
    while (length > 0) {
        const auto got = ::read(fd, into, length);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        into += got;
        length -= static_cast<std::size_t>(got);
    }
    return true;
}

bool writeAll(int fd, const std::uint8_t* bytes, std::size_t length)
{
    while (length > 0) {
        const auto put = ::write(fd, bytes, length);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            return false;
        bytes += put;
        length -= static_cast<std::size_t>(put);
    }
    return true;
}

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const noexcept { return fd_; }
    /// Closes now, reporting whether the last writes reached the file.
    bool close()
    {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }

private:
    int fd_;
};

/// The section header block `block` (whole, as in the file) with `comment` added before its end of options.
std::vector<std::uint8_t> withComment(const std::vector<std::uint8_t>& block, bool bigEndian, const std::string& comment)
{
    const auto put16 = [bigEndian](std::vector<std::uint8_t>& out, std::uint16_t v) {
        out.push_back(static_cast<std::uint8_t>(bigEndian ? v >> 8 : v));
        out.push_back(static_cast<std::uint8_t>(bigEndian ? v : v >> 8));
    };
    const auto put32 = [&put16, bigEndian](std::vector<std::uint8_t>& out, std::uint32_t v) {
        put16(out, static_cast<std::uint16_t>(bigEndian ? v >> 16 : v));
        put16(out, static_cast<std::uint16_t>(bigEndian ? v : v >> 16));
    };
    // The options the block has, up to (not including) opt_endofopt.
    std::size_t end = 24;
    const std::size_t optionsEnd = block.size() - 4;
    while (end + 4 <= optionsEnd) {
        const auto code = u16InOrder(block.data() + end, bigEndian);
        const std::size_t length = u16InOrder(block.data() + end + 2, bigEndian);
        const std::size_t padded = (length + 3) & ~std::size_t{3};
        if (code == 0 || end + 4 + padded > optionsEnd)
            break;
        end += 4 + padded;
    }
    std::vector<std::uint8_t> out;
    put32(out, kSectionHeader);
    put32(out, 0); // the length, set below
    out.insert(out.end(), block.begin() + 8, block.begin() + static_cast<std::ptrdiff_t>(end));
    put16(out, 1); // opt_comment
    put16(out, static_cast<std::uint16_t>(comment.size()));
    out.insert(out.end(), comment.begin(), comment.end());
    while (out.size() % 4 != 0)
        out.push_back(0);
    put32(out, 0); // opt_endofopt
    const auto length = static_cast<std::uint32_t>(out.size() + 4);
    put32(out, length);
    std::vector<std::uint8_t> head;
    put32(head, length);
    std::copy(head.begin(), head.end(), out.begin() + 4);
    return out;
}

} // namespace

bool addPcapngSectionComment(const std::string& path, const std::string& comment, std::string& error)
{
    if (comment.empty() || comment.size() > kMaxCommentBytes) {
        error = "a section comment takes 1 to " + std::to_string(kMaxCommentBytes) + " bytes";
        return false;
    }
    Fd in(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat info {};
    if (in.get() < 0 || ::fstat(in.get(), &info) != 0) {
        error = "cannot read " + path + ": " + std::strerror(errno);
        return false;
    }
    std::vector<std::uint8_t> block(12);
    if (!readExactly(in.get(), block.data(), block.size()) || be32(block.data()) != kSectionHeader) {
        error = path + " is not an uncompressed pcapng file";
        return false;
    }
    const auto magic = be32(block.data() + 8);
    if (magic != 0x1A2B3C4D && magic != 0x4D3C2B1A) {
        error = path + " has a damaged section header (byte-order magic)";
        return false;
    }
    const bool bigEndian = magic == 0x1A2B3C4D;
    const auto length = u32InOrder(block.data() + 4, bigEndian);
    if (length < 28 || length % 4 != 0 || length > kMaxBlockBytes) {
        error = path + " has a damaged section header (length " + std::to_string(length) + ")";
        return false;
    }
    block.resize(length);
    if (!readExactly(in.get(), block.data() + 12, length - 12) || u32InOrder(block.data() + length - 4, bigEndian) != length) {
        error = path + " has a damaged or cut short section header";
        return false;
    }
    const auto header = withComment(block, bigEndian, comment);

    // Written beside the file and renamed over it: a failure leaves the original untouched.
    const auto slash = path.rfind('/');
    std::string temporary = (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + ".tcplens-comment-XXXXXX";
    Fd out(::mkstemp(temporary.data()));
    if (out.get() < 0) {
        error = "cannot write beside " + path + ": " + std::strerror(errno);
        return false;
    }
    bool ok = ::fchmod(out.get(), info.st_mode & 07777) == 0 && writeAll(out.get(), header.data(), header.size());
    std::vector<std::uint8_t> buffer(1 << 16);
    while (ok) {
        const auto got = ::read(in.get(), buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            ok = false;
        if (got <= 0)
            break;
        ok = writeAll(out.get(), buffer.data(), static_cast<std::size_t>(got));
    }
    const int failure = errno;
    ok = out.close() && ok;
    if (!ok || ::rename(temporary.c_str(), path.c_str()) != 0) {
        error = "cannot rewrite " + path + ": " + std::strerror(ok ? errno : failure);
        ::unlink(temporary.c_str());
        return false;
    }
    return true;
}

} // namespace tcplens
