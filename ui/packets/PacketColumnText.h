#pragma once
// The short texts of the packet list columns, as pure functions of a decoded packet and its
// conversation analysis.

#include <capture/PacketAnalysisStore.h>
#include <capture/RawPacket.h>
#include <decode/DecodedPacket.h>

#include <QString>

#include <cstdint>
#include <string_view>

namespace tcplens::ui {

/// Seconds since the first packet with 6 decimals, e.g. "0.000033" or "-1.250000".
[[nodiscard]] QString relativeTimeText(std::int64_t timestampNs, std::int64_t firstTimestampNs);
/// Local time of day, "HH:MM:SS.uuuuuu".
[[nodiscard]] QString timeOfDayText(std::int64_t timestampNs);
/// Network source address, empty when the frame has none (ARP, truncated).
[[nodiscard]] QString sourceText(const DecodedPacket& packet);
[[nodiscard]] QString destinationText(const DecodedPacket& packet);
/// The innermost protocol recognised: "TCP", "UDP", "ICMPv6", "IPv4", "ARP", ...
[[nodiscard]] QString protocolText(const DecodedPacket& packet);
/// Every problem of the frame, one per line with its severity, e.g. "Error: bad TCP checksum ...".
[[nodiscard]] QString problemsText(const DecodedPacket& packet);
/// tcpdump's flags in brackets, "[S.]"; empty for a packet without a complete TCP header.
[[nodiscard]] QString flagsText(const PacketAnalysisRecord& analysis);
/// Wireshark's Info for a TCP segment, tcpdump's line for anything else.
[[nodiscard]] QString infoText(Bytes frame, const DecodedPacket& packet, const PacketAnalysisRecord& analysis,
                               bool relativeNumbers);
/// What the analysis concluded and what is wrong with the frame, one item a line, in the
/// interface's language; empty when nothing.
[[nodiscard]] QString findingsText(const DecodedPacket& packet, const PacketAnalysisRecord& analysis);
/// Wireshark's analysis tags ("[TCP Window Update] [TCP Dup ACK 7#1]") in the language of the
/// installed translation, as the window shows them (the Info column and the CLI keep Wireshark's words).
[[nodiscard]] QString shownAnalysisTags(std::string_view tags);

} // namespace tcplens::ui
