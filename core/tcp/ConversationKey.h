#pragma once
// One normalized key per TCP conversation: both directions map to the same key.

#include "../decode/DecodedPacket.h"

#include <cstddef>
#include <optional>

namespace tcplens {

struct Endpoint {
    IpAddress address;
    std::uint16_t port = 0;
    auto operator<=>(const Endpoint&) const = default;
};

struct ConversationKey {
    Endpoint low;  ///< The smaller endpoint (address, then port).
    Endpoint high;
    bool operator==(const ConversationKey&) const = default;

    /// The key of a decoded TCP packet, and whether the packet travels high -> low.
    [[nodiscard]] static std::optional<ConversationKey> of(const DecodedPacket& packet, bool* reversed = nullptr);
    /// The key of a packet from `src` to `dst`.
    [[nodiscard]] static ConversationKey of(const Endpoint& src, const Endpoint& dst) noexcept
    {
        return dst < src ? ConversationKey{dst, src} : ConversationKey{src, dst};
    }
};

struct ConversationKeyHash {
    [[nodiscard]] std::size_t operator()(const ConversationKey& key) const noexcept;
};

} // namespace tcplens
