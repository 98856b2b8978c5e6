#include "PcapngWriter.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace tcplens {
namespace {

constexpr std::uint32_t kShb = 0x0A0D0D0A;
constexpr std::uint32_t kIdb = 1;
constexpr std::uint32_t kIsb = 5;
constexpr std::uint32_t kEpb = 6;
constexpr std::uint32_t kEpbHeader = 28; // type, length, interface, ts high, ts low, caplen, len

// Blocks are written in this machine's byte order, as the SHB's byte-order magic says.
void put16(std::vector<std::uint8_t>& out, std::uint16_t v)
{
    const auto at = out.size();
    out.resize(at + 2);
    std::memcpy(out.data() + at, &v, 2);
}

void put32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    const auto at = out.size();
    out.resize(at + 4);
    std::memcpy(out.data() + at, &v, 4);
}

void padTo4(std::vector<std::uint8_t>& out)
{
    while (out.size() % 4 != 0)
        out.push_back(0);
}

void putOption(std::vector<std::uint8_t>& out, std::uint16_t code, const void* data, std::size_t length)
{
    put16(out, code);
    put16(out, static_cast<std::uint16_t>(length));
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out.insert(out.end(), bytes, bytes + length);
    padTo4(out);
}

void putStringOption(std::vector<std::uint8_t>& out, std::uint16_t code, const std::string& text)
{
    if (!text.empty())
        putOption(out, code, text.data(), std::min<std::size_t>(text.size(), 0xfff0));
}

void putCounterOption(std::vector<std::uint8_t>& out, std::uint16_t code, std::uint64_t value)
{
    // isb_* counters are plain 64-bit integers in the section's byte order.
    put16(out, code);
    put16(out, 8);
    const auto at = out.size();
    out.resize(at + 8);
    std::memcpy(out.data() + at, &value, 8);
}

/// Frames a block: type, total length, body, total length again.
void putBlock(std::vector<std::uint8_t>& out, std::uint32_t type, const std::vector<std::uint8_t>& body)
{
    const auto length = static_cast<std::uint32_t>(12 + body.size());
    put32(out, type);
    put32(out, length);
    out.insert(out.end(), body.begin(), body.end());
    put32(out, length);
}

} // namespace

PcapngWriter::~PcapngWriter()
{
    close();
}

bool PcapngWriter::open(const std::string& path, const PcapngInterface& interface, std::string& error)
{
    if (!openSection(path, "tcplens 0.1.0 live capture", error))
        return false;
    addInterface(interface);
    if (!flush()) {
        error = error_;
        close();
        return false;
    }
    return true;
}

bool PcapngWriter::openSection(const std::string& path, const std::string& application, std::string& error)
{
    close();
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd_ < 0) {
        error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    ownsFd_ = true;
    path_ = path;
    return writeSectionHeader(application, error);
}

bool PcapngWriter::openDescriptor(int fd, const std::string& name, const std::string& application, std::string& error)
{
    close();
    fd_ = fd;
    ownsFd_ = false;
    path_ = name;
    return writeSectionHeader(application, error);
}

bool PcapngWriter::writeSectionHeader(const std::string& application, std::string& error)
{
    written_ = 0;
    interfaces_ = 0;
    error_.clear();
    std::vector<std::uint8_t> out;
    std::vector<std::uint8_t> body;
    put32(body, 0x1A2B3C4D); // byte-order magic
    put16(body, 1);
    put16(body, 0);
    put32(body, 0xffffffff); // section length: -1, unknown
    put32(body, 0xffffffff);
    putStringOption(body, 4, application); // shb_userappl
    put32(body, 0);                        // opt_endofopt
    putBlock(out, kShb, body);
    if (!writeAll(out)) {
        error = error_;
        close();
        return false;
    }
    return true;
}

std::uint32_t PcapngWriter::addInterface(const PcapngInterface& interface)
{
    std::vector<std::uint8_t> body;
    put16(body, static_cast<std::uint16_t>(interface.linkType));
    put16(body, 0);
    put32(body, interface.snaplen);
    putStringOption(body, 2, interface.name);        // if_name
    putStringOption(body, 3, interface.description); // if_description
    const std::uint8_t nanoseconds = 9;
    putOption(body, 9, &nanoseconds, 1); // if_tsresol: 10^-9
    if (!interface.filter.empty()) {
        std::string filter(1, '\0'); // if_filter: first byte 0 = libpcap filter string
        filter += interface.filter;
        putStringOption(body, 11, filter);
    }
    put32(body, 0);
    putBlock(pending_, kIdb, body);
    return interfaces_++;
}

