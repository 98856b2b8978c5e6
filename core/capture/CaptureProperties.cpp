#include "CaptureProperties.h"

#include "../decode/LinkType.h"
#include "../export/JsonText.h"
#include "../export/TimeText.h"
#include "Sha256.h"

#include <algorithm>
#include <cstdio>
#include <sys/stat.h>

namespace tcplens {
namespace {

int pcapDigits(FileFormat format)
{
    return format == FileFormat::PcapLittleNano || format == FileFormat::PcapBigNano ? 9 : 6;
}

std::string fixed2(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

} // namespace

std::string utcTimeText(std::int64_t ns, int digits)
{
    const std::int64_t seconds = floorSeconds(ns);
    std::int64_t days = seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0);
    const std::int64_t secondOfDay = seconds - days * 86400;
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    const std::int64_t day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char text[96];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld", static_cast<long long>(year),
                  static_cast<long long>(month), static_cast<long long>(day), static_cast<long long>(secondOfDay / 3600),
                  static_cast<long long>(secondOfDay / 60 % 60), static_cast<long long>(secondOfDay % 60));
    std::string out = text;
    if (digits > 0) {
        char fraction[16];
        std::snprintf(fraction, sizeof fraction, "%09lld", static_cast<long long>(nanosecondOfSecond(ns)));
        out += '.';
        out.append(fraction, static_cast<std::size_t>(digits));
    }
    return out + " UTC";
}

namespace {

/// Epoch seconds with `digits` decimals, truncated towards the earlier time (capinfos -S).
std::string epochText(std::int64_t ns, int digits)
{
    std::string out = std::to_string(floorSeconds(ns));
    if (digits > 0) {
        char fraction[16];
        std::snprintf(fraction, sizeof fraction, "%09lld", static_cast<long long>(nanosecondOfSecond(ns)));
        out += '.';
        out.append(fraction, static_cast<std::size_t>(digits));
    }
    return out;
}

std::string encapsulationText(int linkType)
{
    return linkTypeDescription(linkType) + " (" + linkTypeName(linkType) + ", " + std::to_string(linkType) + ")";
}


std::string jsonNumber(std::optional<double> value) { return value ? fixed2(*value) : "null"; }

} // namespace

int CaptureProperties::timeDigits() const noexcept
{
    int digits = format == FileFormat::Pcapng ? 0 : pcapDigits(format);
    for (const auto& interface : interfaces)
        digits = std::max(digits, interface.precisionDigits < 0 ? 9 : interface.precisionDigits);
    return std::clamp(digits, 0, 9);
}

std::optional<double> CaptureProperties::bytesPerSecond() const noexcept
{
    const double elapsed = elapsedSeconds();
    if (packets == 0 || elapsed <= 0)
        return std::nullopt;
    return static_cast<double>(dataBytes) / elapsed;
}

std::optional<double> CaptureProperties::packetsPerSecond() const noexcept
{
    const double elapsed = elapsedSeconds();
    if (packets == 0 || elapsed <= 0)
        return std::nullopt;
    return static_cast<double>(packets) / elapsed;
}

double CaptureProperties::elapsedSeconds() const noexcept
{
    // As capinfos: the difference of the two times as double seconds since the epoch (which
    // rounds the same way, so the averages agree to the printed digit).
    const auto seconds = [](std::int64_t ns) {
        return static_cast<double>(floorSeconds(ns)) + static_cast<double>(nanosecondOfSecond(ns)) / 1e9;
    };
    return seconds(lastNs) - seconds(firstNs);
}

std::optional<double> CaptureProperties::averagePacketSize() const noexcept
{
    if (packets == 0)
        return std::nullopt;
    return static_cast<double>(dataBytes) / static_cast<double>(packets);
}

