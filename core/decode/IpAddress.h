#pragma once
// An IPv4 or IPv6 address held by value (no allocation), comparable and hashable.

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tcplens {

struct IpAddress {
    std::uint8_t family = 0; ///< 0 none, 4 or 6.
    std::array<std::uint8_t, 16> bytes{};

    [[nodiscard]] std::size_t size() const noexcept { return family == 4 ? 4 : family == 6 ? 16 : 0; }
    [[nodiscard]] std::string toString() const; ///< inet_ntop text ("10.0.0.1", "fd77::1").
    auto operator<=>(const IpAddress&) const = default;
};

[[nodiscard]] std::size_t hashOf(const IpAddress& address) noexcept;
/// The inverse of toString (inet_pton): "10.0.0.1" or "fd77::1"; nullopt for anything else.
[[nodiscard]] std::optional<IpAddress> parseIpAddress(std::string_view text);

} // namespace tcplens
