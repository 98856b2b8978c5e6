#pragma once
// The Info column text Wireshark users know, for a TCP segment:
// "[TCP Retransmission] 33728 → 8888 [SYN] Seq=0 Win=64240 Len=0 MSS=1460 SACK_PERM TSval=1 TSecr=0 WS=1024".

#include "../capture/PacketAnalysisStore.h"
#include "../capture/RawPacket.h"
#include "../decode/DecodedPacket.h"

#include <string>

namespace tcplens {

/// Wireshark's Info text of a TCP segment with a complete header; empty for anything else.
/// `relativeNumbers` picks Wireshark's relative seq/ack/SACK edges or the raw ones.
[[nodiscard]] std::string wiresharkInfo(Bytes frame, const DecodedPacket& packet, const PacketAnalysisRecord& analysis,
                                        bool relativeNumbers = true);

/// The options part alone, as Wireshark appends it: "MSS=1460 SACK_PERM TSval=1 TSecr=0 WS=1024".
/// `sackBase` is subtracted from SACK edges.
[[nodiscard]] std::string wiresharkOptionsInfo(Bytes frame, const TcpInfo& tcp, std::uint32_t sackBase);

} // namespace tcplens
