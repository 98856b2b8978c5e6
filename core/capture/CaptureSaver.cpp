#include "CaptureSaver.h"

#include "../kernel/TcpInfoCsv.h"

#include "../decode/LinkType.h"
#include "CaptureFile.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace tcplens {
namespace {

bool copyFile(const std::string& source, const std::string& target, std::string& error)
{
    std::ifstream in(source, std::ios::binary);
    if (!in) {
        error = "cannot read " + source + ": " + std::strerror(errno);
        return false;
    }
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    if (!out) {
        error = "cannot write " + target + ": " + std::strerror(errno);
        return false;
    }
    out << in.rdbuf();
    out.flush();
    if (!out) {
        error = "cannot write " + target + " (is the disk full?)";
        return false;
    }
    return true;
}

bool writePcap(const std::string& source, const std::string& target, std::string& error)
{
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::open(source);
    } catch (const CaptureError& e) {
        error = e.what();
        return false;
    }
    const auto& info = file->info();
    pcap_t* dead = pcap_open_dead_with_tstamp_precision(dltFromLinkType(info.linkType),
                                                        static_cast<int>(info.snaplen ? info.snaplen : 262144),
                                                        PCAP_TSTAMP_PRECISION_NANO);
    if (!dead) {
        error = "cannot prepare a pcap writer";
        return false;
    }
    pcap_dumper_t* dumper = pcap_dump_open(dead, target.c_str());
    if (!dumper) {
        error = "cannot write " + target + ": " + pcap_geterr(dead);
        pcap_close(dead);
        return false;
    }
    RawPacket packet;
    ReadStatus status;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        if (packet.linkType != info.linkType) {
            pcap_dump_close(dumper);
            pcap_close(dead);
            error = "the capture holds interfaces of several link types and a pcap file only one: save it as pcapng";
            return false;
        }
        pcap_pkthdr header{};
        header.ts.tv_sec = static_cast<time_t>(packet.timestampNs / 1'000'000'000);
        header.ts.tv_usec = static_cast<suseconds_t>(packet.timestampNs % 1'000'000'000); // ns: nano writer
        header.caplen = packet.capturedLength;
        header.len = packet.wireLength;
        pcap_dump(reinterpret_cast<u_char*>(dumper), &header, packet.bytes.data());
    }
    const bool flushed = pcap_dump_flush(dumper) == 0;
    pcap_dump_close(dumper);
    pcap_close(dead);
    if (status == ReadStatus::Error) {
        error = file->error();
        return false;
    }
    if (!flushed) {
        error = "cannot write " + target + " (is the disk full?)";
        return false;
    }
    return true;
}

} // namespace

bool saveCaptureAs(const std::string& source, const std::string& target, SaveFormat format, std::string& error)
{
    if (source == target) {
        error = "the capture is read from " + target + " itself; choose another file";
        return false;
    }
    const std::string partial = target + ".part";
    const bool written = format == SaveFormat::Pcapng ? copyFile(source, partial, error) : writePcap(source, partial, error);
    if (!written || std::rename(partial.c_str(), target.c_str()) != 0) {
        if (written)
            error = "cannot write " + target + ": " + std::strerror(errno);
        std::remove(partial.c_str());
        return false;
    }
    // The kernel's tcp_info samples travel with the capture.
    return copyTcpInfoSidecar(source, target, error);
}

bool saveSpooledCaptureAs(const MappedFile& spool, const std::string& target, SaveFormat format, std::string& error)
{
    const Bytes bytes = spool.slice(0, spool.filled());
    if (bytes.empty()) {
        error = "nothing was read from the stream, so there is nothing to save";
        return false;
    }
    // The spool is the stream as it came: write it out once, then save that like any file.
    const std::string copy = target + ".stream";
    {
        std::ofstream out(copy, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            std::remove(copy.c_str());
            error = "cannot write " + copy + " (is the disk full?)";
            return false;
        }
    }
    const bool saved = saveCaptureAs(copy, target, format, error);
    std::remove(copy.c_str());
    return saved;
}

} // namespace tcplens
