#include "PacketFileWriter.h"

#include "../decode/LinkType.h"
#include "CaptureFile.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tcplens {
namespace {

constexpr std::uint32_t kNone = 0xffffffffU;

} // namespace

PacketFileWriter::~PacketFileWriter()
{
    abandon();
}

bool PacketFileWriter::open(const std::string& target, SaveFormat format, const CaptureInterface& first,
                            std::string& error)
{
    abandon();
    target_ = target;
    partial_ = target + ".part";
    return start(partial_, format, first, "tcplens 0.1.0 (Export Specified Packets)", error);
}

bool PacketFileWriter::openInPlace(const std::string& target, SaveFormat format, const CaptureInterface& first,
                                   const std::string& application, std::string& error)
{
    abandon();
    target_ = target;
    if (!start(target, format, first, application, error))
        return false;
    if (format == SaveFormat::Pcapng) {
        interfaceIds_.push_back(pcapng_.addInterface(
            PcapngInterface{first.linkType, first.snaplen ? first.snaplen : 262144, first.name, first.description, {}}));
        return flush(error);
    }
    return true;
}

bool PacketFileWriter::start(const std::string& path, SaveFormat format, const CaptureInterface& first,
                             const std::string& application, std::string& error)
{
    format_ = format;
    packets_ = 0;
    refusedLinkType_ = false;
    interfaceIds_.clear();
    if (format == SaveFormat::Pcapng)
        return pcapng_.openSection(path, application, error);
    pcapLinkType_ = first.linkType;
    dead_ = pcap_open_dead_with_tstamp_precision(dltFromLinkType(first.linkType),
                                                 static_cast<int>(first.snaplen ? first.snaplen : 262144),
                                                 PCAP_TSTAMP_PRECISION_NANO);
    if (!dead_) {
        error = "cannot prepare a pcap writer";
        return false;
    }
    dumper_ = pcap_dump_open(dead_, path.c_str());
    if (!dumper_) {
        error = "cannot write " + target_ + ": " + pcap_geterr(dead_);
        pcap_close(dead_);
        dead_ = nullptr;
        return false;
    }
    return true;
}

bool PacketFileWriter::write(const RawPacket& packet, const CaptureInterface& interface, std::string& error)
{
    if (format_ == SaveFormat::Pcap) {
        if (!dumper_) {
            error = "the file is not open";
            return false;
        }
        if (interface.linkType != pcapLinkType_) {
            refusedLinkType_ = true;
            error = "the packets come from interfaces of several link types (" + linkTypeName(pcapLinkType_) + ", "
                  + linkTypeName(interface.linkType) + ") and a pcap file holds one: export as pcapng";
            return false;
        }
        pcap_pkthdr header{};
        const std::int64_t ns = packet.timestampNs;
        std::int64_t seconds = ns / 1'000'000'000;
        std::int64_t fraction = ns % 1'000'000'000;
        if (fraction < 0) { // before 1970: the fraction counts forward from the earlier second
            fraction += 1'000'000'000;
            --seconds;
        }
        header.ts.tv_sec = static_cast<time_t>(seconds);
        header.ts.tv_usec = static_cast<suseconds_t>(fraction); // nanoseconds: a nanosecond writer
        header.caplen = packet.capturedLength;
        header.len = packet.wireLength;
        errno = 0;
        pcap_dump(reinterpret_cast<u_char*>(dumper_), &header, packet.bytes.data());
        ++packets_;
        if (std::ferror(pcap_dump_file(dumper_))) { // a full disk shows as soon as the buffer is written
            error = "cannot write " + target_ + ": " + std::strerror(errno ? errno : EIO);
            return false;
        }
        return true;
    }
    if (!pcapng_.isOpen()) {
        error = "the file is not open";
        return false;
    }
    const std::size_t key = packet.interfaceId; // numbered across sections, in file order
    if (key >= interfaceIds_.size())
        interfaceIds_.resize(key + 1, kNone);
    if (interfaceIds_[key] == kNone)
        interfaceIds_[key] = pcapng_.addInterface(
            PcapngInterface{interface.linkType, interface.snaplen ? interface.snaplen : 262144, interface.name,
                            interface.description, {}});
    pcapng_.append(packet, interfaceIds_[key]);
    ++packets_;
    if (packets_ % 4096 == 0 && !pcapng_.flush()) {
        error = pcapng_.error();
        return false;
    }
    return true;
}

