#include "PacketText.h"

#include "../decode/Names.h"
#include "../decode/LinkType.h"
#include "../decode/TcpFlagsText.h"
#include "JsonText.h"
#include "TimeText.h"

#include <cstdio>
#include <ctime>
#include <limits>

namespace tcplens {
namespace {

std::string endpoint(const IpAddress& address, std::uint16_t port)
{
    return address.toString() + "." + std::to_string(port);
}

std::string optionsText(Bytes frame, const TcpInfo& tcp, std::uint32_t sackBase)
{
    std::string text;
    for (std::size_t i = 0; i < tcp.options.count; ++i) {
        const auto& option = tcp.options.items[i];
        if (!text.empty())
            text += ',';
        const std::uint8_t* p = frame.data() + option.offset;
        const bool valueCaptured = fits(frame, option.offset, option.length);
        if (!option.wellFormed || !valueCaptured) {
            text += "unknown-" + std::to_string(option.kind) + " [bad length " + std::to_string(option.length) + "]";
            continue;
        }
        switch (option.kind) {
        case tcpopt::Eol: text += "eol"; break;
        case tcpopt::Nop: text += "nop"; break;
        case tcpopt::Mss: text += "mss " + std::to_string(be16(p + 2)); break;
        case tcpopt::WindowScale: text += "wscale " + std::to_string(p[2]); break;
        case tcpopt::SackPermitted: text += "sackOK"; break;
        case tcpopt::Sack: {
            const unsigned blocks = (option.length - 2U) / 8U;
            text += "sack " + std::to_string(blocks) + " ";
            for (unsigned b = 0; b < blocks; ++b)
                text += "{" + std::to_string(be32(p + 2 + 8 * b) - sackBase) + ":"
                      + std::to_string(be32(p + 6 + 8 * b) - sackBase) + "}";
            break;
        }
        case tcpopt::Timestamps:
            text += "TS val " + std::to_string(be32(p + 2)) + " ecr " + std::to_string(be32(p + 6));
            break;
        case tcpopt::FastOpen:
            text += option.length == 2 ? "tfo  cookiereq" : "tfo  cookie " + hexBytes(Bytes(p + 2, option.length - 2U));
            break;
        case tcpopt::Mptcp: text += "mptcp subtype " + std::to_string(p[2] >> 4); break;
        default:
            text += "unknown-" + std::to_string(option.kind);
            if (option.length > 2)
                text += " 0x" + hexBytes(Bytes(p + 2, option.length - 2U));
            break;
        }
    }
    return text;
}

std::string tcpText(const DecodedPacket& packet, const TcpdumpSequenceNumbers::Numbers& numbers, Bytes frame)
{
    const auto& tcp = packet.tcp;
    std::string line = endpoint(packet.network.src, tcp.srcPort) + " > " + endpoint(packet.network.dst, tcp.dstPort)
                     + ":";
    if (!tcp.complete)
        return line + " tcp";
    line += " Flags [" + tcpdumpFlags(tcp.flags) + "]";
    if (tcp.payloadLength > 0 || (tcp.flags & (tcpflag::Syn | tcpflag::Fin | tcpflag::Rst))) {
        line += ", seq " + std::to_string(numbers.seq);
        if (tcp.payloadLength > 0)
            line += ":" + std::to_string(numbers.seq + tcp.payloadLength);
    }
    if (tcp.has(tcpflag::Ack))
        line += ", ack " + std::to_string(numbers.ack);
    line += ", win " + std::to_string(tcp.window);
    if (tcp.has(tcpflag::Urg))
        line += ", urg " + std::to_string(tcp.urgentPointer);
    if (tcp.options.count > 0)
        line += ", options [" + optionsText(frame, tcp, numbers.sackBase) + "]";
    line += ", length " + std::to_string(tcp.payloadLength);
    return line;
}


std::string optionsJson(Bytes frame, const TcpInfo& tcp)
{
    std::string json = "[";
    for (std::size_t i = 0; i < tcp.options.count; ++i) {
        const auto& option = tcp.options.items[i];
        if (i)
            json += ',';
        json += "{\"kind\":" + std::to_string(option.kind) + ",\"name\":"
              + jsonQuoted(std::string(tcpOptionShortName(option.kind))) + ",\"length\":" + std::to_string(option.length);
        const std::uint8_t* p = frame.data() + option.offset;
        if (option.wellFormed && fits(frame, option.offset, option.length)) {
            switch (option.kind) {
            case tcpopt::Mss: json += ",\"mss\":" + std::to_string(be16(p + 2)); break;
            case tcpopt::WindowScale: json += ",\"wscale\":" + std::to_string(p[2]); break;
            case tcpopt::Timestamps:
                json += ",\"tsval\":" + std::to_string(be32(p + 2)) + ",\"tsecr\":" + std::to_string(be32(p + 6));
                break;
            case tcpopt::Sack:
                json += ",\"sack\":[";
                for (unsigned b = 0; b < (option.length - 2U) / 8U; ++b)
                    json += std::string(b ? "," : "") + "[" + std::to_string(be32(p + 2 + 8 * b)) + ","
                          + std::to_string(be32(p + 6 + 8 * b)) + "]";
                json += "]";
                break;
            case tcpopt::FastOpen: json += ",\"cookie\":\"" + hexBytes(Bytes(p + 2, option.length - 2U)) + "\""; break;
            case tcpopt::Mptcp:
                json += ",\"subtype\":" + std::to_string(p[2] >> 4) + ",\"data\":\""
                      + hexBytes(Bytes(p + 2, option.length - 2U)) + "\"";
                break;
            case tcpopt::Eol:
            case tcpopt::Nop:
            case tcpopt::SackPermitted: break;
            default:
                json += ",\"data\":\"" + hexBytes(Bytes(p + 2, option.length - 2U)) + "\"";
                break;
            }
        } else {
            json += ",\"malformed\":true";
        }
        json += '}';
    }
    return json + "]";
}

} // namespace

const char* checksumText(ChecksumStatus status) noexcept
{
    switch (status) {
    case ChecksumStatus::Good: return "good";
    case ChecksumStatus::Bad: return "bad";
    case ChecksumStatus::Unverified: break;
    }
    return "unverified";
}

std::string tcpdumpTime(std::int64_t timestampNs)
{
    // Rounded down, so a time before 1970 reads 23:59:59.999999 of the day before, as tcpdump prints it.
    const std::time_t seconds = static_cast<std::time_t>(floorSeconds(timestampNs));
    const long micros = static_cast<long>(nanosecondOfSecond(timestampNs) / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06ld", local.tm_hour, local.tm_min, local.tm_sec, micros);
    return buf;
}

std::string epochSeconds(std::int64_t timestampNs)
{
    char buf[40];
    const bool negative = timestampNs < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(timestampNs)
                                             : static_cast<std::uint64_t>(timestampNs);
    std::snprintf(buf, sizeof buf, "%s%llu.%09llu", negative ? "-" : "",
                  static_cast<unsigned long long>(magnitude / 1'000'000'000ULL),
                  static_cast<unsigned long long>(magnitude % 1'000'000'000ULL));
    return buf;
}

std::string tcpdumpLine(Bytes frame, const DecodedPacket& packet, const TcpdumpSequenceNumbers::Numbers& numbers)
{
    const auto& ip = packet.network;
    std::string line;
    switch (ip.kind) {
    case NetworkKind::None:
        if (!isSupportedLinkType(packet.link.linkType))
            return "unsupported link type " + std::to_string(packet.link.linkType) + " ("
                 + linkTypeName(packet.link.linkType) + "), length " + std::to_string(packet.wireLength);
        return "truncated frame, length " + std::to_string(packet.wireLength);
    case NetworkKind::Arp: return "ARP, length " + std::to_string(packet.wireLength - packet.link.headerLength);
    case NetworkKind::Other:
        // No ethertype reached (an 802.11 beacon, an encrypted frame, a loopback family not IP):
        // name the link rather than an ethertype 0 the frame never carried.
        if (packet.link.etherType == 0 && packet.link.linkType != linktype::Ethernet)
            return "no IP (" + linkTypeDescription(packet.link.linkType) + "), length " + std::to_string(packet.wireLength);
        return "ethertype " + etherTypeText(packet.link.etherType) + ", length "
             + std::to_string(packet.wireLength);
    case NetworkKind::Ipv4: line = "IP "; break;
    case NetworkKind::Ipv6: line = "IP6 "; break;
    }
    if (ip.src.family == 0) {
        line += "truncated";
    } else if (packet.tcp.present) {
        line += tcpText(packet, numbers, frame);
    } else if (ip.protocol == 6 && ip.fragmentOffset != 0) {
        line += ip.src.toString() + " > " + ip.dst.toString() + ": tcp fragment (offset "
              + std::to_string(ip.fragmentOffset) + "), length " + std::to_string(ip.totalLength - ip.headerLength);
    } else {
        line += ip.src.toString() + " > " + ip.dst.toString() + ": " + ipProtocolName(ip.protocol) + " ("
              + std::to_string(ip.protocol) + "), length "
              + std::to_string(ip.totalLength > ip.headerLength ? ip.totalLength - ip.headerLength : 0);
    }
    std::string notes;
    for (const auto& problem : packet.problems) {
        if (severityOf(problem.kind) == Severity::Note)
            continue;
        notes += notes.empty() ? " [" : "; ";
        notes += describe(problem);
    }
    return notes.empty() ? line : line + notes + "]";
}

std::string analysisJson(const TcpPacketAnalysis& a)
{
    const auto orNull = [](std::int64_t value) { return value < 0 ? std::string("null") : std::to_string(value); };
    const auto seconds = [](std::int64_t ns) {
        if (ns < 0)
            return std::string("null");
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.9f", static_cast<double>(ns) / 1e9);
        return std::string(buf);
    };
    std::string json = ",\"stream\":" + std::to_string(a.stream) + ",\"win_scaled\":"
                     + (a.windowScale < 0 ? std::string("null") : std::to_string(a.calculatedWindow))
                     + ",\"win_calculated\":" + std::to_string(a.calculatedWindow) + ",\"analysis\":[";
    bool first = true;
    for (const auto& name : analysisNames(a.flags)) {
        json += (first ? "\"" : ",\"") + name + "\"";
        first = false;
    }
    json += "],\"dup_ack_num\":" + (a.dupAckNumber ? std::to_string(a.dupAckNumber) : std::string("null"))
          + ",\"bytes_in_flight\":" + orNull(a.bytesInFlight) + ",\"ack_rtt\":" + seconds(a.ackRttNs)
          + ",\"irtt\":" + seconds(a.initialRttNs) + ",\"completeness\":" + std::to_string(a.completeness)
          + ",\"from_client\":" + (a.fromClient ? "true" : "false")
          + statesJson(StateRevision{0, a.srcBefore, a.srcAfter, a.dstBefore, a.dstAfter, a.notReceived});
    return json;
}

std::string statesJson(const StateRevision& s)
{
    return std::string(",\"state_src_before\":\"") + stateName(s.srcBefore) + "\",\"state_src_after\":\""
         + stateName(s.srcAfter) + "\",\"state_dst_before\":\"" + stateName(s.dstBefore)
         + "\",\"state_dst_after\":\"" + stateName(s.dstAfter) + "\",\"not_received\":"
         + (s.notReceived ? "true" : "false");
}

bool reviseJsonLine(std::string& line, const StateRevision& revision)
{
    static constexpr std::string_view first = ",\"state_src_before\":";
    static constexpr std::string_view last = ",\"not_received\":";
    const auto begin = line.find(first);
    const auto flag = begin == std::string::npos ? begin : line.find(last, begin);
    if (flag == std::string::npos)
        return false;
    const auto valueAt = flag + last.size();
    const auto end = valueAt + (line.compare(valueAt, 4, "true") == 0 ? 4 : 5);
    if (revision.markOnly)
        line.replace(valueAt, end - valueAt, revision.notReceived ? "true" : "false");
    else
        line.replace(begin, end - begin, statesJson(revision));
    return true;
}

std::string revisionJsonLine(const StateRevision& revision)
{
    // A mark beyond the window of kept states changes only "not_received".
    return "{\"no\":" + std::to_string(revision.frame) + ",\"revised\":true"
         + (revision.markOnly ? std::string(",\"not_received\":") + (revision.notReceived ? "true" : "false")
                              : statesJson(revision))
         + "}";
}

std::string interfaceLine(const CaptureInterface& interface)
{
    std::string line = "Interface id: " + std::to_string(interface.idInSection);
    if (!interface.name.empty())
        line += " (" + interface.name + ")";
    return line;
}

std::string jsonLine(std::uint64_t frameNumber, const RawPacket& raw, const DecodedPacket& packet,
                     const TcpdumpSequenceNumbers::Numbers& numbers, const TcpPacketAnalysis* analysis,
                     const ReassembledDatagram* datagram,
                     const CaptureInterface* interface)
{
    const auto& ip = packet.network;
    const auto& tcp = packet.tcp;
    std::string json = "{\"no\":" + std::to_string(frameNumber) + ",\"ts\":\"" + epochSeconds(raw.timestampNs)
                     + "\",\"caplen\":" + std::to_string(raw.capturedLength) + ",\"len\":"
                     + std::to_string(raw.wireLength) + ",\"linktype\":" + std::to_string(packet.link.linkType);
    if (interface) {
        json += ",\"interface_id\":" + std::to_string(interface->idInSection);
        if (interface->section > 1)
            json += ",\"section\":" + std::to_string(interface->section);
        if (!interface->name.empty())
            json += ",\"interface_name\":" + jsonQuoted(interface->name);
        if (!interface->description.empty())
            json += ",\"interface_description\":" + jsonQuoted(interface->description);
    }
    if (!raw.comments.empty()) {
        json += ",\"comments\":[";
        for (std::size_t i = 0; i < raw.comments.size(); ++i)
            json += (i ? "," : "") + jsonQuoted(raw.comments[i]);
        json += "]";
    }
    if (packet.link.vlanCount > 0) {
        json += ",\"vlan\":[" + std::to_string(packet.link.vlanIds[0]);
        if (packet.link.vlanCount > 1)
            json += "," + std::to_string(packet.link.vlanIds[1]);
        json += "]";
    }
    if (packet.tunnel.any()) {
        // The encapsulations the innermost IP header was found in, outermost bit first.
        json += ",\"tunnel\":[";
        bool firstKind = true;
        for (std::uint16_t bit = 1; bit < (1U << encap::Count); bit <<= 1) {
            if (!(packet.tunnel.kinds & bit))
                continue;
            json += std::string(firstKind ? "" : ",") + jsonQuoted(encapsulationName(bit));
            firstKind = false;
        }
        json += "],\"outer_ip_headers\":" + std::to_string(packet.tunnel.outerIpHeaders);
    }
    if (ip.src.family != 0) {
        json += ",\"ip_version\":" + std::to_string(ip.src.family) + ",\"src\":" + jsonQuoted(ip.src.toString())
              + ",\"dst\":" + jsonQuoted(ip.dst.toString()) + ",\"ip_proto\":" + std::to_string(ip.protocol)
              + ",\"ttl\":" + std::to_string(ip.ttl) + ",\"ip_len\":" + std::to_string(ip.totalLength);
        if (ip.kind == NetworkKind::Ipv4)
            json += ",\"ip_id\":" + std::to_string(ip.id) + ",\"ip_checksum\":\"" + checksumText(ip.checksum) + "\"";
        if (ip.isFragment)
            json += ",\"frag_offset\":" + std::to_string(ip.fragmentOffset);
        if (datagram) {
            json += ",\"reassembled\":{\"length\":" + std::to_string(datagram->payload.size()) + ",\"fragments\":[";
            for (std::size_t i = 0; i < datagram->fragments.size(); ++i)
                json += (i ? "," : "") + std::to_string(datagram->fragments[i].frame);
            json += "]";
            if (datagram->overlap)
                json += std::string(",\"overlap\":true,\"overlap_conflict\":") + (datagram->overlapConflict ? "true" : "false");
            json += "}";
        }
    }
    if (tcp.present) {
        json += ",\"sport\":" + std::to_string(tcp.srcPort) + ",\"dport\":" + std::to_string(tcp.dstPort);
        json += ",\"seq_raw\":" + std::to_string(tcp.seq) + ",\"ack_raw\":" + std::to_string(tcp.ack);
        json += ",\"seq\":" + std::to_string(numbers.seq) + ",\"ack\":" + std::to_string(numbers.ack);
    }
    if (tcp.complete) {
        json += ",\"flags\":" + std::to_string(tcp.flags) + ",\"flags_text\":\"[" + tcpdumpFlags(tcp.flags)
              + "]\",\"hdr_len\":" + std::to_string(tcp.headerLength) + ",\"tcp_len\":"
              + std::to_string(tcp.payloadLength) + ",\"win\":" + std::to_string(tcp.window)
              + ",\"urg\":" + std::to_string(tcp.urgentPointer) + ",\"tcp_checksum_value\":"
              + std::to_string(tcp.checksumValue) + ",\"tcp_checksum\":\"" + checksumText(tcp.checksum)
              + "\",\"options\":" + optionsJson(raw.bytes, tcp);
        if (analysis && analysis->stream != kNoStream)
            json += analysisJson(*analysis);
    }
    // An ICMP error's quoted TCP header: the tcp.stream tshark gives it (not a segment of it).
    if (analysis && analysis->quotedStream != kNoStream)
        json += ",\"quoted_stream\":" + std::to_string(analysis->quotedStream);
    json += ",\"problems\":[";
    bool first = true;
    for (const auto& problem : packet.problems) {
        json += first ? "" : ",";
        json += jsonQuoted(describe(problem));
        first = false;
    }
    return json + "]}";
}

} // namespace tcplens