std::uint64_t PcapngWriter::append(const RawPacket& packet, std::uint32_t interfaceId)
{
    const std::uint32_t padded = (packet.capturedLength + 3U) & ~3U;
    std::vector<std::uint8_t> options;
    for (const auto& comment : packet.comments)
        putStringOption(options, 1, comment); // opt_comment
    if (!options.empty())
        put32(options, 0);
    const auto length = static_cast<std::uint32_t>(kEpbHeader + padded + options.size() + 4);
    const std::uint64_t dataOffset = written_ + pending_.size() + kEpbHeader;
    const auto ts = static_cast<std::uint64_t>(packet.timestampNs);
    put32(pending_, kEpb);
    put32(pending_, length);
    put32(pending_, interfaceId);
    put32(pending_, static_cast<std::uint32_t>(ts >> 32));
    put32(pending_, static_cast<std::uint32_t>(ts));
    put32(pending_, packet.capturedLength);
    put32(pending_, packet.wireLength);
    pending_.insert(pending_.end(), packet.bytes.begin(), packet.bytes.begin() + packet.capturedLength);
    padTo4(pending_);
    pending_.insert(pending_.end(), options.begin(), options.end());
    put32(pending_, length);
    return dataOffset;
}

bool PcapngWriter::flush()
{
    if (pending_.empty())
        return true;
    const bool ok = writeAll(pending_);
    pending_.clear();
    return ok;
}

bool PcapngWriter::writeStatistics(const PcapngStatistics& statistics, std::uint32_t interfaceId)
{
    if (!flush())
        return false;
    std::vector<std::uint8_t> body;
    const auto ts = static_cast<std::uint64_t>(statistics.timestampNs);
    put32(body, interfaceId);
    put32(body, static_cast<std::uint32_t>(ts >> 32));
    put32(body, static_cast<std::uint32_t>(ts));
    putCounterOption(body, 4, statistics.received);           // isb_ifrecv
    putCounterOption(body, 5, statistics.droppedByKernel);    // isb_ifdrop
    putCounterOption(body, 7, statistics.droppedByInterface); // isb_osdrop
    putCounterOption(body, 8, statistics.delivered);          // isb_usrdeliv
    put32(body, 0);
    std::vector<std::uint8_t> out;
    putBlock(out, kIsb, body);
    return writeAll(out);
}

void PcapngWriter::close()
{
    if (fd_ < 0)
        return;
    (void)flush();
    if (ownsFd_)
        ::close(fd_);
    fd_ = -1;
}

void PcapngWriter::setStallLimit(std::chrono::milliseconds limit)
{
    stallLimit_ = limit;
    if (fd_ >= 0 && limit.count() > 0)
        (void)::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
}

bool PcapngWriter::writeAll(const std::vector<std::uint8_t>& bytes)
{
    std::size_t done = 0;
    auto lastProgress = std::chrono::steady_clock::now();
    while (done < bytes.size()) {
        const auto n = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && stallLimit_.count() > 0) {
            const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - lastProgress);
            if (waited < stallLimit_) {
                pollfd writable{fd_, POLLOUT, 0};
                (void)::poll(&writable, 1, static_cast<int>((stallLimit_ - waited).count()));
                continue;
            }
            error_ = "nothing was read from " + path_ + " for " + std::to_string(stallLimit_.count() / 1000)
                   + " s: its reader stopped reading";
            errno = ETIMEDOUT;
            return false;
        }
        if (n <= 0) {
            error_ = "cannot write " + path_ + ": " + std::strerror(n < 0 ? errno : ENOSPC);
            // A partial block would hide every later one: cut the file back to the last whole block.
            if (ownsFd_ && ::ftruncate(fd_, static_cast<off_t>(written_)) == 0)
                ::lseek(fd_, static_cast<off_t>(written_), SEEK_SET);
            return false;
        }
        done += static_cast<std::size_t>(n);
        lastProgress = std::chrono::steady_clock::now();
    }
    written_ += bytes.size();
    return true;
}

} // namespace tcplens