CaptureProperties readCaptureProperties(const std::string& path)
{
    auto file = CaptureFile::open(path);
    CaptureProperties p;
    p.path = path;
    p.format = file->info().format;
    p.compression = file->info().compression;
    p.fileSize = file->info().fileSize;
    if (p.format != FileFormat::Pcapng)
        p.fileSnaplen = file->info().snaplen;
    std::vector<std::uint64_t> perInterface;
    RawPacket packet;
    ReadStatus status;
    std::int64_t previous = 0;
    while ((status = file->next(packet)) == ReadStatus::Packet) {
        const auto ns = packet.timestampNs;
        if (p.packets == 0) {
            p.firstNs = p.lastNs = ns;
        } else {
            p.strictTimeOrder = p.strictTimeOrder && ns >= previous;
            p.firstNs = std::min(p.firstNs, ns);
            p.lastNs = std::max(p.lastNs, ns);
        }
        previous = ns;
        ++p.packets;
        p.dataBytes += packet.wireLength;
        p.capturedBytes += packet.capturedLength;
        const int linkType = packet.linkType == kCaptureLinkType ? file->info().linkType : packet.linkType;
        const auto known = std::find_if(p.encapsulations.begin(), p.encapsulations.end(),
                                        [linkType](const auto& entry) { return entry.first == linkType; });
        if (known == p.encapsulations.end())
            p.encapsulations.emplace_back(linkType, 1);
        else
            ++known->second;
        if (packet.interfaceId >= perInterface.size())
            perInterface.resize(packet.interfaceId + 1, 0);
        ++perInterface[packet.interfaceId];
        for (const auto& comment : packet.comments)
            p.packetComments.emplace_back(file->packetsRead(), comment);
    }
    if (status == ReadStatus::Error) {
        p.error = file->error();
        p.problem = file->problem();
    }

    PcapngMetadata metadata;
    if (p.format == FileFormat::Pcapng) {
        std::string problem;
        if (!readPcapngMetadata(path, metadata, problem) && p.error.empty())
            p.error = problem;
        p.sections = metadata.sections;
    }
    // The walk sees every interface block, also those after the last packet (which the packet
    // reader never reaches); the reader's list covers pcap files.
    const auto& interfaces = file->info().interfaces;
    const std::size_t count = p.format == FileFormat::Pcapng ? metadata.interfaces.size() : interfaces.size();
    for (std::size_t i = 0; i < count; ++i) {
        CaptureProperties::Interface entry;
        entry.packets = i < perInterface.size() ? perInterface[i] : 0;
        entry.precisionDigits = pcapDigits(p.format);
        if (i < interfaces.size())
            entry.described = interfaces[i];
        if (i < metadata.interfaces.size()) {
            const auto& walked = metadata.interfaces[i];
            if (i >= interfaces.size())
                entry.described = CaptureInterface{walked.linkType, walked.snaplen, walked.name, walked.description,
                                                   walked.section, 0};
            entry.pcapng = walked;
            entry.precisionDigits = walked.precisionDigits();
        }
        p.interfaces.push_back(std::move(entry));
    }
    struct stat status_{};
    if (::stat(path.c_str(), &status_) == 0 && S_ISREG(status_.st_mode)) {
        std::string problem;
        p.sha256 = sha256OfFile(path, problem);
    }
    return p;
}

std::string precisionText(int digits, std::uint8_t tsresol)
{
    if (digits < 0)
        return "2^-" + std::to_string(tsresol & 0x7f) + " s";
    switch (digits) {
    case 0: return "seconds (0)";
    case 3: return "milliseconds (3)";
    case 6: return "microseconds (6)";
    case 9: return "nanoseconds (9)";
    default: return "10^-" + std::to_string(digits) + " s (" + std::to_string(digits) + ")";
    }
}

