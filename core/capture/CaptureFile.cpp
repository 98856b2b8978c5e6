#include "CaptureFile.h"

#include "../decode/LinkType.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace tcplens {
namespace {

constexpr std::uint32_t kPcapngShb = 0x0A0D0D0A;
constexpr std::uint32_t kPcapngEpb = 6;
constexpr std::uint32_t kPcapngSpb = 3;
constexpr std::uint32_t kPcapngObsoletePb = 2;

std::uint32_t load32(const std::uint8_t* p, bool bigEndian)
{
    return bigEndian ? be32(p)
                     : (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[1]} << 8) | p[0];
}

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

std::unique_ptr<CaptureFile> CaptureFile::open(const std::string& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw CaptureError("cannot open " + path + ": " + std::strerror(errno));
    if (S_ISDIR(st.st_mode))
        throw CaptureError("cannot open " + path + ": it is a directory, not a capture file");
    std::FILE* probe = std::fopen(path.c_str(), "rb");
    if (!probe)
        throw CaptureError("cannot open " + path + ": " + std::strerror(errno));
    std::uint8_t magic[4] = {};
    const std::size_t got = std::fread(magic, 1, sizeof magic, probe);
    std::fclose(probe);
    if (got == 0)
        throw CaptureError(path + " is empty (0 bytes): not a capture file");

    auto file = std::unique_ptr<CaptureFile>(new CaptureFile);
    auto& info = file->info_;
    info.path = path;
    info.fileSize = static_cast<std::uint64_t>(st.st_size);
    const std::uint32_t word = got == 4 ? be32(magic) : 0;
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
        throw CaptureError(path + " is not a pcap or pcapng capture file (it starts with " + hexWord(magic, got)
                           + ")");
    }

    char errbuf[PCAP_ERRBUF_SIZE] = {};
    file->handle_ = pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!file->handle_)
        throw CaptureError("cannot read " + path + ": " + errbuf);
    info.linkType = linkTypeFromDlt(pcap_datalink(file->handle_));
    info.snaplen = static_cast<std::uint32_t>(pcap_snapshot(file->handle_));
    file->mapped_ = std::make_shared<const MappedFile>(path);
    file->nextRecord_ = info.format == FileFormat::Pcapng ? 0 : 24;
    return file;
}

std::optional<BpfFilter> CaptureFile::compileFilter(const std::string& expression, std::string& error) const
{
    return BpfFilter::compile(expression, handle_, error);
}

CaptureFile::~CaptureFile()
{
    if (handle_)
        pcap_close(handle_);
}

ReadStatus CaptureFile::next(RawPacket& packet)
{
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    const int rc = pcap_next_ex(handle_, &header, &data);
    if (rc == PCAP_ERROR_BREAK)
        return ReadStatus::End;
    if (rc != 1) {
        const std::string detail = pcap_geterr(handle_);
        const auto frame = std::to_string(packetsRead_ + 1);
        if (detail.find("truncated") != std::string::npos)
            error_ = "file cut short: frame " + frame + " is incomplete (" + detail + ")";
        else
            error_ = "damaged capture file at frame " + frame + ": " + detail;
        return ReadStatus::Error;
    }
    ++packetsRead_;
    packet.timestampNs = static_cast<std::int64_t>(header->ts.tv_sec) * 1'000'000'000LL + header->ts.tv_usec;
    packet.capturedLength = header->caplen;
    packet.wireLength = header->len < header->caplen ? header->caplen : header->len;
    packet.bytes = Bytes(data, header->caplen);
    packet.dataOffset = locateData(header->caplen);
    return ReadStatus::Packet;
}

// libpcap does not say where a record lies, so walk the record framing alongside it.
std::uint64_t CaptureFile::locateData(std::uint32_t capturedLength)
{
    if (nextRecord_ == kNoOffset)
        return kNoOffset;
    const Bytes file = mapped_->bytes();
    if (info_.format != FileFormat::Pcapng) {
        const bool bigEndian = info_.format == FileFormat::PcapBigMicro || info_.format == FileFormat::PcapBigNano;
        if (!fits(file, nextRecord_, recordHeaderSize_)) {
            nextRecord_ = kNoOffset;
            return kNoOffset;
        }
        const std::uint32_t storedLength = load32(file.data() + nextRecord_ + 8, bigEndian);
        const std::uint64_t data = nextRecord_ + recordHeaderSize_;
        nextRecord_ = data + storedLength; // libpcap may hand out fewer bytes than the record holds
        return capturedLength <= storedLength && fits(file, data, capturedLength) ? data : kNoOffset;
    }
    while (fits(file, nextRecord_, 12)) {
        const std::uint8_t* block = file.data() + nextRecord_;
        const std::uint32_t type = load32(block, pcapngBigEndian);
        if (type == kPcapngShb)
            pcapngBigEndian = be32(block + 8) == 0x1A2B3C4D;
        const std::uint32_t length = load32(block + 4, pcapngBigEndian);
        if (length < 12 || length % 4 != 0 || !fits(file, nextRecord_, length))
            break;
        const std::uint64_t start = nextRecord_;
        nextRecord_ += length;
        std::uint64_t data = kNoOffset;
        std::uint32_t blockCaplen = 0;
        if ((type == kPcapngEpb || type == kPcapngObsoletePb) && length >= 32) {
            data = start + 28;
            blockCaplen = load32(block + 20, pcapngBigEndian);
        } else if (type == kPcapngSpb && length >= 16) {
            data = start + 12;
            blockCaplen = capturedLength; // SPB stores only the wire length
        }
        if (data == kNoOffset)
            continue;
        if (blockCaplen != capturedLength || !fits(file, data, capturedLength))
            break;
        return data;
    }
    nextRecord_ = kNoOffset; // framing lost: stop offering offsets rather than wrong ones
    return kNoOffset;
}

} // namespace tcplens
