#include "CaptureSaver.h"

#include "../kernel/TcpInfoCsv.h"

#include "CaptureFile.h"
#include "PacketFileWriter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <span>
#include <string_view>

namespace tcplens {
namespace {

// wiretap's file_type_extensions_base; the first is the one a name is given.
constexpr std::array<std::string_view, 3> kPcapExtensions{"pcap", "cap", "dmp"};
constexpr std::array<std::string_view, 2> kPcapngExtensions{"pcapng", "ntar"};

/// The name's last extension, lower case, without its dot; empty when it has none.
std::string extensionOf(const std::string& name)
{
    const auto slash = name.find_last_of('/');
    const auto dot = name.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot + 1 == name.size()
        || dot == (slash == std::string::npos ? 0 : slash + 1))
        return {};
    std::string extension = name.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

bool listed(std::span<const std::string_view> extensions, const std::string& extension)
{
    return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

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

/// Writes `source` to `partial` in `format`. A pcapng file saved as pcapng is copied as it is
/// (every block kept); anything else has its packets written anew, so the bytes are always what
/// the name says (a pcap stream saved as pcapng becomes pcapng).
bool writeAs(const std::string& source, const std::string& partial, SaveFormat format, std::string& error)
{
    std::unique_ptr<CaptureFile> file;
    try {
        file = CaptureFile::open(source);
    } catch (const CaptureError& e) {
        error = e.what();
        return false;
    }
    const auto& info = file->info();
    if (format == SaveFormat::Pcapng && info.format == FileFormat::Pcapng && info.compression == Compression::None) {
        file.reset();
        return copyFile(source, partial, error);
    }
    const auto written = exportPackets(*file, partial, format, [](std::uint64_t, const RawPacket&) { return true; }, error);
    if (written == kExportNeedsPcapng)
        error = "the capture holds interfaces of several link types and a pcap file only one: save it as pcapng";
    return written >= 0;
}

} // namespace

SaveFormat saveFormatForName(const std::string& name)
{
    return listed(kPcapExtensions, extensionOf(name)) ? SaveFormat::Pcap : SaveFormat::Pcapng;
}

std::string withSaveExtension(const std::string& name, SaveFormat format)
{
    const std::string extension = extensionOf(name);
    const bool pcap = format == SaveFormat::Pcap;
    const std::span<const std::string_view> own = pcap ? std::span<const std::string_view>(kPcapExtensions) : kPcapngExtensions;
    const std::span<const std::string_view> other = pcap ? std::span<const std::string_view>(kPcapngExtensions) : kPcapExtensions;
    if (listed(own, extension))
        return name;
    const std::string stem = listed(other, extension)
                                 ? name.substr(0, name.size() - extension.size() - 1)
                                 : name;
    return stem + "." + std::string(own.front());
}

bool saveCaptureAs(const std::string& source, const std::string& target, SaveFormat format, std::string& error)
{
    if (source == target) {
        error = "the capture is read from " + target + " itself; choose another file";
        return false;
    }
    const std::string partial = target + ".part";
    const bool written = writeAs(source, partial, format, error);
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