std::string capturePropertiesText(const CaptureProperties& p)
{
    std::string out;
    const auto line = [&out](const std::string& key, const std::string& value) {
        out += key;
        out += ':';
        out.append(key.size() < 20 ? 20 - key.size() : 1, ' ');
        out += value;
        out += '\n';
    };
    const int digits = p.timeDigits();
    line("File name", p.path);
    line("File format", formatName(p.format)
                            + (p.compression == Compression::None ? "" : ", " + compressionName(p.compression) + " compressed"));
    line("File size", std::to_string(p.fileSize) + " bytes");
    if (!p.sha256.empty())
        line("SHA256", p.sha256);
    if (p.encapsulations.size() == 1)
        line("Encapsulation", encapsulationText(p.encapsulations.front().first));
    for (const auto& [linkType, count] : p.encapsulations.size() > 1 ? p.encapsulations : decltype(p.encapsulations){})
        line("Encapsulation", encapsulationText(linkType) + ": " + std::to_string(count) + " packets");
    if (p.format != FileFormat::Pcapng)
        line("Packet size limit", std::to_string(p.fileSnaplen) + " bytes");
    line("Time precision", precisionText(digits));
    line("Packets", std::to_string(p.packets));
    line("Data size", std::to_string(p.dataBytes) + " bytes");
    if (p.capturedBytes != p.dataBytes)
        line("Captured size", std::to_string(p.capturedBytes) + " bytes");
    if (p.packets > 0) {
        line("First packet time", utcTimeText(p.firstNs, digits) + " (" + epochText(p.firstNs, digits) + ")");
        line("Last packet time", utcTimeText(p.lastNs, digits) + " (" + epochText(p.lastNs, digits) + ")");
        line("Elapsed", secondsText(p.durationNs(), digits) + " s");
    }
    const auto rate = [](std::optional<double> value, const char* unit) {
        return value ? fixed2(*value) + unit : std::string("n/a");
    };
    line("Average packets/s", rate(p.packetsPerSecond(), ""));
    line("Average bytes/s", rate(p.bytesPerSecond(), ""));
    line("Average bits/s", rate(p.bytesPerSecond() ? std::optional(*p.bytesPerSecond() * 8) : std::nullopt, ""));
    line("Average packet size", rate(p.averagePacketSize(), " bytes"));
    line("Strict time order", p.strictTimeOrder ? "yes" : "no");
    for (std::size_t s = 0; s < p.sections.size(); ++s) {
        const auto& section = p.sections[s];
        const std::string which = p.sections.size() > 1 ? " (section " + std::to_string(s + 1) + ")" : "";
        for (const auto& comment : section.comments)
            line("File comment" + which, comment);
        if (!section.hardware.empty())
            line("Capture hardware" + which, section.hardware);
        if (!section.os.empty())
            line("Capture OS" + which, section.os);
        if (!section.application.empty())
            line("Capture application" + which, section.application);
    }
    line("Interfaces", std::to_string(p.interfaces.size()));
    for (std::size_t i = 0; i < p.interfaces.size(); ++i) {
        const auto& interface = p.interfaces[i];
        const auto& d = interface.described;
        out += "Interface #" + std::to_string(i) + (d.name.empty() ? "" : " " + d.name)
             + (d.description.empty() ? "" : " (" + d.description + ")") + "\n";
        const auto item = [&out](const std::string& key, const std::string& value) {
            out += "    " + key + " = " + value + "\n";
        };
        item("Encapsulation", encapsulationText(d.linkType));
        item("Capture length", d.snaplen == 0 ? std::string("not set") : std::to_string(d.snaplen));
        item("Time precision", precisionText(interface.precisionDigits, interface.pcapng ? interface.pcapng->tsresol : 0));
        if (interface.pcapng) {
            const auto& x = *interface.pcapng;
            if (!x.filter.empty())
                item("Capture filter", x.filter);
            if (!x.os.empty())
                item("Operating system", x.os);
            for (const auto& comment : x.comments)
                item("Comment", comment);
            item("Statistics blocks", std::to_string(x.statisticsBlocks));
            if (x.received)
                item("Received", std::to_string(*x.received));
            if (x.dropped)
                item("Dropped by capture", std::to_string(*x.dropped));
            if (x.osDropped)
                item("Dropped by OS", std::to_string(*x.osDropped));
            if (x.delivered)
                item("Delivered", std::to_string(*x.delivered));
        }
        item("Packets", std::to_string(interface.packets));
    }
    for (const auto& [frame, comment] : p.packetComments)
        line("Packet comment", "frame " + std::to_string(frame) + ": " + comment);
    if (!p.error.empty())
        line("Warning", p.error);
    return out;
}

