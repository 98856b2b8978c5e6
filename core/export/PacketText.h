#pragma once
// One packet as text: the tcpdump-style line and the JSON Lines object of tcplens-cli.

#include "../capture/CaptureInterface.h"
#include "../capture/RawPacket.h"
#include "../decode/DecodedPacket.h"
#include "../decode/IpReassembler.h"
#include "../tcp/StateRevision.h"
#include "../tcp/TcpAnalysis.h"
#include "TcpdumpSequenceNumbers.h"

#include <string>

namespace tcplens {

/// tcpdump's line without the timestamp, e.g.
/// "IP 10.0.0.1.36584 > 10.0.0.2.8080: Flags [S.], seq 0, ack 1, win 65160, options [...], length 0".
[[nodiscard]] std::string tcpdumpLine(Bytes frame, const DecodedPacket& packet,
                                      const TcpdumpSequenceNumbers::Numbers& numbers);

/// tcpdump's default timestamp: local time "HH:MM:SS.uuuuuu".
[[nodiscard]] std::string tcpdumpTime(std::int64_t timestampNs);

/// Epoch seconds with 9 decimals, e.g. "1700000000.123456789".
[[nodiscard]] std::string epochSeconds(std::int64_t timestampNs);

/// The JSON object of one frame (keys documented in the README), without a newline. `numbers`
/// are the seq/ack to print; `analysis`, when given, adds the conversation analysis keys;
/// `interface`, when given (pcapng), the interface id (within its section, as Wireshark numbers
/// it), the section after the first, the name and description. Packet comments
/// are always given when there are some.
[[nodiscard]] std::string jsonLine(std::uint64_t frameNumber, const RawPacket& raw, const DecodedPacket& packet,
                                   const TcpdumpSequenceNumbers::Numbers& numbers,
                                   const TcpPacketAnalysis* analysis = nullptr,
                                   const ReassembledDatagram* datagram = nullptr,
                                   const CaptureInterface* interface = nullptr);

/// The endpoint-state keys of a JSON line: ",\"state_src_before\":\"SYN_SENT\",...,\"not_received\":false".
[[nodiscard]] std::string statesJson(const StateRevision& states);
/// Rewrites the endpoint-state keys of a jsonLine() with a later packet's correction; false when
/// the line has none.
bool reviseJsonLine(std::string& line, const StateRevision& revision);
/// The line a follower gets when a frame already printed is corrected: {"no":N,"revised":true,...states}.
[[nodiscard]] std::string revisionJsonLine(const StateRevision& revision);

/// Wireshark's frame line for the capture interface: "Interface id: 0 (eth0)", or without the
/// name when the interface has none.
[[nodiscard]] std::string interfaceLine(const CaptureInterface& interface);

/// "good", "bad" or "unverified".
[[nodiscard]] const char* checksumText(ChecksumStatus status) noexcept;

} // namespace tcplens
