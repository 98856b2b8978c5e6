#pragma once
// decodePacket() plus IP reassembly, for passes that read frames in capture order: the last
// fragment of a datagram gets the TCP header (or tunnel) the datagram carries, the fragments keep their rows.

#include "IpReassembler.h"
#include "PacketDecoder.h"

#include <vector>

namespace tcplens {

/// One frame decoded, with the bytes its offsets and spans index.
struct DecodedFrame {
    DecodedPacket packet;
    /// The frame, or for a last fragment that completed a datagram: the frame followed by the
    /// reassembled IP payload (Wireshark's "Reassembled IPv4" tab), where the TCP offsets point.
    Bytes bytes;
    /// The datagram this frame completed, or nullptr; valid until the next decode().
    const ReassembledDatagram* datagram = nullptr;
};

/// Decodes what `datagram` carries into `packet` (the decoded last fragment) as an unfragmented
/// packet's payload is decoded: TCP, or a tunnel and the IP, TCP inside it.
/// `bytes` holds the frame followed, from `payloadOffset`, by datagram.payload.
void decodeReassembled(DecodedPacket& packet, Bytes bytes, std::uint32_t payloadOffset,
                       const ReassembledDatagram& datagram, FieldSpans* spans = nullptr);

class ReassemblingDecoder {
public:
    explicit ReassemblingDecoder(ReassemblyLimits limits = {}) : reassembler_(limits) {}

    /// Decodes the next frame in capture order; the result's bytes stay valid until the next call.
    [[nodiscard]] DecodedFrame decode(std::uint32_t frameNumber, std::int64_t timestampNs, Bytes frame,
                                      std::uint32_t wireLength, int linkType, FieldSpans* spans = nullptr);

    [[nodiscard]] const IpReassembler& reassembler() const noexcept { return reassembler_; }

private:
    IpReassembler reassembler_;
    std::vector<std::uint8_t> buffer_;
};

} // namespace tcplens