std::string capturePropertiesJson(const CaptureProperties& p)
{
    const int digits = p.timeDigits();
    std::string json = "{\"file\":" + jsonQuoted(p.path) + ",\"format\":" + jsonQuoted(formatName(p.format))
                     + ",\"compression\":" + jsonQuoted(compressionName(p.compression))
                     + ",\"file_size\":" + std::to_string(p.fileSize) + ",\"sha256\":" + jsonQuoted(p.sha256)
                     + ",\"encapsulations\":[";
    for (std::size_t i = 0; i < p.encapsulations.size(); ++i)
        json += std::string(i ? "," : "") + "{\"link_type\":" + std::to_string(p.encapsulations[i].first)
              + ",\"name\":" + jsonQuoted(linkTypeName(p.encapsulations[i].first))
              + ",\"packets\":" + std::to_string(p.encapsulations[i].second) + "}";
    json += "],\"snaplen\":" + std::to_string(p.fileSnaplen) + ",\"time_precision\":" + std::to_string(digits)
          + ",\"packets\":" + std::to_string(p.packets) + ",\"data_bytes\":" + std::to_string(p.dataBytes)
          + ",\"captured_bytes\":" + std::to_string(p.capturedBytes);
    if (p.packets > 0)
        json += ",\"first_time\":" + epochText(p.firstNs, 9) + ",\"last_time\":" + epochText(p.lastNs, 9)
              + ",\"elapsed\":" + secondsText(p.durationNs(), 9);
    json += ",\"packets_per_second\":" + jsonNumber(p.packetsPerSecond())
          + ",\"bytes_per_second\":" + jsonNumber(p.bytesPerSecond())
          + ",\"average_packet_size\":" + jsonNumber(p.averagePacketSize())
          + ",\"strict_time_order\":" + (p.strictTimeOrder ? "true" : "false") + ",\"sections\":[";
    for (std::size_t s = 0; s < p.sections.size(); ++s) {
        const auto& section = p.sections[s];
        json += std::string(s ? "," : "") + "{\"comments\":[";
        for (std::size_t c = 0; c < section.comments.size(); ++c)
            json += (c ? "," : "") + jsonQuoted(section.comments[c]);
        json += "],\"hardware\":" + jsonQuoted(section.hardware) + ",\"os\":" + jsonQuoted(section.os)
              + ",\"application\":" + jsonQuoted(section.application) + "}";
    }
    json += "],\"interfaces\":[";
    for (std::size_t i = 0; i < p.interfaces.size(); ++i) {
        const auto& interface = p.interfaces[i];
        const auto& d = interface.described;
        json += std::string(i ? "," : "") + "{\"id\":" + std::to_string(i) + ",\"name\":" + jsonQuoted(d.name)
              + ",\"description\":" + jsonQuoted(d.description) + ",\"link_type\":" + std::to_string(d.linkType)
              + ",\"snaplen\":" + std::to_string(d.snaplen) + ",\"time_precision\":"
              + std::to_string(interface.precisionDigits) + ",\"packets\":" + std::to_string(interface.packets);
        if (interface.pcapng) {
            const auto& x = *interface.pcapng;
            const auto count = [](const std::optional<std::uint64_t>& value) {
                return value ? std::to_string(*value) : std::string("null");
            };
            json += ",\"filter\":" + jsonQuoted(x.filter) + ",\"os\":" + jsonQuoted(x.os)
                  + ",\"statistics_blocks\":" + std::to_string(x.statisticsBlocks) + ",\"received\":" + count(x.received)
                  + ",\"dropped\":" + count(x.dropped) + ",\"os_dropped\":" + count(x.osDropped);
        }
        json += "}";
    }
    json += "],\"packet_comments\":[";
    for (std::size_t i = 0; i < p.packetComments.size(); ++i)
        json += std::string(i ? "," : "") + "{\"frame\":" + std::to_string(p.packetComments[i].first)
              + ",\"comment\":" + jsonQuoted(p.packetComments[i].second) + "}";
    json += "]";
    if (!p.error.empty())
        json += ",\"warning\":" + jsonQuoted(p.error);
    return json + "}";
}

} // namespace tcplens
