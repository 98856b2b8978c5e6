#include "CaptureFile.h"

#include "../decode/ByteReader.h"
#include "../decode/LinkType.h"
#include "PcapngReader.h"
#include "Timestamp.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <cstring>

namespace tcplens {
namespace {

constexpr std::uint32_t kPcapngShb = 0x0A0D0D0A;

std::string hexWord(const std::uint8_t* p, std::size_t n)
{
    std::string text;
    char buf[4];
    for (std::size_t i = 0; i < n; ++i) {
        std::snprintf(buf, sizeof buf, "%02x", p[i]);
        if (i)
            text += ' ';
        text += buf;
    }
    return text;
}

} // namespace

std::string formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::PcapLittleMicro: return "pcap (little-endian, microsecond timestamps)";
    case FileFormat::PcapLittleNano: return "pcap (little-endian, nanosecond timestamps)";
    case FileFormat::PcapBigMicro: return "pcap (big-endian, microsecond timestamps)";
    case FileFormat::PcapBigNano: return "pcap (big-endian, nanosecond timestamps)";
    case FileFormat::Pcapng: return "pcapng";
    }
    return "unknown";
}

std::unique_ptr<CaptureFile> CaptureFile::open(const std::string& path, const std::atomic<bool>* cancel)
{
    return fromSource(ByteSource::open(path, cancel), path, path == "-" ? std::string("standard input") : path);
}

std::unique_ptr<CaptureFile> CaptureFile::openDescriptor(int fd, const std::string& name, const std::atomic<bool>* cancel)
{
    return fromSource(ByteSource::openDescriptor(fd, name, cancel), name, name);
}

std::vector<std::optional<InterfaceStatistics>> CaptureFile::interfaceStatistics() const
{
    return pcapng_ ? pcapng_->statistics() : std::vector<std::optional<InterfaceStatistics>>{};
}

std::unique_ptr<CaptureFile> CaptureFile::fromSource(std::unique_ptr<ByteSource> opened, const std::string& path,
                                                     const std::string& name)
{
    auto file = std::unique_ptr<CaptureFile>(new CaptureFile);
    file->source_ = std::move(opened);
    auto& source = *file->source_;
    auto& info = file->info_;
    info.path = path;
    info.fileSize = source.sourceSize();
    info.compression = source.compression();
    info.streamed = source.streaming();
    const std::string compression = compressionName(info.compression); // "" for none
    const ReadProblem cannotRead = systemProblem(ReadProblemKind::CannotRead, 0, name);
    (void)source.ensure(4);
    if (source.available() == 0) {
        if (auto problem = source.problem(); !problem.empty())
            throw CaptureError(cannotRead.because(std::move(problem)));
        throw CaptureError(systemProblem(ReadProblemKind::Empty, 0, name, {compression}));
    }
    const Bytes magic = source.slice(0, std::min<std::uint64_t>(4, source.available()));
    const std::uint32_t word = magic.size() == 4 ? be32(magic.data()) : 0;
    switch (word) {
    case 0xd4c3b2a1: info.format = FileFormat::PcapLittleMicro; break;
    case 0x4d3cb2a1: info.format = FileFormat::PcapLittleNano; break;
    case 0xa1b2c3d4: info.format = FileFormat::PcapBigMicro; break;
    case 0xa1b23c4d: info.format = FileFormat::PcapBigNano; break;
    case 0x34cdb2a1: // Kuznetzov's modified pcap: same but 24-byte record headers
    case 0xa1b2cd34:
        info.format = word == 0x34cdb2a1 ? FileFormat::PcapLittleMicro : FileFormat::PcapBigMicro;
        file->recordHeaderSize_ = 24;
        break;
    case kPcapngShb: info.format = FileFormat::Pcapng; break;
    default:
        throw CaptureError(
            systemProblem(ReadProblemKind::NotCapture, 0, name, {hexWord(magic.data(), magic.size()), compression}));
    }

    if (info.format == FileFormat::Pcapng) {
        file->pcapng_ = std::make_unique<PcapngReader>(source);
        if (!file->pcapng_->start())
            throw CaptureError(cannotRead.because(file->pcapng_->problem()));
        info.interfaces = file->pcapng_->interfaces();
        if (!info.interfaces.empty()) {
            info.linkType = info.interfaces.front().linkType;
            info.snaplen = info.interfaces.front().snaplen;
        }
        return file;
    }

    // pcap goes through libpcap, fed from the source so pipes and compressed files read alike.
    cookie_io_functions_t io{&CaptureFile::readCookie, nullptr, nullptr, nullptr};
    std::FILE* stream = fopencookie(file.get(), "rb", io);
    if (!stream)
        throw CaptureError(systemProblem(ReadProblemKind::CannotRead, errno, name));
    // Buffered: unbuffered, glibc hands a cookie stream's reads over one byte at a time (3 s of
    // 3.3 for 110 MB). readCookie waits for one byte at most and returns what is there, so a
    // pipe is never read ahead of what has arrived.
    std::setvbuf(stream, nullptr, _IOFBF, 1U << 16U);
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    file->handle_ = pcap_fopen_offline_with_tstamp_precision(stream, PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!file->handle_) {
        std::fclose(stream);
        throw CaptureError(cannotRead.because(pcapProblem(errbuf)));
    }
    info.linkType = linkTypeFromDlt(pcap_datalink(file->handle_));
    info.snaplen = static_cast<std::uint32_t>(pcap_snapshot(file->handle_));
    info.interfaces.push_back(CaptureInterface{info.linkType, info.snaplen, {}, {}});
    file->nextRecord_ = 24;
    // The same rule as libpcap's sf-pcap.c, so that the walk finds the records libpcap reads.
    const int major = pcap_major_version(file->handle_);
    const int minor = pcap_minor_version(file->handle_);
    if ((major == 2 && minor < 3) || major == 543)
        file->lengthOrder_ = LengthOrder::WireFirst;
    else if (major == 2 && minor == 3)
        file->lengthOrder_ = LengthOrder::Either;
    return file;
}

