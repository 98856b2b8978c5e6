#pragma once
// "Apply as Filter" for the capture filter language: the tcpdump (BPF) expression that keeps the
// packets whose field has the value it has in this packet. A display-filter engine can add its own
// expression beside it later; fields BPF cannot reach say why.

#include "../decode/ByteReader.h"
#include "../decode/FieldSpan.h"
#include "../tcp/ConversationKey.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace tcplens {

/// Why a field has no BPF expression.
enum class BpfGap : std::uint8_t {
    None,
    Computed,        ///< tcplens worked it out (analysis, relative numbers, lengths): it is not in the bytes.
    CaptureMetadata, ///< The frame record: time, interface, comments; BPF sees only the packet.
    Tunnelled,       ///< Inside a tunnel or after a header BPF does not step over; its primitives read the outer headers.
    Reassembled,     ///< In a reassembled datagram, past the bytes of this frame.
    TooLong,         ///< Longer than a few loads can compare (payload, long options).
    MovingOffset,    ///< TCP/UDP after IPv6 extension headers: BPF indexes them only right after the fixed header.
    NoPrimitive,     ///< A whole header BPF has no name for.
};

struct BpfExpression {
    std::string text; ///< tcpdump syntax; empty when `gap` says why there is none.
    BpfGap gap = BpfGap::None;
    [[nodiscard]] bool ok() const noexcept { return gap == BpfGap::None; }
};

/// The expression for `spans[index]` of a packet whose decoded bytes are `bytes`, of which the
/// first `frameLength` are the frame itself (the rest: a reassembled datagram).
[[nodiscard]] BpfExpression bpfExpressionForField(const FieldSpans& spans, std::size_t index, Bytes bytes,
                                                  std::size_t frameLength);
/// The first span with `id` in `spans`, as bpfExpressionForField(); NoPrimitive when there is none.
[[nodiscard]] BpfExpression bpfExpressionForFieldId(const FieldSpans& spans, const std::string& id, Bytes bytes,
                                                    std::size_t frameLength);
/// Both directions of a TCP conversation: "host A and host B and tcp port P and tcp port Q".
[[nodiscard]] BpfExpression bpfExpressionForConversation(const ConversationKey& key);
/// One end of TCP conversations: "host A and tcp port P".
[[nodiscard]] BpfExpression bpfExpressionForEndpoint(const Endpoint& endpoint);

} // namespace tcplens