bool PacketFileWriter::flush(std::string& error)
{
    if (format_ == SaveFormat::Pcap) {
        if (!dumper_) {
            error = "the file is not open";
            return false;
        }
        errno = 0;
        if (pcap_dump_flush(dumper_) == 0 && !std::ferror(pcap_dump_file(dumper_)))
            return true;
        error = "cannot write " + target_ + ": " + std::strerror(errno ? errno : EIO);
        return false;
    }
    if (pcapng_.flush())
        return true;
    error = pcapng_.error();
    return false;
}

bool PacketFileWriter::close(std::string& error)
{
    if (format_ == SaveFormat::Pcap && !dumper_) {
        error = "the file is not open";
        return false;
    }
    bool ok = flush(error);
    if (format_ == SaveFormat::Pcap) {
        pcap_dump_close(dumper_);
        pcap_close(dead_);
        dumper_ = nullptr;
        dead_ = nullptr;
    } else {
        pcapng_.close();
    }
    if (partial_.empty()) // written in place: it keeps what reached it
        return ok;
    if (ok && std::rename(partial_.c_str(), target_.c_str()) != 0) {
        error = "cannot write " + target_ + ": " + std::strerror(errno);
        ok = false;
    }
    if (!ok)
        std::remove(partial_.c_str());
    partial_.clear();
    return ok;
}

void PacketFileWriter::abandon()
{
    if (dumper_)
        pcap_dump_close(dumper_);
    if (dead_)
        pcap_close(dead_);
    dumper_ = nullptr;
    dead_ = nullptr;
    pcapng_.close();
    if (!partial_.empty())
        std::remove(partial_.c_str());
    partial_.clear();
}

std::int64_t exportPackets(CaptureFile& file, const std::string& target, SaveFormat format,
                           const std::function<bool(std::uint64_t frame, const RawPacket& packet)>& chosen,
                           std::string& error, const ExportControl& control)
{
    if (file.info().path == target) {
        error = "the capture is read from " + target + " itself; choose another file";
        return kExportFailed;
    }
    const CaptureInterface fallback{file.info().linkType, file.info().snaplen, {}, {}, 1, 0};
    const auto interfaceOf = [&file, &fallback](const RawPacket& packet) -> const CaptureInterface& {
        const auto& all = file.info().interfaces;
        return packet.interfaceId < all.size() ? all[packet.interfaceId] : fallback;
    };
    // Opened at the first chosen packet, so a pcap file takes that packet's link type (not the
    // capture's first interface's, which the chosen packets may not use at all).
    PacketFileWriter writer;
    bool open = false;
    RawPacket packet;
    ReadStatus status;
    while ((status = file.next(packet)) == ReadStatus::Packet) {
        if (!control.goOn(file.packetsRead())) {
            writer.abandon();
            error = "cancelled";
            return kExportCancelled;
        }
        if (!chosen(file.packetsRead(), packet))
            continue;
        const auto& interface = interfaceOf(packet);
        if (!open && !writer.open(target, format, interface, error))
            return kExportFailed;
        open = true;
        if (!writer.write(packet, interface, error))
            return writer.refusedLinkType() ? kExportNeedsPcapng : kExportFailed; // the writer drops its partial file
    }
    if (status == ReadStatus::Error) {
        error = file.info().path + ": " + file.error() + " (nothing written)";
        return kExportFailed;
    }
    if (!open && !writer.open(target, format, file.info().interfaces.empty() ? fallback : file.info().interfaces.front(),
                              error))
        return kExportFailed;
    const auto written = static_cast<std::int64_t>(writer.packets());
    return writer.close(error) ? written : kExportFailed;
}

std::int64_t exportPackets(const std::string& source, const std::string& target, SaveFormat format,
                           const std::function<bool(std::uint64_t frame)>& chosen, std::string& error,
                           const ExportControl& control)
{
    if (source == target) {
        error = "the capture is read from " + target + " itself; choose another file";
        return kExportFailed;
    }
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::open(source);
    } catch (const CaptureError& e) {
        error = e.what();
        return kExportFailed;
    }
    return exportPackets(*file, target, format, [&chosen](std::uint64_t frame, const RawPacket&) { return chosen(frame); },
                         error, control);
}

} // namespace tcplens