ssize_t CaptureFile::readCookie(void* cookie, char* buffer, std::size_t size)
{
    auto* self = static_cast<CaptureFile*>(cookie);
    auto& source = *self->source_;
    (void)source.ensure(self->cookiePosition_ + 1);
    const std::uint64_t ready = source.available() - std::min(source.available(), self->cookiePosition_);
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(ready, size));
    if (n == 0)
        return source.error().empty() ? 0 : -1;
    const Bytes bytes = source.slice(self->cookiePosition_, n);
    std::memcpy(buffer, bytes.data(), n);
    self->cookiePosition_ += n;
    return static_cast<ssize_t>(n);
}

std::optional<BpfFilter> CaptureFile::compileFilter(const std::string& expression, std::string& error) const
{
    if (handle_)
        return BpfFilter::compile(expression, handle_, error);
    return BpfFilter::compileForInterfaces(expression, info_.interfaces, error);
}

CaptureFile::~CaptureFile()
{
    if (handle_)
        pcap_close(handle_);
}

bool CaptureFile::wouldBlock() const noexcept
{
    if (!source_->streaming() || source_->ended())
        return false;
    const std::uint64_t position = pcapng_ ? pcapng_->position() : cookiePosition_;
    return source_->available() <= position;
}

bool CaptureFile::packetReady()
{
    if (!source_->streaming() || source_->ended())
        return true;
    if (source_->compression() != Compression::None)
        return !wouldBlock();
    source_->pullArrived();
    if (pcapng_) {
        const bool ready = pcapng_->readArrived(packetsRead_ + 1);
        takeNewInterfaces();
        return ready;
    }
    if (source_->ended() || nextRecord_ == kNoOffset) // the record walk was lost: what libpcap has not taken
        return source_->ended() || !wouldBlock();
    // libpcap's buffer may already hold the next record: whether it is whole is in the spool.
    const Bytes head = source_->slice(nextRecord_, recordHeaderSize_);
    if (head.empty())
        return false;
    const std::uint64_t length = storedLength(head.data());
    return source_->available() - nextRecord_ - recordHeaderSize_ >= length
        || length > std::max<std::uint32_t>(info_.snaplen, 262144); // damaged: libpcap says so at once
}

std::uint64_t CaptureFile::bytesConsumed() const noexcept
{
    if (source_->streaming())
        return source_->sourceBytesRead();
    return pcapng_ ? pcapng_->position() : cookiePosition_;
}

std::string CaptureFile::warning() const
{
    const std::uint64_t clamped = clamped_ + (pcapng_ ? pcapng_->clampedTimestamps() : 0);
    if (clamped == 0)
        return {};
    return std::to_string(clamped) + (clamped == 1 ? " packet has a timestamp" : " packets have timestamps")
         + " outside 1677-09-21..2262-04-11, the range tcplens can hold; shown at the nearest end";
}

ReadStatus CaptureFile::next(RawPacket& packet)
{
    packet = RawPacket{};
    if (!pcapng_)
        return nextPcap(packet);
    const auto status = pcapng_->next(packet, packetsRead_ + 1);
    takeNewInterfaces();
    if (status == ReadStatus::Packet)
        ++packetsRead_;
    else if (status == ReadStatus::Error)
        fail(pcapng_->problem());
    return status;
}

void CaptureFile::takeNewInterfaces()
{
    const auto& all = pcapng_->interfaces();
    if (all.size() == info_.interfaces.size())
        return;
    if (info_.interfaces.empty()) {
        info_.linkType = all.front().linkType;
        info_.snaplen = all.front().snaplen;
    }
    info_.interfaces.insert(info_.interfaces.end(), all.begin() + static_cast<std::ptrdiff_t>(info_.interfaces.size()), all.end());
}

ReadStatus CaptureFile::nextPcap(RawPacket& packet)
{
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    const int rc = pcap_next_ex(handle_, &header, &data);
    if (rc == PCAP_ERROR_BREAK) {
        if (auto problem = source_->problem(); !problem.empty()) {
            fail(readProblem(ReadProblemKind::ReadingStoppedAfter, {std::to_string(packetsRead_)}).because(std::move(problem)));
            return ReadStatus::Error;
        }
        return ReadStatus::End;
    }
    if (rc != 1) {
        const std::string detail = pcap_geterr(handle_);
        const auto frame = std::to_string(packetsRead_ + 1);
        if (auto problem = source_->problem(); !problem.empty())
            fail(readProblem(ReadProblemKind::ReadingStoppedAt, {frame}).because(std::move(problem)));
        else if (detail.find("truncated") != std::string::npos)
            fail(readProblem(ReadProblemKind::CutShort, {frame}).because(pcapProblem(detail)));
        else
            fail(readProblem(ReadProblemKind::Damaged, {frame}).because(pcapProblem(detail)));
        return ReadStatus::Error;
    }
    ++packetsRead_;
    const auto time = timestampFromParts(header->ts.tv_sec, header->ts.tv_usec, 1'000'000'000);
    clamped_ += time.clamped ? 1 : 0;
    packet.timestampNs = time.ns;
    packet.capturedLength = header->caplen;
    packet.wireLength = header->len < header->caplen ? header->caplen : header->len;
    packet.bytes = Bytes(data, header->caplen);
    packet.dataOffset = locateData(header->caplen);
    packet.linkType = info_.linkType;
    return ReadStatus::Packet;
}

void CaptureFile::fail(ReadProblem problem)
{
    error_ = englishText(problem);
    problem_ = std::move(problem);
}

std::uint32_t CaptureFile::storedLength(const std::uint8_t* recordHeader) const noexcept
{
    const bool bigEndian = info_.format == FileFormat::PcapBigMicro || info_.format == FileFormat::PcapBigNano;
    const std::uint32_t first = u32InOrder(recordHeader + 8, bigEndian);
    const std::uint32_t second = u32InOrder(recordHeader + 12, bigEndian);
    const bool wireFirst = lengthOrder_ == LengthOrder::WireFirst || (lengthOrder_ == LengthOrder::Either && first > second);
    return wireFirst ? second : first;
}

// libpcap does not say where a record lies, so walk the record framing alongside it.
std::uint64_t CaptureFile::locateData(std::uint32_t capturedLength)
{
    if (nextRecord_ == kNoOffset)
        return kNoOffset;
    const Bytes file = source_->slice(0, source_->available());
    if (!fits(file, nextRecord_, recordHeaderSize_)) {
        nextRecord_ = kNoOffset;
        return kNoOffset;
    }
    const std::uint32_t stored = storedLength(file.data() + nextRecord_);
    const std::uint64_t data = nextRecord_ + recordHeaderSize_;
    nextRecord_ = data + stored; // libpcap may hand out fewer bytes than the record holds
    return capturedLength <= stored && fits(file, data, capturedLength) ? data : kNoOffset;
}

} // namespace tcplens
